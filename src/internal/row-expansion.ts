import type { ReactiveControllerHost } from 'lit';
import { CutTextWatch } from './cut-text-watch.js';

/**
 * Which rows a person opened with "Show more", by row key, so a re-render or a recycled row keeps it right;
 * and which rows have text cut by their clamps, so "Show more" shows where there is more.
 */
export class RowExpansion {
  readonly cut = new CutTextWatch();
  private readonly open = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  has(key: string): boolean {
    return this.open.has(key);
  }

  /** Opens or closes a row; `row` is its element, when a person used its button. */
  toggle(key: string, row?: Element | null): void {
    if (this.open.delete(key)) {
      // Closed, it is cut again: its button (which has focus) must not vanish until the next measure.
      row?.setAttribute('data-cut', '');
    } else {
      this.open.add(key);
    }
    this.host.requestUpdate();
  }
}
