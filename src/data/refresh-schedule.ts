/** The shortest background refresh interval, in seconds: smaller `refresh-interval` values are raised to it. */
export const MIN_REFRESH_SECONDS = 10;
/** The longest wait that failures alone stretch the interval to, in seconds (a longer interval stays as it is). */
export const MAX_BACKOFF_SECONDS = 300;
/** Up to this share of the wait is added at random, so many lists on many pages do not refresh in lockstep. */
export const JITTER = 0.1;

/** The `refresh-interval` in force, in seconds: `0` (off) for anything not positive, at least the minimum otherwise. */
export function effectiveInterval(seconds: number): number {
  if (!(seconds > 0)) return 0;
  return Number.isFinite(seconds) ? Math.max(MIN_REFRESH_SECONDS, seconds) : 0;
}

/**
 * When the next background refresh is due, as a good API citizen: the interval, doubled for every
 * failure in a row (capped), never before a `Retry-After`, with jitter. Pure: the caller gives the clock
 * and the randomness, and it remembers failures across refreshes until one succeeds. One list has its
 * own; lists on a provider's client share one per endpoint, so what one list met slows them all, and a
 * `Retry-After` one list met holds every list's next request, a new list's first load included.
 */
export class RefreshSchedule {
  private failures = 0;
  private notBefore = 0;

  constructor(private readonly random: () => number = Math.random) {}

  /**
   * A refresh (or any load) worked: back to the plain interval. A `Retry-After` still stands: on a shared
   * schedule another list's success (perhaps an answer reused from the client) says nothing about it.
   */
  succeeded(): void {
    this.failures = 0;
  }

  /** A refresh failed at `now` (ms); `retryAfter` is the server's wait in seconds, if it gave one. */
  failed(now: number, retryAfter?: number): void {
    this.failures++;
    const asked = retryAfter !== undefined && retryAfter > 0 ? now + retryAfter * 1000 : 0;
    // Remembered across cycles: a later failure without Retry-After does not shorten an earlier one.
    this.notBefore = Math.max(this.notBefore, asked);
  }

  /** Milliseconds from `now` until the server's `Retry-After` is up; `0` when it is or none was given. */
  waitLeft(now: number): number {
    return Math.max(0, this.notBefore - now);
  }

  /**
   * Milliseconds from `now` until a list may ask again after the server's `Retry-After`: the wait left plus a random
   * share of up to a tenth of it (of 10 s at least), so the lists that share the wait do not all ask again in the
   * same millisecond once it is up. `0` when no wait stands.
   */
  holdLeft(now: number): number {
    const left = this.waitLeft(now);
    return left > 0 ? left + JITTER * Math.max(left, MIN_REFRESH_SECONDS * 1000) * this.random() : 0;
  }

  /** Milliseconds from `now` until the next refresh, or `undefined` when refreshing is off. */
  delay(intervalSeconds: number, now: number): number | undefined {
    const interval = effectiveInterval(intervalSeconds);
    if (!interval) return undefined;
    const cap = Math.max(interval, MAX_BACKOFF_SECONDS);
    const seconds = Math.min(interval * 2 ** this.failures, cap);
    // Jitter only lengthens: the minimum and the doubling stay promises.
    const jittered = seconds * 1000 * (1 + JITTER * this.random());
    return Math.max(jittered, this.holdLeft(now));
  }
}
