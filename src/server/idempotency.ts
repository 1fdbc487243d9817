/** A finished answer, kept as data: a `Response` body can only be read once. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

interface Entry {
  /** What the first request asked for; the same key with another request is a client bug. */
  fingerprint: string;
  answer: Promise<StoredAnswer>;
  expires: number;
}

/**
 * Remembers the answers to requests sent with an `Idempotency-Key`, so a resent request gets the
 * first one's answer and its work is done once, even while the first is still running. In memory,
 * bounded in size and time: it only has to outlive a widget's retries, not a restart.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {}) {
    this.maxEntries = options.maxEntries ?? 1000;
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * The answer for `key`: the stored one, or `work()`'s, stored. `'conflict'` when the key was used for
   * a different request. Server failures (5xx) are forgotten once settled, so a retry does the work again.
   */
  run(key: string, fingerprint: string, work: () => Promise<StoredAnswer>): Promise<StoredAnswer> | 'conflict' {
    this.dropExpired();
    const found = this.entries.get(key);
    if (found) return found.fingerprint === fingerprint ? found.answer : 'conflict';

    const answer = work();
    const entry: Entry = { fingerprint, answer, expires: this.now() + this.ttlMs };
    this.entries.set(key, entry);
    // The Map keeps insertion order, so the first key is the oldest.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    answer.then(
      (settled) => {
        if (settled.status >= 500) this.forget(key, entry);
      },
      () => this.forget(key, entry),
    );
    return answer;
  }

  get size(): number {
    return this.entries.size;
  }

  private forget(key: string, entry: Entry): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      // Oldest first: the first one still alive means all after it are too.
      if (entry.expires > now) break;
      this.entries.delete(key);
    }
  }
}

// RFC 9110 token-ish and printable: the widget sends a UUID; anything odd is refused rather than stored.
const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;

/** Whether an `Idempotency-Key` header value is one this server will keep. */
export function isValidIdempotencyKey(value: string): boolean {
  return KEY_FORMAT.test(value);
}
