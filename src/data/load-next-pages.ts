import { loadRequests, type LoadMessagesResult, type LoadRequestsOptions } from './load-messages.js';
import type { PageRequest } from './message-requests.js';
import type { Channel } from './types.js';

/** What `loadNextPages` needs: the request options without the endpoint, which the `next` URLs replace. */
export type LoadNextOptions = LoadRequestsOptions;

/**
 * Loads the pages after the ones shown, from the `next` URLs of an earlier result, with the same
 * retries, per-channel failures and merging as {@link loadMessages}.
 */
export async function loadNextPages(
  next: Partial<Record<Channel | 'all', string>>,
  options: LoadNextOptions,
): Promise<LoadMessagesResult> {
  const requests: PageRequest[] = Object.entries(next).map(([key, url]) =>
    key === 'all' ? { url } : { url, channel: key as Channel },
  );
  if (requests.length === 0) return { messages: [], errors: [] };
  return loadRequests(requests, options);
}
