import { html } from 'lit';
import type { AddressState } from '../data/address-state.js';
import type { Text } from '../internal/ui-strings.js';

// What the list draws before its views have arrived (they load beside the first request; see lazy-views.ts): kept
// out of the views so the first file carries these and nothing else of them.

/**
 * Placeholders while the first load or the views are on their way; if the views cannot come (a file left out of a
 * deployment, the network gone), why. aria-busy only on the placeholders: on the wrapper it could keep the status
 * from being announced.
 */
export function renderSkeleton(text: Text, viewsFailed: boolean) {
  if (viewsFailed) return html`<p class="notice error" part="error" role="alert">${text('viewsFailed')}</p>`;
  return html`<div part="loading">
    <p class="notice">${text('loading')}</p>
    <div class="skeleton" aria-hidden="true" aria-busy="true"><span></span><span></span><span></span></div>
  </div>`;
}

/** The widget's region name, "Messages for ada@…", so each of several lists on a page says whose it is. */
export function regionLabel(text: Text, addresses: readonly AddressState[]): string {
  const contact = addresses.find((address) => address.address)?.address;
  return contact ? text('regionLabel', { contact }) : text('listLabel');
}
