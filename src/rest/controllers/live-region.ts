import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filterMessages, type MessageFilter } from '../../data/filter-messages.js';
import { CHANNELS, type Channel } from '../../data/types.js';
import { pickAnnouncement, type ListSnapshot } from '../wording/announcement.js';
import { announcementText } from '../wording/announcement-text.js';
import type { HistoryController } from '../../first/history-controller.js';
import type { Text } from '../../languages/pack.js';
import type { UnblockProgress } from './unblock-controller.js';

/** What the live region reads of its list after each change. */
export interface ListReading {
  history: Pick<HistoryController, 'state' | 'current' | 'failure' | 'refreshFailure' | 'background'> & {
    loadingMore: boolean;
  };
  filter: MessageFilter;
  pageSize: number;
  lang: string;
  text: Text;
  unblockProgress(channel: Channel): UnblockProgress | undefined;
  /** The list's name ("Messages for ada@…"), said first while other lists on the page speak too. */
  name: string;
}

/** How long typing must pause before the number of matching messages is said: one announcement, not one a key. */
export const SETTLE_MS = 700;

/** The live regions of the lists in the page, so each knows whether it must say which list it speaks for. */
const speaking = new Set<LiveRegion>();

/**
 * What one polite live region says; the region itself is in the page from the list's first render (before the rest
 * of the widget arrives), so that what it says is announced. Told how its list
 * looks after every change, it speaks only when something a listener should hear has changed; a filter's
 * count once typing settles; and, with other lists on the page, it says which list it speaks for.
 */
export class LiveRegion implements ReactiveController {
  private last?: ListSnapshot;
  /** What the region says now; the list renders it in its live region, which is in the page from the first render. */
  said = '';
  private settling?: ReturnType<typeof setTimeout>;
  /** The list's name as last told, for what is said outside an update. */
  private name = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    speaking.add(this);
  }

  hostDisconnected(): void {
    speaking.delete(this);
    clearTimeout(this.settling);
  }

  /**
   * Says a sentence about something done outside the list's own changes (a link copied). Said again, it still
   * changes the region's text (a no-break space comes or goes), or it would not be heard the second time.
   */
  say(sentence: string): void {
    clearTimeout(this.settling);
    const said = speaking.size > 1 ? `${this.name}: ${sentence}` : sentence;
    this.said = this.said === said ? `${said}\u00a0` : said;
    this.host.requestUpdate();
  }

  update(list: ListReading): void {
    this.name = list.name;
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
      lang: list.lang,
      history: shown,
      failure: history.failure?.error,
      pageSize: list.pageSize,
      filteredCount: () => filterMessages(shown?.messages ?? [], filter, list.lang).length,
      unblockProgress: list.unblockProgress,
    });
    if (sentence === undefined) return;
    // Whatever is said now supersedes a filter count still waiting for typing to settle.
    clearTimeout(this.settling);
    const said = speaking.size > 1 ? `${list.name}: ${sentence}` : sentence;
    if (announcement.kind !== 'filtered') {
      this.said = said;
      return;
    }
    this.settling = setTimeout(() => {
      this.said = said;
      this.host.requestUpdate();
    }, SETTLE_MS);
  }
}
