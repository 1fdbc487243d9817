import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Message } from '../data/types.js';
import { VIRTUALIZE_ABOVE, type LazyVirtualizer } from '../internal/lazy-virtualize.js';
import type { Text } from '../internal/ui-strings.js';
import { renderRow, rowKey, type RowContext } from './message-row.js';
import { onceInPage } from './once-in-page.js';

/** Rows shown while the virtualizer loads: about a scroll box's worth. */
const STAND_IN_ROWS = 12;

/**
 * The rows, keyed by channel and id so a refresh that changed one status touches that row only: a grid
 * (WAI-ARIA APG) that costs one Tab stop, arrow keys moving between rows and their items (`RowFocus`).
 * A long list renders only the rows in view, in a scroll box of its own.
 */
export function renderRows(
  messages: readonly Message[],
  context: RowContext,
  virtualizer: LazyVirtualizer,
  busy: boolean,
) {
  const { focus } = context;
  focus.showing(messages);
  const long = messages.length > VIRTUALIZE_ABOVE;
  const grid = (rows: unknown, virtual = false) =>
    html`<div
      class="list ${virtual ? 'virtual' : ''}"
      part="list"
      role="grid"
      aria-label=${context.text('listLabel')}
      aria-rowcount=${ifDefined(long ? messages.length : undefined)}
      aria-busy=${busy ? 'true' : 'false'}
      @keydown=${focus.keydown}
      @focusin=${focus.focusin}
    >
      ${rows}
    </div>`;
  if (!long) return grid(repeat(messages, rowKey, (message) => renderRow(message, context)));
  // Only some rows are in the page: each says where it sits, so a screen reader can say "row 812 of 10,000".
  const row = (message: Message, index: number) => renderRow(message, context, index);
  const { virtualize, failed } = virtualizer;
  // Until the virtualizer has loaded (a moment), the first rows stand in; if it cannot load, every row.
  const standIn = repeat(failed ? messages : messages.slice(0, STAND_IN_ROWS), rowKey, row);
  const rows = virtualize
    ? onceInPage(virtualize({ items: messages as Message[], keyFunction: rowKey, renderItem: row }), standIn)
    : standIn;
  // The box, not the page, scrolls: the virtualizer finds it as the rows' nearest scrolling ancestor.
  // tabindex="-1": Firefox makes a scroll box a Tab stop of its own; the grid is the one stop.
  return html`<div class="scroller" part="scroller" tabindex="-1">${grid(rows, !!virtualize)}</div>`;
}

/** When the filters leave nothing: say so, with a way back to every message. */
export function renderNoMatches(text: Text, showAll: () => void) {
  return html`<p class="notice" part="empty">
    ${text('noMatches')}
    <button type="button" class="button small show-all" @click=${showAll}>${text('showAll')}</button>
  </p>`;
}

/** "Load more" (saying how many rows are shown, where the first older one will sit) while the server has more; once it has not, a word that everything is here (`end`), if anything. */
export function renderLoadMore(
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
