import { html } from 'lit';
import { formatRelativeTime } from '../wording/relative-time.js';

/**
 * A row's time of the last week as how long ago it was ("3 hours ago"); nothing for an older one. Its date and time
 * (`absolute`) is read by screen readers, as two texts (", " and the date, each said apart), and shown to the eye on
 * hover and focus, drawn from `data-date` by the rows' extra sheet, so it costs no element.
 */
export function renderRecentTime(sentAt: Date, iso: string, absolute: string, now: number, lang: string) {
  const relative = formatRelativeTime(sentAt, now, lang);
  if (relative === undefined) return undefined;
  // prettier-ignore
  return html`<time part="time" class="relative-time" datetime=${iso} data-date=${absolute}>${relative}<span class="visually-hidden">, ${absolute}</span></time>`;
}
