import { FrameResizeObserver } from './frame-resize-observer.js';

/** The row fields that are clamped until "Show more", marked so in the row's template (views/message-row.ts). */
const CLAMPED = '.clamped';

/**
 * Measures whether a row's clamped text is cut, and marks the row `data-cut` so its "Show more" shows.
 * Whether text fits depends on the width, the font, the language and any text-spacing override the
 * reader applies, so only the rendered row can tell. A row is measured whenever it changes size
 * (rendered, resized, opened or closed); the mark is set on the element itself, so it holds in the rows
 * the virtualizer renders outside the list's own updates.
 */
export class CutTextWatch {
  private readonly observer = new FrameResizeObserver((entries) => {
    // An opened row clamps nothing; it keeps the mark it had, so closing it leaves "Show more" where it was.
    const measured = entries
      .map(({ target }) => target)
      .filter((row) => row.isConnected && !row.classList.contains('expanded'))
      .map((row) => [row, isCut(row)] as const);
    // Marked only once every row is measured: a mark changes the styles, and a row measured after it would have
    // the whole list laid out again (a hundred rows, a hundred layouts).
    for (const [row, cut] of measured) row.toggleAttribute('data-cut', cut);
  });

  watch(row: Element): void {
    this.observer.observe(row);
  }

  unwatch(row: Element): void {
    this.observer.unobserve(row);
  }
}

function isCut(row: Element): boolean {
  return [...row.querySelectorAll(CLAMPED)].some((field) => field.scrollHeight > field.clientHeight + 1);
}
