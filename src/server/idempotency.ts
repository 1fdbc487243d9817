import { pause } from './pause.js';
import type { StoreGuard } from './store-guard.js';

/** A finished answer, kept as data: a `Response` body can only be read once. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

/**
 * Why a keyed request gets no answer of its own: the key was used for another request (`conflict`),
 * another request with it is still running past this one's deadline (`busy`), or the store cannot say
 * (`unavailable`), in which case doing the work could do it twice.
 */
export type IdempotencyRefusal = 'conflict' | 'busy' | 'unavailable';

/** What the store holds per key: the request's fingerprint, and its answer once there is one. */
interface KeyRecord {
  fingerprint: string;
  answer?: StoredAnswer;
}

export interface IdempotencyOptions {
  /** How long a finished answer is kept. Default 10 minutes: long enough for a widget's retries. */
  ttlMs?: number;
  /**
   * How long a claim lasts before its answer is stored. Default 2 minutes: far past any unblock, and
   * short enough that a claim left by an instance that died does not refuse the key for long.
   */
  claimTtlMs?: number;
  /** How often a request waiting on another instance's run looks again. Default 50 ms. */
  pollMs?: number;
}

/**
 * Does the work of requests sent with an `Idempotency-Key` once, across every instance sharing the
 * store: the first to claim the key does it, and every other request with that key gets its answer, even
 * while it is still running. Server failures (5xx) are not kept, so a retry does the work again.
 */
export class Idempotency {
  // Requests on this instance wait on the first one's promise rather than ask the store over and over.
  private readonly running = new Map<
    string,
    { fingerprint: string; outcome: Promise<StoredAnswer | IdempotencyRefusal> }
  >();
  private readonly ttlMs: number;
  private readonly claimTtlMs: number;
  private readonly pollMs: number;

  constructor(
    private readonly store: StoreGuard,
    options: IdempotencyOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.claimTtlMs = options.claimTtlMs ?? 2 * 60_000;
    this.pollMs = options.pollMs ?? 50;
  }

  /**
   * The answer for `key`: the one stored, the one another request with the key is getting, or `work()`'s.
   * Waiting on another instance ends with `deadline`.
   */
  run(
    key: string,
    fingerprint: string,
    work: () => Promise<StoredAnswer>,
    deadline: AbortSignal,
  ): Promise<StoredAnswer | IdempotencyRefusal> {
    const local = this.running.get(key);
    if (local) return local.fingerprint === fingerprint ? local.outcome : Promise.resolve('conflict');
    const outcome = this.settle(key, fingerprint, work, deadline);
    const entry = { fingerprint, outcome };
    this.running.set(key, entry);
    const forget = () => {
      if (this.running.get(key) === entry) this.running.delete(key);
    };
    outcome.then(forget, forget);
    return outcome;
  }

  private async settle(
    key: string,
    fingerprint: string,
    work: () => Promise<StoredAnswer>,
    deadline: AbortSignal,
  ): Promise<StoredAnswer | IdempotencyRefusal> {
    // Round again when the holder of the key gave it up (it failed, or its claim ran out) while we waited.
    for (;;) {
      if (deadline.aborted) return 'busy';
      let claimed: boolean;
      try {
        claimed = await this.store.claim(
          key,
          JSON.stringify({ fingerprint } satisfies KeyRecord),
          this.claimTtlMs,
          deadline,
        );
      } catch {
        return deadline.aborted ? 'busy' : 'unavailable';
      }
      if (claimed) return this.doWork(key, fingerprint, work);
      const other = await this.awaitOther(key, fingerprint, deadline);
      if (other !== 'gone') return other;
    }
  }

  private async doWork(key: string, fingerprint: string, work: () => Promise<StoredAnswer>): Promise<StoredAnswer> {
    let answer: StoredAnswer;
    try {
      answer = await work();
    } catch (error) {
      await this.store.delete(key).catch(() => undefined);
      throw error;
    }
    // A store that fails here leaves the claim to run out; the guard has told the log.
    const keeping =
      answer.status >= 500
        ? this.store.delete(key)
        : this.store.set(key, JSON.stringify({ fingerprint, answer } satisfies KeyRecord), this.ttlMs);
    await keeping.catch(() => undefined);
    return answer;
  }

  /** The answer of the request holding the key, once it has one; `'gone'` when it let the key go. */
  private async awaitOther(
    key: string,
    fingerprint: string,
    deadline: AbortSignal,
  ): Promise<StoredAnswer | IdempotencyRefusal | 'gone'> {
    for (;;) {
      let raw: string | undefined;
      try {
        raw = await this.store.get(key, deadline);
      } catch {
        return deadline.aborted ? 'busy' : 'unavailable';
      }
      if (raw === undefined) return 'gone';
      const record = readRecord(raw);
      if (!record) return 'unavailable';
      if (record.fingerprint !== fingerprint) return 'conflict';
      if (record.answer) return record.answer;
      if (!(await pause(this.pollMs, deadline))) return 'busy';
    }
  }
}

function readRecord(raw: string): KeyRecord | undefined {
  try {
    const record = JSON.parse(raw) as KeyRecord;
    return typeof record?.fingerprint === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

// RFC 9110 token-ish and printable: the widget sends a UUID; anything odd is refused rather than stored.
const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;

/** Whether an `Idempotency-Key` header value is one this server will keep. */
export function isValidIdempotencyKey(value: string): boolean {
  return KEY_FORMAT.test(value);
}
