import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { messageKey } from '../data/merge-pages.js';
import type { Message } from '../data/types.js';
import type { FirstText, StatusOverrides } from '../languages/pack.js';
import { statusLabel } from '../languages/status-label.js';
import { formatTime } from './format-time.js';
import { ICON_PATHS } from './icons.js';
import { safeLink } from './safe-link.js';

/** What the rest of the widget adds to the rows once it has arrived (before, a row has no explanation or Show more). */
export interface RowExtras {
  /** The ids of the hidden explanation (and the server's reason) a row's chip is described by. */
  describedBy(message: Message): string;
  /** Whether a row was opened with "Show more". */
  isOpen(key: string): boolean;
  /** The grid's row of column headers (for screen readers); `long`: the rows say where they sit (`aria-rowindex`). */
  columnHeaders(long: boolean): unknown;
  /**
   * What ends a row's last cell, after its link: "Copy link" where it has one, "Show more" where its text is cut
   * (`cut`: a field was bounded to its first characters, so there is more whatever the row measures).
   */
  tail(message: Message, key: string, about: string, cut: boolean): unknown;
  /**
   * A time of the last week as how long ago it was ("3 hours ago"), its date and time (`absolute`) on hover and focus
   * and read by screen readers; nothing for an older one, which the row writes as its date and time.
   */
  recentTime(sentAt: Date, iso: string, absolute: string): unknown;
}

/** What every row of a render reads, worked out once for all of them. */
export interface RowContext {
  /** The language of the times. */
  lang: string;
  /** The zone times are shown in; the browser's when unset. */
  timeZone?: string;
  /** Whether the times can be written without building an `Intl` formatter first (else they follow a moment later). */
  timesReady: boolean;
  text: FirstText;
  /** The chips' language, the host's wording for it, and the words read after a pending status. */
  chips: { lang: string; overrides?: StatusOverrides; pending: string };
  extras?: RowExtras;
}

/**
 * Clamped fields render at most this much until their row is opened: the clamp shows far less, and laying out a
 * 100,000-character field took WebKit over half a second. The name a chip or a link gives its message is bounded too.
 */
export const CLAMPED_LENGTH = 2000;
const ABOUT_LENGTH = 200;

/** `value` cut to `length` UTF-16 units, never between the halves of a surrogate pair, with `end` where cut. */
export function upTo(value: string, length: number, end = ''): string {
  if (value.length <= length) return value;
  const cut = value.slice(0, length);
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut) + end;
}

/** A row's key: channel and id, so a refresh that changed one status touches that row only. */
export const rowKey = messageKey;

/**
 * One message: channel, name, status chip, text, then when, what sent it and a link to view it. A grid row of cells
 * (row 1 is the column headers, so a message's `aria-rowindex` is its index plus 2), whose items arrow keys move
 * between are every cell without a control (channel, name, text, when) and the controls (chip, link, and what the rest
 * of the widget adds at its end: Copy link, Show more), all tabindex -1 but the grid's one stop: `stop` marks the
 * first row's chip until the keyboard grid has arrived and keeps the stop itself.
 *
 * It renders what it shows and nothing more: no explanation (one hidden copy per distinct text serves every chip, and
 * one tooltip shows it), no Show more until a clamp is measured cutting text, and not a whitespace node: the
 * template is written without any between its tags (hence `prettier-ignore`). Every field from the data is
 * bidi-isolated (`dir="auto"`, `<bdi>`), so right-to-left text cannot reorder what is around it.
 */
export function renderRow(message: Message, context: RowContext, index?: number, stop = false) {
  const { text, chips, extras } = context;
  const key = rowKey(message);
  const status = statusLabel(message.status, chips);
  const name = status.pending ? `${status.label}, ${chips.pending}` : status.label;
  const about = upTo(message.name || message.text || '', ABOUT_LENGTH, '…');
  const open = extras?.isOpen(key) ?? false;
  const clamped = (value: string) => (open ? value : upTo(value, CLAMPED_LENGTH));
  // A field cut to its first characters has more to show, whatever the row measures.
  const cut = [message.name, message.text, message.source, message.link].some((v) => (v?.length ?? 0) > CLAMPED_LENGTH);
  // prettier-ignore
  return html`<div class="row${open ? ' expanded' : ''}" part="row" role="row" aria-rowindex=${ifDefined(index === undefined ? undefined : index + 2)} data-key=${key}><span class="channel" part="channel" role="gridcell" tabindex="-1" data-row-item><svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${ICON_PATHS[message.channel]}></path></svg>${text(message.channel)}</span><span class="name clamped" part="name" role="gridcell" tabindex="-1" data-row-item dir="auto" .textContent=${clamped(message.name ?? '')}></span><span class="status" role="gridcell"><button type="button" class="chip ${status.severity}${status.pending ? ' pending' : ''}" part="chip chip-${status.key}${status.pending ? ' chip-pending' : ''}" dir="auto" aria-label=${about ? `${name} — ${about}` : name} aria-describedby=${ifDefined(extras?.describedBy(message))} tabindex=${stop ? '0' : '-1'} data-row-item><svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${ICON_PATHS[status.icon]}></path></svg>${status.label}</button></span><p class="text${message.text ? '' : ' none'} clamped" part="text" role="gridcell" tabindex="-1" data-row-item dir=${ifDefined(message.text ? 'auto' : undefined)} .textContent=${message.text ? clamped(message.text) : text('noText')}></p><span class="meta" role="gridcell" tabindex="-1" data-row-item>${renderTime(message.sentAt, context)}${renderOrigin(message, text, clamped)}${renderLink(message, text, about, clamped)}${extras?.tail(message, key, about, cut)}</span></div>`;
}

/**
 * When the message was sent: its date and time, and, once the rest of the widget has arrived, how long ago for the
 * last week (`RowExtras.recentTime`). Not a Tab stop: a time is no control. Until the date formatter is built, an
 * empty `<time>`: the rows do not wait for it.
 */
function renderTime(sentAt: Date | null, { lang, timeZone, timesReady, text, extras }: RowContext) {
  if (!sentAt) return html`<span part="time" .textContent=${text('unknownTime')}></span>`;
  const iso = sentAt.toISOString();
  if (!timesReady) return html`<time part="time" datetime=${iso}></time>`;
  const absolute = formatTime(sentAt, lang, timeZone);
  return (
    extras?.recentTime(sentAt, iso, absolute) ??
    html`<time part="time" datetime=${iso} .textContent=${absolute}></time>`
  );
}

// Stands for the data value inside a translated sentence, so the value can be isolated on its own.
const SLOT = '\u{F0000}';

/**
 * What sent the message and whether it was transactional, as one binding: most rows have neither, and each binding
 * costs every row a marker node.
 */
function renderOrigin(message: Message, text: FirstText, clamped: (value: string) => string) {
  const source = message.source ? renderSource(text, clamped(message.source)) : nothing;
  if (!message.transactional) return source;
  // prettier-ignore
  return html`${source}<span class="badge" .textContent=${text('transactional')}></span>`;
}

/** "Via Webshop", the source in a `<bdi>` so its direction cannot spill over into the sentence around it. */
function renderSource(text: FirstText, source: string) {
  const [before, after = ''] = text('source', { source: SLOT }).split(SLOT);
  // prettier-ignore
  return html`<span class="source clamped">${before}<bdi .textContent=${source}></bdi>${after || nothing}</span>`;
}

/** "View message" where the server gave a safe link; a link it gave that is not safe is shown as text. */
function renderLink(message: Message, text: FirstText, about: string, clamped: (value: string) => string) {
  const link = safeLink(message.link, document.baseURI);
  if (link) {
    const label = text('viewMessageLabel', { about: about || text('noText') });
    // prettier-ignore
    return html`<a part="link" tabindex="-1" data-row-item href=${link} target="_blank" rel="noopener noreferrer" aria-label=${label} .textContent=${text('viewMessage')}></a>`;
  }
  if (!message.link) return nothing;
  return html`<span part="link" class="plain-link clamped" dir="auto" .textContent=${clamped(message.link)}></span>`;
}
