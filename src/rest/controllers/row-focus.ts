import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messageKey } from '../../data/merge-pages.js';
import type { Message } from '../../data/types.js';
import { gridMove } from '../dom/grid-move.js';

/**
 * A row's items that take focus, marked in the row's template (each starts at tabindex -1): its cells that hold no
 * control, and its controls. Arrow keys take them in the order of the DOM, which is the order they are seen in.
 */
export const ROW_ITEM = '[data-row-item]';
/** The item a row is entered at: the first that is a control of its own rather than a cell (its chip). */
const ENTRY_ITEM = `${ROW_ITEM}:not([role])`;
/** A message's row; the column headers' row has no key. */
const ROW = '[role="row"][data-key]';
const GRID = '[role="grid"]';
/** The `aria-rowindex` of the first message: row 1 is the column headers. */
const FIRST_ROW_INDEX = 2;
/** Frames to wait for a virtualised row to render once scrolled to, before giving up on focusing it. */
const RENDER_WAIT_FRAMES = 30;

/**
 * The rows as one composite widget with one Tab stop (WAI-ARIA APG grid, roving tabindex): the item last
 * focused keeps tabindex 0, every other -1, so passing the list costs one Tab press however long it is.
 * The stop is remembered by message key, not by element: the virtualizer recycles rows and renders only those
 * in view. While the remembered row is not rendered the grid itself is the stop, and hands focus on to it.
 */
export class RowFocus implements ReactiveController {
  /** The remembered stop: its row's message key and the item's place in that row (none: the row's entry item). */
  private stop?: { key: string; item?: number };
  private messages: readonly Message[] = [];
  private grid?: HTMLElement;
  // A virtualised list renders rows after the host's update, as it scrolls: each time, the stop is set again.
  private readonly rowsChanged = new MutationObserver(() => this.sync());

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** The rows the grid shows, in order; called by the rows' render. */
  showing(messages: readonly Message[]): void {
    this.messages = messages;
  }

  hostUpdated(): void {
    const grid = this.host.renderRoot.querySelector<HTMLElement>(GRID) ?? undefined;
    if (grid !== this.grid) {
      this.rowsChanged.disconnect();
      if (grid) this.rowsChanged.observe(rowGroupOf(grid), { childList: true });
      this.grid = grid;
    }
    this.sync();
  }

  hostDisconnected(): void {
    this.rowsChanged.disconnect();
    this.grid = undefined;
  }

  /** Focus came to an item (Tab, a click, an arrow key): it is the stop from now on. */
  readonly focusin = (event: FocusEvent): void => {
    const grid = event.currentTarget as HTMLElement;
    if (event.target === grid) {
      // The grid was the stop because the remembered row is scrolled away: on to that row.
      if (grid.tabIndex === 0) void this.focusCell(grid, { row: Math.max(this.stopIndex(), 0), item: this.stop?.item });
      return;
    }
    const item = (event.target as Element).closest<HTMLElement>(ROW_ITEM);
    const row = item?.closest<HTMLElement>(ROW);
    if (!item || !row?.dataset.key) return;
    this.stop = { key: row.dataset.key, item: itemsOf(row).indexOf(item) };
    this.sync();
  };

  readonly keydown = (event: KeyboardEvent): void => {
    const grid = event.currentTarget as HTMLElement;
    const item = (event.target as Element).closest<HTMLElement>(ROW_ITEM);
    const row = item?.closest<HTMLElement>(ROW);
    if (!item || !row || event.altKey || event.shiftKey) return;
    const items = itemsOf(row);
    const from = { row: rowIndexOf(row), item: items.indexOf(item) };
    const shape = {
      rows: this.messages.length,
      items: items.length,
      page: rowsPerPage(grid, row),
      rtl: getComputedStyle(row).direction === 'rtl',
    };
    const to = gridMove({ key: event.key, ctrl: event.ctrlKey || event.metaKey }, from, shape);
    if (!to) return;
    event.preventDefault();
    void this.focusCell(grid, to);
  };

  /**
   * Makes a row (0-based, of the rows shown) the stop, at its entry item, and says what to focus for it: that item,
   * or, while a virtualised list has not rendered the row, the grid, which hands focus on to it once it has.
   */
  stopAt(index: number): HTMLElement | undefined {
    const message = this.messages[index];
    const grid = this.grid;
    if (!message || !grid?.isConnected) return undefined;
    this.stop = { key: messageKey(message) };
    this.sync();
    const row = rowAt(grid, index);
    return row ? itemAt(row) : grid;
  }

  /**
   * Focuses a message's row at its chip, scrolling it into view (a virtualised list renders it first): the way to
   * the row a header's story names. False when the row is not among those shown.
   */
  async focusMessage(key: string): Promise<boolean> {
    const row = this.messages.findIndex((message) => messageKey(message) === key);
    const grid = this.grid;
    if (row < 0 || !grid?.isConnected) return false;
    // Its entry item, the chip (the row's first item is its channel cell).
    this.stop = { key };
    await this.focusCell(grid, { row });
    return true;
  }

  /** Focuses a cell, first bringing its row into the page if the virtualizer has not rendered it. */
  private async focusCell(grid: HTMLElement, to: { row: number; item?: number }): Promise<void> {
    let row = rowAt(grid, to.row);
    for (let frame = 0; !row && frame < RENDER_WAIT_FRAMES; frame++) {
      scrollTowards(grid, to.row, this.messages.length);
      await new Promise(requestAnimationFrame);
      row = rowAt(grid, to.row);
    }
    if (row) itemAt(row, to.item)?.focus();
  }

  /**
   * The remembered stop's row among those shown: 0 for the first, -1 when there is none or it is gone from
   * them (filtered or refreshed away).
   */
  private stopIndex(): number {
    const key = this.stop?.key;
    return key === undefined ? -1 : this.messages.findIndex((message) => messageKey(message) === key);
  }

  /**
   * Gives the stop tabindex 0 and every other item -1. Until a person focuses a row, and once the row they
   * focused is filtered or refreshed away, the first row's chip is the stop; while the stop's row is scrolled
   * out of the page (a virtualised list), the grid itself is.
   */
  private sync(): void {
    const grid = this.grid;
    if (!grid?.isConnected) return;
    const rows = [...grid.querySelectorAll<HTMLElement>(ROW)];
    const chosen = this.stop && rows.find((row) => row.dataset.key === this.stop!.key);
    if (!chosen && this.stop && this.stopIndex() < 0) this.stop = undefined;
    const stopRow = chosen ?? (this.stop ? undefined : rows.find((row) => rowIndexOf(row) === 0));
    const stop = stopRow && itemAt(stopRow, chosen ? this.stop!.item : undefined);
    for (const item of grid.querySelectorAll<HTMLElement>(ROW_ITEM)) {
      const tabIndex = item === stop ? 0 : -1;
      if (item.tabIndex !== tabIndex) item.tabIndex = tabIndex;
    }
    const gridIndex = stop || !this.messages.length ? -1 : 0;
    if (grid.tabIndex !== gridIndex || !grid.hasAttribute('tabindex')) grid.tabIndex = gridIndex;
  }
}

/**
 * A row's item at a place among those that show, or its last when it has fewer; without a place, its entry item.
 * The entry (its chip) and the first item always show, so they are found without `itemsOf`, which lays the page out.
 */
function itemAt(row: HTMLElement, index?: number): HTMLElement | undefined {
  if (index === undefined) return entryItem(row);
  if (index <= 0) return row.querySelector<HTMLElement>(ROW_ITEM) ?? undefined;
  const items = itemsOf(row);
  return items[Math.min(index, items.length - 1)];
}

/** Where the grid is entered in a row before a person chose an item: its chip, the one control every row has. */
export function entryItem(row: HTMLElement): HTMLElement | undefined {
  return row.querySelector<HTMLElement>(ENTRY_ITEM) ?? row.querySelector<HTMLElement>(ROW_ITEM) ?? undefined;
}

/** A row's items that show: "Show more" is in every row, shown only where text is cut. */
function itemsOf(row: HTMLElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(ROW_ITEM)].filter((item) => item.getClientRects().length > 0);
}

/** The element the rows are in: the grid's row group, apart from the column headers. */
export function rowGroupOf(grid: Element): Element {
  return grid.querySelector('[role="rowgroup"]') ?? grid;
}

/**
 * A row's 0-based place among the messages' rows: a virtualised list's rows say it (`aria-rowindex` counts the
 * column headers' row too, and holds for rows not rendered); in a list that renders every row, it is the row's place
 * among them.
 */
function rowIndexOf(row: HTMLElement): number {
  const said = row.getAttribute('aria-rowindex');
  if (said) return Number(said) - FIRST_ROW_INDEX;
  return [...row.parentElement!.children].filter((child) => child.matches(ROW)).indexOf(row);
}

/**
 * The row at a 0-based index of all rows, when it is in the page: a virtualised list's rows say where they sit,
 * and one not rendered is `null` (never another row at that place among the rendered ones).
 */
export function rowAt(grid: ParentNode, index: number): HTMLElement | null {
  return (
    grid.querySelector<HTMLElement>(`${ROW}[aria-rowindex="${index + FIRST_ROW_INDEX}"]`) ??
    (grid.querySelector(`${ROW}[aria-rowindex]`) ? null : grid.querySelectorAll<HTMLElement>(ROW)[index]) ??
    null
  );
}

/**
 * Scrolls a virtualised list's box towards a row it has not rendered, from the rows it has: their place and
 * average height say where the row is, closer each time as the virtualizer measures more rows. (The
 * virtualizer's own `scrollIntoView` for an index loses every row when that index is the last.)
 */
function scrollTowards(grid: HTMLElement, index: number, count: number): void {
  const box = scrollBoxOf(grid);
  if (!box) return;
  const rendered = [...grid.querySelectorAll<HTMLElement>(ROW)];
  const [first, last] = [rendered[0], rendered.at(-1)];
  if (!first || !last) {
    box.scrollTop = (index / Math.max(count, 1)) * box.scrollHeight;
    return;
  }
  const top = first.getBoundingClientRect().top;
  const average = (last.getBoundingClientRect().bottom - top) / rendered.length;
  const firstTop = top - grid.getBoundingClientRect().top;
  box.scrollTop = firstTop + (index - rowIndexOf(first)) * average - box.clientHeight / 2;
}

/** The box a long list scrolls in; a short list has none (the page scrolls it). */
function scrollBoxOf(grid: HTMLElement): HTMLElement | null {
  return grid.parentElement?.classList.contains('scroller') ? grid.parentElement : null;
}

/** About a scroll box of rows: the box a long list scrolls in, else the window. */
function rowsPerPage(grid: HTMLElement, row: HTMLElement): number {
  const height = scrollBoxOf(grid)?.clientHeight ?? innerHeight;
  return Math.max(1, Math.floor(height / Math.max(row.offsetHeight, 1)));
}
