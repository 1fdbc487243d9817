import { html, nothing } from 'lit';
import type { MessageHistory } from '../../data/message-history.js';
import type { Message } from '../../data/types.js';
import type { MessageLoadError } from '../../data/errors.js';
import type { Text } from '../../languages/pack.js';
import { endOfHistoryText, partialErrorLead, refreshFailedLead } from '../wording/list-wording.js';
import { renderFilters, renderShowing, renderSummary, type FilterBarHost } from './filter-bar.js';
import { renderErrorNotice, renderSkipped } from './notices.js';

/** What the history view reads and does of its list, besides the filter bar's part. */
export interface HistoryViewHost extends FilterBarHost {
  pageSize: number;
  /** The zone of the times a notice quotes. */
  timeZone: string;
  /** Where loading stands, and how to load again or older messages. */
  history: {
    refreshFailure?: MessageLoadError;
    hasMore: boolean;
    loadingMore: boolean;
    refresh(): unknown;
    loadMore(): unknown;
  };
  /** Every filter off, back to all messages. */
  clearFilters(): void;
}

/** The messages of a history as the filters leave them: `counted` by the summary (all but its own choice), `shown`. */
export interface FilteredMessages {
  counted: readonly Message[];
  shown: readonly Message[];
}

/**
 * What goes above a contact's rows: what failed (a refresh, a channel, older pages) with a way to try again, what
 * could not be read, then the filters, the summary and how many rows are shown. The rows themselves are the first
 * file's, in a place of their own, so the rest of the widget arriving never redraws them.
 */
export function renderAboveRows(
  host: HistoryViewHost,
  history: MessageHistory | undefined,
  filtered: FilteredMessages,
) {
  const { text } = host;
  const { refreshFailure } = host.history;
  const messages = history?.messages ?? [];
  const staleLead = () => refreshFailedLead(text, history, host.lang, host.timeZone);
  const { counted, shown } = filtered;
  return html`${refreshFailure ? renderErrorNotice(text, staleLead(), refreshFailure, () => host.history.refresh()) : nothing}
  ${history?.errors.map((error) =>
    // An error from loading older pages is mended by loading them again, not by starting over.
    renderErrorNotice(text, partialErrorLead(text, history, error), error, () =>
      history.errorsFrom === 'more' ? host.history.loadMore() : host.history.refresh(),
    ),
  )}
  ${renderSkipped(text, host.lang, history?.skipped)}
  ${
    messages.length
      ? html`${renderFilters(host, messages)} ${counted.length ? renderSummary(host, counted) : nothing}
        ${renderShowing(host, shown.length, messages.length)}`
      : nothing
  }`;
}

/** What goes below the rows: "Show older messages" while the server has more, or a word that everything is here. */
export function renderBelowRows(host: HistoryViewHost, history: MessageHistory | undefined, shown: number) {
  const { text } = host;
  const more = {
    hasMore: host.history.hasMore,
    loading: host.history.loadingMore,
    end: endOfHistoryText(text, history, host.pageSize),
    shown,
  };
  return history?.messages.length ? renderLoadMore(text, more, () => host.history.loadMore()) : nothing;
}

/** When the filters leave nothing: say so, with a way back to every message. */
export function renderNoMatches(text: Text, showAll: () => void) {
  return html`<p class="notice" part="empty">
    ${text('noMatches')}
    <button type="button" class="button small show-all" @click=${showAll}>${text('showAll')}</button>
  </p>`;
}

/** "Load more" (saying how many rows are shown, where the first older one will sit) while the server has more; once it has not, a word that everything is here (`end`), if anything. */
function renderLoadMore(
  text: Text,
  more: { hasMore: boolean; loading: boolean; end?: string; shown: number },
  load: () => unknown,
) {
  if (!more.hasMore) return more.end ? html`<p class="load-more-note">${more.end}</p>` : nothing;
  return html`<div class="load-more">
    <button
      type="button"
      class="button"
      part="load-more-button"
      data-next-row=${more.shown}
      aria-disabled=${more.loading ? 'true' : 'false'}
      @click=${load}
    >
      ${more.loading ? text('loadingMore') : text('loadMore')}
    </button>
  </div>`;
}
