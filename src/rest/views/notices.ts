import { html, nothing } from 'lit';
import type { MessageLoadError } from '../../data/errors.js';
import { formatTime } from '../../first/format-time.js';
import { icon } from './icon.js';
import { formatRelativeTime } from '../wording/relative-time.js';
import { errorSentence } from '../wording/list-wording.js';
import type { Text } from '../../languages/pack.js';
import { countedText } from '../../languages/plural.js';

/** The error's own message, one click away, for whoever fixes it. */
export function renderTechnicalDetails(text: Text, error: MessageLoadError) {
  return html`<details class="details">
    <summary>${text('technicalDetails')}</summary>
    <code>${error.message}</code>
  </details>`;
}

/** An error in the reader's language with a Retry button; `whole` when nothing else could be shown. */
export function renderErrorNotice(
  text: Text,
  lead: string,
  error: MessageLoadError,
  retry: () => unknown,
  whole = false,
) {
  return html`<div class="notice error ${whole ? '' : 'partial'}" part="error">
    ${icon('alert')}
    <span class="message"
      ><strong>${lead}</strong> ${errorSentence(text, error)} ${renderTechnicalDetails(text, error)}</span
    >
    <button type="button" class="button" part="retry-button" @click=${retry}>${text('retry')}</button>
  </div>`;
}

/**
 * The note under a list that left unreadable items out, so a support agent knows the list is
 * incomplete rather than trusting it as the whole history. Nothing when every item was read.
 */
export function renderSkipped(text: Text, lang: string, skipped: number | undefined) {
  if (!skipped) return nothing;
  const sentence = countedText(text, lang, 'skipped', skipped);
  return html`<p class="notice skipped" part="skipped">${sentence}</p>`;
}

/** When a list's messages were loaded, and how to read that time. */
export interface UpdatedClock {
  now: number;
  lang: string;
  timeZone: string;
}

/** "Updated 3 minutes ago" (or the date and time, once longer ago), with a button to load again. */
export function renderUpdated(text: Text, loadedAt: Date, clock: UpdatedClock, busy: boolean, refresh: () => unknown) {
  const { now, lang, timeZone } = clock;
  const when = formatRelativeTime(loadedAt, now, lang) ?? formatTime(loadedAt, lang, timeZone);
  return html`<div class="updated" part="updated">
    <time datetime=${loadedAt.toISOString()}>${text('updated', { time: when })}</time>
    <button
      type="button"
      class="button small"
      part="refresh-button"
      aria-label=${text(busy ? 'refreshing' : 'refreshLabel')}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => !busy && refresh()}
    >
      ${text(busy ? 'refreshing' : 'refresh')}
    </button>
  </div>`;
}
