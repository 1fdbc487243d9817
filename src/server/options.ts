import type { Contact } from '../data/types.js';
import { memoryStore } from './memory-store.js';
import type { SharedStore } from './store.js';
import type { Channel } from './voyado-history.js';

/** What the host's `unblock` is told. */
export interface UnblockRequest {
  contactId: string;
  channel: Channel;
  address: string;
  /** The browser's request, e.g. to record who unblocked. */
  request: Request;
}

export interface VoyadoHandlerOptions {
  /** The tenant's Voyado API root, e.g. `https://example.voyado.com`. The key is sent nowhere else. */
  baseUrl: string;
  /** The Voyado API key. Stays on the server: never in an answer, an error or a log line. */
  apiKey: string;
  /**
   * May the signed-in user behind `request` see (and unblock) this contact? Only `true` lets the request
   * through; anything else is a 403, before Voyado is asked.
   */
  authorize: (request: Request, contactId: string) => boolean | Promise<boolean>;
  /**
   * How this CRM unblocks an address. Throw an `UnblockRefusal` to answer a 4xx with your own
   * sentence; any other error answers 502. Without it, unblock requests get 501.
   */
  unblock?: (unblock: UnblockRequest) => Promise<void>;
  /**
   * The contact's addresses and whether they are blocked or unsubscribed, from the CRM's own records;
   * sent as `contact`, so the widget can offer Unblock. Without it, the addresses and opt-outs come from
   * Voyado's contact (which says nothing about blocks). What this returns wins, `undefined` included.
   */
  contact?: (contactId: string, request: Request) => Contact | undefined | Promise<Contact | undefined>;
  /** Used for every request to Voyado; default `globalThis.fetch`. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Milliseconds to wait for Voyado before answering 504. Default 10000. */
  timeoutMs?: number;
  /** How long the browser may reuse an answer without asking again. Default 0: it asks, and gets a 304 if nothing changed. */
  cacheSeconds?: number;
  /**
   * How long Voyado's answers are kept in `store` and reused for the same contact, channel and count,
   * by every instance sharing it. Default 0: Voyado is asked for every request. `authorize` runs before
   * every answer, kept or not.
   */
  sharedCacheSeconds?: number;
  /**
   * Where what the handler's instances share is kept: `Idempotency-Key` claims and answers, the hold
   * after Voyado's 429, and with `sharedCacheSeconds` the answers. Default: this process's memory, which
   * is right for one instance. For several, `redisStore({ url })` from `message-status-list/server/redis`.
   */
  store?: SharedStore;
  /** Receives one line per failure, for the server's log. Lines never hold the key or Voyado's answers. */
  log?: (line: string) => void;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** The options once checked, with their defaults. */
export interface Settings extends Required<
  Pick<VoyadoHandlerOptions, 'authorize' | 'fetch' | 'timeoutMs' | 'cacheSeconds' | 'sharedCacheSeconds' | 'store'>
> {
  baseUrl: string;
  apiKey: string;
  unblock?: VoyadoHandlerOptions['unblock'];
  contact?: VoyadoHandlerOptions['contact'];
  log?: VoyadoHandlerOptions['log'];
}

/** The options, checked and with defaults; a mistake is a TypeError naming the option (never the key). */
export function checkOptions(options: VoyadoHandlerOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('createVoyadoHandler needs an options object: { baseUrl, apiKey, authorize, … }.');
  }
  const { apiKey, authorize, unblock, contact, log } = options;
  const baseUrl = checkBaseUrl(options.baseUrl);
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError('createVoyadoHandler: apiKey is missing or empty (is the environment variable set?).');
  }
  // A key is printable ASCII; anything else (a pasted line break, a space) could never be sent as a header.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new TypeError('createVoyadoHandler: apiKey contains spaces, line breaks or other odd characters.');
  }
  if (typeof authorize !== 'function') {
    throw new TypeError('createVoyadoHandler: authorize must be a function (request, contactId) => boolean.');
  }
  for (const [name, value] of Object.entries({ unblock, contact, log, fetch: options.fetch })) {
    if (value !== undefined && typeof value !== 'function') {
      throw new TypeError(`createVoyadoHandler: ${name} must be a function when given.`);
    }
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || !Number.isFinite(timeoutMs)) {
    throw new TypeError('createVoyadoHandler: timeoutMs must be a positive number of milliseconds.');
  }
  const cacheSeconds = wholeSeconds('cacheSeconds', options.cacheSeconds);
  const sharedCacheSeconds = wholeSeconds('sharedCacheSeconds', options.sharedCacheSeconds);
  const store = options.store ?? memoryStore();
  if (!isStore(store)) {
    throw new TypeError('createVoyadoHandler: store must have claim, get, set and delete methods (see SharedStore).');
  }
  // Looked up at call time, so a test or polyfill that replaces globalThis.fetch later is used.
  const fetcher = options.fetch ?? ((url: string, init: RequestInit) => globalThis.fetch(url, init));
  return {
    baseUrl,
    apiKey,
    authorize,
    unblock,
    contact,
    log,
    fetch: fetcher,
    timeoutMs,
    cacheSeconds,
    sharedCacheSeconds,
    store,
  };
}

function wholeSeconds(name: string, value: unknown): number {
  const seconds = value ?? 0;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
    throw new TypeError(`createVoyadoHandler: ${name} must be a whole number of seconds, 0 or more.`);
  }
  return seconds;
}

function isStore(value: unknown): value is SharedStore {
  if (typeof value !== 'object' || value === null) return false;
  const store = value as Record<string, unknown>;
  return ['claim', 'get', 'set', 'delete'].every((method) => typeof store[method] === 'function');
}

function checkBaseUrl(value: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError('createVoyadoHandler: baseUrl must be an http(s) URL, e.g. https://example.voyado.com.');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new TypeError('createVoyadoHandler: baseUrl must be the API root only, without credentials, query or #.');
  }
  return url.href.replace(/\/+$/, '');
}
