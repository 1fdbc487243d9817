import type { MessageLoadError } from './errors.js';
import { VOYADO_MAX_COUNT, type LoadMessagesResult } from './load-messages.js';
import { mergePages } from './merge-pages.js';
import { pageOf, type HistoryEnd, type MessageHistory, type NextLinks, type OlderRequest } from './message-history.js';
import type { Channel } from './types.js';

// How a history shown changes after its first page: older pages asked for, an address unblocked. Apart from
// MessageHistory, so the first file (which loads first pages only) carries none of it.

/** The next `count` to ask a count-only endpoint for: twice as many (fewer re-downloads than steps), up to its limit. */
export function grownCount(count: number): number {
  return Math.min(Math.max(count * 2, count + 1), VOYADO_MAX_COUNT);
}

/** The request that gets older messages; none when the server has no more (or cannot give more). */
export function olderRequest(history: MessageHistory, pageSize: number): OlderRequest | undefined {
  if (history.next) return { kind: 'next', links: history.next };
  const asked = history.askedCount ?? pageSize;
  return history.full && asked < VOYADO_MAX_COUNT ? { kind: 'count', count: grownCount(asked) } : undefined;
}

export function hasMore(history: MessageHistory, pageSize: number): boolean {
  return olderRequest(history, pageSize) !== undefined;
}

/** Once older messages were asked for and no more can come: why. Nothing while more can come. */
export function historyEnd(history: MessageHistory, pageSize: number): HistoryEnd | undefined {
  if (hasMore(history, pageSize) || !(history.full || history.extended)) return undefined;
  return history.full ? 'limit-reached' : 'all-loaded';
}

/** The answer to `request` added: a next link's page after what is shown, a larger count-only answer instead of it. */
export function withOlder(
  history: MessageHistory,
  more: LoadMessagesResult,
  request: OlderRequest,
  channels: readonly Channel[],
): MessageHistory {
  const followed = request.kind === 'next';
  // The new answer first: where both have a message, its status is the newer one.
  const pages = followed ? [pageOf(history), pageOf(more)] : [pageOf(more), pageOf(history)];
  const merged = mergePages(pages, channels);
  // A channel that failed keeps its link, so trying again asks for the same page.
  const kept = more.errors.flatMap((error) => {
    const link = error.channel && history.next?.[error.channel];
    return link ? [[error.channel, link]] : [];
  });
  const next: NextLinks = { ...Object.fromEntries(kept), ...more.next };
  const firstSkipped = (history.skipped ?? 0) - (history.olderSkipped ?? 0);
  // A next link's page adds to what is shown; a count-only endpoint's larger answer holds the first page again.
  const olderSkipped = followed
    ? (history.olderSkipped ?? 0) + (more.skipped ?? 0)
    : Math.max(0, (more.skipped ?? 0) - firstSkipped);
  return history.with({
    ...merged,
    skipped: firstSkipped + olderSkipped || undefined,
    olderSkipped,
    next: Object.keys(next).length ? next : undefined,
    full: more.full,
    askedCount: followed ? history.askedCount : request.count,
    errors: more.errors,
    errorsFrom: 'more',
    extended: true,
  });
}

/** Loading older messages failed: what is shown stays, with the error (Retry loads older ones again). */
export function withOlderFailure(history: MessageHistory, error: MessageLoadError): MessageHistory {
  return history.with({ errors: [error], errorsFrom: 'more' });
}

/** The server unblocked the channel's address: the answer shown no longer says blocked. */
export function withUnblocked(history: MessageHistory, channel: Channel): MessageHistory {
  const address = history.contact?.[channel];
  return address
    ? history.with({ contact: { ...history.contact, [channel]: { ...address, blocked: false } } })
    : history;
}
