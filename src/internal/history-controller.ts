import type { ReactiveController, ReactiveElement } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MessageLoadError } from '../data/errors.js';
import { loadMessages, loadNextPages, type LoadMessagesResult } from '../data/load-messages.js';
import type { MessageClient } from '../data/message-client.js';
import { MessageHistory, type OlderRequest } from '../data/message-history.js';
import type { Channel, Fetcher } from '../data/types.js';
import { emit } from '../events.js';
import type { ListState } from './list-state.js';
import { RefreshTimer, type LoadOutcome } from './refresh-timer.js';

/** What the list's settings say to load, read at every update. */
export interface HistoryInputs {
  contactId: string;
  endpoint: string;
  channels: readonly Channel[];
  pageSize: number;
  timeout: number;
  /** Seconds between background refreshes; `0` is off. */
  refreshInterval: number;
  /** Messages handed over by the host: nothing is fetched. */
  messages?: readonly unknown[];
  fetcher?: Fetcher;
  requestInit?: RequestInit;
  /** A provider's shared client: the same request from several lists is sent once. */
  client?: MessageClient;
}

export interface HistoryControllerOptions {
  inputs(): HistoryInputs;
  /** The clock "Updated 3 minutes ago" is measured against. */
  now(): number;
}

/**
 * Any failure as a load error. A TypeError is a bad endpoint template or URL (a set-up mistake): its
 * message says which, and quotes no URL.
 */
function asLoadError(error: unknown): MessageLoadError {
  if (error instanceof MessageLoadError) return error;
  if (error instanceof TypeError)
    return new MessageLoadError('network', error.message, { code: 'set-up', cause: error });
  return new MessageLoadError('network', 'The messages could not be loaded.', { cause: error });
}

/** A load's errors as the refresh schedule counts them: any failure, and the longest `Retry-After`. */
function outcomeOf(errors: readonly MessageLoadError[]): LoadOutcome {
  const waits = errors.map((error) => error.retryAfter ?? 0);
  return { failed: errors.length > 0, retryAfter: waits.length ? Math.max(...waits) : undefined };
}

function signalledAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A failed load, with the contact it was for: contact-id may have changed while it was under way. */
class ContactLoadFailure {
  constructor(
    readonly contactId: string,
    readonly error: unknown,
  ) {}
}

type FirstPageArgs = readonly [string, string, string, number, number, readonly unknown[] | undefined, unknown];
type OlderPagesArgs = readonly [MessageHistory, OlderRequest];

/**
 * Loads one contact's history for a list: the first page whenever what to load changes, older pages on
 * request, background refreshes on a timer. Both loads are Lit tasks, so a newer request aborts the older
 * and a stale answer is dropped. It fires `messages-load` and `messages-error`, and says where loading stands.
 */
export class HistoryController implements ReactiveController {
  /** What is shown; while another contact loads, still the previous contact's. */
  latest?: MessageHistory;
  /** The last failed load of a first page, with its contact. */
  failure?: { contactId: string; error: MessageLoadError };
  /** The load under way was started by the refresh timer, not by a person. */
  background = false;

  // Set by refresh(): the next load must ask the server, not reuse a shared answer.
  private fresh = false;
  private readonly timer: RefreshTimer;
  private readonly firstPage: Task<FirstPageArgs, LoadMessagesResult & { contactId: string }>;
  private readonly olderPages: Task<OlderPagesArgs, { more: LoadMessagesResult; request: OlderRequest }>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: HistoryControllerOptions,
  ) {
    host.addController(this);
    this.timer = new RefreshTimer(
      host,
      () => {
        this.background = true;
        void this.refresh();
      },
      { shared: () => this.inputs.client?.refreshSchedule(this.inputs.endpoint) },
    );
    this.firstPage = new Task(host, {
      args: () => {
        const { contactId, endpoint, channels, pageSize, timeout, messages, client } = this.inputs;
        return [contactId, endpoint, channels.join(' '), pageSize, timeout, messages, client] as const;
      },
      task: ([contactId, endpoint, , pageSize, timeout, messages], { signal }) =>
        messages || !contactId || !endpoint ? Promise.resolve(initialState) : this.loadFirst(pageSize, timeout, signal),
      onComplete: ({ contactId, ...result }) => {
        const { channels } = this.inputs;
        this.latest = MessageHistory.loaded(contactId, result, this.latest, channels, this.options.now());
        this.failure = undefined;
        this.background = false;
        void this.host.updateComplete.then(() => this.emitLoaded(contactId, result.errors));
        // One channel failing counts too: an always-failing channel must not be asked every interval.
        this.restartTimer(outcomeOf(result.errors));
      },
      onError: (failure) => {
        const { contactId, error } = failure as ContactLoadFailure;
        this.background = false;
        // An abort is not a failure: the list left the page, and loads again when it comes back.
        if (signalledAbort(error)) return;
        const loadError = asLoadError(error);
        this.failure = { contactId, error: loadError };
        void this.host.updateComplete.then(() => this.emitError(contactId, loadError));
        this.restartTimer(outcomeOf([loadError]));
      },
    });
    this.olderPages = new Task(host, {
      autoRun: false,
      task: async ([history, request], { signal }) => {
        const { channels, timeout, fetcher, requestInit, endpoint } = this.inputs;
        const options = { channels, signal, timeout, fetcher, requestInit };
        const more =
          request.kind === 'next'
            ? await loadNextPages(request.links, options)
            : await loadMessages({ ...options, endpoint, contactId: history.contactId, pageSize: request.count });
        return { more, request };
      },
      onComplete: ({ more, request }) => {
        const history = this.latest!.withOlder(more, request, this.inputs.channels);
        this.latest = history;
        void this.host.updateComplete.then(() => this.emitLoaded(history.contactId, more.errors));
      },
      onError: (error) => {
        if (signalledAbort(error)) return;
        const loadError = asLoadError(error);
        const history = this.latest!.withOlderFailure(loadError);
        this.latest = history;
        void this.host.updateComplete.then(() => this.emitError(history.contactId, loadError));
      },
    });
  }

  private get inputs(): HistoryInputs {
    return this.options.inputs();
  }

  private async loadFirst(pageSize: number, timeout: number, signal: AbortSignal) {
    const { contactId, endpoint, channels, fetcher, requestInit, client } = this.inputs;
    const fresh = this.fresh;
    this.fresh = false;
    const options = { endpoint, contactId, channels, pageSize, timeout, signal, fetcher, requestInit };
    try {
      const result = await (client ? client.load({ ...options, fresh }) : loadMessages(options));
      return { ...result, contactId };
    } catch (error) {
      throw new ContactLoadFailure(contactId, error);
    }
  }

  hostConnected(): void {
    // Back in the page after a move: finish the load that leaving aborted, and refresh again.
    if (!this.host.hasUpdated) return;
    const failure = this.firstPage.error as ContactLoadFailure | undefined;
    if (this.firstPage.status === TaskStatus.ERROR && signalledAbort(failure?.error)) void this.firstPage.run();
    else this.restartTimer();
  }

  hostDisconnected(): void {
    // A list taken out of the page must not finish a request nobody will see.
    this.firstPage.abort();
    this.olderPages.abort();
  }

  /** Call after every update of the settings: the timer follows `refresh-interval` as it changes. */
  restartTimer(outcome?: LoadOutcome): void {
    if (this.host.isConnected) this.timer.restart(this.inputs.refreshInterval, outcome);
  }

  /** A new contact: older pages asked for the previous one are no longer wanted. */
  contactChanged(): void {
    this.olderPages.abort();
  }

  /** Shows the messages the host handed over instead of loading any. */
  showGiven(items: readonly unknown[]): void {
    const { contactId, channels } = this.inputs;
    this.latest = MessageHistory.given(contactId, items, channels);
  }

  /** Loads the first page again; resolves once it (or its error) is shown. */
  async refresh(): Promise<void> {
    const { messages, contactId, endpoint } = this.inputs;
    if (messages || !contactId || !endpoint) return;
    this.fresh = true;
    await this.firstPage.run();
    await this.host.updateComplete;
  }

  /** Loads older messages, when the server has more; resolves once they (or the error) are shown. */
  async loadMore(): Promise<void> {
    const history = this.current;
    const request = history?.olderRequest(this.inputs.pageSize);
    if (this.loadingMore || this.inputs.messages || !history || !request) return;
    await this.olderPages.run([history, request]);
    await this.host.updateComplete;
  }

  get loadingMore(): boolean {
    return this.olderPages.status === TaskStatus.PENDING;
  }

  get hasMore(): boolean {
    return !this.inputs.messages && !!this.current?.hasMore(this.inputs.pageSize);
  }

  /** What is shown, when it belongs to the current contact (or to the `messages` property). */
  get current(): MessageHistory | undefined {
    const { messages, contactId } = this.inputs;
    return this.latest?.contactId === contactId || messages ? this.latest : undefined;
  }

  /** A failed load of the current contact while older rows of it are still shown. */
  get refreshFailure(): MessageLoadError | undefined {
    return this.failure?.contactId === this.inputs.contactId ? this.failure.error : undefined;
  }

  get state(): ListState {
    const { messages, contactId, endpoint } = this.inputs;
    if (messages) return 'ready';
    if (!contactId || !endpoint) return 'idle';
    if (this.firstPage.status === TaskStatus.PENDING) return 'loading';
    const showing = this.latest?.contactId === contactId;
    // A failed refresh keeps the rows it could not update; only a contact with nothing to show is in error.
    if (this.refreshFailure && this.firstPage.status === TaskStatus.ERROR && !showing) return 'error';
    return showing ? 'ready' : 'loading';
  }

  /** The server unblocked an address: answers shown or shared before that no longer say blocked. */
  unblocked(channel: Channel): void {
    this.inputs.client?.forget(this.inputs.contactId);
    if (this.latest) this.latest = this.latest.withUnblocked(channel);
  }

  /** `messages-load` with what is now shown, then a `messages-error` for each part that failed. */
  private emitLoaded(contactId: string, errors: readonly MessageLoadError[]): void {
    const { messages = [], skipped = 0 } = this.latest ?? {};
    emit(this.host, 'messages-load', { contactId, messages, skipped });
    for (const error of errors) this.emitError(contactId, error);
  }

  private emitError(contactId: string, error: MessageLoadError): void {
    emit(this.host, 'messages-error', {
      contactId,
      ...(error.channel && { channel: error.channel }),
      ...(error.status !== undefined && { status: error.status }),
      message: error.message,
    });
  }
}
