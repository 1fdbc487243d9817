import { html } from 'lit';
import { filterMessages, type MessageFilter } from '../data/filter-messages.js';
import { CHANNELS, type Channel } from '../data/types.js';
import { pickAnnouncement, type ListSnapshot } from './announcement.js';
import { announcementText } from './announcement-text.js';
import type { HistoryController } from './history-controller.js';
import type { Text } from './ui-strings.js';
import type { UnblockProgress } from './unblock-controller.js';

/** What the live region reads of its list after each change. */
export interface ListReading {
  history: Pick<HistoryController, 'state' | 'current' | 'failure' | 'refreshFailure' | 'background' | 'loadingMore'>;
  filter: MessageFilter;
  pageSize: number;
  lang: string;
  text: Text;
  unblockProgress(channel: Channel): UnblockProgress | undefined;
}

/**
 * One polite live region, always in the page, so that what it says is announced once. Told how its list
 * looks after every change, it speaks only when something a listener should hear has changed.
 */
export class LiveRegion {
  private last?: ListSnapshot;
  private said = '';

  update(list: ListReading): void {
    const { history, filter } = list;
    const shown = history.current;
    const snapshot: ListSnapshot = {
      state: history.state,
      rowsShown: !!shown?.messages.length,
      quiet: history.background,
      shown,
      count: shown?.messages.length ?? 0,
      refreshFailure: shown && history.refreshFailure ? history.failure : undefined,
      loadingMore: history.loadingMore,
      unblocks: CHANNELS.map((channel) => list.unblockProgress(channel)),
      filter,
    };
    const announcement = pickAnnouncement(this.last, snapshot);
    this.last = snapshot;
    if (!announcement) return;
    const sentence = announcementText(announcement, {
      text: list.text,
      history: shown,
      failure: history.failure?.error,
      pageSize: list.pageSize,
      filteredCount: () => filterMessages(shown?.messages ?? [], filter, list.lang).length,
      unblockProgress: list.unblockProgress,
    });
    this.said = sentence ?? this.said;
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.said}</div>`;
  }
}
