import type { RowFocus } from '../controllers/row-focus.js';

/**
 * Where keyboard focus lands when the control that had it is gone, so it never falls to `<body>` (WCAG 2.4.3).
 * Each place is one a screen reader announces with what just happened. `rows` is the keyboard grid, which can make
 * a row the grid's stop even while a virtualised list has not rendered it.
 */
export function focusLanding(
  lost: HTMLElement,
  root: ShadowRoot,
  rows: Pick<RowFocus, 'stopAt'>,
): HTMLElement | null | undefined {
  const find = (selector: string) => root.querySelector<HTMLElement>(selector);
  const parts = (lost.getAttribute('part') ?? '').split(' ');
  // Unblocked: the address line's note, which says the address is unblocked.
  if (parts.includes('unblock-button')) {
    const line = find(`.address-line[data-channel="${lost.dataset.channel}"]`);
    return line?.querySelector<HTMLElement>('.unblock-note') ?? line;
  }
  // Retried: the rows once they are back, the new Retry if it failed again; nothing yet while loading.
  if (parts.includes('retry-button')) return listTarget(root) ?? find('[part~="retry-button"]') ?? undefined;
  // Every filter off: back to the filters, where the list was narrowed.
  if (lost.classList.contains('show-all')) return find('[part~="filters"]') ?? listTarget(root);
  // The last older page arrived and the button went: the first of the rows it brought, at its chip (the grid's stop
  // from now on), which a long list renders and scrolls to once the grid has focus.
  if (parts.includes('load-more-button')) {
    const next = Number(lost.dataset.nextRow);
    return (Number.isInteger(next) ? rows.stopAt(next) : undefined) ?? listTarget(root);
  }
  return listTarget(root) ?? focusHolding(root);
}

/** Where focus waits while its landing place is not rendered yet: the widget's region itself. */
export function focusHolding(root: ShadowRoot): HTMLElement | null {
  return root.querySelector<HTMLElement>('.region');
}

function listTarget(root: ShadowRoot): HTMLElement | null {
  return root.querySelector<HTMLElement>('[part~="list"]');
}
