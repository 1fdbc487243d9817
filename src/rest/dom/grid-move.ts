/** Where focus stands in the rows' grid: a row (0-based, of every row, rendered or not) and an item in it. */
export interface GridCell {
  row: number;
  item: number;
}

/** What a move needs to know besides the key pressed. */
export interface GridShape {
  /** Rows in the whole grid. */
  rows: number;
  /** Items (chip, link, Show more) in the row focus is in. */
  items: number;
  /** Rows a Page Up or Page Down moves: about a scroll box of them. */
  page: number;
  /** The row reads right to left: ← and → swap. */
  rtl?: boolean;
}

/** A key as the grid reads it: its name and whether Ctrl (⌘ on a Mac) was held. */
export interface GridKey {
  key: string;
  ctrl?: boolean;
}

/**
 * Where a key moves focus in the rows' grid (WAI-ARIA APG grid): ↑ ↓ a row, ← → an item, Home / End the
 * first / last item of the row, Ctrl+Home / Ctrl+End the first / last row, Page Up / Page Down a page of rows.
 * Moves stop at the edges. A move to another row keeps the item's place, to be clamped to what that row has
 * once it is rendered (`Infinity`: its last item). `undefined` for a key the grid leaves alone (Tab, Enter…).
 */
export function gridMove({ key, ctrl = false }: GridKey, from: GridCell, shape: GridShape): GridCell | undefined {
  const lastRow = shape.rows - 1;
  const row = (to: number) => ({ row: Math.min(Math.max(to, 0), lastRow), item: from.item });
  const item = (to: number) => ({ row: from.row, item: Math.min(Math.max(to, 0), shape.items - 1) });
  const [back, forward] = shape.rtl ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
  switch (key) {
    case 'ArrowDown':
      return row(from.row + 1);
    case 'ArrowUp':
      return row(from.row - 1);
    case 'PageDown':
      return row(from.row + Math.max(1, shape.page));
    case 'PageUp':
      return row(from.row - Math.max(1, shape.page));
    case back:
      return item(from.item - 1);
    case forward:
      return item(from.item + 1);
    case 'Home':
      return ctrl ? { row: 0, item: 0 } : item(0);
    case 'End':
      return ctrl ? { row: lastRow, item: Infinity } : item(shape.items - 1);
    default:
      return undefined;
  }
}
