import { html, nothing } from 'lit';
import type { Text } from '../../languages/pack.js';

/**
 * The rows' column headers, one row of them for the whole grid: a screen reader names the column of each cell it
 * enters ("Status, Opened"). Seen by nobody (the cells say what they are), so hidden but read; in the order of the
 * cells of a row, which is the order they are seen in at every width. Row 1: in a long list, whose rows say where
 * they sit, it says so too.
 */
export function renderColumnHeaders(text: Text, long: boolean) {
  const keys = ['columnChannel', 'columnName', 'columnStatus', 'columnText', 'columnSent'] as const;
  // prettier-ignore
  return html`<div class="column-headers visually-hidden" role="row" aria-rowindex=${long ? '1' : nothing}>${keys.map((key) => html`<span role="columnheader">${text(key)}</span>`)}</div>`;
}
