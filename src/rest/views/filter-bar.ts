import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Channel, Message } from '../../data/types.js';
import type { MessageFilter, StatusFilter } from '../../data/filter-messages.js';
import { STATUS_CATALOG } from '../../statuses/catalog.js';
import { summarizeStatuses, type SummaryEntry } from '../../statuses/summary.js';
import type { StringOverrides, Text } from '../../languages/pack.js';
import { describeStatus } from '../../languages/describe-status.js';
import { countedText } from '../../languages/plural.js';
import { rovingKeydown } from '../dom/roving-focus.js';

/** What the filter bar and the summary read and change of their list. */
export interface FilterBarHost {
  readonly filter: MessageFilter;
  setFilter(change: Partial<MessageFilter>): void;
  /** What is in the search field, which the search in force follows once typing pauses. */
  readonly typedSearch: string;
  typeSearch(search: string): void;
  text: Text;
  /** The language in force: the plural rules of its counts, and the language and zone of the times a notice quotes. */
  lang: string;
  /** A status's name as the summary and the drop-down show it. */
  statusLabel(key: StatusFilter): string;
  readonly channels: readonly Channel[];
  /** The summary toolbar's name, after its list's, so it differs from other lists' toolbars on the page. */
  readonly toolbarLabel: string;
  /** Whether a narrow list shows the summary's counts that are no problem, folded away at first. */
  readonly summaryOpen: boolean;
  toggleSummary(): void;
}

/** A status's name as the summary and the drop-down show it, in the host's wording where it gave one. */
export function summaryLabel(text: Text, lang: string, strings: StringOverrides) {
  const overrides = strings[lang]?.statuses;
  return (key: StatusFilter) =>
    key === 'other' ? text('summaryOther') : describeStatus(key, 'email', { lang, overrides }).label;
}

/** Channel buttons, "only problems", the status drop-down and the search field. */
export function renderFilters(host: FilterBarHost, messages: readonly Message[]) {
  const { filter, channels } = host;
  const button = (label: string, pressed: boolean, change: Partial<MessageFilter>) =>
    html`<button
      type="button"
      class="filter"
      part="filter-button"
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => host.setFilter(change)}
    >
      ${label}
    </button>`;
  return html`<div class="filters" part="filters" role="group" aria-label=${host.text('filtersLabel')}>
    ${
      channels.length > 1
        ? html`<span class="segmented">
            ${button(host.text('allChannels'), filter.channel === 'all', { channel: 'all' })}
            ${channels.map((channel) => button(host.text(channel), filter.channel === channel, { channel }))}
          </span>`
        : nothing
    }
    ${button(host.text('problemsOnly'), filter.problemsOnly, { problemsOnly: !filter.problemsOnly })}
    ${renderStatusFilter(host, messages)}
    <label class="search">
      <span class="search-label">${host.text('searchLabel')}</span>
      <input
        type="search"
        part="search"
        .value=${host.typedSearch}
        placeholder=${host.text('searchPlaceholder')}
        @input=${(event: Event) => host.typeSearch((event.target as HTMLInputElement).value)}
      />
    </label>
  </div>`;
}

/** The statuses of what is loaded (and the one chosen, should it be gone), as the summary counts them. */
function renderStatusFilter(host: FilterBarHost, messages: readonly Message[]) {
  const chosen = host.filter.status;
  const keys: StatusFilter[] = summarizeStatuses(messages).flatMap(keysOf);
  if (chosen && !keys.includes(chosen)) keys.push(chosen);
  return html`<label class="status-filter">
    <span>${host.text('statusFilterLabel')}</span>
    <select
      part="status-filter"
      .value=${chosen ?? ''}
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        host.setFilter({ status: (value || undefined) as StatusFilter | undefined });
      }}
    >
      <option value="" ?selected=${!chosen}>${host.text('allStatuses')}</option>
      ${keys.map((key) => html`<option value=${key} ?selected=${chosen === key}>${host.statusLabel(key)}</option>`)}
    </select>
  </label>`;
}

/** Whether a summary line counts a problem (a bounce, a failure, a delay), which a support agent looks for first. */
function countsProblems(entry: SummaryEntry): boolean {
  const severity = entry.key === 'other' ? 'neutral' : STATUS_CATALOG[entry.key].severity;
  return severity === 'warning' || severity === 'danger';
}

/**
 * Counts per status, problems first, each a button that shows only that status (pressed again, all of them). Soft
 * bounces include the blocked ones, as a send-out's statistics count them; "of which blocked" is a button of its own.
 * A toolbar: one Tab stop, arrow keys, Home and End between its buttons. In a narrow list the counts that are no
 * problem fold behind one "4 more" button (CSS decides when, from the list's width), so the rows start near the top.
 */
export function renderSummary(host: FilterBarHost, messages: readonly Message[]) {
  const count = messages.length;
  const chosen = host.filter.status;
  const all = summarizeStatuses(messages);
  const problems = all.filter(countsProblems);
  const calm = all.filter((entry) => !countsProblems(entry));
  const entries = [...problems, ...calm];
  const folds = problems.length > 0 && calm.length > 0;
  const open = host.summaryOpen;
  // The visible text is the name (label in name); aria-pressed says whether it is the filter in force.
  // One Tab stop for the whole toolbar: the count in force, else the first; arrows reach the others.
  const keys = entries.flatMap(keysOf);
  const tabStop = chosen && keys.includes(chosen) ? chosen : keys[0];
  const button = (key: StatusFilter, content: unknown, extraClass = '', name?: string) =>
    html`<button
      type="button"
      class="summary-button ${extraClass}"
      part="summary-button"
      tabindex=${key === tabStop ? 0 : -1}
      aria-label=${ifDefined(name)}
      aria-pressed=${chosen === key ? 'true' : 'false'}
      @click=${() => host.setFilter({ status: chosen === key ? undefined : key })}
    >
      ${content}
    </button>`;
  return html`<div class="summary ${open ? 'open' : ''}" part="summary">
    <span class="total">${countedText(host.text, host.lang, 'messageCount', count)}</span>
    <div
      class="summary-list"
      role="toolbar"
      aria-label=${host.toolbarLabel}
      @keydown=${rovingKeydown('.summary-button')}
    >
      ${entries.map(
        (entry) =>
          html`<span
            class="summary-item ${entry.key === 'other' ? 'neutral' : STATUS_CATALOG[entry.key].severity} ${
              folds && !countsProblems(entry) ? 'calm' : ''
            } ${chosen && keysOf(entry).includes(chosen) ? 'chosen' : ''}"
          >
            ${button(
              entry.key,
              html`<span class="dot" aria-hidden="true"></span>${host.statusLabel(entry.key)}
                <strong>${entry.count}</strong>`,
            )}
            ${entry.within.map((inner) => {
              const values = { label: host.statusLabel(inner.key), count: inner.count };
              // Named with the status it is part of: "(of which Blocked: 1)" alone does not say of what.
              const name = host.text('summaryWithinLabel', { ...values, outer: host.statusLabel(entry.key) });
              return button(inner.key, html`(${host.text('summaryWithin', values)})`, 'within', name);
            })}
          </span>`,
      )}
      ${
        folds
          ? html`<button
              type="button"
              class="summary-button summary-more"
              tabindex="-1"
              aria-expanded=${open ? 'true' : 'false'}
              @click=${() => host.toggleSummary()}
            >
              ${open ? host.text('summaryFewer') : host.text('summaryMore', { count: calm.length })}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}

/** A summary line's statuses: its own, and those counted within it. */
function keysOf(entry: SummaryEntry): StatusFilter[] {
  return [entry.key, ...entry.within.map((inner) => inner.key)];
}

/** How many of the loaded messages the filters let through; the list's live region says it after each change. */
export function renderShowing(host: FilterBarHost, shown: number, total: number) {
  return html`<p class="showing ${shown === total ? 'all' : ''}" part="showing">
    ${host.text('showingCount', { shown, total })}
  </p>`;
}
