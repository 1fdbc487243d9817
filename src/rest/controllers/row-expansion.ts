import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FrameResizeObserver } from '../dom/frame-resize-observer.js';
import { rowGroupOf } from './row-focus.js';

/** The row fields that are clamped until "Show more", marked so in the row's template (first/row.ts). */
const CLAMPED = '.clamped';
const ROW = '.row';

/**
 * Which rows a person opened with "Show more", and which rows have text cut by their clamps, both by row key, so a
 * re-render or a recycled row keeps them right. Whether text fits depends on the width, the font, the language and
 * any text-spacing override the reader applies, so only the rendered row can tell: every row in the grid is measured
 * whenever it changes size (rendered, resized, opened or closed), including those the virtualizer renders as it
 * scrolls, and a row that measures cut gets its Show more at the next render. No row carries a button it does not need.
 */
export class RowExpansion implements ReactiveController {
  private readonly open = new Set<string>();
  private readonly cut = new Set<string>();
  private grid?: Element;
  private readonly sizes = new FrameResizeObserver((entries) => this.measure(entries.map(({ target }) => target)));
  private readonly rowsChanged = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && node.matches(ROW)) this.sizes.observe(node);
      for (const node of record.removedNodes)
        if (node instanceof Element && node.matches(ROW)) this.sizes.unobserve(node);
    }
  });

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  has(key: string): boolean {
    return this.open.has(key);
  }

  /** Whether a row shows "Show more": its text is cut, or it is open (and its button closes it). */
  showsMore(key: string): boolean {
    return this.cut.has(key) || this.open.has(key);
  }

  /** Opens or closes a row. Closed, it counts as cut until it is measured again, so its button (which has focus) stays. */
  toggle(key: string): void {
    if (this.open.delete(key)) this.cut.add(key);
    else this.open.add(key);
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const grid = this.host.renderRoot.querySelector('[role="grid"]') ?? undefined;
    if (grid === this.grid) return;
    this.stop();
    this.grid = grid;
    if (!grid) return;
    this.rowsChanged.observe(rowGroupOf(grid), { childList: true });
    for (const row of grid.querySelectorAll(ROW)) this.sizes.observe(row);
  }

  hostDisconnected(): void {
    this.stop();
    this.grid = undefined;
  }

  private stop(): void {
    this.rowsChanged.disconnect();
    this.sizes.disconnect();
  }

  private measure(rows: readonly Element[]): void {
    // An opened row clamps nothing: it keeps the mark it had, so closing it leaves "Show more" where it was.
    // Every row is measured before any change is rendered: a render between two measures would lay the list out again.
    const measured = rows
      .filter((row) => row.isConnected && !row.classList.contains('expanded'))
      .map((row) => [(row as HTMLElement).dataset.key ?? '', isCut(row)] as const);
    let changed = false;
    for (const [key, cut] of measured) {
      if (!key || cut === this.cut.has(key)) continue;
      changed = true;
      if (cut) this.cut.add(key);
      else this.cut.delete(key);
    }
    if (changed) this.host.requestUpdate();
  }
}

function isCut(row: Element): boolean {
  return [...row.querySelectorAll(CLAMPED)].some((field) => field.scrollHeight > field.clientHeight + 1);
}
