import { LitElement, html, type PropertyValues } from 'lit';
import type { AddressState } from './data/address-state.js';
import type { MessageHistory } from './data/message-history.js';
import type { Channel, Contact, Fetcher, Message } from './data/types.js';
import { listStyles } from './message-status-list.styles.js';
import type { FirstText, StringOverrides, Text } from './languages/pack.js';
import { BUILT_IN_LANGUAGES, hasPackFor, loadPackFor } from './languages/packs.js';
import { resolveLanguage } from './languages/resolve-language.js';
import { pendingText } from './languages/status-label.js';
import { uiText } from './languages/ui-strings.js';
import { insideProvider, pageScriptsRan, whenPageScriptsRan } from './first/first-load-hold.js';
import { HistoryController, type HistoryInputs } from './first/history-controller.js';
import { hasTimeFormatter, warmTimeFormat } from './first/format-time.js';
import { KeptPresses } from './first/kept-presses.js';
import { PendingWork } from './first/pending-work.js';
import { nearestLang } from './first/nearest-lang.js';
import type { ListFeatures, ListInternals, RestModule } from './first/list-features.js';
import { numbersFromText, parseChannels, resolveSettings, type ListSettings } from './first/list-settings.js';
import type { ListState } from './first/list-state.js';
import { loadRest, restLoaded } from './first/load-rest.js';
import { renderFirstError, renderLoading, renderNotice } from './first/notices.js';
import type { RowContext } from './first/row.js';
import { renderRows, type GridHandlers } from './first/rows.js';
import type { SharedConfig } from './first/shared-config.js';

export type { ListState } from './first/list-state.js';
export type { MessagesErrorDetail, MessagesLoadDetail, UnblockDetail, UnblockErrorDetail } from './events.js';

// Before the keyboard grid has arrived, its keys are kept (KeptPresses) rather than handled.
const NO_GRID: GridHandlers = { keydown: () => {}, focusin: () => {} };

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
 * @csspart block-story - Under a blocked address, and in the unblock dialog: since when it is blocked and what blocked it (the hard bounce with the server's reason, or the soft bounces that reached the limit), or that no loaded bounce explains it.
 * @csspart block-story-button - The block story's button that brings the row of the message that blocked the address into view and focuses it.
 * @csspart unblock-button - The button that starts an unblock.
 * @csspart confirm-dialog - The confirmation asked before an unblock.
 * @csspart confirm-button - The dialog's button that confirms the unblock; `cancel-button` is its twin.
 * @csspart cancel-button - The dialog's button that keeps the address blocked.
 * @csspart recent-messages - The unblock dialog's list of the latest messages on the address's channel, each with its status and date.
 * @csspart summary - How many messages ended in each status.
 * @csspart filters - The channel, "only problems" and status filters and the search field.
 * @csspart filter-button - One filter button; `aria-pressed` tells whether it is on.
 * @csspart status-filter - The status drop-down among the filters.
 * @csspart search - The search field among the filters.
 * @csspart summary-button - One count in the summary; pressing it shows only that status (`aria-pressed`). Problems come first; in a narrow list the other counts fold behind one more button (`aria-expanded`).
 * @csspart showing - The line saying how many of the loaded messages are shown.
 * @csspart scroller - The scroll box around a long list, whose rows are rendered only while in view.
 * @csspart list - The list of messages.
 * @csspart row - One message.
 * @csspart channel - The channel's icon and name.
 * @csspart name - The send-out's name.
 * @csspart text - An email's subject or an SMS's text.
 * @csspart time - When it was sent: how long ago for the last week (the date and time on hover and focus), else the date and time.
 * @csspart link - The link to view the message, when the server gave a safe one.
 * @csspart copy-link-button - The row's button that copies that link ("Link copied" shows beside it, and is announced).
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
 * @cssprop --msl-text - Text colour; `--msl-muted` for secondary text and the search field's and status drop-down's borders (keep it 3:1 or more against `--msl-surface`).
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

  // Declared here rather than with decorators: the first file carries no decorator helpers.
  static override properties = {
    contactId: { attribute: 'contact-id' },
    endpoint: {},
    channels: {},
    pageSize: { attribute: 'page-size', type: Number },
    timeout: { type: Number },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    timeZone: { attribute: 'time-zone' },
    theme: { reflect: true },
    state: { reflect: true },
    unblockEndpoint: { attribute: 'unblock-endpoint' },
    email: {},
    phone: {},
    emailBlocked: { attribute: 'email-blocked', type: Boolean },
    phoneBlocked: { attribute: 'phone-blocked', type: Boolean },
    emailUnsubscribed: { attribute: 'email-unsubscribed', type: Boolean },
    phoneUnsubscribed: { attribute: 'phone-unsubscribed', type: Boolean },
    softBounceLimit: { attribute: 'soft-bounce-limit', type: Number },
    softBounceDays: { attribute: 'soft-bounce-days', type: Number },
    label: {},
    contact: { attribute: false },
    messages: { attribute: false },
    requestInit: { attribute: false },
    fetcher: { attribute: false },
    strings: { attribute: false },
  };

  /** The contact whose messages are shown; nothing is fetched without it. */
  contactId = '';

  /** URL template: `{contactId}` and `{channel}` are replaced, URI-encoded. With `{channel}`, one request per channel. */
  endpoint = '';

  /** Space-separated channels to fetch and show. */
  channels = 'email sms';

  /** How many messages to ask for, sent as the `count` query parameter. */
  pageSize = 100;

  /** Milliseconds before a request counts as failed. */
  timeout = 15000;

  /** Seconds between background refreshes; `0` is off, at least 10. Paused while hidden or offline; never overlapping; backs off after failures. */
  refreshInterval = 0;

  /** IANA time zone for the times shown; the browser's by default. */
  timeZone = '';

  /** `light` or `dark` forces a theme; by default the widget follows the page's `color-scheme`. */
  theme?: 'light' | 'dark';

  /** Where loading stands; reflected so CSS can follow it. */
  state: ListState = 'idle';

  /** URL template (`{contactId}`, `{channel}`, `{address}`) the unblock is POSTed to, with `{ channel, address }` as JSON. Without it the host handles `unblock-request`. */
  unblockEndpoint = '';

  /** The contact's email address, where the response does not carry it. */
  email = '';

  /** The contact's phone number, where the response does not carry it. */
  phone = '';

  /** The email address is blocked (where the response does not say). */
  emailBlocked?: boolean;

  /** The phone number is blocked (where the response does not say). */
  phoneBlocked?: boolean;

  /** The contact unsubscribed from email (where the response does not say). */
  emailUnsubscribed?: boolean;

  /** The contact unsubscribed from SMS (where the response does not say). */
  phoneUnsubscribed?: boolean;

  /** How many soft bounces within `soft-bounce-days`, with nothing delivered between, block an email address (inferred where no source states the block; the address line warns from half). Default 10, Voyado's rule. */
  softBounceLimit?: number;

  /** The window, in days, that `soft-bounce-limit` soft bounces must fall within. Default 90. */
  softBounceDays?: number;

  /** The list's name for screen readers (its region, its summary's toolbar, its announcements), e.g. "Side panel"; by default "Messages for" its contact's address, numbered where another list on the page has that name. */
  label = '';

  /** The contact's addresses and their states, where the response does not carry them: `{ email?: { address, blocked?, unsubscribed? }, sms?: {...} }`. */
  contact?: Contact;

  /** Messages to show instead of fetching: the same item shapes as the endpoint's, any status spelling. */
  messages?: readonly unknown[];

  /** Extra request options (headers, credentials). Never reflected into the DOM, an event or an error message. */
  requestInit?: RequestInit;

  /** Replaces `fetch`, e.g. to route requests through the host's own client. */
  fetcher?: Fetcher;

  /** Per-language overrides of any label or explanation: `{ en: { ui: {...}, statuses: {...} } }`. */
  strings: StringOverrides = {};

  /** A provider's settings, once the rest of the widget has asked for them; the list's own settings win. */
  private shared?: SharedConfig;
  /** The settings in force, the language and what every row reads: worked out once per update. */
  private settings: ListSettings = resolveSettings(this, undefined, undefined);
  private language = 'en';
  private rowContext!: RowContext;
  /** What the list gains once the rest of the widget has arrived. */
  private features?: ListFeatures;
  private restAsked = false;
  /** What the render waits for besides the update itself: a language pack, the page's scripts, the rows' times. */
  private readonly pending = new PendingWork(this);
  private readonly history = new HistoryController(this, {
    inputs: () => this.historyInputs(),
    now: () => this.now(),
    takeOver: () => loadRest().then((rest) => rest.loadRequests),
  });
  private readonly kept = new KeptPresses(this);

  constructor() {
    super();
    const rest = restLoaded();
    if (rest) this.attach(rest);
  }

  /** The `channels` attribute as a list, unknown names left out, never empty. */
  get channelList(): Channel[] {
    return parseChannels(this.channels);
  }

  /** The contact's addresses with their states, from the response first, then the `contact` property, then the attributes. */
  get addresses(): AddressState[] {
    return this.features?.addresses ?? [];
  }

  /** Loads the messages again; resolves once they are shown (or the error is). */
  refresh(): Promise<void> {
    return this.history.refresh();
  }

  /** Loads older messages when the server has more: its next links, or (Voyado) a larger `count`, up to 500. */
  loadMore(): Promise<void> {
    return this.features?.loadMore() ?? this.rest().then((features) => features.loadMore());
  }

  /**
   * Unblocks the contact's address on a channel, without asking (the button asks first): fires the
   * cancelable `unblock-request`, then POSTs to `unblock-endpoint` unless the host took it over.
   * A second call while one is under way gets the same promise, so one request is sent.
   */
  unblock(channel: Channel): Promise<void> {
    return this.features?.unblock(channel) ?? this.rest().then((features) => features.unblock(channel));
  }

  /** After the host handled `unblock-request` itself: the server unblocked the address. */
  markUnblocked(channel: Channel): void {
    this.features?.settle(channel);
  }

  /** After the host handled `unblock-request` itself: the unblock failed, for this reason. */
  markUnblockFailed(channel: Channel, message: string): void {
    this.features?.settle(channel, new Error(message));
  }

  /** The list's features, once the rest of the widget has arrived. */
  private rest(): Promise<ListFeatures> {
    return loadRest().then(
      (rest) => this.features ?? this.attach(rest),
      (error: unknown) =>
        Promise.reject(
          new Error('The rest of the widget could not be loaded; check the network and reload.', { cause: error }),
        ),
    );
  }

  private attach(rest: RestModule): ListFeatures {
    const features = (this.features = rest.listFeatures(this, this.internals));
    this.requestUpdate();
    // Once the rest has rendered its listeners, what was pressed meanwhile is done.
    void this.updateComplete.then(() => rest.replayPresses(this.renderRoot as ShadowRoot, this.kept.take()));
    return features;
  }

  private readonly internals: ListInternals = {
    history: this.history,
    historyInputs: () => this.historyInputs(),
    settings: () => this.settings,
    language: () => this.language,
    text: (key, values) => this.text(key, values),
    channels: () => this.channelList,
    useShared: (shared) => {
      this.shared = shared;
      this.requestUpdate();
    },
  };

  private historyInputs(): HistoryInputs {
    const { contactId, pageSize, timeout, refreshInterval, messages, settings } = this;
    // Inside a provider, its settings come first; and a page's script after ours may still set ours.
    const held = (!this.shared && insideProvider(this)) || !pageScriptsRan();
    return { contactId, pageSize, timeout, refreshInterval, messages, ...settings, channels: this.channelList, held };
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    numbersFromText(this);
    this.settings = resolveSettings(this, this.shared, restLoaded()?.mergeStrings);
    // A language the host added through `strings` counts as one the widget speaks (built-in texts fill its gaps).
    // The rest of the widget re-renders the list when a `lang` above it changes (LangController).
    const languages = [...BUILT_IN_LANGUAGES, ...Object.keys(this.settings.strings)];
    this.language = resolveLanguage(nearestLang(this), languages);
    // Never a flash of English in a list that speaks another language: its words wait for its pack.
    if (!hasPackFor(this.language)) this.pending.add(loadPackFor(this.language));
    if (!pageScriptsRan()) this.pending.add(whenPageScriptsRan());
    const { timeZone, strings } = this.settings;
    const lang = this.language;
    const overrides = strings[lang]?.statuses;
    this.rowContext = {
      lang,
      timeZone,
      timesReady: hasTimeFormatter(lang, timeZone),
      text: this.text,
      chips: { lang, overrides, pending: pendingText({ lang, overrides }) },
      extras: this.features?.rows,
    };
    if ((changed.has('messages') || changed.has('channels')) && this.messages) this.history.showGiven(this.messages);
    this.state = this.history.state;
    this.features?.willUpdate(changed);
  }

  protected override updated(): void {
    // The rest of the widget comes beside the first request, which the first update after the page's scripts sends
    // (asked before it, the rest would take the bandwidth the data needs). Asked for once: should it fail, the list
    // stays as it is, its rows and links working, and says so in the console.
    if (!this.features && !this.restAsked && pageScriptsRan()) {
      this.restAsked = true;
      this.rest().catch((error: unknown) => console.error('message-status-list:', error));
    }
    // The first Intl formatter costs tens of ms: built a task from now, while a request is out, or after the rows
    // were drawn without their times; never before the rows.
    const { lang, timeZone, timesReady } = this.rowContext;
    if (timesReady || this.state === 'idle') return;
    const warm = warmTimeFormat(lang, timeZone);
    // Rows drawn without their times are not complete until the times are in; a list still loading draws none.
    if (this.renderRoot.querySelector('time:empty')) this.pending.add(warm);
  }

  /** The clock relative times read: the rest's ticker once it has arrived (tests can set its clock). */
  private now(): number {
    return this.features?.now() ?? Date.now();
  }

  private readonly text: Text = (key, values = {}) => uiText(this.settings.strings, this.language, key, values);

  protected override render() {
    // Never a flash of English in a list that speaks another language: no words until its pack is here.
    if (!hasPackFor(this.language)) return html`<section class="region">${renderLoading()}</section>`;
    const { features } = this;
    const label = features?.regionLabel ?? this.text('listLabel');
    // prettier-ignore
    return html`<section class="region" aria-label=${label}>${features?.renderHeader()}${this.renderBody()}${features?.renderFooter()}<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${features?.announcement}</div></section>`;
  }

  private renderBody() {
    const { features } = this;
    // The first file's English has only its own words (FirstText): the rest brings the others.
    const text: FirstText = this.text;
    switch (this.state) {
      case 'idle':
        return renderNotice(text(this.contactId ? 'notSetUp' : 'noContact'));
      case 'loading':
        // A background refresh keeps the rows on screen; only a first load shows placeholders.
        return this.history.latest?.contactId === this.contactId
          ? this.renderShown(this.history.latest, true)
          : renderLoading(text('loading'));
      case 'error': {
        const { error } = this.history.failure!;
        return features ? features.renderError(error) : renderFirstError(text, () => this.refresh());
      }
      default:
        return this.renderShown(this.history.current, false);
    }
  }

  /**
   * The rows; with the rest of the widget, around them what it adds (notices, filters, summary, older messages). The
   * grid keeps its place in this template whether the rest is here or not: its arrival adds around the rows, and
   * never redraws them (a focused chip, a hovered one, the scroll position all stay).
   */
  private renderShown(shown: MessageHistory | undefined, busy: boolean) {
    const { features } = this;
    const rows = features ? features.rowsOf(shown) : (shown?.messages ?? []);
    // prettier-ignore
    return html`${features?.renderAboveRows(shown)}${this.renderGrid(shown, rows, busy)}${features?.renderBelowRows(shown, rows.length)}`;
  }

  private renderGrid(shown: MessageHistory | undefined, rows: readonly Message[], busy: boolean) {
    const { features } = this;
    if (rows.length) return renderRows(rows, this.rowContext, features?.grid ?? NO_GRID, busy, features?.longList);
    // Messages all filtered out, or none at all (or none that could be read, which a note above says).
    if (shown?.messages.length) return features?.renderNoMatches();
    return shown?.skipped ? undefined : renderNotice(this.text('empty'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'message-status-list': MessageStatusList;
  }
}
