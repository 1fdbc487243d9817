import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { messageKey } from '../data/merge-pages.js';
import type { Message } from '../data/types.js';
import { chipLanguage, describeChip, renderChip, type ChipLanguage } from '../internal/chip-view.js';
import { formatTime } from '../internal/format-time.js';
import { icon } from '../internal/icons.js';
import { formatRelativeTime } from '../internal/relative-time.js';
import { safeLink } from '../internal/safe-link.js';
import type { StringOverrides, Text } from '../internal/ui-strings.js';
import { resolveLanguage } from '../statuses/language.js';

/** What every row of a render reads, worked out once for all of them. */
export interface RowContext {
  lang: string;
  /** The zone times are shown in; the browser's when unset. */
  timeZone?: string;
  chips: ChipLanguage;
  /** The clock the relative times and a deferred email's countdown read. */
  now: number;
  text: Text;
}

/** The row context for a render: the language and zone in force, the host's wording, the clock. */
export function rowContext(
  lang: string,
  timeZone: string,
  strings: StringOverrides,
  now: number,
  text: Text,
): RowContext {
  const chips = chipLanguage((available) => resolveLanguage(lang, available), strings);
  return { lang, timeZone, chips, now, text };
}

/** Where a row sits in the whole list, for the rows of a virtualised list (only some are in the page). */
export interface RowPosition {
  index: number;
  size: number;
}

/** A row's key: channel and id, so a refresh that changed one status touches that row only. */
export const rowKey = messageKey;

/**
 * A row's tooltip id, from its key: the same for the same message in every render, so a refresh changes no
 * attribute, and unique in the list as the keys are. Characters an id reference cannot carry (spaces split
 * `aria-describedby`) are spelled out as `.<hex>.`, which no kept character can imitate.
 */
const tooltipId = (message: Message) =>
  `tip-${message.channel}-${message.id.replace(/[^\w-]/gu, (c) => `.${c.codePointAt(0)!.toString(16)}.`)}`;

/** One message: channel, name, status chip, text, then when, what sent it, tags and a link to view it. */
export function renderRow(message: Message, context: RowContext, position?: RowPosition) {
  const { text } = context;
  const link = safeLink(message.link, document.baseURI);
  return html`<li
    class="row"
    part="row"
    aria-posinset=${ifDefined(position && position.index + 1)}
    aria-setsize=${ifDefined(position?.size)}
  >
    <span class="channel" part="channel">${icon(message.channel)}<span>${text(message.channel)}</span></span>
    <span class="name" part="name">${message.name ?? ''}</span>
    <span class="status">
      <span class="chip-box">${renderChip(describeChip(message, context.chips, context.now), tooltipId(message))}</span>
    </span>
    ${
      message.text
        ? html`<p class="text" part="text">${message.text}</p>`
        : html`<p class="text none" part="text">${text('noText')}</p>`
    }
    <span class="meta">
      ${message.sentAt ? renderTime(message.sentAt, context) : html`<span part="time">${text('unknownTime')}</span>`}
      ${message.source ? html`<span class="source">${text('source', { source: message.source })}</span>` : nothing}
      ${message.transactional ? html`<span class="badge">${text('transactional')}</span>` : nothing}
      ${
        link
          ? html`<a part="link" href=${link} target="_blank" rel="noopener noreferrer">${text('viewMessage')}</a>`
          : message.link
            ? html`<span part="link">${message.link}</span>`
            : nothing
      }
    </span>
  </li>`;
}

/**
 * "3 hours ago" for the last week, focusable, its date and time shown on hover and focus and always
 * part of what a screen reader reads; older messages show the date and time outright.
 */
function renderTime(sentAt: Date, { lang, timeZone, now }: RowContext) {
  const absolute = formatTime(sentAt, lang, timeZone);
  const relative = formatRelativeTime(sentAt, now, lang);
  if (!relative) return html`<time part="time" datetime=${sentAt.toISOString()}>${absolute}</time>`;
  return html`<time part="time" class="relative-time" datetime=${sentAt.toISOString()} tabindex="0"
    ><span class="relative">${relative}</span
    ><span class="absolute"><span class="visually-hidden">, </span>${absolute}</span></time
  >`;
}
