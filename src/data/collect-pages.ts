import type { MessageLoadError } from './errors.js';
import { mergePages } from './merge-pages.js';
import type { PageRequest } from './message-requests.js';
import type { Channel, Contact, Message, MessagePage } from './types.js';

export interface LoadMessagesResult {
  /** Newest first (undated last), one per channel and id. */
  messages: Message[];
  /** Each channel's address taken from that channel's own response. */
  contact?: Contact;
  /** Next-page URLs, per channel, or under `all` for a single request. */
  next?: Partial<Record<Channel | 'all', string>>;
  /** Channels that failed while at least one other succeeded. */
  errors: MessageLoadError[];
  /** How many items the pages had that could not be read and were left out; absent when none. */
  skipped?: number;
  /**
   * An answer in Voyado's shape (no next link, only a `count`) was full: asking again with a larger `count`
   * may give older messages.
   */
  full?: boolean;
}

/** One request's page as parsed; `full` as in {@link LoadMessagesResult}. */
export type FetchedPage = MessagePage & { full?: boolean };

/**
 * The pages a set of requests gave, as one result: merged (each channel's address from its own request), with their
 * next links, and the errors of the requests that failed.
 *
 * @param pages One per request that succeeded, in the order of `requests`, each with its request.
 */
export function collectPages(
  pages: readonly { request: PageRequest; page: FetchedPage }[],
  errors: MessageLoadError[],
  channels: readonly Channel[],
): LoadMessagesResult {
  const next: Partial<Record<Channel | 'all', string>> = {};
  let full = false;
  const merged = mergePages(
    pages.map(({ request: { url, channel }, page: { full: pageFull, ...page } }) => {
      const link = page.next && nextPageUrl(page.next, url);
      if (link) next[channel ?? 'all'] = link;
      else if (pageFull) full = true;
      return channel ? contactOf(page, channel) : page;
    }),
    channels,
  );
  const result: LoadMessagesResult = { ...merged, errors };
  if (Object.keys(next).length > 0) result.next = next;
  if (full) result.full = true;
  return result;
}

/**
 * Whether a body is a Voyado-shaped answer (`{ items }`) holding as many items as the URL's `count` asked for:
 * then there may be more, and only a larger `count` reaches them.
 */
export function isFullVoyadoAnswer(body: unknown, url: string): boolean {
  const items = body && typeof body === 'object' ? (body as { items?: unknown }).items : undefined;
  const asked = Number(new URL(url).searchParams.get('count'));
  return Array.isArray(items) && asked > 0 && items.length >= asked;
}

/**
 * The next page's URL, resolved against the request that gave it (a relative link is relative to
 * it), or `undefined` when it cannot be read or leads elsewhere: the page itself is still good.
 */
function nextPageUrl(next: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(next, requestUrl);
  } catch {
    return undefined;
  }
  // Every request carries the host's headers and credentials: following a link to another origin
  // would hand them to whoever the answer names.
  const origin = new URL(requestUrl).origin;
  return url.origin === origin && origin !== 'null' ? url.href : undefined;
}

/** Keeps only the page's address for its own channel: the email response speaks for email. */
function contactOf(page: MessagePage, channel: Channel): MessagePage {
  const address = page.contact?.[channel];
  const result: MessagePage = { messages: page.messages };
  if (address) result.contact = { [channel]: address };
  if (page.next) result.next = page.next;
  if (page.skipped) result.skipped = page.skipped;
  return result;
}
