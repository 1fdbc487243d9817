import type { Fetcher } from './types.js';

/** Milliseconds before a request counts as failed, unless the host says otherwise. */
export const DEFAULT_TIMEOUT = 15_000;

/** `globalThis.fetch`, looked up at request time: an unbound `fetch` throws "Illegal invocation". */
export const defaultFetcher: Fetcher = (url, init) => globalThis.fetch(url, init);

/** A copy of the host's headers that asks for JSON, unless the host asked for something else. */
export function jsonHeaders(headers: HeadersInit | undefined): Headers {
  const result = new Headers(headers);
  if (!result.has('Accept')) result.set('Accept', 'application/json');
  return result;
}
