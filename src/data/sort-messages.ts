import type { Message } from './types.js';

/**
 * A new array, newest first; messages without a date go last. Stable, so messages sent at the
 * same moment keep the server's order.
 */
export function sortNewestFirst(messages: readonly Message[]): Message[] {
  return [...messages].sort((a, b) => {
    if (a.sentAt === null || b.sentAt === null) return (a.sentAt === null ? 1 : 0) - (b.sentAt === null ? 1 : 0);
    return b.sentAt.getTime() - a.sentAt.getTime();
  });
}
