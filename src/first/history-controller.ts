import type { ReactiveController, ReactiveElement } from 'lit';
import { MessageLoadError } from '../data/errors.js';
import type { LoadMessagesResult } from '../data/collect-pages.js';
import { loadFirstPage, type TakeOver } from '../data/load-first-page.js';
import type { MessageClient } from '../data/message-client.js';
import { MessageHistory } from '../data/message-history.js';
import type { Channel, Fetcher } from '../data/types.js';
import { emit } from '../events.js';
import { LatestRun } from './latest-run.js';
import type { ListState } from './list-state.js';

/** What the list's settings say to load, read at every update. */
export interface HistoryInputs {
  contactId: string;
  endpoint: string;
  channels: readonly Channel[];
  pageSize: number;
  timeout: number;
  /** Seconds between background refreshes; `0` is off. */
  refreshInterval: number;
  /** Messages handed over by the host: nothing is fetched. */
  messages?: readonly unknown[];
  fetcher?: Fetcher;
  requestInit?: RequestInit;
  /** A provider's shared client: the same request from several lists is sent once. */
  client?: MessageClient;
  /** The first load waits: for a provider's settings, or for the page's own scripts to set the list's. */
  held: boolean;
}

export interface HistoryControllerOptions {
  inputs(): HistoryInputs;
  /** The clock "Updated 3 minutes ago" is measured against. */
  now(): number;
  /** The data layer's whole loader, which finishes a first page that went wrong (it comes with the rest). */
  takeOver: TakeOver;
}

/**
 * Any failure as a load error. A TypeError is a bad endpoint template or URL (a set-up mistake): its
 * message says which, and quotes no URL.
 */
export function asLoadError(error: unknown): MessageLoadError {
  if (error instanceof MessageLoadError) return error;
  if (error instanceof TypeError)
    return new MessageLoadError('network', error.message, { code: 'set-up', cause: error });
  return new MessageLoadError('network', 'The messages could not be loaded.', { cause: error });
}

export function signalledAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A failed load, with the contact it was for: contact-id may have changed while it was under way. */
class ContactLoadFailure {
  constructor(
    readonly contactId: string,
    readonly error: unknown,
  ) {}
}

/** What a first load depends on: when any of it changes, the load under way is dropped and another starts. */
type FirstPageArgs = readonly [
  string,
  string,
  string,
  number,
  number,
  readonly unknown[] | undefined,
  unknown,
  boolean,
];

/**
 * Loads one contact's first page for a list whenever what to load changes, so a newer request aborts the older and a
 * stale answer is dropped (`LatestRun`). It fires `messages-load` and `messages-error`, and says where loading
 * stands. Older pages and the background refresh come with the rest of the widget (`HistoryPaging`), which hears
 * how each load ended through `settled`.
 */
export class HistoryController implements ReactiveController {
  /** What is shown; while another contact loads, still the previous contact's. */
  latest?: MessageHistory;
  /** The last failed load of a first page, with its contact. */
  failure?: { contactId: string; error: MessageLoadError };
  /** The load under way was started by the refresh timer, not by a person. */
  background = false;
  /** Told how each first-page load ended (nothing for an abort), so a refresh timer can plan the next. */
  settled?: (errors: readonly MessageLoadError[]) => void;

  // Set by refresh(): the next load must ask the server, not reuse a shared answer.
  private fresh = false;
  private args?: FirstPageArgs;
  private readonly firstPage: LatestRun<LoadMessagesResult & { contactId: string }>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: HistoryControllerOptions,
  ) {
    host.addController(this);
    this.firstPage = new LatestRun(host, {
      complete: (result) => this.loaded(result),
      error: (failure) => this.failed(failure as ContactLoadFailure),
    });
  }

  /** Before each render: a change in what to load starts a new load. */
  hostUpdate(): void {
    const { contactId, endpoint, channels, pageSize, timeout, messages, client, held } = this.inputs;
    const args = [contactId, endpoint, channels.join(' '), pageSize, timeout, messages, client, held] as const;
    if (this.args && args.every((value, i) => value === this.args![i])) return;
    this.args = args;
    void this.run();
  }

  /** Loads the first page for the current args; nothing when there is nothing to load. */
  private run(): Promise<void> {
    const [contactId, endpoint, , pageSize, timeout, messages, , held] = this.args!;
    if (messages || !contactId || !endpoint || held) {
      this.firstPage.reset();
      return Promise.resolve();
    }
    return this.firstPage.run((signal) => this.loadFirst(pageSize, timeout, signal));
  }

  private loaded({ contactId, ...result }: LoadMessagesResult & { contactId: string }): void {
    const { channels } = this.inputs;
    this.latest = MessageHistory.loaded(contactId, result, this.latest, channels, this.options.now());
    this.failure = undefined;
    this.background = false;
    void this.host.updateComplete.then(() => this.emitLoaded(contactId, result.errors));
    // One channel failing counts too: an always-failing channel must not be asked every interval.
    this.settled?.(result.errors);
  }

  private failed({ contactId, error }: ContactLoadFailure): void {
    this.background = false;
    // An abort is not a failure: the list left the page, and loads again when it comes back.
    if (signalledAbort(error)) return;
    const loadError = asLoadError(error);
    this.failure = { contactId, error: loadError };
    void this.host.updateComplete.then(() => this.emitError(contactId, loadError));
    this.settled?.([loadError]);
  }

  private get inputs(): HistoryInputs {
    return this.options.inputs();
  }

  private async loadFirst(pageSize: number, timeout: number, signal: AbortSignal) {
    const { contactId, endpoint, channels, fetcher, requestInit, client } = this.inputs;
    const fresh = this.fresh;
    this.fresh = false;
    const options = { endpoint, contactId, channels, pageSize, timeout, signal, fetcher, requestInit };
    try {
      const result = await (client
        ? client.load({ ...options, fresh })
        : loadFirstPage(options, this.options.takeOver));
      return { ...result, contactId };
    } catch (error) {
      throw new ContactLoadFailure(contactId, error);
    }
  }

  hostConnected(): void {
    // Back in the page after a move: finish the load that leaving aborted.
    const failure = this.firstPage.error as ContactLoadFailure | undefined;
    if (this.host.hasUpdated && this.firstPage.status === 'error' && signalledAbort(failure?.error)) void this.run();
  }

  hostDisconnected(): void {
    // A list taken out of the page must not finish a request nobody will see: it ends as an aborted load.
    this.firstPage.abort();
  }

  /** Shows the messages the host handed over instead of loading any. */
  showGiven(items: readonly unknown[]): void {
    const { contactId, channels } = this.inputs;
    this.latest = MessageHistory.given(contactId, items, channels);
  }

  /** Loads the first page again; resolves once it (or its error) is shown. */
  async refresh(): Promise<void> {
    const { messages, contactId, endpoint, held } = this.inputs;
    if (messages || !contactId || !endpoint || held) return;
    this.fresh = true;
    if (this.args) await this.run();
  }

  /** What is shown, when it belongs to the current contact (or to the `messages` property). */
  get current(): MessageHistory | undefined {
    const { messages, contactId } = this.inputs;
    return this.latest?.contactId === contactId || messages ? this.latest : undefined;
  }

  /** A failed load of the current contact while older rows of it are still shown. */
  get refreshFailure(): MessageLoadError | undefined {
    return this.failure?.contactId === this.inputs.contactId ? this.failure.error : undefined;
  }

  get state(): ListState {
    const { messages, contactId, endpoint, held } = this.inputs;
    if (messages) return 'ready';
    // Held for a provider, which may give the endpoint: not idle, since something is coming.
    if (held && contactId) return 'loading';
    if (!contactId || !endpoint) return 'idle';
    if (this.firstPage.status === 'pending') return 'loading';
    const showing = this.latest?.contactId === contactId;
    // A failed refresh keeps the rows it could not update; only a contact with nothing to show is in error.
    if (this.refreshFailure && this.firstPage.status === 'error' && !showing) return 'error';
    return showing ? 'ready' : 'loading';
  }

  /** `messages-load` with what is now shown, then a `messages-error` for each part that failed. */
  emitLoaded(contactId: string, errors: readonly MessageLoadError[]): void {
    const { messages = [], skipped = 0 } = this.latest ?? {};
    emit(this.host, 'messages-load', { contactId, messages, skipped });
    for (const error of errors) this.emitError(contactId, error);
  }

  emitError(contactId: string, error: MessageLoadError): void {
    emit(this.host, 'messages-error', {
      contactId,
      ...(error.channel && { channel: error.channel }),
      ...(error.status !== undefined && { status: error.status }),
      message: error.message,
    });
  }
}
