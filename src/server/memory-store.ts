import type { SharedStore } from './store.js';

interface Entry {
  value: string;
  expires: number;
}

export interface MemoryStoreOptions {
  /** The most keys kept; past it the oldest written goes first. Default 1000. */
  maxEntries?: number;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
}

/**
 * A {@link SharedStore} in this process's memory: the default, right for one instance. Bounded in size
 * and time, as the handler only needs it to outlive a widget's retries, not a restart.
 */
export function memoryStore(options: MemoryStoreOptions = {}): SharedStore {
  const maxEntries = options.maxEntries ?? 1000;
  const now = options.now ?? Date.now;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new TypeError('memoryStore: maxEntries must be a whole number of at least 1.');
  }
  // A Map keeps insertion order, and every write re-inserts, so the first key is the one written longest ago.
  const entries = new Map<string, Entry>();

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expires <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function write(key: string, value: string, ttlMs: number): void {
    entries.delete(key);
    entries.set(key, { value, expires: now() + ttlMs });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  }

  return {
    // Each body runs to its end without an await, so a claim is atomic within the process.
    async claim(key, value, ttlMs) {
      if (live(key)) return false;
      write(key, value, ttlMs);
      return true;
    },
    async get(key) {
      return live(key)?.value;
    },
    async set(key, value, ttlMs) {
      write(key, value, ttlMs);
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
