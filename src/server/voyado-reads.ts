import type { Contact, Message } from '../data/types.js';
import type { Revive, SharedCache } from './shared-cache.js';
import type { StoreKeys } from './store-keys.js';
import { fetchVoyadoContact, revivedContact } from './voyado-contact.js';
import { type Channel, fetchHistory, revivedMessages } from './voyado-history.js';
import type { VoyadoHold } from './voyado-hold.js';
import { type CallLimits, GatewayFailure, type VoyadoConnection } from './voyado-request.js';

/** What one browser request reads from Voyado: histories and the contact, each through the hold and the cache. */
export interface VoyadoReads {
  history(channel: Channel, count: number): Promise<Message[]>;
  contact(): Promise<Contact>;
}

export interface ReadsSetup {
  connection: VoyadoConnection;
  hold: VoyadoHold;
  keys: StoreKeys;
  /** Absent when `sharedCacheSeconds` is 0. */
  cache?: SharedCache;
}

// A fill shared through the cache serves other requests too, so the browser that started it leaving
// must not cancel it; only the deadline ends it.
const NEVER = new AbortController().signal;

/** The reads for one browser request about `contactId`, within `limits`. */
export function voyadoReads(setup: ReadsSetup, contactId: string, limits: CallLimits): VoyadoReads {
  const { connection, hold, keys, cache } = setup;

  /**
   * `read`, unless Voyado asked for quiet; a new request for quiet is kept for every instance. The hold is
   * read for each call, not once per request: a call made after waiting on another instance's fill must
   * see the 429 that fill met.
   */
  async function guarded<T>(read: (limits: CallLimits) => Promise<T>, within: CallLimits): Promise<T> {
    const quiet = await hold.current(limits.deadline);
    if (quiet) throw quietFailure(quiet.status, quiet.seconds);
    try {
      return await read(within);
    } catch (error) {
      const wait = error instanceof GatewayFailure && (error.status === 429 || error.status === 503);
      if (wait && error.retryAfter !== undefined) await hold.note(error.status, error.retryAfter);
      throw error;
    }
  }

  function cached<T>(key: string, read: (limits: CallLimits) => Promise<T>, revive: Revive<T>): Promise<T> {
    if (!cache) return guarded(read, limits);
    const fill = () => guarded(read, { signal: NEVER, deadline: limits.deadline });
    return cache.through(key, fill, limits.deadline, revive);
  }

  return {
    history: (channel, count) =>
      cached(
        keys.history(contactId, channel, count),
        (within) => fetchHistory(connection, contactId, channel, count, within),
        revivedMessages,
      ),
    contact: () =>
      cached(keys.contact(contactId), (within) => fetchVoyadoContact(connection, contactId, within), revivedContact),
  };
}

/** The answer while Voyado's wait lasts, as Voyado itself would give it. */
function quietFailure(status: number, seconds: number): GatewayFailure {
  return status === 429
    ? new GatewayFailure(429, 'Voyado is getting too many requests; try again shortly.', '', seconds)
    : new GatewayFailure(503, 'Voyado is unavailable for the moment.', '', seconds);
}
