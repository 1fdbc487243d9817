import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { messageKey } from '../data/merge-pages.js';
import type { Message } from '../data/types.js';
import { chipLanguage, describeChip, renderChip, type ChipLanguage } from '../internal/chip-view.js';
import { formatTime } from '../internal/format-time.js';
import { icon } from '../internal/icons.js';
import { formatRelativeTime } from '../internal/relative-time.js';
import { safeLink } from '../internal/safe-link.js';
import { RowExpansion } from '../internal/row-expansion.js';
import { RowFocus } from '../internal/row-focus.js';
import type { TooltipTargets } from '../internal/tooltip-controller.js';
import type { ListSettings } from '../internal/list-settings.js';
import type { Text } from '../internal/ui-strings.js';
import { resolveLanguage } from '../statuses/language.js';
import { watchCutText } from './watch-cut-text.js';

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
  /** The rows' one Tab stop and their arrow keys. */
  focus: RowFocus;
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

/** What the rows keep between renders: the rows opened, and which item is their one Tab stop. */
export function rowState(
  host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
): Pick<RowContext, 'expansion' | 'focus'> {
  return { expansion: new RowExpansion(host), focus: new RowFocus(host) };
}

/** The row context for a render: the language and zone in force, the host's wording and soft-bounce rule, the clock. */
export function rowContext(
  lang: string,
  { timeZone, strings, softBounceRule }: Pick<ListSettings, 'timeZone' | 'strings' | 'softBounceRule'>,
  now: number,
  text: Text,
  rows: Pick<RowContext, 'expansion' | 'focus'>,
): RowContext {
  const chips = chipLanguage((available) => resolveLanguage(lang, available), strings, softBounceRule);
  return { lang, timeZone, chips, now, text, ...rows };
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

/**
 * One message: channel, name, status chip, text, then when, what sent it, tags and a link to view it.
 * Every field from the data is bidi-isolated (`dir="auto"`), so right-to-left text cannot reorder what
 * is around it; long fields are clamped, and "Show more" (shown where the row measured text cut) opens the row.
 */
export function renderRow(message: Message, context: RowContext, index?: number) {
  const { text, expansion } = context;
  const link = safeLink(message.link, document.baseURI);
  const key = rowKey(message);
  const expanded = expansion.has(key);
  // A grid row of cells; its chip, link and Show more are the items arrow keys move between (tabindex -1 but one).
  return html`<div
    ${watchCutText(expansion.cut)}
    class="row ${expanded ? 'expanded' : ''}"
    part="row"
    role="row"
    aria-rowindex=${ifDefined(index === undefined ? undefined : index + 1)}
    data-key=${key}
  >
    <span class="channel" part="channel" role="gridcell"
      >${icon(message.channel)}<span>${text(message.channel)}</span></span
    >
    <span class="name clamped" part="name" role="gridcell" dir="auto">${message.name ?? ''}</span>
    <span class="status" role="gridcell">
      <span class="chip-box"
        >${renderChip(describeChip(message, context.chips, context.now), tooltipId(message), aboutOf(message), true)}</span
      >
    </span>
    ${
      message.text
        ? html`<p class="text clamped" part="text" role="gridcell" dir="auto">${message.text}</p>`
        : html`<p class="text none clamped" part="text" role="gridcell">${text('noText')}</p>`
    }
    <span class="meta" role="gridcell">
      ${message.sentAt ? renderTime(message.sentAt, context) : html`<span part="time">${text('unknownTime')}</span>`}
      ${message.source ? html`<span class="source clamped">${isolated(text('source', { source: SLOT }), message.source)}</span>` : nothing}
      ${message.transactional ? html`<span class="badge">${text('transactional')}</span>` : nothing}
      ${
        link
          ? html`<a
              part="link"
              tabindex="-1"
              data-row-item
              href=${link}
              target="_blank"
              rel="noopener noreferrer"
              aria-label=${text('viewMessageLabel', { about: aboutOf(message) || text('noText') })}
              >${text('viewMessage')}</a
            >`
          : message.link
            ? html`<span part="link" class="plain-link clamped" dir="auto">${message.link}</span>`
            : nothing
      }
      <button
        type="button"
        class="show-more"
        part="show-more-button"
        tabindex="-1"
        data-row-item
        aria-expanded=${expanded ? 'true' : 'false'}
        @click=${(event: Event) => expansion.toggle(key, (event.currentTarget as Element).closest('.row'))}
      >
        ${text(expanded ? 'showLess' : 'showMore')}
      </button>
    </span>
  </div>`;
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
