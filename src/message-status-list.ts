import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Channel, Contact, Fetcher } from './data/types.js';
import { addressStates, unblockKey, type AddressState } from './data/address-state.js';
import { requestUnblock } from './data/unblock.js';
import { EMAIL_SOFT_BOUNCES, NO_FILTER, showsEmailSoftBounces, type MessageFilter } from './data/filter-messages.js';
import { HistoryController } from './internal/history-controller.js';
import type { ListState } from './internal/list-state.js';
import { UnblockController } from './internal/unblock-controller.js';
import { UnblockConfirmation } from './internal/unblock-confirmation.js';
import { LiveRegion } from './internal/live-region.js';
import { FocusKeeper } from './internal/focus-keeper.js';
import { attributeContact, parseChannels, resolveSettings, type ListSettings } from './internal/list-settings.js';
import { TickController } from './internal/tick-controller.js';
import { TimeHintController } from './internal/time-hint-controller.js';
import { TimeFormatWarmup } from './internal/time-format-warmup.js';
import { LangController } from './internal/lang-controller.js';
import { TooltipController } from './internal/tooltip-controller.js';
import { LazyVirtualizer } from './internal/lazy-virtualize.js';
import { UI_STRINGS, uiText, type StringOverrides, type Text } from './internal/ui-strings.js';
import { sharedConfigContext, type SharedConfig } from './internal/config-context.js';
import { listStyles } from './message-status-list.styles.js';
import { regionLabel, renderAddressHeader } from './views/address-header.js';
import { renderUnblockDialog } from './views/unblock-dialog.js';
import { renderEmpty, renderErrorNotice, renderLoading, renderUpdated } from './views/notices.js';
import { summaryLabel } from './views/filter-bar.js';
import { renderHistory, type HistoryViewHost } from './views/history-view.js';
import { rowChipTargets, rowContext, rowState, type RowContext } from './views/message-row.js';
import { focusHolding, focusLanding } from './views/focus-landing.js';

export type { ListState } from './internal/list-state.js';
export type { MessagesErrorDetail, MessagesLoadDetail, UnblockDetail, UnblockErrorDetail } from './events.js';

/**
 * Fetches one contact's sent email and SMS messages and shows each with its
 * delivery status, explained in words on hover, focus or tap.
 *
 * @summary A contact's sent messages and what happened to each.
 *
 * @fires messages-load - Messages arrived and are shown. `detail: { contactId, messages, skipped }`; `skipped` counts the items that could not be read and were left out.
 * @fires messages-error - Loading failed, in whole or for one channel. `detail: { contactId, channel?, status?, message }`.
 * @fires unblock-request - The user confirmed an unblock. Cancelable: `preventDefault()` means the host does the request and then calls `markUnblocked(channel)` or `markUnblockFailed(channel, message)`. `detail: { contactId, channel, address, idempotencyKey }`.
 * @fires unblock-success - The unblock succeeded; the address is shown unblocked. `detail: { contactId, channel, address }`.
 * @fires unblock-error - The unblock failed; the address stays blocked and can be tried again. `detail: { contactId, channel, address, error }`.
 *
 * @csspart header - The contact's email address and phone number.
 * @csspart address - One address or number; also `blocked-address` when it is blocked, `unsubscribed-address` when unsubscribed.
 * @csspart blocked-address - A blocked address or number, besides `address`.
 * @csspart unsubscribed-address - An unsubscribed address or number, besides `address`.
 * @csspart address-warning - The line warning that an email address's soft bounces near the block limit, with its explanation and a button showing those bounces.
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
 * @csspart show-more-button - A row's button that opens (and closes) its clamped long text.
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
  static override styles = listStyles;

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

  /** Seconds between background refreshes; `0` is off, at least 10. Paused while hidden or offline; never overlapping; backs off after failures. */
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

  /** How many soft bounces within `soft-bounce-days`, with nothing delivered between, block an email address (inferred where no source states the block; the address line warns from half). Default 10, Voyado's rule. */
  @property({ attribute: 'soft-bounce-limit', type: Number }) softBounceLimit?: number;

  /** The window, in days, that `soft-bounce-limit` soft bounces must fall within. Default 90. */
  @property({ attribute: 'soft-bounce-days', type: Number }) softBounceDays?: number;

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

  @state() private filter: MessageFilter = NO_FILTER;
  /** The settings in force, the language, what every row reads and the addresses: worked out once per update. */
  private settings: ListSettings = resolveSettings(this, undefined);
  private language = 'en';
  private rowContext!: RowContext;
  private shownAddresses: AddressState[] = [];
  /** Addresses unblocked in this session, so a history-inferred block does not come back on the next load. */
  private readonly unblockedHere = new Set<string>();
  private readonly ticks = new TickController(this);
  private readonly langController = new LangController(this);
  private readonly history = new HistoryController(this, {
    inputs: () => {
      const { contactId, pageSize, timeout, refreshInterval, messages } = this;
      return { contactId, pageSize, timeout, refreshInterval, messages, ...this.settings, channels: this.channelList };
    },
    now: () => this.ticks.now(),
  });
  private readonly unblocking = new UnblockController(this, {
    send: (detail, idempotencyKey) => {
      const { unblockEndpoint: endpoint, fetcher, requestInit } = this.settings;
      if (!endpoint) return Promise.reject(new Error(this.text('unblockNotSetUp')));
      return requestUnblock({ ...detail, endpoint, fetcher, requestInit, timeout: this.timeout, idempotencyKey });
    },
    succeeded: ({ channel, address }) => this.showUnblocked(channel, address),
  });
  private readonly confirmation = new UnblockConfirmation(this, ({ channel }) => this.unblock(channel).catch(() => {}));
  private readonly virtualizer = new LazyVirtualizer(this);
  private readonly rows = rowState(this);
  private readonly liveRegion = new LiveRegion(this);
  // Protected only because nothing reads these: they work through their listeners (one for all row chips) or timer.
  protected readonly chipTips = new TooltipController(this, rowChipTargets(this));
  protected readonly timeHints = new TimeHintController(this);
  protected readonly focusKeeper = new FocusKeeper(this, focusLanding, focusHolding);
  protected readonly timeFormats = new TimeFormatWarmup(this, () => this.state === 'loading' && this.rowContext);

  /** The `channels` attribute as a list, unknown names left out, never empty. */
  get channelList(): Channel[] {
    return parseChannels(this.channels);
  }

  /** The contact's addresses with their states, from the response first, then the `contact` property, then the attributes. */
  get addresses(): AddressState[] {
    const shown = this.history.current;
    const sources = [shown?.contact, this.contact, attributeContact(this)];
    const check = { rule: this.settings.softBounceRule, now: this.ticks.now() };
    return addressStates(sources, shown?.messages ?? [], this.channelList, this.unblockedHere, check);
  }

  /** Loads the messages again; resolves once they are shown (or the error is). */
  refresh(): Promise<void> {
    return this.history.refresh();
  }

  /** Loads older messages when the server has more: its next links, or (Voyado) a larger `count`, up to 500. */
  loadMore(): Promise<void> {
    return this.history.loadMore();
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

  /** The server said the address is unblocked: every source that said blocked now says otherwise. */
  private showUnblocked(channel: Channel, address: string): void {
    this.unblockedHere.add(unblockKey(channel, address));
    this.history.unblocked(channel);
    const own = this.contact?.[channel];
    if (own) this.contact = { ...this.contact, [channel]: { ...own, blocked: false } };
    if (channel === 'email' && this.emailBlocked) this.emailBlocked = false;
    if (channel === 'sms' && this.phoneBlocked) this.phoneBlocked = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.settings = resolveSettings(this, this.shared);
    // A language the host added through `strings` counts as one the widget speaks (built-in texts fill its gaps).
    this.language = this.langController.resolve([...Object.keys(UI_STRINGS), ...Object.keys(this.settings.strings)]);
    this.rowContext = rowContext(this.language, this.settings, this.ticks.now(), this.text, this.rows);
    if (changed.has('refreshInterval') && changed.get('refreshInterval') !== undefined) this.history.restartTimer();
    if (changed.has('contactId') && changed.get('contactId') !== undefined) {
      this.history.contactChanged();
      this.filter = NO_FILTER;
      this.unblocking.reset();
      this.confirmation.cancel();
    }
    if ((changed.has('messages') || changed.has('channels')) && this.messages) this.history.showGiven(this.messages);
    this.state = this.history.state;
    this.virtualizer.need(this.history.latest?.messages.length ?? 0);
    const { filter, pageSize, language: lang, text } = this;
    const unblockProgress = (channel: Channel) => this.unblocking.progress(channel);
    this.shownAddresses = this.addresses;
    const name = regionLabel(text, this.shownAddresses);
    this.liveRegion.update({ history: this.history, filter, pageSize, lang, text, unblockProgress, name });
  }

  private readonly text: Text = (key, values = {}) => uiText(this.settings.strings, this.language, key, values);

  protected override render() {
    const header = renderAddressHeader(
      {
        text: this.text,
        progressOf: (channel) => this.unblocking.progress(channel),
        askToUnblock: (address) => void this.confirmation.ask(address),
        softBouncesShown: showsEmailSoftBounces(this.filter),
        showSoftBounces: (on) => (this.filter = on ? EMAIL_SOFT_BOUNCES : NO_FILTER),
      },
      this.shownAddresses,
    );
    const dialog = renderUnblockDialog(this.text, this.confirmation.address, this.confirmation.closed);
    return html`<section class="region" aria-label=${regionLabel(this.text, this.shownAddresses)}>
      ${header}${this.renderBody()}${this.renderUpdated()}${this.liveRegion.render()}${dialog}
    </section>`;
  }

  private renderBody() {
    const { text } = this;
    switch (this.state) {
      case 'idle':
        return renderEmpty(text, this.contactId ? 'notSetUp' : 'noContact');
      case 'loading':
        // A background refresh keeps the rows on screen; only a first load shows placeholders.
        return this.history.latest?.contactId === this.contactId
          ? renderHistory(this.view, this.history.latest, true)
          : renderLoading(text);
      case 'error':
        return renderErrorNotice(text, text('errorTitle'), this.history.failure!.error, () => this.refresh(), true);
      default:
        return renderHistory(this.view, this.history.current);
    }
  }

  /** What the history view reads and does of this list. */
  private get view(): HistoryViewHost {
    return {
      history: this.history,
      text: this.text,
      pageSize: this.pageSize,
      rows: this.rowContext,
      virtualizer: this.virtualizer,
      filter: this.filter,
      setFilter: (change) => (this.filter = { ...this.filter, ...change }),
      clearFilters: () => (this.filter = NO_FILTER),
      statusLabel: summaryLabel(this.text, this.language, this.settings.strings),
      channels: this.channelList,
      contact: this.shownAddresses.find((address) => address.address)?.address,
    };
  }

  /** "Updated 3 minutes ago", with a button to load again; only for fetched messages. */
  private renderUpdated() {
    const loadedAt = this.history.current?.loadedAt;
    if (this.messages || !loadedAt || (this.state !== 'ready' && this.state !== 'loading')) return nothing;
    const clock = { now: this.ticks.now(), lang: this.language, timeZone: this.settings.timeZone };
    return renderUpdated(this.text, new Date(loadedAt), clock, this.state === 'loading', () => this.refresh());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'message-status-list': MessageStatusList;
  }
}
