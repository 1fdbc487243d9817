import { html } from 'lit';
import type { Text } from '../internal/ui-strings.js';

// What the list shows before its views have arrived (they load beside the first request; see lazy-views.ts):
// kept out of notices.ts so the first file carries these two templates and nothing else of the views.

/** A first load's placeholders. aria-busy only on them: on the wrapper it could keep the status from being announced. */
export function renderLoading(text: Text) {
  return html`<div part="loading">
    <p class="notice">${text('loading')}</p>
    <div class="skeleton" aria-hidden="true" aria-busy="true"><span></span><span></span><span></span></div>
  </div>`;
}

/** Until the views arrive, placeholders; if they cannot (a file left out of a deployment, the network gone), why. */
export function renderSkeleton(text: Text, viewsFailed: boolean) {
  if (!viewsFailed) return renderLoading(text);
  return html`<p class="notice error" part="error" role="alert">${text('viewsFailed')}</p>`;
}
