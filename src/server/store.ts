/**
 * Where the handler keeps what its instances share: `Idempotency-Key` claims and answers, the hold after
 * Voyado's 429, and cached answers. Values are strings (JSON), so an in-memory store behaves as a remote
 * one does: nothing handed out can be changed behind the store's back. Every key is written with a time
 * to live; none lives forever.
 *
 * A store may fail (Redis down or slow): it then rejects, and the handler decides what that means for
 * each use (reads go to Voyado; an unblock that cannot be claimed is refused).
 */
export interface SharedStore {
  /**
   * Writes `value` under `key` for `ttlMs` only if the key holds nothing; resolves `true` when it did.
   * Atomic across every instance using the store: of many claims at once, exactly one wins.
   */
  claim(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** The value under `key`, or `undefined` when there is none (or it expired). */
  get(key: string): Promise<string | undefined>;
  /** Writes `value` under `key` for `ttlMs`, whatever it held. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Removes `key`; nothing happens when it holds nothing. */
  delete(key: string): Promise<void>;
}
