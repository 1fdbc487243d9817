import { html } from 'lit';
import type { FirstText } from '../languages/pack.js';

/**
 * A first load's placeholders; without words while a language pack is on its way. aria-busy only on the
 * placeholders: on the wrapper it could keep the status from being announced.
 */
export function renderLoading(words?: string) {
  // prettier-ignore
  return html`<div part="loading">${words ? html`<p class="notice">${words}</p>` : ''}<div class="skeleton" aria-hidden="true" aria-busy="true"><span></span><span></span><span></span></div></div>`;
}

/** Nothing to show, and why (no contact, not set up, no messages). */
export function renderNotice(words: string) {
  return html`<p class="notice" part="empty">${words}</p>`;
}

/** A failed first load, until the rest of the widget (which says why, in the reader's words) has arrived. */
export function renderFirstError(text: FirstText, retry: () => unknown) {
  // prettier-ignore
  return html`<p class="notice error" part="error"><strong>${text('errorTitle')}</strong><button type="button" class="button" part="retry-button" @click=${retry}>${text('retry')}</button></p>`;
}
