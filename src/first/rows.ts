import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Message } from '../data/types.js';
import { renderRow, rowKey, type RowContext } from './row.js';

/** Lists longer than this render only the rows in view; shorter ones render every row (Find in page sees them all). */
export const VIRTUALIZE_ABOVE = 200;

/** Rows shown while the virtualizer loads: about a scroll box's worth. */
export const STAND_IN_ROWS = 12;

/** The grid's key and focus handlers: the keyboard grid's once it has arrived, and until then ones that keep the keys. */
export interface GridHandlers {
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
}

/** Renders a long list's rows, only those in view; its `standIn` until it can. `virtual` when it renders them so. */
export type LongList = (
  messages: readonly Message[],
  renderItem: (message: Message, index: number) => TemplateResult,
  standIn: unknown,
) => { rows: unknown; virtual: boolean };

/**
 * The rows, keyed by channel and id so a refresh that changed one status touches that row only: a grid
 * (WAI-ARIA APG) that costs one Tab stop, arrow keys moving between rows and their items. A long list shows its first
 * rows until `longList` (the virtualizer, which comes with the rest) renders only the rows in view, in a scroll box
 * of its own.
 */
export function renderRows(
  messages: readonly Message[],
  context: RowContext,
  handlers: GridHandlers,
  busy: boolean,
  longList?: LongList,
) {
  const long = messages.length > VIRTUALIZE_ABOVE;
  // Until the keyboard grid has arrived and keeps the Tab stop, the first row's chip is it.
  const stop = !context.extras;
  const row = (message: Message, index: number) =>
    renderRow(message, context, long ? index : undefined, stop && index === 0);
  // The messages in a row group of their own, apart from the column headers (which come with the rest): the
  // virtualizer lays out every child of the element it renders into.
  const grid = (rows: unknown, virtual = false) =>
    // prettier-ignore
    html`<div class="list${virtual ? ' virtual' : ''}" part="list" role="grid" aria-label=${context.text('listLabel')} aria-rowcount=${ifDefined(long ? messages.length + 1 : undefined)} aria-busy=${busy ? 'true' : 'false'} @keydown=${handlers.keydown} @focusin=${handlers.focusin}>${context.extras?.columnHeaders(long)}<div class="rows" role="rowgroup">${rows}</div></div>`;
  if (!long) return grid(repeat(messages, rowKey, row));
  // Only some rows are in the page: each says where it sits, so a screen reader can say "row 812 of 10,001" (the
  // column headers are row 1).
  const standIn = repeat(messages.slice(0, STAND_IN_ROWS), rowKey, row);
  const { rows, virtual } = longList?.(messages, row, standIn) ?? { rows: standIn, virtual: false };
  // The box, not the page, scrolls: the virtualizer finds it as the rows' nearest scrolling ancestor.
  // tabindex="-1": Firefox makes a scroll box a Tab stop of its own; the grid is the one stop.
  return html`<div class="scroller" part="scroller" tabindex="-1">${grid(rows, virtual)}</div>`;
}
