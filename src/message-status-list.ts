import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { CHANNELS, type Channel, type Fetcher, type Message } from './data/types.js';
import { MessageLoadError } from './data/errors.js';
import { loadMessages, mergePages, type LoadMessagesResult } from './data/load-messages.js';
import { parseMessageItems } from './data/parse.js';
import { resolveLanguage } from './statuses/language.js';
import { STATUS_KEYS } from './statuses/catalog.js';
import { icon } from './internal/icons.js';
import { formatTime } from './internal/format-time.js';
import { nearestLang } from './internal/nearest-lang.js';
import { safeLink } from './internal/safe-link.js';
import { UI_STRINGS, format, type StringOverrides, type UiStrings } from './internal/ui-strings.js';
import { themeStyles } from './internal/theme.styles.js';
import { listStyles } from './message-status-list.styles.js';

/** `loading` while a request is under way, `ready` once messages are shown, `error` when none could be loaded; `idle` with no contact. */
export type ListState = 'idle' | 'loading' | 'ready' | 'error';

export interface MessagesLoadDetail {
  contactId: string;
  messages: Message[];
}

export interface MessagesErrorDetail {
  contactId: string;
  channel?: Channel;
  status?: number;
  message: string;
}

// A chip's parts live in its own shadow root; re-export them so `::part(chip-hard-bounce)` works on the list.
const CHIP_PARTS = ['chip', 'tooltip', 'chip-other', ...STATUS_KEYS.map((key) => `chip-${key}`)].join(', ');

interface Shown extends LoadMessagesResult {
  contactId: string;
}

/**
 * Fetches one contact's sent email and SMS messages and shows each with its
 * delivery status, explained in words on hover, focus or tap.
 *
 * @summary A contact's sent messages and what happened to each.
 *
 * @fires messages-load - Messages arrived and are shown. `detail: { contactId, messages }`.
 * @fires messages-error - Loading failed, in whole or for one channel. `detail: { contactId, channel?, status?, message }`.
 *
 * @csspart list - The list of messages.
 * @csspart row - One message.
 * @csspart channel - The channel's icon and name.
 * @csspart name - The send-out's name.
 * @csspart text - An email's subject or an SMS's text.
 * @csspart time - When it was sent.
 * @csspart link - The link to view the message, when the server gave a safe one.
 * @csspart chip - A status chip; also `chip-<status>`, e.g. `chip-hard-bounce`.
 * @csspart tooltip - A status explanation.
 * @csspart loading - The loading indicator.
 * @csspart empty - The text shown when there are no messages.
 * @csspart error - An error message, for the whole list or one channel.
 * @csspart retry-button - The button that tries loading again.
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
 */
export class MessageStatusList extends LitElement {
  static override styles = [themeStyles, listStyles];

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

  /** IANA time zone for the times shown; the browser's by default. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** `light` or `dark` forces a theme; by default the widget follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Where loading stands; reflected so CSS can follow it. */
  @property({ reflect: true }) state: ListState = 'idle';

  /** Messages to show instead of fetching: the same item shapes as the endpoint's, any status spelling. */
  @property({ attribute: false }) messages?: readonly unknown[];

  /** Extra request options (headers, credentials). Never reflected into the DOM, an event or an error message. */
  @property({ attribute: false }) requestInit?: RequestInit;

  /** Replaces `fetch`, e.g. to route requests through the host's own client. */
  @property({ attribute: false }) fetcher?: Fetcher;

  /** Per-language overrides of any label or explanation: `{ en: { ui: {...}, statuses: {...} } }`. */
  @property({ attribute: false }) strings: StringOverrides = {};

  @state() private shown?: Shown;
  @state() private failure?: { contactId: string; error: MessageLoadError };

  private readonly loader = new Task(this, {
    args: () =>
      [this.contactId, this.endpoint, this.channelList.join(' '), this.pageSize, this.timeout, this.messages] as const,
    task: async ([contactId, endpoint, , pageSize, timeout, messages], { signal }) => {
      if (messages || !contactId || !endpoint) return initialState;
      return loadMessages({
        endpoint,
        contactId,
        channels: this.channelList,
        pageSize,
        timeout,
        signal,
        fetcher: this.fetcher,
        requestInit: this.requestInit,
      });
    },
    onComplete: (result) => this.showResult(result),
    onError: (error) => this.showFailure(error),
  });

  /** The `channels` attribute as a list, unknown names left out, never empty. */
  get channelList(): Channel[] {
    const wanted = this.channels.toLowerCase().split(/[\s,]+/);
    const list = CHANNELS.filter((channel) => wanted.includes(channel));
    return list.length ? list : [...CHANNELS];
  }

  /** Loads the messages again; resolves once they are shown (or the error is). */
  async refresh(): Promise<void> {
    if (this.messages || !this.contactId || !this.endpoint) return;
    await this.loader.run().catch(() => undefined);
    await this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A list taken out of the page must not finish a request nobody will see.
    this.loader.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('messages') || changed.has('channels')) {
      if (this.messages) this.showGivenMessages(this.messages);
    }
    this.state = this.currentState();
  }

  private currentState(): ListState {
    if (this.messages) return 'ready';
    if (!this.contactId || !this.endpoint) return 'idle';
    if (this.loader.status === TaskStatus.PENDING) return 'loading';
    if (this.failure?.contactId === this.contactId && this.loader.status === TaskStatus.ERROR) return 'error';
    return this.shown?.contactId === this.contactId ? 'ready' : 'loading';
  }

  private showGivenMessages(items: readonly unknown[]): void {
    const list = Array.isArray(items) ? items : [];
    const merged = mergePages([{ messages: parseMessageItems(list) }], this.channelList);
    this.shown = { ...merged, contactId: this.contactId, errors: [] };
  }

  private showResult(result: LoadMessagesResult): void {
    const contactId = this.contactId;
    this.shown = { ...result, contactId };
    this.failure = undefined;
    void this.updateComplete.then(() => {
      this.emit<MessagesLoadDetail>('messages-load', { contactId, messages: result.messages });
      for (const error of result.errors) this.emitError(contactId, error);
    });
  }

  private showFailure(error: unknown): void {
    const contactId = this.contactId;
    const loadError =
      error instanceof MessageLoadError
        ? error
        : new MessageLoadError('network', 'The messages could not be loaded.', { cause: error });
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
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  private get lang_(): string {
    return resolveLanguage(nearestLang(this), Object.keys(UI_STRINGS));
  }

  private text(key: keyof UiStrings, values: Record<string, string | number> = {}): string {
    const lang = this.lang_;
    return format(this.strings[lang]?.ui?.[key] ?? UI_STRINGS[lang][key], values);
  }

  protected override render() {
    switch (this.state) {
      case 'idle':
        return html`<p class="notice" part="empty">${this.text('empty')}</p>`;
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(this.failure!.error);
      default:
        return this.renderMessages(this.shown?.contactId === this.contactId || this.messages ? this.shown : undefined);
    }
  }

  private renderLoading() {
    // A background refresh keeps the rows on screen; only a first load shows placeholders.
    if (this.shown?.contactId === this.contactId) return this.renderMessages(this.shown, true);
    return html`<div part="loading" aria-busy="true">
      <p class="notice" role="status">${this.text('loading')}</p>
      <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
    </div>`;
  }

  private renderError(error: MessageLoadError) {
    return html`<div class="notice error" part="error" role="alert">
      ${icon('alert')}
      <span class="message"><strong>${this.text('errorTitle')}</strong> ${error.message}</span>
      <button type="button" class="button" part="retry-button" @click=${() => this.refresh()}>
        ${this.text('retry')}
      </button>
    </div>`;
  }

  private renderMessages(shown: Shown | undefined, busy = false) {
    const messages = shown?.messages ?? [];
    const lang = this.lang_;
    return html`${shown?.errors.map(
      (error) =>
        html`<div class="notice error partial" part="error" role="alert">
          ${icon('alert')}
          <span class="message"
            >${this.text('channelFailed', { channel: this.text(error.channel ?? 'email'), message: error.message })}</span
          >
          <button type="button" class="button" part="retry-button" @click=${() => this.refresh()}>
            ${this.text('retry')}
          </button>
        </div>`,
    )}
    ${
      messages.length
        ? html`<ul class="list" part="list" aria-label=${this.text('listLabel')} aria-busy=${busy ? 'true' : 'false'}>
            ${messages.map((message) => this.renderRow(message, lang))}
          </ul>`
        : html`<p class="notice" part="empty">${this.text('empty')}</p>`
    }`;
  }

  private renderRow(message: Message, lang: string) {
    const link = safeLink(message.link, document.baseURI);
    return html`<li class="row" part="row">
      <span class="channel" part="channel">${icon(message.channel)}<span>${this.text(message.channel)}</span></span>
      <span class="name" part="name">${message.name ?? ''}</span>
      <span class="status">
        <message-status-chip
          lang=${lang}
          exportparts=${CHIP_PARTS}
          .status=${message.status}
          .channel=${message.channel}
          .sentAt=${message.sentAt?.toISOString() ?? ''}
          .reason=${message.reason ?? ''}
          .strings=${this.strings}
        ></message-status-chip>
      </span>
      ${
        message.text
          ? html`<p class="text" part="text">${message.text}</p>`
          : html`<p class="text none" part="text">${this.text('noText')}</p>`
      }
      <span class="meta">
        ${
          message.sentAt
            ? html`<time part="time" datetime=${message.sentAt.toISOString()}
                >${formatTime(message.sentAt, lang, this.timeZone)}</time
              >`
            : html`<span part="time">${this.text('unknownTime')}</span>`
        }
        ${message.transactional ? html`<span class="badge">${this.text('transactional')}</span>` : nothing}
        ${
          link
            ? html`<a part="link" href=${link} target="_blank" rel="noopener noreferrer"
                >${this.text('viewMessage')}</a
              >`
            : message.link
              ? html`<span part="link">${message.link}</span>`
              : nothing
        }
      </span>
    </li>`;
  }
}
