import { html, nothing } from 'lit';
import type { UiStrings } from './ui-strings.js';

type Text = (key: keyof UiStrings, values: Record<string, string | number>) => string;

/**
 * The note under a list that left unreadable items out, so a support agent knows the list is
 * incomplete rather than trusting it as the whole history. Nothing when every item was read.
 */
export function skippedNote(skipped: number | undefined, text: Text) {
  if (!skipped) return nothing;
  const sentence = text(skipped === 1 ? 'skippedOne' : 'skippedOther', { count: skipped });
  return html`<p class="notice skipped" part="skipped">${sentence}</p>`;
}
