import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { CHANNELS, type Channel, type Contact, type Fetcher, type Message, type MessagePage } from './data/types.js';
import { addressStates, unblockKey, type AddressState } from './data/address-state.js';
import { requestUnblock } from './data/unblock.js';
import { UnblockController, type UnblockDetail } from './internal/unblock-controller.js';
import { MessageLoadError } from './data/errors.js';
import {
  VOYADO_MAX_COUNT,
  loadMessages,
  loadNextPages,
  mergePages,
  type LoadMessagesResult,
} from './data/load-messages.js';
import { readMessageItems } from './data/parse.js';
import { NO_FILTER, filterMessages, type MessageFilter, type StatusFilter } from './data/filter-messages.js';
import { describeStatus } from './statuses/describe.js';
import { resolveLanguage } from './statuses/language.js';
import { RefreshTimer } from './internal/refresh-timer.js';
import { icon } from './internal/icons.js';
import { formatTime } from './internal/format-time.js';
import { formatRelativeTime } from './internal/relative-time.js';
import { TickController } from './internal/tick-controller.js';
import { TimeHintController } from './internal/time-hint-controller.js';
import { pickAnnouncement, type Announcement, type ListSnapshot } from './internal/announcement.js';
import { LangController } from './internal/lang-controller.js';
import { TooltipController } from './internal/tooltip-controller.js';
import { chipLanguage } from './internal/chip-view.js';
import { renderRow, rowKey, type RowContext } from './internal/message-row.js';
import { UI_STRINGS, mergeStrings, uiText, type StringOverrides, type UiStrings } from './internal/ui-strings.js';
import { sharedConfigContext, type SharedConfig } from './internal/config-context.js';
import type { MessageClient } from './data/message-client.js';
import { themeStyles } from './internal/theme.styles.js';
import { listStyles } from './message-status-list.styles.js';
import { chipStyles } from './message-status-chip.styles.js';
import { errorTextKey } from './internal/error-text.js';
import { skippedNote } from './internal/skipped-note.js';
import { VIRTUALIZE_ABOVE, loadVirtualize, type Virtualize } from './internal/lazy-virtualize.js';
import { renderFilters, renderShowing, renderSummary, type FilterBarHost } from './internal/filter-bar.js';

export type { UnblockDetail, UnblockErrorDetail } from './internal/unblock-controller.js';

/** `loading` while a request is under way, `ready` once messages are shown, `error` when none could be loaded; `idle` with no contact or no endpoint. */
export type ListState = 'idle' | 'loading' | 'ready' | 'error';

export interface MessagesLoadDetail {
  contactId: string;
  messages: Message[];
  /** How many items could not be read and were left out (the list says so too); `0` when none. */
  skipped: number;
}

export interface MessagesErrorDetail {
  contactId: string;
  channel?: Channel;
  status?: number;
  message: string;
}

/**
 * Any failure as a load error. A TypeError is a bad endpoint template or URL (a set-up mistake): its
 * message says which, and quotes no URL.
 */
function asLoadError(error: unknown): MessageLoadError {
  if (error instanceof MessageLoadError) return error;
  if (error instanceof TypeError)
    return new MessageLoadError('network', error.message, { code: 'set-up', cause: error });
  return new MessageLoadError('network', 'The messages could not be loaded.', { cause: error });
}

/** A failed load, with the contact it was for. */
class ContactLoadFailure {
  constructor(
    readonly contactId: string,
    readonly error: unknown,
  ) {}
}

/** Rows shown while the virtualizer loads: about a scroll box's worth. */
const STAND_IN_ROWS = 12;

/** A row's identity across loads: ids are unique within a channel. */
function signalledAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A result as one page, for merging. */
function pageOf({ messages, contact, skipped }: LoadMessagesResult): MessagePage {
  return { messages, contact, skipped };
}

interface Shown extends LoadMessagesResult {
  contactId: string;
  /** Older pages were loaded on top of the first: a refresh of the first page keeps them. */
  extended?: boolean;
  /** Whether `errors` came from loading the first page or older ones, so Retry repeats the right thing. */
  errorsFrom?: 'load' | 'more';
  /** When this answer arrived (ms since the epoch), for the "Updated 3 minutes ago" line; absent for the `messages` property. */
  loadedAt?: number;
  /** The `count` last asked for when "Load more" re-asks a Voyado-shaped endpoint (no next links) for more. */
  askedCount?: number;
  /** Of `skipped`, the items left out of the older messages loaded since the first page: a refresh keeps those. */
  olderSkipped?: number;
}

/** The next `count` to ask a count-only endpoint for: twice as many (fewer re-downloads than steps), up to its limit. */
function grownCount(count: number): number {
  return Math.min(Math.max(count * 2, count + 1), VOYADO_MAX_COUNT);
}

/**
 * Fetches one contact's sent email and SMS messages and shows each with its
 * delivery status, explained in words on hover, focus or tap.
 *
 * @summary A contact's sent messages and what happened to each.
 *
 * @fires messages-load - Messages arrived and are shown. `detail: { contactId, messages, skipped }`; `skipped` counts the items that could not be read and were left out.
 * @fires messages-error - Loading failed, in whole or for one channel. `detail: { contactId, channel?, status?, message }`.
 * @fires unblock-request - The user confirmed an unblock. Cancelable: `preventDefault()` means the host does the request and then calls `markUnblocked(channel)` or `markUnblockFailed(channel, message)`. `detail: { contactId, channel, address }`.
 * @fires unblock-success - The unblock succeeded; the address is shown unblocked. `detail: { contactId, channel, address }`.
 * @fires unblock-error - The unblock failed; the address stays blocked and can be tried again. `detail: { contactId, channel, address, error }`.
 *
 * @csspart header - The contact's email address and phone number.
 * @csspart address - One address or number; also `blocked-address` when it is blocked, `unsubscribed-address` when unsubscribed.
 * @csspart blocked-address - A blocked address or number, besides `address`.
 * @csspart unsubscribed-address - An unsubscribed address or number, besides `address`.
 * @csspart unblock-button - The button that starts an unblock.
 * @csspart confirm-dialog - The confirmation asked before an unblock.
 * @csspart confirm-button - The dialog's button that confirms the unblock; `cancel-button` is its twin.
 * @csspart cancel-button - The dialog's button that keeps the address blocked.
 * @csspart summary - How many messages ended in each status.
 * @csspart filters - The channel, "only problems" and status filters and the search field.
 * @csspart filter-button - One filter button; `aria-pressed` tells whether it is on.
 * @csspart status-filter - The status drop-down among the filters.
 * @csspart search - The search field among the filters.
 * @csspart summary-button - One count in the summary; pressing it shows only that status (`aria-pressed`).
 * @csspart showing - The line saying how many of the loaded messages are shown.
 * @csspart scroller - The scroll box around a long list, whose rows are rendered only while in view.
 * @csspart list - The list of messages.
 * @csspart row - One message.
 * @csspart channel - The channel's icon and name.
 * @csspart name - The send-out's name.
 * @csspart text - An email's subject or an SMS's text.
 * @csspart time - When it was sent: how long ago for the last week (the date and time on hover and focus), else the date and time.
 * @csspart link - The link to view the message, when the server gave a safe one.
 * @csspart chip - A status chip; also `chip-<status>`, e.g. `chip-hard-bounce` (`chip-other` for a status the widget does not know), and `chip-pending` for a deferred or unknown one.
 * @csspart tooltip - A status explanation.
 * @csspart loading - The loading indicator.
 * @csspart empty - The text shown when there are no messages.
 * @csspart error - An error message, for the whole list or one channel.
 * @csspart skipped - The note saying how many messages could not be read and were left out.
 * @csspart retry-button - The button that tries loading again.
 * @csspart load-more-button - The button that loads older messages, when the server has more.
 * @csspart updated - The line saying when the messages were last loaded, with the refresh button.
 * @csspart refresh-button - The button that loads the messages again.
 *
 * @cssprop --msl-font - Font family.
 * @cssprop --msl-font-size - Base font size.
 * @cssprop --msl-text - Text colour; `--msl-muted` for secondary text.
 * @cssprop --msl-surface - Background; `--msl-surface-alt` for hover and placeholders.
 * @cssprop --msl-border - Border and divider colour.
 * @cssprop --msl-accent - Link colour.
 * @cssprop --msl-radius - Corner radius.
 * @cssprop --msl-spacing - Base spacing unit.
 * @cssprop --msl-success - Severity colours, each with a `-bg` twin: `--msl-success`, `--msl-warning`, `--msl-danger`, `--msl-neutral`.
 * @cssprop --msl-blocked - Colour of a blocked address.
 * @cssprop --msl-focus-ring - Colour of the keyboard focus ring.
 * @cssprop --msl-list-max-height - Height of the scroll box a long list (over 200 messages) shows its rows in; `none` lets the page scroll them. Default `32rem`.
 */
export class MessageStatusList extends LitElement {
  static override styles = [themeStyles, listStyles, chipStyles];

  /** The contact whose messages are shown; nothing is fetched without it. */
  @property({ attribute: 'contact-id' }) contactId = '';

  /** URL template: `{contactId}` and `{channel}` are replaced, URI-encoded. With `{channel}`, one request per channel. */
  @property() endpoint = '';

  /** Space-separated channels to fetch and show. */
  @property() channels = 'email sms';

  /** How many messages to ask for, sent as the `count` query parameter. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 100;

  /** Milliseconds before a request counts as failed. */
  @property({ type: Number }) timeout = 15000;

  /** Seconds between background refreshes; `0` is off. Paused while the page is hidden; never overlapping. */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 0;

  /** IANA time zone for the times shown; the browser's by default. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** `light` or `dark` forces a theme; by default the widget follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Where loading stands; reflected so CSS can follow it. */
  @property({ reflect: true }) state: ListState = 'idle';

  /** URL template (`{contactId}`, `{channel}`, `{address}`) the unblock is POSTed to, with `{ channel, address }` as JSON. Without it the host handles `unblock-request`. */
  @property({ attribute: 'unblock-endpoint' }) unblockEndpoint = '';

  /** The contact's email address, where the response does not carry it. */
  @property() email = '';

  /** The contact's phone number, where the response does not carry it. */
  @property() phone = '';

  /** The email address is blocked (where the response does not say). */
  @property({ attribute: 'email-blocked', type: Boolean }) emailBlocked?: boolean;

  /** The phone number is blocked (where the response does not say). */
  @property({ attribute: 'phone-blocked', type: Boolean }) phoneBlocked?: boolean;

  /** The contact unsubscribed from email (where the response does not say). */
  @property({ attribute: 'email-unsubscribed', type: Boolean }) emailUnsubscribed?: boolean;

  /** The contact unsubscribed from SMS (where the response does not say). */
  @property({ attribute: 'phone-unsubscribed', type: Boolean }) phoneUnsubscribed?: boolean;

  /** The contact's addresses and their states, where the response does not carry them: `{ email?: { address, blocked?, unsubscribed? }, sms?: {...} }`. */
  @property({ attribute: false }) contact?: Contact;

  /** Messages to show instead of fetching: the same item shapes as the endpoint's, any status spelling. */
  @property({ attribute: false }) messages?: readonly unknown[];

  /** Extra request options (headers, credentials). Never reflected into the DOM, an event or an error message. */
  @property({ attribute: false }) requestInit?: RequestInit;

  /** Replaces `fetch`, e.g. to route requests through the host's own client. */
  @property({ attribute: false }) fetcher?: Fetcher;

  /** Per-language overrides of any label or explanation: `{ en: { ui: {...}, statuses: {...} } }`. */
  @property({ attribute: false }) strings: StringOverrides = {};

  /** What an enclosing `<message-status-provider>` shares; the list's own settings win. */
  @consume({ context: sharedConfigContext, subscribe: true })
  @state()
  private shared?: SharedConfig;

  /** The settings in force: the list's own, else the provider's. Worked out once per update. */
  private settings: Omit<SharedConfig, 'client'> & { client?: MessageClient } = {
    endpoint: '',
    unblockEndpoint: '',
    timeZone: '',
    strings: {},
  };

  // Set by refresh(): the next load must ask the server, not reuse a shared answer.
  private freshLoad = false;

  @state() private shown?: Shown;
  @state() private failure?: { contactId: string; error: MessageLoadError };
  @state() private loadingMore = false;
  @state() private filter: MessageFilter = NO_FILTER;
  /** The virtualizer once loaded; until then a long list shows its first rows, and every row if it cannot load. */
  @state() private virtualize?: Virtualize;
  @state() private virtualizeFailed = false;
  private virtualizeWanted = false;
  private loadMoreAbort?: AbortController;
  private readonly refreshTimer = new RefreshTimer(this, () => {
    // Started by the timer, not by a person: the live region stays quiet unless something changed.
    this.quietLoad = true;
    void this.refresh();
  });
  @state() private confirming?: AddressState;
  /** Addresses unblocked in this session, so a history-inferred block does not come back on the next load. */
  private readonly unblockedHere = new Set<string>();

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly loader = new Task(this, {
    args: () =>
      [
        this.contactId,
        this.settings.endpoint,
        this.channelList.join(' '),
        this.pageSize,
        this.timeout,
        this.messages,
        this.settings.client,
      ] as const,
    task: async ([contactId, endpoint, , pageSize, timeout, messages, client], { signal }) => {
      if (messages || !contactId || !endpoint) return initialState;
      const fresh = this.freshLoad;
      this.freshLoad = false;
      const options = {
        endpoint,
        contactId,
        channels: this.channelList,
        pageSize,
        timeout,
        signal,
        fetcher: this.settings.fetcher,
        requestInit: this.settings.requestInit,
      };
      try {
        const result = await (client ? client.load({ ...options, fresh }) : loadMessages(options));
        return { ...result, contactId };
      } catch (error) {
        // Labelled with the contact it was asked for: contact-id may have changed while it was under way.
        throw new ContactLoadFailure(contactId, error);
      }
    },
    onComplete: (shown) => {
      this.showResult(shown);
      this.restartRefreshTimer();
    },
    onError: (failure) => {
      const { contactId, error } = failure as ContactLoadFailure;
      // An abort is not a failure: the list left the page, and loads again when it comes back.
      if (signalledAbort(error)) return;
      this.showFailure(contactId, error);
      this.restartRefreshTimer();
    },
  });

  private restartRefreshTimer(): void {
    if (this.isConnected) this.refreshTimer.restart(this.refreshInterval);
  }

  /** The `channels` attribute as a list, unknown names left out, never empty. */
  get channelList(): Channel[] {
    const wanted = this.channels.toLowerCase().split(/[\s,]+/);
    const list = CHANNELS.filter((channel) => wanted.includes(channel));
    return list.length ? list : [...CHANNELS];
  }

  /** Loads the messages again; resolves once they are shown (or the error is). */
  async refresh(): Promise<void> {
    if (this.messages || !this.contactId || !this.settings.endpoint) return;
    this.freshLoad = true;
    await this.loader.run();
    await this.updateComplete;
  }

  /** Whether "Load more" can get older messages: the server gave next links, or a full count-only answer below its limit. */
  private get hasMore(): boolean {
    const shown = this.shownForContact;
    if (!shown || this.messages) return false;
    return !!shown.next || (!!shown.full && this.countAsked(shown) < VOYADO_MAX_COUNT);
  }

  private countAsked(shown: Shown): number {
    return shown.askedCount ?? this.pageSize;
  }

  /**
   * Loads older messages, when the server has more: follows its next links, or (Voyado's shape, which only
   * takes a `count`) asks again for more, up to 500.
   */
  async loadMore(): Promise<void> {
    const shown = this.shown;
    if (this.loadingMore || !this.hasMore || !shown || shown.contactId !== this.contactId) return;
    const abort = new AbortController();
    this.loadMoreAbort = abort;
    this.loadingMore = true;
    const options = {
      channels: this.channelList,
      signal: abort.signal,
      timeout: this.timeout,
      fetcher: this.settings.fetcher,
      requestInit: this.settings.requestInit,
    };
    const askedCount = shown.next ? shown.askedCount : grownCount(this.countAsked(shown));
    try {
      const more = shown.next
        ? await loadNextPages(shown.next, options)
        : await loadMessages({
            ...options,
            endpoint: this.settings.endpoint,
            contactId: shown.contactId,
            pageSize: askedCount!,
          });
      const current = this.shown!;
      // The new answer first: where both have a message, its status is the newer one.
      const pages = shown.next ? [pageOf(current), pageOf(more)] : [pageOf(more), pageOf(current)];
      const merged = mergePages(pages, this.channelList);
      // A channel that failed keeps its link, so trying again asks for the same page.
      const kept = more.errors.flatMap((error) => {
        const link = error.channel && current.next?.[error.channel];
        return link ? [[error.channel, link]] : [];
      });
      const next = { ...Object.fromEntries(kept), ...more.next };
      const firstSkipped = (current.skipped ?? 0) - (current.olderSkipped ?? 0);
      // A next link's page adds to what is shown; a count-only endpoint's larger answer holds the first page again.
      const olderSkipped = shown.next
        ? (current.olderSkipped ?? 0) + (more.skipped ?? 0)
        : Math.max(0, (more.skipped ?? 0) - firstSkipped);
      this.shown = {
        ...current,
        ...merged,
        skipped: firstSkipped + olderSkipped || undefined,
        olderSkipped,
        next: Object.keys(next).length ? next : undefined,
        full: more.full,
        askedCount,
        errors: more.errors,
        errorsFrom: 'more',
        extended: true,
      };
      await this.updateComplete;
      this.emitLoaded(current.contactId, more.errors);
    } catch (error) {
      if (abort.signal.aborted) return;
      const loadError = asLoadError(error);
      this.shown = { ...this.shown!, errors: [loadError], errorsFrom: 'more' };
      await this.updateComplete;
      this.emitError(shown.contactId, loadError);
    } finally {
      if (this.loadMoreAbort === abort) this.loadingMore = false;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: finish the load that leaving aborted, and refresh again.
    if (!this.hasUpdated) return;
    if (this.loader.status === TaskStatus.ERROR && signalledAbort((this.loader.error as ContactLoadFailure).error)) {
      void this.loader.run();
    } else {
      this.restartRefreshTimer();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A list taken out of the page must not finish a request nobody will see.
    this.loader.abort();
    this.loadMoreAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const shared = this.shared;
    this.settings = {
      endpoint: this.endpoint || shared?.endpoint || '',
      unblockEndpoint: this.unblockEndpoint || shared?.unblockEndpoint || '',
      timeZone: this.timeZone || shared?.timeZone || '',
      requestInit: this.requestInit ?? shared?.requestInit,
      fetcher: this.fetcher ?? shared?.fetcher,
      strings: shared ? mergeStrings(shared.strings, this.strings) : this.strings,
      client: shared?.client,
    };
    // A language the host added through `strings` counts as one the widget speaks (built-in texts fill its gaps).
    this.language = this.langController.resolve([...Object.keys(UI_STRINGS), ...Object.keys(this.settings.strings)]);
    this.rowContext = {
      lang: this.language,
      timeZone: this.settings.timeZone,
      chips: chipLanguage((available) => resolveLanguage(this.language, available), this.settings.strings),
      now: this.ticks.now(),
      text: (key, values) => this.text(key, values),
    };
    if (changed.has('refreshInterval') && changed.get('refreshInterval') !== undefined) {
      this.refreshTimer.restart(this.refreshInterval);
    }
    if (changed.has('contactId') && changed.get('contactId') !== undefined) {
      this.loadMoreAbort?.abort();
      this.loadingMore = false;
      this.filter = NO_FILTER;
      this.unblocking.reset();
      // A confirmation for the previous contact must not stay open, empty, over the page.
      this.dialog?.close();
      this.confirming = undefined;
    }
    if (changed.has('messages') || changed.has('channels')) {
      if (this.messages) this.showGivenMessages(this.messages);
    }
    this.state = this.currentState();
    if (!this.virtualizeWanted && (this.shown?.messages.length ?? 0) > VIRTUALIZE_ABOVE) {
      this.virtualizeWanted = true;
      // Never in this first update, even when already loaded: the virtualizer finds its scroll box when it
      // starts, so the list must be in the page by then. The next update (a microtask away) starts it.
      loadVirtualize().then(
        (virtualize) => (this.virtualize = virtualize),
        // Without it every row is rendered: slower, but nothing is missing.
        () => (this.virtualizeFailed = true),
      );
    }
    this.updateAnnouncement();
  }

  private currentState(): ListState {
    if (this.messages) return 'ready';
    if (!this.contactId || !this.settings.endpoint) return 'idle';
    if (this.loader.status === TaskStatus.PENDING) return 'loading';
    const showing = this.shown?.contactId === this.contactId;
    // A failed refresh keeps the rows it could not update; only a contact with nothing to show is in error.
    if (this.failure?.contactId === this.contactId && this.loader.status === TaskStatus.ERROR && !showing)
      return 'error';
    return showing ? 'ready' : 'loading';
  }

  /** What is shown, when it belongs to the current contact (or to the `messages` property). */
  private get shownForContact(): Shown | undefined {
    return this.shown?.contactId === this.contactId || this.messages ? this.shown : undefined;
  }

  private showGivenMessages(items: readonly unknown[]): void {
    const list = Array.isArray(items) ? items : [];
    const merged = mergePages([readMessageItems(list)], this.channelList);
    this.shown = { ...merged, contactId: this.contactId, errors: [] };
  }

  private showResult(result: Shown): void {
    const { contactId } = result;
    const previous = this.shown?.contactId === contactId ? this.shown : undefined;
    // A refresh keeps what it could not renew: the older pages loaded since, and the rows of a channel that failed.
    const failedChannels = new Set(result.errors.map((error) => error.channel));
    const kept = previous?.messages.filter((message) => previous.extended || failedChannels.has(message.channel)) ?? [];
    const merged = kept.length ? mergePages([pageOf(result), { messages: kept }], this.channelList) : result;
    this.shown = {
      ...result,
      messages: merged.messages,
      ...(previous?.extended && {
        next: previous.next,
        full: previous.full,
        askedCount: previous.askedCount,
        skipped: (result.skipped ?? 0) + (previous.olderSkipped ?? 0) || undefined,
        olderSkipped: previous.olderSkipped,
        extended: true,
      }),
      errorsFrom: 'load',
      loadedAt: this.ticks.now(),
    };
    this.failure = undefined;
    void this.updateComplete.then(() => this.emitLoaded(contactId, result.errors));
  }

  /** `messages-load` with what is now shown, then a `messages-error` for each part that failed. */
  private emitLoaded(contactId: string, errors: readonly MessageLoadError[]): void {
    const { messages = [], skipped = 0 } = this.shown ?? {};
    this.emit<MessagesLoadDetail>('messages-load', { contactId, messages, skipped });
    for (const error of errors) this.emitError(contactId, error);
  }

  private showFailure(contactId: string, error: unknown): void {
    const loadError = asLoadError(error);
    this.failure = { contactId, error: loadError };
    void this.updateComplete.then(() => this.emitError(contactId, loadError));
  }

  private emitError(contactId: string, error: MessageLoadError): void {
    this.emit<MessagesErrorDetail>('messages-error', {
      contactId,
      ...(error.channel && { channel: error.channel }),
      ...(error.status !== undefined && { status: error.status }),
      message: error.message,
    });
  }

  private emit<T>(type: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** The contact's addresses with their states, from the response first, then the `contact` property, then the attributes. */
  get addresses(): AddressState[] {
    const shown = this.shownForContact;
    const fromAttributes: Contact = {
      email: { address: this.email, blocked: this.emailBlocked, unsubscribed: this.emailUnsubscribed },
      sms: { address: this.phone, blocked: this.phoneBlocked, unsubscribed: this.phoneUnsubscribed },
    };
    return addressStates(
      [shown?.contact, this.contact, fromAttributes],
      shown?.messages ?? [],
      this.channelList,
      this.unblockedHere,
    );
  }

  /**
   * Unblocks the contact's address on a channel, without asking (the button asks first): fires the
   * cancelable `unblock-request`, then POSTs to `unblock-endpoint` unless the host took it over.
   * A second call while one is under way gets the same promise, so one request is sent.
   */
  unblock(channel: Channel): Promise<void> {
    const target = this.addresses.find((entry) => entry.channel === channel && entry.blocked && !entry.unsubscribed);
    if (!target) return Promise.reject(new Error(`There is no blocked ${channel} address to unblock.`));
    return this.unblocking.unblock({ contactId: this.contactId, channel, address: target.address });
  }

  /** After the host handled `unblock-request` itself: the server unblocked the address. */
  markUnblocked(channel: Channel): void {
    this.unblocking.settle(this.contactId, channel);
  }

  /** After the host handled `unblock-request` itself: the unblock failed, for this reason. */
  markUnblockFailed(channel: Channel, message: string): void {
    this.unblocking.settle(this.contactId, channel, new Error(message));
  }

  private readonly unblocking = new UnblockController(this, {
    send: ({ contactId, channel, address }: UnblockDetail) => {
      const { unblockEndpoint: endpoint, fetcher, requestInit } = this.settings;
      if (!endpoint) return Promise.reject(new Error(this.text('unblockNotSetUp')));
      return requestUnblock({
        endpoint,
        contactId,
        channel,
        address,
        fetcher,
        requestInit,
        timeout: this.timeout,
      });
    },
    succeeded: ({ channel, address }: UnblockDetail) => this.showUnblocked(channel, address),
  });

  /** The server said the address is unblocked: every source that said blocked now says otherwise. */
  private showUnblocked(channel: Channel, address: string): void {
    this.unblockedHere.add(unblockKey(channel, address));
    // Answers shared through a provider predate the unblock.
    this.settings.client?.forget(this.contactId);
    const unblock = (contact?: Contact): Contact | undefined =>
      contact?.[channel] ? { ...contact, [channel]: { ...contact[channel], blocked: false } } : contact;
    if (this.shown) this.shown = { ...this.shown, contact: unblock(this.shown.contact) };
    this.contact = unblock(this.contact);
    if (channel === 'email' && this.emailBlocked) this.emailBlocked = false;
    if (channel === 'sms' && this.phoneBlocked) this.phoneBlocked = false;
  }

  private async askToUnblock(address: AddressState): Promise<void> {
    if (this.unblocking.progress(address.channel)?.phase === 'pending') return;
    this.confirming = address;
    await this.updateComplete;
    // A double click must not open it twice: showModal() on an open dialog throws.
    if (this.dialog && !this.dialog.open) {
      // returnValue outlives a close: Escape after an earlier confirm must not read as a confirm.
      this.dialog.returnValue = '';
      this.dialog.showModal();
    }
  }

  private onDialogClose(): void {
    const confirmed = this.dialog?.returnValue === 'confirm';
    const address = this.confirming;
    this.confirming = undefined;
    if (confirmed && address) this.unblock(address.channel).catch(() => undefined);
  }

  private readonly langController = new LangController(this);

  /** The language in force, worked out once per update (it walks up the tree): every text of a render reads it. */
  private language = 'en';

  private text(key: keyof UiStrings, values: Record<string, string | number> = {}): string {
    return uiText(this.settings.strings, this.language, key, values);
  }

  protected override render() {
    return html`${this.renderHeader()}${this.renderBody()}${this.renderUpdated()}${this.renderLiveRegion()}${this.renderConfirmation()}`;
  }

  private renderHeader() {
    const addresses = this.addresses;
    if (!addresses.length) return nothing;
    // A group, not a <header>: one banner landmark per list would crowd a page of lists.
    return html`<div class="header" part="header" role="group" aria-label=${this.text('contactLabel')}>
      ${addresses.map((address) => this.renderAddress(address))}
    </div>`;
  }

  private renderAddress(address: AddressState) {
    const progress = this.unblocking.progress(address.channel);
    const ours = progress?.address === address.address ? progress : undefined;
    const pending = ours?.phase === 'pending';
    const { blocked, unsubscribed } = address;
    const parts = ['address', blocked && 'blocked-address', unsubscribed && 'unsubscribed-address'];
    const values = { address: address.address };
    return html`<div class="address-line">
      <span class="channel-icon" title=${this.text(address.channel)}>${icon(address.channel)}</span>
      <span
        class="address ${blocked && !unsubscribed ? 'blocked' : ''} ${unsubscribed ? 'unsubscribed' : ''}"
        part=${parts.filter(Boolean).join(' ')}
        ><span class="visually-hidden">${this.text(address.channel)}: </span
        ><span class="value">${address.address}</span></span
      >
      ${unsubscribed ? html`<span class="tag">${this.text('unsubscribed')}</span>` : nothing}
      ${
        blocked
          ? html`<span class="tag danger">${this.text(address.inferred ? 'blockedInferred' : 'blocked')}</span>`
          : nothing
      }
      ${
        blocked && !unsubscribed
          ? html`<button
              type="button"
              class="button small"
              part="unblock-button"
              aria-label=${this.text(pending ? 'unblockingLabel' : 'unblockLabel', values)}
              aria-disabled=${pending ? 'true' : 'false'}
              @click=${() => !pending && this.askToUnblock(address)}
            >
              ${this.text(pending ? 'unblocking' : 'unblock')}
            </button>`
          : nothing
      }
      ${
        ours?.phase === 'failed'
          ? html`<p class="unblock-note error" part="error">
              ${this.text('unblockFailed', { ...values, message: this.errorSentence(ours.error, 'unblock') })}
              ${ours.error instanceof MessageLoadError ? this.renderTechnicalDetails(ours.error) : nothing}
            </p>`
          : ours?.phase === 'done'
            ? html`<p class="unblock-note">${this.text('unblocked', values)}</p>`
            : nothing
      }
    </div>`;
  }

  /** What went wrong, in the reader's language; a host's own message (markUnblockFailed) as the host wrote it. */
  private errorSentence(error: Error, action: 'load' | 'unblock' = 'load'): string {
    return error instanceof MessageLoadError
      ? this.text(errorTextKey(error, action), { status: error.status ?? '' })
      : error.message;
  }

  private renderTechnicalDetails(error: MessageLoadError) {
    return html`<details class="details">
      <summary>${this.text('technicalDetails')}</summary>
      <code>${error.message}</code>
    </details>`;
  }

  private renderConfirmation() {
    const address = this.confirming;
    return html`<dialog part="confirm-dialog" aria-labelledby="confirm-title" @close=${this.onDialogClose}>
      ${
        address
          ? html`<form method="dialog">
              <h2 id="confirm-title">${this.text('unblockTitle', { address: address.address })}</h2>
              <p>${this.text('unblockWarning')}</p>
              <p>${this.text('unblockSoftBounces')}</p>
              <div class="dialog-buttons">
                <button class="button" part="cancel-button" value="cancel" autofocus>${this.text('cancel')}</button>
                <button class="button danger" part="confirm-button" value="confirm">
                  ${this.text('unblockConfirm')}
                </button>
              </div>
            </form>`
          : nothing
      }
    </dialog>`;
  }

  private renderBody() {
    switch (this.state) {
      case 'idle':
        return html`<p class="notice" part="empty">${this.text(this.contactId ? 'notSetUp' : 'noContact')}</p>`;
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderNotice(this.text('errorTitle'), this.failure!.error, () => this.refresh(), true);
      default:
        return this.renderMessages(this.shownForContact);
    }
  }

  private renderLoading() {
    // A background refresh keeps the rows on screen; only a first load shows placeholders.
    if (this.shown?.contactId === this.contactId) return this.renderMessages(this.shown, true);
    // aria-busy only on the placeholders: on the wrapper it could keep the status from being announced.
    return html`<div part="loading">
      <p class="notice">${this.text('loading')}</p>
      <div class="skeleton" aria-hidden="true" aria-busy="true"><span></span><span></span><span></span></div>
    </div>`;
  }

  private renderMessages(shown: Shown | undefined, busy = false) {
    const messages = shown?.messages ?? [];
    const lang = this.language;
    const refreshFailure = this.failure?.contactId === this.contactId ? this.failure.error : undefined;
    return html`${
      refreshFailure ? this.renderNotice(this.refreshFailedLead(shown), refreshFailure, () => this.refresh()) : nothing
    }
    ${shown?.errors.map((error) =>
      // An error from loading older pages is mended by loading them again, not by starting over.
      this.renderNotice(this.partialErrorLead(shown, error), error, () =>
        shown.errorsFrom === 'more' ? this.loadMore() : this.refresh(),
      ),
    )}
    ${skippedNote(shown?.skipped, (key, values) => this.text(key, values))}
    ${
      messages.length
        ? html`${this.renderFilteredList(messages, lang, busy)} ${this.renderLoadMore(shown!)}`
        : shown?.skipped
          ? nothing
          : html`<p class="notice" part="empty">${this.text('empty')}</p>`
    }`;
  }

  /** What failed while other messages are shown: one channel, or loading older or newer ones. */
  private partialErrorLead(shown: Shown, error: MessageLoadError): string {
    if (error.channel) return this.text('channelFailed', { channel: this.text(error.channel) });
    return this.text(shown.errorsFrom === 'more' ? 'loadMoreFailed' : 'refreshFailed');
  }

  /** A failed refresh leaves older rows on screen: say so, and from when they are. */
  private refreshFailedLead(shown: Shown | undefined): string {
    const failed = this.text('refreshFailed');
    const at = shown?.loadedAt;
    if (!at) return failed;
    return `${failed} ${this.text('staleSince', { time: formatTime(new Date(at), this.language, this.settings.timeZone) })}`;
  }

  private renderFilteredList(messages: readonly Message[], lang: string, busy: boolean) {
    const { channel, search, problemsOnly, status } = this.filter;
    // The summary counts what the channel and the search let through, not its own status choice:
    // pressing one of its buttons must not make the others vanish.
    const counted = filterMessages(messages, { ...NO_FILTER, channel, search }, lang);
    const filtered = filterMessages(counted, { ...NO_FILTER, problemsOnly, status }, lang);
    const bar = this.filterBar(lang);
    return html`${renderFilters(bar, messages)} ${counted.length ? renderSummary(bar, counted) : nothing}
    ${renderShowing(bar, filtered.length, messages.length)}
    ${
      filtered.length
        ? this.renderRows(filtered, busy)
        : html`<p class="notice" part="empty">
            ${this.text('noMatches')}
            <button type="button" class="button small" @click=${() => (this.filter = NO_FILTER)}>
              ${this.text('showAll')}
            </button>
          </p>`
    }`;
  }

  /**
   * The rows, keyed by channel and id so a refresh that changed one status touches that row only.
   * A long list renders only the rows in view, in a scroll box of its own.
   */
  private renderRows(messages: readonly Message[], busy: boolean) {
    const list = (rows: unknown, virtual = false) =>
      html`<ul
        class="list ${virtual ? 'virtual' : ''}"
        part="list"
        aria-label=${this.text('listLabel')}
        aria-busy=${busy ? 'true' : 'false'}
      >
        ${rows}
      </ul>`;
    if (messages.length <= VIRTUALIZE_ABOVE) {
      return list(repeat(messages, rowKey, (message) => renderRow(message, this.rowContext)));
    }
    const virtualize = this.virtualize;
    // Until the virtualizer has loaded (a moment), the first rows stand in; if it cannot load, every row.
    const rows = virtualize
      ? virtualize({
          items: messages as Message[],
          keyFunction: rowKey,
          // Only some rows are in the page: each says where it sits, so a screen reader can say "row 812 of 10,000".
          renderItem: (message, index) => renderRow(message, this.rowContext, { index, size: messages.length }),
        })
      : repeat(this.virtualizeFailed ? messages : messages.slice(0, STAND_IN_ROWS), rowKey, (message) =>
          renderRow(message, this.rowContext),
        );
    // The box, not the page, scrolls: the virtualizer finds it as the rows' nearest scrolling ancestor.
    // tabindex="-1": Firefox makes a scroll box a Tab stop of its own; the rows' chips and links are the stops.
    return html`<div class="scroller" part="scroller" tabindex="-1">${list(rows, !!virtualize)}</div>`;
  }

  /** What the filter bar and the summary read and change of this list. */
  private filterBar(lang: string): FilterBarHost {
    return {
      filter: this.filter,
      setFilter: (change) => (this.filter = { ...this.filter, ...change }),
      text: (key, values) => this.text(key, values),
      statusLabel: (key) => this.summaryLabel(key, lang),
      channels: this.channelList,
    };
  }

  private summaryLabel(key: StatusFilter, lang: string): string {
    const overrides = this.settings.strings[lang]?.statuses;
    return key === 'other' ? this.text('summaryOther') : describeStatus(key, 'email', { lang, overrides }).label;
  }

  /** An error in the reader's language, its technical message one click away (for whoever fixes it). */
  private renderNotice(lead: string, error: MessageLoadError, retry: () => unknown, whole = false) {
    return html`<div class="notice error ${whole ? '' : 'partial'}" part="error">
      ${icon('alert')}
      <span class="message"
        ><strong>${lead}</strong> ${this.errorSentence(error)} ${this.renderTechnicalDetails(error)}</span
      >
      <button type="button" class="button" part="retry-button" @click=${retry}>${this.text('retry')}</button>
    </div>`;
  }

  /** Once older messages were asked for and no more can come: that everything is here, or the server's limit. */
  private endOfHistory(shown: Shown | undefined): string | undefined {
    if (!shown || this.hasMore || !(shown.full || shown.extended)) return undefined;
    return this.text(shown.full ? 'limitReached' : 'allLoaded', { count: shown.messages.length });
  }

  /** "Load more" while the server has more; once it has not, a word that everything is here (the live region says it too). */
  private renderLoadMore(shown: Shown) {
    if (!this.hasMore) {
      const end = this.endOfHistory(shown);
      return end ? html`<p class="load-more-note">${end}</p>` : nothing;
    }
    return html`<div class="load-more">
      <button
        type="button"
        class="button"
        part="load-more-button"
        aria-disabled=${this.loadingMore ? 'true' : 'false'}
        @click=${() => this.loadMore()}
      >
        ${this.loadingMore ? this.text('loadingMore') : this.text('loadMore')}
      </button>
    </div>`;
  }

  private readonly ticks = new TickController(this);

  /** What every row reads, worked out once per update. */
  private rowContext!: RowContext;

  // One controller for every chip in the rows, through event delegation; protected only because nothing reads it.
  protected readonly chipTips = new TooltipController(this, {
    root: () => this.renderRoot,
    chipOf: (target) => (target instanceof Element ? (target.closest('.chip-box') ?? undefined) : undefined),
    partsOf: (chip) => ({
      trigger: chip.querySelector<HTMLElement>('.chip'),
      tip: chip.querySelector<HTMLElement>('.tooltip'),
    }),
  });
  // Protected only because nothing reads it: it works through its listeners.
  protected readonly timeHints = new TimeHintController(this);

  /** "Updated 3 minutes ago", with a button to load again; only for fetched messages. */
  private renderUpdated() {
    const shown = this.shownForContact;
    if (this.messages || !shown?.loadedAt || (this.state !== 'ready' && this.state !== 'loading')) return nothing;
    const lang = this.language;
    const loadedAt = new Date(shown.loadedAt);
    const when =
      formatRelativeTime(loadedAt, this.ticks.now(), lang) ?? formatTime(loadedAt, lang, this.settings.timeZone);
    const busy = this.state === 'loading';
    return html`<div class="updated" part="updated">
      <time datetime=${loadedAt.toISOString()}>${this.text('updated', { time: when })}</time>
      <button
        type="button"
        class="button small"
        part="refresh-button"
        aria-label=${this.text(busy ? 'refreshing' : 'refreshLabel')}
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => !busy && this.refresh()}
      >
        ${this.text(busy ? 'refreshing' : 'refresh')}
      </button>
    </div>`;
  }

  // Set when the background timer starts a load; cleared once that load is over.
  private quietLoad = false;
  private lastSnapshot?: ListSnapshot;
  @state() private liveText = '';

  /** Works out, after each change, whether the live region has something new to say. */
  private updateAnnouncement(): void {
    const shown = this.shownForContact;
    const snapshot: ListSnapshot = {
      state: this.state,
      rowsShown: !!shown?.messages.length,
      quiet: this.quietLoad,
      shown,
      count: shown?.messages.length ?? 0,
      refreshFailure: this.failure?.contactId === this.contactId && shown ? this.failure : undefined,
      loadingMore: this.loadingMore,
      unblocks: CHANNELS.map((channel) => this.unblocking.progress(channel)),
      filter: this.filter,
    };
    const announcement = pickAnnouncement(this.lastSnapshot, snapshot);
    if (this.state !== 'loading') this.quietLoad = false;
    snapshot.quiet = this.quietLoad;
    this.lastSnapshot = snapshot;
    if (announcement) this.liveText = this.announcementText(announcement);
  }

  private announcementText(announcement: Announcement): string {
    const failure = this.failure?.error;
    switch (announcement.kind) {
      case 'loading':
        return this.text('loading');
      case 'loading-more':
        return this.text('loadingMore');
      case 'error':
        return failure ? `${this.text('errorTitle')} ${this.errorSentence(failure)}` : this.text('errorTitle');
      case 'refresh-failed':
        return failure ? `${this.text('refreshFailed')} ${this.errorSentence(failure)}` : this.text('refreshFailed');
      case 'loaded': {
        const { count } = announcement;
        const messages = this.text(count === 1 ? 'messageCountOne' : 'messageCountOther', { count });
        const shown = this.shownForContact;
        const problems = (shown?.errors ?? []).map(
          (error) => `${this.partialErrorLead(shown!, error)} ${this.errorSentence(error)}`,
        );
        const end = this.endOfHistory(this.shownForContact);
        return [this.text('loadedAnnouncement', { messages }), ...problems, ...(end ? [end] : [])].join(' ');
      }
      case 'filtered': {
        const messages = this.shownForContact?.messages ?? [];
        const shown = filterMessages(messages, this.filter, this.language).length;
        return this.text('showingCount', { shown, total: messages.length });
      }
      case 'unblock': {
        const progress = this.unblocking.progress(CHANNELS[announcement.channel]);
        if (!progress) return this.liveText;
        const address = progress.address;
        if (progress.phase === 'pending') return this.text('unblockingLabel', { address });
        if (progress.phase === 'done') return this.text('unblocked', { address });
        return this.text('unblockFailed', { address, message: this.errorSentence(progress.error, 'unblock') });
      }
    }
  }

  /** One polite live region, always in the page, so that what it says is announced once. */
  private renderLiveRegion() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.liveText}
    </div>`;
  }
}
