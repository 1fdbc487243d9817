import { html, nothing, type PropertyValues, type ReactiveController } from 'lit';
import { ContextConsumer } from '@lit/context';
import { addressStates, attributeContact, unblockKey, type AddressState } from '../data/address-state.js';
import type { MessageLoadError } from '../data/errors.js';
import {
  EMAIL_SOFT_BOUNCES,
  NO_FILTER,
  filterMessages,
  showsEmailSoftBounces,
  type MessageFilter,
} from '../data/filter-messages.js';
import { withUnblocked } from '../data/history-changes.js';
import { KnownHistories, type KnownHistory } from '../data/known-histories.js';
import { messageKey } from '../data/merge-pages.js';
import type { MessageHistory } from '../data/message-history.js';
import type { Channel, Message } from '../data/types.js';
import { requestUnblock } from '../data/unblock.js';
import { formatTime } from '../first/format-time.js';
import { hasPackFor } from '../languages/packs.js';
import type { ListElement, ListFeatures, ListInternals } from '../first/list-features.js';
import type { RowExtras } from '../first/row.js';
import { STAND_IN_ROWS, VIRTUALIZE_ABOVE, type GridHandlers, type LongList } from '../first/rows.js';
import { chipLanguage } from './views/chip-view.js';
import { sharedConfigContext } from './controllers/config-context.js';
import { FocusKeeper } from './controllers/focus-keeper.js';
import { HistoryPaging } from './controllers/history-paging.js';
import { LangController } from './controllers/lang-controller.js';
import { LazyVirtualizer } from './controllers/lazy-virtualize.js';
import { LinkCopy } from './controllers/link-copy.js';
import { LiveRegion } from './controllers/live-region.js';
import { RowExpansion } from './controllers/row-expansion.js';
import { RowFocus } from './controllers/row-focus.js';
import { TickController } from './controllers/tick-controller.js';
import { TimeHintController } from './controllers/time-hint-controller.js';
import { TooltipController } from './controllers/tooltip-controller.js';
import { TypedSearch } from './controllers/typed-search.js';
import { IdleSearchIndex } from './controllers/idle-search-index.js';
import { UnblockConfirmation } from './controllers/unblock-confirmation.js';
import { UnblockController } from './controllers/unblock-controller.js';
import { adoptStyles } from './dom/adopt-styles.js';
import { renderAddressHeader } from './views/address-header.js';
import { renderColumnHeaders } from './views/column-headers.js';
import { Explanations } from './views/explanations.js';
import { summaryLabel } from './views/filter-bar.js';
import { focusHolding, focusLanding } from './views/focus-landing.js';
import {
  renderAboveRows,
  renderBelowRows,
  renderNoMatches,
  type FilteredMessages,
  type HistoryViewHost,
} from './views/history-view.js';
import { renderErrorNotice, renderUpdated } from './views/notices.js';
import { renderRowTail, type RowTailHost } from './views/row-tail.js';
import { renderUnblockDialog } from './views/unblock-dialog.js';
import type { WriteDate } from './wording/block-story-text.js';
import { restStyles } from './styles.js';
import { renderRecentTime } from './views/recent-time.js';
import { softBounceRuleOf } from '../statuses/soft-bounce-rule.js';
import type { SharedConfig } from '../first/shared-config.js';
import { forgetListName, listNames, type ListNames } from './wording/list-names.js';

/** The rest of the widget for one list: everything but loading the first page and drawing its rows. */
export function listFeatures(list: ListElement, internals: ListInternals): ListFeatures {
  return new ListWithEverything(list, internals);
}

class ListWithEverything implements ListFeatures, ReactiveController {
  private filter: MessageFilter = NO_FILTER;
  /** A narrow list's summary shows the counts that are no problem too. */
  private summaryOpen = false;
  private shownAddresses: AddressState[] = [];
  private names: ListNames = { region: '', toolbar: '' };
  /** The channels whose address (longer than any real one) is shown whole. */
  private readonly openAddresses = new Set<Channel>();
  /** Addresses unblocked in this session, so a history-inferred block does not come back on the next load. */
  private readonly unblockedHere = new Set<string>();
  /** The last answer for each of the contacts shown lately: a failed load keeps their addresses in the header. */
  private readonly known = new KnownHistories();
  private readonly ticks: TickController;
  private readonly paging: HistoryPaging;
  private readonly unblocking: UnblockController;
  private readonly confirmation: UnblockConfirmation;
  private readonly virtualizer: LazyVirtualizer;
  private readonly expansion: RowExpansion;
  private readonly focus: RowFocus;
  private readonly liveRegion: LiveRegion;
  private readonly explanations: Explanations;
  private readonly search: TypedSearch;
  private readonly links: LinkCopy;
  private lastFiltered?: {
    messages: readonly Message[];
    filter: MessageFilter;
    lang: string;
    result: FilteredMessages;
  };
  /** The chip whose explanation the one shared tooltip holds. */
  private tipFor?: Element;
  /** The provider's settings, where the list has one. */
  private shared?: SharedConfig;

  constructor(
    private readonly list: ListElement,
    private readonly internals: ListInternals,
  ) {
    list.addController(this);
    // A provider's settings, shared through @lit/context; the list waits for them before its first request.
    new ContextConsumer(list, {
      context: sharedConfigContext,
      subscribe: true,
      callback: (shared) => {
        this.shared = shared;
        internals.useShared(shared);
      },
    });
    this.ticks = new TickController(list);
    this.paging = new HistoryPaging(list, internals.history, internals.historyInputs);
    this.unblocking = new UnblockController(list, {
      send: (detail, idempotencyKey) => {
        const { unblockEndpoint: endpoint, fetcher, requestInit } = internals.settings();
        if (!endpoint) return Promise.reject(new Error(internals.text('unblockNotSetUp')));
        return requestUnblock({ ...detail, endpoint, fetcher, requestInit, timeout: list.timeout, idempotencyKey });
      },
      succeeded: ({ channel, address }) => this.showUnblocked(channel, address),
    });
    this.confirmation = new UnblockConfirmation(list, ({ channel }) => this.unblock(channel).catch(() => {}));
    this.virtualizer = new LazyVirtualizer(list);
    this.expansion = new RowExpansion(list);
    this.focus = new RowFocus(list);
    this.liveRegion = new LiveRegion(list);
    this.explanations = new Explanations(list);
    this.search = new TypedSearch(list, (search) => this.setFilter({ ...this.filter, search }));
    list.addController(
      new IdleSearchIndex(() => {
        const messages = internals.history.current?.messages;
        return messages && { messages, lang: internals.language() };
      }),
    );
    this.links = new LinkCopy(list, (copied) =>
      this.liveRegion.say(internals.text(copied ? 'linkCopied' : 'linkNotCopied')),
    );
    // One tooltip controller for every chip of the rows (and the address warning), by event delegation.
    new TooltipController(list, {
      root: () => list.renderRoot,
      chipOf: (target) => {
        if (!(target instanceof Element)) return undefined;
        // The pointer on the shared tooltip is still on its chip: the explanation can be hovered (WCAG 1.4.13).
        if (target.closest('.tooltip.shared')) return this.tipFor;
        return target.closest('.chip, .tip-box') ?? undefined;
      },
      partsOf: (chip) =>
        chip.matches('.chip')
          ? { trigger: chip as HTMLElement, tip: this.sharedTip() }
          : {
              trigger: chip.querySelector<HTMLElement>('.tip-trigger'),
              tip: chip.querySelector<HTMLElement>('.tooltip'),
            },
      prepare: (chip) => this.fillTip(chip),
    });
    new TimeHintController(list);
    // A `lang` set or changed above the list re-renders it in that language.
    new LangController(list);
    new FocusKeeper(list, (lost, root) => focusLanding(lost, root, this.focus), focusHolding);
  }

  hostConnected(): void {
    adoptStyles(this.list.renderRoot, restStyles);
    // Back in the page: its name is taken again (and numbered again if another list took it meanwhile).
    this.list.requestUpdate();
  }

  hostDisconnected(): void {
    forgetListName(this);
  }

  now(): number {
    return this.ticks.now();
  }

  readonly rows: RowExtras = {
    describedBy: (message: Message) => this.explanations.describedBy(message),
    isOpen: (key) => this.expansion.has(key),
    columnHeaders: (long) => renderColumnHeaders(this.internals.text, long),
    tail: (message, key, about, cut) => renderRowTail(this.rowTail, message, key, about, cut),
    recentTime: (sentAt, iso, absolute) =>
      renderRecentTime(sentAt, iso, absolute, this.ticks.now(), this.internals.language()),
  };

  /** What a row's Copy link and Show more read and do. */
  private readonly rowTail: RowTailHost = {
    text: (key, values) => this.internals.text(key, values),
    isOpen: (key) => this.expansion.has(key),
    showsMore: (key) => this.expansion.showsMore(key),
    toggle: (key) => this.expansion.toggle(key),
    copied: (key) => this.links.copied(key),
    copy: (key, link) => void this.links.copy(key, link),
  };

  /**
   * The history the header and the dialog read: the one shown, else (a later load of this contact failed, or it is
   * loading again) the last answer for it, so its addresses, their blocks and Unblock stay.
   */
  private get knownHistory(): KnownHistory | undefined {
    return this.internals.history.current ?? this.known.get(this.list.contactId);
  }

  /**
   * The contact's addresses with their states: from the response first (or the last one for this contact, when a
   * later load failed), then the `contact` property, then the attributes.
   */
  get addresses(): AddressState[] {
    const { list, internals } = this;
    const shown = this.knownHistory;
    const sources = [shown?.contact, list.contact, attributeContact(list)];
    const check = { rule: softBounceRuleOf(list, this.shared), now: this.ticks.now() };
    return addressStates(sources, shown?.messages ?? [], internals.channels(), this.unblockedHere, check);
  }

  /** Writes a date as the rows do: the list's language and time zone. */
  private get writeDate(): WriteDate {
    const lang = this.internals.language();
    const { timeZone } = this.internals.settings();
    return (date) => formatTime(date, lang, timeZone);
  }

  get announcement(): string {
    return this.liveRegion.said;
  }

  get regionLabel(): string {
    return this.names.region;
  }

  willUpdate(changed: PropertyValues): void {
    const { list, internals } = this;
    const { history } = internals;
    if (changed.has('refreshInterval') && changed.get('refreshInterval') !== undefined) this.paging.restartTimer();
    if (changed.has('contactId') && changed.get('contactId') !== undefined) {
      this.paging.contactChanged();
      this.setFilter(NO_FILTER);
      this.unblocking.reset();
      this.confirmation.cancel();
      this.openAddresses.clear();
    }
    this.virtualizer.need(history.latest?.messages.length ?? 0);
    // Only what was fetched: messages the host hands over cannot fail to load.
    const shown = history.current;
    if (shown?.loadedAt !== undefined) this.known.remember(shown.contactId, shown);
    this.shownAddresses = this.addresses;
    const contact = this.shownAddresses.find((address) => address.address)?.address;
    this.names = listNames(this, internals.text, list.label, contact);
    const { strings, timeZone } = internals.settings();
    const softBounceRule = softBounceRuleOf(list, this.shared);
    const lang = internals.language();
    const chips = chipLanguage(() => lang, strings, softBounceRule);
    const around = { messages: shown?.messages ?? [], text: internals.text, writeDate: this.writeDate };
    const settingsKey = `${lang}|${timeZone}|${softBounceRule.limit}|${softBounceRule.days}`;
    this.explanations.begin(chips, this.ticks.now(), settingsKey, around);
    // Nothing is said before the list's language has arrived: it would be said in English.
    if (!hasPackFor(lang)) return;
    this.liveRegion.update({
      history: { ...this.historyState(), state: history.state },
      filter: this.filter,
      pageSize: list.pageSize,
      lang,
      text: internals.text,
      unblockProgress: (channel) => this.unblocking.progress(channel),
      name: this.regionLabel,
    });
  }

  private historyState() {
    const { history } = this.internals;
    return {
      current: history.current,
      failure: history.failure,
      refreshFailure: history.refreshFailure,
      background: history.background,
      loadingMore: this.paging.loadingMore,
      hasMore: this.paging.hasMore,
      refresh: () => this.list.refresh(),
      loadMore: () => this.paging.loadMore(),
    };
  }

  renderHeader() {
    return renderAddressHeader(
      {
        text: this.internals.text,
        progressOf: (channel) => this.unblocking.progress(channel),
        askToUnblock: (address) => void this.confirmation.ask(address),
        softBouncesShown: showsEmailSoftBounces(this.filter),
        showSoftBounces: (on) => this.setFilter(on ? EMAIL_SOFT_BOUNCES : NO_FILTER),
        addressOpen: (channel) => this.openAddresses.has(channel),
        toggleAddress: (channel) => {
          if (!this.openAddresses.delete(channel)) this.openAddresses.add(channel);
          this.list.requestUpdate();
        },
        writeDate: this.writeDate,
        canShow: (message) => !!this.internals.history.current?.messages.includes(message),
        showMessage: (message) => void this.showMessage(message),
      },
      this.shownAddresses,
    );
  }

  /** Brings a message's row into view and focuses its chip (whose explanation then opens), lifting filters that hide it. */
  private async showMessage(message: Message): Promise<void> {
    const key = messageKey(message);
    const shown = this.filteredOf(this.internals.history.current).shown;
    if (!shown.some((each) => messageKey(each) === key)) {
      this.setFilter(NO_FILTER);
      await this.list.updateComplete;
    }
    await this.focus.focusMessage(key);
  }

  /** What the history's views read and do of this list. */
  private get view(): HistoryViewHost {
    const { internals, list } = this;
    const { text } = internals;
    const { timeZone, strings } = internals.settings();
    const lang = internals.language();
    return {
      history: this.historyState(),
      text,
      lang,
      timeZone,
      pageSize: list.pageSize,
      filter: this.filter,
      setFilter: (change) => this.setFilter({ ...this.filter, ...change }),
      typedSearch: this.search.text,
      typeSearch: (text) => this.search.type(text),
      clearFilters: () => this.setFilter(NO_FILTER),
      statusLabel: summaryLabel(text, lang, strings),
      channels: internals.channels(),
      toolbarLabel: this.names.toolbar,
      summaryOpen: this.summaryOpen,
      toggleSummary: () => {
        this.summaryOpen = !this.summaryOpen;
        list.requestUpdate();
      },
    };
  }

  /** The history as the filters leave it, worked out again only when the messages, the filters or the language change. */
  private filteredOf(shown: MessageHistory | undefined): FilteredMessages {
    const messages = shown?.messages ?? [];
    const lang = this.internals.language();
    const last = this.lastFiltered;
    if (last?.messages === messages && last.filter === this.filter && last.lang === lang) return last.result;
    const { status, ...others } = this.filter;
    // The summary counts the rows every other filter lets through ("Only problems" too, so it never counts rows that
    // are not shown), but not its own status choice: pressing one of its buttons must not make the others vanish.
    const counted = filterMessages(messages, others, lang);
    const result = { counted, shown: filterMessages(counted, { ...NO_FILTER, status }, lang) };
    this.lastFiltered = { messages, filter: this.filter, lang, result };
    return result;
  }

  rowsOf(shown: MessageHistory | undefined): readonly Message[] {
    const rows = this.filteredOf(shown).shown;
    this.focus.showing(rows);
    // The rows this render draws (every row of a short list, a long list's first) have their explanations copied
    // in this render, not the next; those the virtualizer draws as it scrolls get theirs a render later.
    const drawn = rows.length <= VIRTUALIZE_ABOVE ? rows : rows.slice(0, STAND_IN_ROWS);
    for (const message of drawn) this.explanations.describedBy(message);
    return rows;
  }

  renderAboveRows(shown: MessageHistory | undefined) {
    return renderAboveRows(this.view, shown, this.filteredOf(shown));
  }

  renderBelowRows(shown: MessageHistory | undefined, rows: number) {
    return renderBelowRows(this.view, shown, rows);
  }

  renderNoMatches() {
    return renderNoMatches(this.internals.text, () => this.setFilter(NO_FILTER));
  }

  get grid(): GridHandlers {
    return this.focus;
  }

  get longList(): LongList {
    return this.virtualizer.longList;
  }

  renderError(error: MessageLoadError) {
    const { text } = this.internals;
    return renderErrorNotice(text, text('errorTitle'), error, () => this.list.refresh(), true);
  }

  renderFooter() {
    const { internals } = this;
    const lang = internals.language();
    const context = {
      text: internals.text,
      writeDate: this.writeDate,
      messages: this.knownHistory?.messages ?? [],
      labels: { lang, overrides: internals.settings().strings[lang]?.statuses },
    };
    const dialog = renderUnblockDialog(context, this.confirmation.address, this.confirmation.closed);
    // prettier-ignore
    return html`${this.renderUpdated()}${dialog}${this.explanations.render()}<div class="tooltip shared" role="tooltip" part="tooltip" hidden></div>`;
  }

  /** "Updated 3 minutes ago", with a button to load again; only for fetched messages. */
  private renderUpdated() {
    const { list, internals } = this;
    const loadedAt = internals.history.current?.loadedAt;
    const { state } = list;
    if (list.messages || !loadedAt || (state !== 'ready' && state !== 'loading')) return nothing;
    const clock = { now: this.ticks.now(), lang: internals.language(), timeZone: internals.settings().timeZone };
    return renderUpdated(internals.text, new Date(loadedAt), clock, state === 'loading', () => list.refresh());
  }

  private setFilter(filter: MessageFilter): void {
    this.filter = filter;
    if ((filter.search ?? '') !== this.search.text) this.search.show(filter.search ?? '');
    this.list.requestUpdate();
  }

  loadMore(): Promise<void> {
    return this.paging.loadMore();
  }

  unblock(channel: Channel): Promise<void> {
    const target = this.addresses.find((entry) => entry.channel === channel && entry.blocked && !entry.unsubscribed);
    if (!target) return Promise.reject(new Error(`There is no blocked ${channel} address to unblock.`));
    return this.unblocking.unblock({ contactId: this.list.contactId, channel, address: target.address });
  }

  settle(channel: Channel, error?: Error): void {
    this.unblocking.settle(this.list.contactId, channel, error);
  }

  /** The server said the address is unblocked: every source that said blocked now says otherwise. */
  private showUnblocked(channel: Channel, address: string): void {
    const { list } = this;
    this.unblockedHere.add(unblockKey(channel, address));
    // Answers shown or shared before the unblock no longer say blocked.
    const { history, historyInputs } = this.internals;
    const { client, contactId } = historyInputs();
    client?.forget(contactId);
    if (history.latest) history.latest = withUnblocked(history.latest, channel);
    const own = list.contact?.[channel];
    if (own) list.contact = { ...list.contact, [channel]: { ...own, blocked: false } };
    if (channel === 'email' && list.emailBlocked) list.emailBlocked = false;
    if (channel === 'sms' && list.phoneBlocked) list.phoneBlocked = false;
  }

  private sharedTip(): HTMLElement | null {
    return this.list.renderRoot.querySelector<HTMLElement>('.tooltip.shared');
  }

  /** The shared tooltip shows what a row's chip is described by: its explanation and the server's reason. */
  private fillTip(chip: Element): void {
    const tip = this.sharedTip();
    if (!tip || !chip.matches('.chip')) return;
    this.tipFor = chip;
    const root = this.list.renderRoot as ShadowRoot;
    const ids = (chip.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const copies = ids.map((id) => root.getElementById(id)?.cloneNode(true) as Element | undefined);
    tip.replaceChildren(...copies.filter((copy) => !!copy).map((copy) => (copy.removeAttribute('id'), copy)));
  }
}
