import { pause } from './pause.js';
import type { StoreGuard } from './store-guard.js';

/**
 * Answers from Voyado kept in the shared store for a while, so fifty agents opening one contact make one
 * call to Voyado rather than fifty. At most one instance fills a key at a time, as far as the store
 * allows: the others wait for its value (or its failure) instead of asking Voyado too. A store that fails
 * caches nothing, and every request asks Voyado as if there were no cache.
 */
export class SharedCache {
  // Requests on this instance share one fill per key without asking the store.
  private readonly filling = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: StoreGuard,
    private readonly ttlMs: number,
    /** How long one fill may take: the request's time limit. */
    private readonly fillTtlMs: number,
    private readonly pollMs = 25,
  ) {}

  /**
   * The value kept under `key`, or `fill()`'s, kept for the others. Values are kept as JSON; `revive`
   * turns what JSON gives back into the value (dates into `Date`s).
   */
  async through<T>(key: string, fill: () => Promise<T>, deadline: AbortSignal, revive: Revive<T>): Promise<T> {
    const kept = readValue(await this.store.read(key, deadline), revive);
    if (kept) return kept.value;
    const running = this.filling.get(key);
    if (running) return running as Promise<T>;
    const filling = this.fillOnce(key, fill, deadline, revive);
    this.filling.set(key, filling);
    const forget = () => this.filling.delete(key);
    filling.then(forget, forget);
    return filling;
  }

  private async fillOnce<T>(key: string, fill: () => Promise<T>, deadline: AbortSignal, revive: Revive<T>): Promise<T> {
    const marker = `${key}:filling`;
    for (;;) {
      // Without the store no one can be told, so fill here as if no one else were filling.
      const claimed = await this.store.claim(marker, '1', this.fillTtlMs, deadline).catch(() => undefined);
      if (claimed !== false) return this.fillHere(key, marker, claimed === true, fill);
      const other = await this.awaitOther(key, marker, deadline, revive);
      if (typeof other === 'object') return other.value;
      // The store failed or time is up: fill here (a late fill fails at once, with the right answer).
      if (other === 'stop') return this.fillHere(key, marker, false, fill);
      // 'gone': the other fill failed; round again, so one instance retries rather than all.
    }
  }

  private async fillHere<T>(key: string, marker: string, claimed: boolean, fill: () => Promise<T>): Promise<T> {
    let value: T;
    try {
      value = await fill();
    } catch (error) {
      if (claimed) void this.store.delete(marker).catch(() => undefined);
      throw error;
    }
    // Kept first, then the marker goes, so a waiter that sees the marker gone finds the value. Not awaited:
    // the browser need not wait for the store.
    const keeping = this.store.set(key, JSON.stringify(value), this.ttlMs).catch(() => undefined);
    if (claimed) void keeping.then(() => this.store.delete(marker)).catch(() => undefined);
    return value;
  }

  /**
   * The value another instance is filling, once it is kept; `'gone'` when its fill ended without one,
   * `'stop'` when the store failed or the deadline passed.
   */
  private async awaitOther<T>(
    key: string,
    marker: string,
    deadline: AbortSignal,
    revive: Revive<T>,
  ): Promise<{ value: T } | 'gone' | 'stop'> {
    while (await pause(this.pollMs, deadline)) {
      try {
        const kept = readValue(await this.store.get(key, deadline), revive);
        if (kept) return kept;
        if ((await this.store.get(marker, deadline)) !== undefined) continue;
        // The marker may have gone just after the value was kept: look once more.
        return readValue(await this.store.get(key, deadline), revive) ?? 'gone';
      } catch {
        return 'stop';
      }
    }
    return 'stop';
  }
}

/** Turns a kept value, parsed from JSON, back into what was kept; throws when it cannot. */
export type Revive<T> = (parsed: unknown) => T;

/** A kept value, revived; `undefined` when there is none, or it is unreadable (it is then filled anew). */
function readValue<T>(raw: string | undefined, revive: Revive<T>): { value: T } | undefined {
  if (raw === undefined) return undefined;
  try {
    return { value: revive(JSON.parse(raw)) };
  } catch {
    return undefined;
  }
}
