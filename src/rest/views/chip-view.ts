import { html, nothing } from 'lit';
import type { Channel } from '../../data/types.js';
import { parseDate } from '../../data/parse.js';
import { describeStatus, pendingText, type StatusDescription } from '../../languages/describe-status.js';
import type { StringOverrides } from '../../languages/pack.js';
import { BUILT_IN_LANGUAGES } from '../../languages/packs.js';
import { uiText } from '../../languages/ui-strings.js';
import { normalizeStatus } from '../../statuses/normalize.js';
import type { SoftBounceRule } from '../../statuses/soft-bounce-rule.js';
import { icon } from './icon.js';

/** The languages a chip's texts are in, worked out once for every chip of a render. */
export interface ChipLanguage {
  /** For the status's label and explanation and the words around them ("The server said:"). */
  lang: string;
  /** The host's wording, per language. */
  wording: StringOverrides;
  /** The numbers the soft-bounce explanations give; Voyado's rule when unset. */
  softBounceRule?: SoftBounceRule;
}

/** `resolve` picks the best of the languages offered for where the chip is; one the host added through `wording` counts. */
export function chipLanguage(
  resolve: (available: readonly string[]) => string,
  wording: StringOverrides,
  softBounceRule?: SoftBounceRule,
): ChipLanguage {
  return { lang: resolve([...BUILT_IN_LANGUAGES, ...Object.keys(wording)]), wording, softBounceRule };
}

/** One message's status as a chip shows it. */
export interface ChipView {
  status: StatusDescription;
  /** Read after a pending status's label; empty for a final one. */
  pendingLabel: string;
  /** The receiving server's diagnostic, and the words that introduce it; empty without one. */
  reason: string;
  serverSaid: string;
}

export interface ChipInput {
  status: unknown;
  channel: Channel;
  /** A `Date`, or ISO 8601 read as the data layer reads dates (a time without a zone is UTC). */
  sentAt?: Date | string | null;
  reason?: string;
}

/** What a chip shows for a message, in `language`, at time `now`. */
export function describeChip(input: ChipInput, language: ChipLanguage, now: number): ChipView {
  const { lang, wording } = language;
  const overrides = wording[lang]?.statuses;
  const channel = input.channel === 'sms' ? 'sms' : 'email';
  const status = describeStatus(input.status, channel, {
    lang,
    overrides,
    // Only a deferred email's explanation reads the send time: a list of 100 chips need not parse 100 dates.
    sentAt: readsSendTime(input) ? toDate(input.sentAt) : null,
    now: new Date(now),
    softBounceRule: language.softBounceRule,
  });
  const reason = input.reason ?? '';
  return {
    status,
    pendingLabel: status.pending ? pendingText({ lang, overrides }) : '',
    reason,
    serverSaid: reason ? uiText(wording, lang, 'serverSaid') : '',
  };
}

/** Whether the chip's text depends on the clock (a deferred email says how long retrying goes on). */
export function readsSendTime(input: ChipInput): boolean {
  // Any channel but SMS is read as email, as describeChip does.
  return input.channel !== 'sms' && !!input.sentAt && normalizeStatus(input.status) === 'deferred';
}

function toDate(sentAt: ChipInput['sentAt']): Date | null {
  return typeof sentAt === 'string' ? parseDate(sentAt) : (sentAt ?? null);
}

/**
 * The chip element's chip: a button with the status's icon and label (as a row draws it), and its explanation as a
 * tooltip the button is described by, shown and placed by a TooltipController, which makes it a popover only while it
 * is open.
 */
export function renderChip({ status, pendingLabel, reason, serverSaid }: ChipView, tipId: string) {
  // The name spelled out whole: hidden text in spans gets stray spaces in it ("Deferred , pending").
  const name = [status.label, pendingLabel].filter(Boolean).join(', ');
  return html`<button
      type="button"
      class="chip ${status.severity} ${status.pending ? 'pending' : ''}"
      part=${status.pending ? `chip chip-${status.key} chip-pending` : `chip chip-${status.key}`}
      dir="auto"
      aria-label=${name}
      aria-describedby=${tipId}
    >
      ${icon(status.icon)}${status.label}
    </button>
    <div id=${tipId} class="tooltip" role="tooltip" part="tooltip" hidden>
      <p>${status.explanation}</p>
      ${reason ? html`<p class="reason">${serverSaid} <code dir="auto">${reason}</code></p>` : nothing}
    </div>`;
}
