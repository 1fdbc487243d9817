import { html, nothing } from 'lit';
import type { Channel } from '../data/types.js';
import { parseDate } from '../data/parse.js';
import { describeStatus, pendingText, type StatusDescription } from '../statuses/describe.js';
import { normalizeStatus } from '../statuses/normalize.js';
import type { SoftBounceRule } from '../statuses/soft-bounce-rule.js';
import { STATUS_STRINGS } from '../statuses/strings.js';
import { icon } from './icons.js';
import { UI_STRINGS, uiText, type StringOverrides } from './ui-strings.js';

/** The languages a chip's texts are in, worked out once for every chip of a render. */
export interface ChipLanguage {
  /** For the status label and explanation. */
  statuses: string;
  /** For the interface words around them ("The server said:"). */
  ui: string;
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
  const own = Object.keys(wording);
  return {
    statuses: resolve([...Object.keys(STATUS_STRINGS), ...own]),
    ui: resolve([...Object.keys(UI_STRINGS), ...own]),
    wording,
    softBounceRule,
  };
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
  const { statuses: lang, wording } = language;
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
    serverSaid: reason ? uiText(wording, language.ui, 'serverSaid') : '',
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
 * The chip: a button with the status's icon and label, and its explanation as a tooltip the button is
 * described by. `<message-status-chip>` renders it in its shadow root, the list in every row of its own
 * (a custom element per row would cost a shadow root, styles and an update each). Shown and placed by
 * a TooltipController, which makes it a popover only while it is open: a hundred hidden popovers in
 * one tree make every frame of the list dearer. A row's chip names its message (`about`): "Delivered — Order
 * confirmation", so a list of chips does not read as a row of identical words.
 */
export function renderChip({ status, pendingLabel, reason, serverSaid }: ChipView, tipId: string, about = '') {
  // The name spelled out whole: hidden text in spans gets stray spaces in it ("Deferred , pending").
  const name = [status.label, pendingLabel].filter(Boolean).join(', ');
  return html`<button
      type="button"
      class="chip ${status.severity} ${status.pending ? 'pending' : ''}"
      part=${status.pending ? `chip chip-${status.key} chip-pending` : `chip chip-${status.key}`}
      aria-label=${about ? `${name} — ${about}` : name}
      aria-describedby=${tipId}
    >
      ${icon(status.icon)}<span class="label" dir="auto">${status.label}</span>
    </button>
    <div id=${tipId} class="tooltip" role="tooltip" part="tooltip" hidden>
      <p>${status.explanation}</p>
      ${reason ? html`<p class="reason">${serverSaid} <code dir="auto">${reason}</code></p>` : nothing}
    </div>`;
}
