import { STATUS_CATALOG, type StatusKey } from '../statuses/catalog.js';
import { normalizeStatus } from '../statuses/normalize.js';
import { summaryBucket } from '../statuses/summary.js';
import { foldForSearch, searchIndexOf, searchableText } from './search-index.js';
import type { Channel, Message } from './types.js';

/** A summary line's status: a catalog key, or `other` for every status the widget does not know. */
export type StatusFilter = StatusKey | 'other';

export interface MessageFilter {
  /** One channel, or every channel. */
  channel: Channel | 'all';
  /** Only what went wrong or may still go wrong: warning and danger statuses. */
  problemsOnly: boolean;
  /**
   * One status, as the summary counts it: `soft-bounce` takes in `blocked` (a kind of soft bounce),
   * `blocked` alone is only the blocked ones.
   */
  status?: StatusFilter;
  /** Words to find in the send-out's name or the message's text; blank finds everything. */
  search?: string;
}

export const NO_FILTER: MessageFilter = { channel: 'all', problemsOnly: false };

/** The email soft bounces (blocked ones included), which the address line's soft-bounce warning shows in one click. */
export const EMAIL_SOFT_BOUNCES: MessageFilter = { ...NO_FILTER, channel: 'email', status: 'soft-bounce' };

/** Whether the filter in force is exactly EMAIL_SOFT_BOUNCES (no search or other choice on top). */
export function showsEmailSoftBounces(filter: MessageFilter): boolean {
  return (
    filter.channel === 'email' && filter.status === 'soft-bounce' && !filter.problemsOnly && !filter.search?.trim()
  );
}

/** Whether a status is one a support agent looks into: a bounce, a failure, a delay. */
export function isProblem(status: string): boolean {
  const key = normalizeStatus(status);
  return !!key && (STATUS_CATALOG[key].severity === 'warning' || STATUS_CATALOG[key].severity === 'danger');
}

/** Whether a status is counted under `wanted` in the summary: itself, or a kind of it (blocked under soft bounce). */
export function matchesStatus(status: string, wanted: StatusFilter): boolean {
  return wanted === summaryBucket(status) || wanted === normalizeStatus(status);
}

export { foldForSearch } from './search-index.js';

function searchWords(search: string, lang: string): string[] {
  return foldForSearch(search, lang).split(/\s+/).filter(Boolean);
}

/** Whether every word of the search occurs in the message's name or text, in any case. */
export function matchesSearch(message: Message, search: string, lang = 'en'): boolean {
  const text = searchableText(message, lang);
  return searchWords(search, lang).every((word) => text.includes(word));
}

/** The messages the filter lets through, in their order; the same array when it lets everything through. */
export function filterMessages(messages: readonly Message[], filter: MessageFilter, lang = 'en'): readonly Message[] {
  const words = searchWords(filter.search ?? '', lang);
  if (filter.channel === 'all' && !filter.problemsOnly && !filter.status && !words.length) return messages;
  // The search first, through the list's index (folded once per load): the other tests are cheap.
  const searched = words.length ? searchIndexOf(messages, lang).matching(words) : messages;
  return searched.filter(
    (message) =>
      (filter.channel === 'all' || message.channel === filter.channel) &&
      (!filter.problemsOnly || isProblem(message.status)) &&
      (!filter.status || matchesStatus(message.status, filter.status)),
  );
}
