import type { SharedStore } from './store.js';

/** The shared store failed, or took longer than the handler may wait. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
}

// After a failure the store is left alone this long: while it is down or hanging, each request would
// otherwise pay the full budget for every call it makes before going on without it.
const REST_MS = 2000;

/**
 * The handler's way to its {@link SharedStore}. Every call is bounded in time: a store that hangs (a
 * stopped Redis, a full network buffer) must not hold a request past its deadline. Every failure becomes a
 * {@link StoreUnavailable}, after which calls fail at once for a couple of seconds before the store is
 * tried again. The log hears once that the store went away and once that it is back, rather than a line
 * per request while it is down.
 */
export class StoreGuard {
  private restUntil = 0;
  private healthy = true;

  constructor(
    private readonly store: SharedStore,
    /** The longest one call may take. */
    private readonly budgetMs: number,
    private readonly report: (line: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The store's claim. When the answer comes too late, the claim may still have been made; it is
   * released then, as the caller has already gone on as if it had not.
   */
  claim(key: string, value: string, ttlMs: number, deadline?: AbortSignal): Promise<boolean> {
    return this.bounded(
      'claim',
      () => this.store.claim(key, value, ttlMs),
      deadline,
      (late) => late.then((won) => (won ? this.store.delete(key) : undefined)),
    );
  }

  get(key: string, deadline?: AbortSignal): Promise<string | undefined> {
    return this.bounded('get', () => this.store.get(key), deadline);
  }

  /** The value under `key`, or `undefined` when there is none or the store failed: for reads that can do without. */
  async read(key: string, deadline?: AbortSignal): Promise<string | undefined> {
    try {
      return await this.get(key, deadline);
    } catch {
      return undefined;
    }
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    return this.bounded('set', () => this.store.set(key, value, ttlMs));
  }

  delete(key: string): Promise<void> {
    return this.bounded('delete', () => this.store.delete(key));
  }

  /**
   * `call()`'s answer within the budget and the deadline. `whenLate` receives the call's promise when the
   * guard stopped waiting for it, to undo what it may still do.
   */
  private async bounded<T>(
    operation: string,
    call: () => Promise<T>,
    deadline?: AbortSignal,
    whenLate?: (late: Promise<T>) => Promise<unknown>,
  ): Promise<T> {
    if (deadline?.aborted) throw new StoreUnavailable(`The request's time ran out (${operation}).`);
    if (this.now() < this.restUntil) throw new StoreUnavailable('The shared store failed moments ago.');
    let pending: Promise<T>;
    try {
      pending = Promise.resolve(call());
    } catch (error) {
      // A store that throws at once fails like one that rejects.
      pending = Promise.reject(error);
    }
    // Whatever the store does after the handler stopped waiting, it must not be an unhandled rejection.
    pending.catch(() => undefined);
    try {
      const value = await withinTime(pending, this.budgetMs, deadline);
      if (!this.healthy) {
        this.healthy = true;
        this.report('The shared store answers again.');
      }
      return value;
    } catch (error) {
      whenLate?.(pending).catch(() => undefined);
      // Without its full stop, as it goes inside a sentence of the guard's own.
      const said = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
      // Running out of the request's own time says nothing about the store.
      if (deadline?.aborted) throw new StoreUnavailable(`The request's time ran out (${operation}).`);
      this.restUntil = this.now() + REST_MS;
      if (this.healthy) {
        this.healthy = false;
        this.report(
          `The shared store failed (${operation}: ${said}). Until it answers again, reads go to Voyado ` +
            'and unblocks with an Idempotency-Key are refused.',
        );
      }
      throw new StoreUnavailable(`The shared store failed (${operation}: ${said}).`);
    }
  }
}

/** `pending`, or a rejection once `ms` passed or `deadline` aborted, whichever comes first. */
function withinTime<T>(pending: Promise<T>, ms: number, deadline?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (deadline?.aborted) return reject(new Error("the request's time ran out"));
    const timer = setTimeout(() => finish(() => reject(new Error(`no answer within ${ms} ms`))), ms);
    const onDeadline = () => finish(() => reject(new Error("the request's time ran out")));
    deadline?.addEventListener('abort', onDeadline, { once: true });
    pending.then(
      (value) => finish(() => resolve(value)),
      (error) => finish(() => reject(error)),
    );
    function finish(settle: () => void) {
      clearTimeout(timer);
      deadline?.removeEventListener('abort', onDeadline);
      settle();
    }
  });
}
