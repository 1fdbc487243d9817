import { html, nothing } from 'lit';
import { NO_FILTER, filterMessages } from '../data/filter-messages.js';
import type { MessageHistory } from '../data/message-history.js';
import type { HistoryController } from '../internal/history-controller.js';
import type { LazyVirtualizer } from '../internal/lazy-virtualize.js';
import { endOfHistoryText, partialErrorLead, refreshFailedLead } from '../internal/list-wording.js';
import { renderFilters, renderShowing, renderSummary, type FilterBarHost } from './filter-bar.js';
import type { RowContext } from './message-row.js';
import { renderLoadMore, renderNoMatches, renderRows } from './message-rows.js';
import { renderEmpty, renderErrorNotice, renderSkipped } from './notices.js';

/** What the history view reads and does of its list, besides the filter bar's part. */
export interface HistoryViewHost extends FilterBarHost {
  lang: string;
  timeZone: string;
  pageSize: number;
  rows: RowContext;
  virtualizer: LazyVirtualizer;
  /** Where loading stands, and how to load again or older messages. */
  history: Pick<HistoryController, 'refreshFailure' | 'hasMore' | 'loadingMore' | 'refresh' | 'loadMore'>;
  /** Every filter off, back to all messages. */
  clearFilters(): void;
}

/**
 * A contact's loaded history: what failed (a refresh, a channel, older pages) with a way to try again, what
 * could not be read, then the filters, the summary and the rows, and "load more" below. `busy` while a
 * background refresh renews them.
 */
export function renderHistory(host: HistoryViewHost, shown: MessageHistory | undefined, busy = false) {
  const { text, history } = host;
  const { refreshFailure } = history;
  const messages = shown?.messages ?? [];
  const staleLead = () => refreshFailedLead(text, shown, host.lang, host.timeZone);
  const more = {
    hasMore: history.hasMore,
    loading: history.loadingMore,
    end: endOfHistoryText(text, shown, host.pageSize),
  };
  return html`${refreshFailure ? renderErrorNotice(text, staleLead(), refreshFailure, () => history.refresh()) : nothing}
  ${shown?.errors.map((error) =>
    // An error from loading older pages is mended by loading them again, not by starting over.
    renderErrorNotice(text, partialErrorLead(text, shown, error), error, () =>
      shown.errorsFrom === 'more' ? history.loadMore() : history.refresh(),
    ),
  )}
  ${renderSkipped(text, shown?.skipped)}
  ${
    messages.length
      ? renderFilteredList(host, messages, busy, more)
      : shown?.skipped
        ? nothing
        : renderEmpty(text, 'empty')
  }`;
}

function renderFilteredList(
  host: HistoryViewHost,
  messages: MessageHistory['messages'],
  busy: boolean,
  more: Omit<Parameters<typeof renderLoadMore>[1], 'shown'>,
) {
  const { channel, search, problemsOnly, status } = host.filter;
  // The summary counts what the channel and the search let through, not its own status choice:
  // pressing one of its buttons must not make the others vanish.
  const counted = filterMessages(messages, { ...NO_FILTER, channel, search }, host.lang);
  const filtered = filterMessages(counted, { ...NO_FILTER, problemsOnly, status }, host.lang);
  return html`${renderFilters(host, messages)} ${counted.length ? renderSummary(host, counted) : nothing}
  ${renderShowing(host, filtered.length, messages.length)}
  ${
    filtered.length
      ? renderRows(filtered, host.rows, host.virtualizer, busy)
      : renderNoMatches(host.text, () => host.clearFilters())
  }
  ${renderLoadMore(host.text, { ...more, shown: filtered.length }, () => host.history.loadMore())}`;
}
