import { loadMessages, sleep, type LoadMessagesOptions, type LoadMessagesResult } from './load-messages.js';
import { RefreshSchedule } from './refresh-schedule.js';

export interface MessageClientOptions {
  /** Milliseconds an answer is reused for the same request; `0` shares only requests under way. Default 10000. */
  maxAge?: number;
}

export interface ClientLoadOptions extends LoadMessagesOptions {
  /** Skip the reuse of an earlier answer (a refresh); a request already under way is still shared. */
  fresh?: boolean;
}

interface Shared {
  promise: Promise<LoadMessagesResult>;
  controller: AbortController;
  waiting: number;
}

/**
 * One data client for many lists: the same request asked for twice while under
 * way is sent once, and its answer is reused for a short while. A caller that
 * gives up (its signal aborts) stops waiting at once; the request itself is
 * aborted only when every caller has given up. Its lists also share one refresh schedule per endpoint:
 * a failure or a `Retry-After` that one list met slows every list's background refresh, and while a
 * `Retry-After` stands no new request goes to that endpoint, not even a list's first.
 */
export class MessageClient {
  private readonly maxAge: number;
  private readonly underWay = new Map<string, Shared>();
  private readonly answers = new Map<string, { result: LoadMessagesResult; at: number; contactId: string }>();
  // Requests with different credentials, fetchers or parsers are never shared: their answers may differ.
  private readonly identities = new WeakMap<object, number>();
  private lastIdentity = 0;
  private readonly schedules = new Map<string, RefreshSchedule>();

  constructor(options: MessageClientOptions = {}) {
    this.maxAge = options.maxAge ?? 10_000;
  }

  load(options: ClientLoadOptions): Promise<LoadMessagesResult> {
    const { signal, fresh, ...request } = options;
    const key = this.keyOf(request);
    const answer = fresh ? undefined : this.answer(key);
    if (answer) return Promise.resolve(answer);

    let shared = this.underWay.get(key);
    // A request every caller gave up on is already aborted: a newcomer gets a new one.
    if (!shared || shared.controller.signal.aborted) {
      const controller = new AbortController();
      // A Retry-After another list met holds this request too: a list added meanwhile waits for it like the rest.
      const hold = this.refreshSchedule(request.endpoint).holdLeft(Date.now());
      const promise = (hold > 0 ? sleep(hold, controller.signal) : Promise.resolve())
        .then(() => loadMessages({ ...request, signal: controller.signal }))
        .then((result) => {
          this.remember(key, result, request.contactId);
          return result;
        })
        .finally(() => {
          if (this.underWay.get(key) === shared) this.underWay.delete(key);
        });
      shared = { promise, controller, waiting: 0 };
      this.underWay.set(key, shared);
    }
    return this.wait(shared, signal);
  }

  /** The refresh schedule shared by this client's lists that load from `endpoint`. */
  refreshSchedule(endpoint: string): RefreshSchedule {
    let schedule = this.schedules.get(endpoint);
    if (!schedule) this.schedules.set(endpoint, (schedule = new RefreshSchedule()));
    return schedule;
  }

  /** Drops reused answers, for one contact or all: after an unblock, the next load must ask the server. */
  forget(contactId?: string): void {
    for (const [key, answer] of this.answers) {
      if (contactId === undefined || answer.contactId === contactId) this.answers.delete(key);
    }
  }

  /** The answer still young enough to reuse; an expired one is dropped. */
  private answer(key: string): LoadMessagesResult | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (Date.now() - answer.at < this.maxAge) return answer.result;
    this.answers.delete(key);
    return undefined;
  }

  /** Keeps an answer for reuse, dropping every expired one, so a long-lived client does not grow. */
  private remember(key: string, result: LoadMessagesResult, contactId: string): void {
    if (!(this.maxAge > 0)) return;
    const now = Date.now();
    for (const [other, answer] of this.answers) {
      if (now - answer.at >= this.maxAge) this.answers.delete(other);
    }
    this.answers.set(key, { result, at: now, contactId });
  }

  private wait(shared: Shared, signal: AbortSignal | undefined): Promise<LoadMessagesResult> {
    shared.waiting++;
    return new Promise((resolve, reject) => {
      let left = false;
      const leave = () => {
        if (left) return false;
        left = true;
        shared.waiting--;
        signal?.removeEventListener('abort', giveUp);
        return true;
      };
      const giveUp = () => {
        if (!leave()) return;
        if (shared.waiting === 0) shared.controller.abort(signal?.reason);
        reject(signal?.reason);
      };
      if (signal?.aborted) return giveUp();
      signal?.addEventListener('abort', giveUp, { once: true });
      shared.promise.then(
        (result) => leave() && resolve(result),
        (error: unknown) => leave() && reject(error),
      );
    });
  }

  private keyOf(request: LoadMessagesOptions): string {
    return JSON.stringify([
      request.endpoint,
      request.contactId,
      [...request.channels].sort(),
      request.pageSize,
      request.timeout,
      this.identity(request.requestInit),
      this.identity(request.fetcher),
      this.identity(request.parse),
    ]);
  }

  private identity(value: object | undefined): number {
    if (!value) return 0;
    let id = this.identities.get(value);
    if (id === undefined) {
      id = ++this.lastIdentity;
      this.identities.set(value, id);
    }
    return id;
  }
}
