import { LitElement, css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { MessageClient } from './data/message-client.js';
import type { Fetcher } from './data/types.js';
import { sharedConfigContext } from './rest/controllers/config-context.js';
import { LangController } from './rest/controllers/lang-controller.js';
import { nearestLang } from './first/nearest-lang.js';
import type { StringOverrides } from './languages/pack.js';

/**
 * Shares configuration, and one data client, with every `<message-status-list>`
 * and `<message-status-chip>` inside it: set the endpoint, auth and wording
 * once for a page with many lists, and the same request is sent only once.
 * A list's own attributes win over the provider's. Its `lang` is the language of
 * everything inside that does not set its own.
 *
 * @summary Shared configuration and data for the lists and chips inside.
 *
 * @slot - The lists and chips that share this configuration.
 */
export class MessageStatusProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // Declared here rather than with decorators, as the list's are.
  static override properties = {
    endpoint: {},
    unblockEndpoint: { attribute: 'unblock-endpoint' },
    timeZone: { attribute: 'time-zone' },
    maxAge: { attribute: 'max-age', type: Number },
    softBounceLimit: { attribute: 'soft-bounce-limit', type: Number },
    softBounceDays: { attribute: 'soft-bounce-days', type: Number },
    requestInit: { attribute: false },
    fetcher: { attribute: false },
    strings: { attribute: false },
  };

  /** URL template for the lists inside that set none of their own. */
  endpoint = '';

  /** Unblock URL template for the lists inside that set none of their own. */
  unblockEndpoint = '';

  /** IANA time zone for the lists inside that set none of their own. */
  timeZone = '';

  /** Milliseconds an answer is reused by every list inside for the same contact; `0` shares only requests under way. */
  maxAge = 10_000;

  /** How many soft bounces within `soft-bounce-days` block an email address, for the lists inside that set none. Default 10 (Voyado's rule). */
  softBounceLimit?: number;

  /** The window, in days, that `soft-bounce-limit` soft bounces must fall within, for the lists inside that set none. Default 90. */
  softBounceDays?: number;

  /** Request options (headers, credentials) for every list inside that sets none of its own. */
  requestInit?: RequestInit;

  /** The fetch used by every list inside that sets none of its own. */
  fetcher?: Fetcher;

  /** Wording overrides, per language, for every list and chip inside; a list's own overrides win. */
  strings: StringOverrides = {};

  private readonly shared = new ContextProvider(this, { context: sharedConfigContext });

  private client?: MessageClient;

  constructor() {
    super();
    // Watches the provider's own `lang`: a change re-shares, so the lists and chips inside speak the new language.
    new LangController(this);
  }

  /** Drops the answers kept for reuse (for one contact, or all), so the next load asks the server. */
  forget(contactId?: string): void {
    this.client?.forget(contactId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Made at the first update, so a max-age given in markup or by a framework is the one used.
    if (!this.client || changed.has('maxAge')) this.client = new MessageClient({ maxAge: this.maxAge });
    // A new object each time, so the consumers (which subscribe) see the change.
    this.shared.setValue({
      endpoint: this.endpoint,
      unblockEndpoint: this.unblockEndpoint,
      timeZone: this.timeZone,
      requestInit: this.requestInit,
      fetcher: this.fetcher,
      strings: this.strings,
      softBounceLimit: this.softBounceLimit,
      softBounceDays: this.softBounceDays,
      lang: nearestLang(this),
      client: this.client,
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'message-status-provider': MessageStatusProvider;
  }
}
