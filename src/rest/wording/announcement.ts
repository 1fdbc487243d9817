import type { ListState } from '../../first/list-state.js';

/** What a list looks like at one update, as far as its live region cares. Objects are compared by identity. */
export interface ListSnapshot {
  state: ListState;
  /** Rows are on screen (a refresh keeps them while it runs). */
  rowsShown: boolean;
  /** The load under way was started by the background timer, not by a person. */
  quiet: boolean;
  /** The result shown; a new object after every load. */
  shown?: object;
  count: number;
  /** A failed refresh of rows still shown. */
  refreshFailure?: object;
  loadingMore: boolean;
  /** Each channel's unblock progress, in a fixed channel order. */
  unblocks: readonly (object | undefined)[];
  /** The filters in force (channel, status, search); a new object when any changes. */
  filter: object;
}

export type Announcement =
  | { kind: 'loading' }
  | { kind: 'loading-more' }
  | { kind: 'loaded'; count: number }
  | { kind: 'error' }
  | { kind: 'refresh-failed' }
  | { kind: 'unblock'; channel: number }
  | { kind: 'filtered' };

/**
 * What changed between two updates that a screen reader user should hear, politely, once.
 * A background refresh stays silent unless it changed how many messages there are: a list
 * refreshing every minute must not talk every minute.
 */
export function pickAnnouncement(before: ListSnapshot | undefined, now: ListSnapshot): Announcement | undefined {
  const unblock = now.unblocks.findIndex((progress, channel) => progress && progress !== before?.unblocks[channel]);
  if (unblock >= 0) return { kind: 'unblock', channel: unblock };
  if (now.state !== before?.state) {
    if (now.state === 'loading' && (!now.rowsShown || !now.quiet)) return { kind: 'loading' };
    if (now.state === 'error') return { kind: 'error' };
  }
  if (now.refreshFailure && now.refreshFailure !== before?.refreshFailure) return { kind: 'refresh-failed' };
  if (now.loadingMore && !before?.loadingMore) return { kind: 'loading-more' };
  if (now.state === 'ready' && now.shown && now.shown !== before?.shown) {
    const silent = before?.quiet && before.rowsShown && before.count === now.count;
    if (!silent) return { kind: 'loaded', count: now.count };
  }
  // Typing a search or pressing a filter: say how many rows are left, as a sighted user sees it.
  if (now.state === 'ready' && before && now.filter !== before.filter) return { kind: 'filtered' };
  return undefined;
}
