import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { messageKey } from '../data/merge-pages.js';
import type { Message } from '../data/types.js';
import { chipLanguage, describeChip, renderChip, type ChipLanguage } from '../internal/chip-view.js';
import { formatTime } from '../internal/format-time.js';
import { icon } from '../internal/icons.js';
import { formatRelativeTime } from '../internal/relative-time.js';
import { safeLink } from '../internal/safe-link.js';
import type { RowExpansion } from '../internal/row-expansion.js';
import type { TooltipTargets } from '../internal/tooltip-controller.js';
import type { ListSettings } from '../internal/list-settings.js';
import type { Text } from '../internal/ui-strings.js';
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
  /** Rows opened with "Show more". */
  expansion: RowExpansion;
}

/**
 * How the list's one tooltip controller finds a row's chip (or the address warning, `.tip-box`, which explains
 * itself the same way) and its explanation, by event delegation.
 */
export function rowChipTargets(host: { readonly renderRoot: ParentNode & EventTarget }): TooltipTargets {
  return {
    root: () => host.renderRoot,
    chipOf: (target) => (target instanceof Element ? (target.closest('.chip-box, .tip-box') ?? undefined) : undefined),
    partsOf: (chip) => ({
      trigger: chip.querySelector<HTMLElement>('.chip, .tip-trigger'),
      tip: chip.querySelector<HTMLElement>('.tooltip'),
    }),
  };
}

/** The row context for a render: the language and zone in force, the host's wording and soft-bounce rule, the clock. */
export function rowContext(
  lang: string,
  { timeZone, strings, softBounceRule }: Pick<ListSettings, 'timeZone' | 'strings' | 'softBounceRule'>,
  now: number,
  text: Text,
  expansion: RowExpansion,
): RowContext {
  const chips = chipLanguage((available) => resolveLanguage(lang, available), strings, softBounceRule);
  return { lang, timeZone, chips, now, text, expansion };
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

// Past these lengths a field may be clamped at some width, so the row offers "Show more".
const CLAMPED_FROM = { name: 40, text: 100, meta: 30 } as const;

/** Whether some of the row's text may be cut off by its clamps; a safe link shows as "View message", unclamped. */
function mayBeClamped(message: Message, safeLinked: boolean): boolean {
  const long = (value: string | undefined, limit: number) => (value?.length ?? 0) > limit;
  return (
    long(message.name, CLAMPED_FROM.name) ||
    long(message.text, CLAMPED_FROM.text) ||
    long(message.source, CLAMPED_FROM.meta) ||
    (!safeLinked && long(message.link, CLAMPED_FROM.meta))
  );
}

/**
 * One message: channel, name, status chip, text, then when, what sent it, tags and a link to view it.
 * Every field from the data is bidi-isolated (`dir="auto"`), so right-to-left text cannot reorder what
 * is around it; long fields are clamped, and "Show more" opens the row.
 */
export function renderRow(message: Message, context: RowContext, position?: RowPosition) {
  const { text, expansion } = context;
  const link = safeLink(message.link, document.baseURI);
  const key = rowKey(message);
  const clamped = mayBeClamped(message, !!link);
  const expanded = clamped && expansion.has(key);
  return html`<li
    class="row ${expanded ? 'expanded' : ''}"
    part="row"
    aria-posinset=${ifDefined(position && position.index + 1)}
    aria-setsize=${ifDefined(position?.size)}
  >
    <span class="channel" part="channel">${icon(message.channel)}<span>${text(message.channel)}</span></span>
    <span class="name" part="name" dir="auto">${message.name ?? ''}</span>
    <span class="status">
      <span class="chip-box"
        >${renderChip(describeChip(message, context.chips, context.now), tooltipId(message), aboutOf(message))}</span
      >
    </span>
    ${
      message.text
        ? html`<p class="text" part="text" dir="auto">${message.text}</p>`
        : html`<p class="text none" part="text">${text('noText')}</p>`
    }
    <span class="meta">
      ${message.sentAt ? renderTime(message.sentAt, context) : html`<span part="time">${text('unknownTime')}</span>`}
      ${message.source ? html`<span class="source">${isolated(text('source', { source: SLOT }), message.source)}</span>` : nothing}
      ${message.transactional ? html`<span class="badge">${text('transactional')}</span>` : nothing}
      ${
        link
          ? html`<a
              part="link"
              href=${link}
              target="_blank"
              rel="noopener noreferrer"
              aria-label=${text('viewMessageLabel', { about: aboutOf(message) || text('noText') })}
              >${text('viewMessage')}</a
            >`
          : message.link
            ? html`<span part="link" class="plain-link" dir="auto">${message.link}</span>`
            : nothing
      }
      ${
        clamped
          ? html`<button
              type="button"
              class="show-more"
              part="show-more-button"
              aria-expanded=${expanded ? 'true' : 'false'}
              @click=${() => expansion.toggle(key)}
            >
              ${text(expanded ? 'showLess' : 'showMore')}
            </button>`
          : nothing
      }
    </span>
  </li>`;
}

// Stands for the data value inside a translated sentence, so the value can be isolated on its own.
const SLOT = '\u{F0000}';

/** A sentence with `value` where SLOT is, the value in a `<bdi>` so its direction cannot spill over. */
function isolated(sentence: string, value: string) {
  const [before, after = ''] = sentence.split(SLOT);
  return html`${before}<bdi>${value}</bdi>${after}`;
}

/** Which message a row's chip and link belong to, in their names: four "View message" links say nothing apart. */
const aboutOf = (message: Message) => message.name || message.text || '';

/**
 * "3 hours ago" for the last week, its date and time shown on hover and while the row has focus, and always
 * part of what a screen reader reads; older messages show the date and time outright. Not a Tab stop: a time
 * is no control.
 */
function renderTime(sentAt: Date, { lang, timeZone, now }: RowContext) {
  const absolute = formatTime(sentAt, lang, timeZone);
  const relative = formatRelativeTime(sentAt, now, lang);
  if (!relative) return html`<time part="time" datetime=${sentAt.toISOString()}>${absolute}</time>`;
  return html`<time part="time" class="relative-time" datetime=${sentAt.toISOString()}
    ><span class="relative">${relative}</span
    ><span class="absolute"><span class="visually-hidden">, </span>${absolute}</span></time
  >`;
}
