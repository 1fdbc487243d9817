import type { PropertyValues, ReactiveElement } from 'lit';
import type { AddressAttributes, AddressState } from '../data/address-state.js';
import type { MessageLoadError } from '../data/errors.js';
import type { loadRequests } from '../data/load-messages.js';
import type { MessageHistory } from '../data/message-history.js';
import type { Channel, Contact, Message } from '../data/types.js';
import type { mergeStrings } from '../languages/merge-strings.js';
import type { Text } from '../languages/pack.js';
import type { HistoryController, HistoryInputs } from './history-controller.js';
import type { KeptPress } from './kept-presses.js';
import type { ListSettings } from './list-settings.js';
import type { RowContext } from './row.js';
import type { GridHandlers, LongList } from './rows.js';
import type { SharedConfig } from './shared-config.js';

/**
 * The contract between the two stages of `<message-status-list>`. The first file draws the rows; what a list gains
 * once the rest of the widget has arrived (the header and Unblock, filters and summary, explanations, the keyboard
 * grid, refresh, older pages, the live region) is a `ListFeatures` made for it by the rest's `listFeatures`.
 */

/** The list element's own settings, as the rest reads them. */
export interface ListProperties extends AddressAttributes {
  readonly contactId: string;
  readonly pageSize: number;
  readonly timeout: number;
  readonly refreshInterval: number;
  readonly messages?: readonly unknown[];
  readonly state: string;
  /** The host's name for the list. */
  readonly label: string;
  readonly softBounceLimit?: number;
  readonly softBounceDays?: number;
  contact?: Contact;
  refresh(): Promise<void>;
}

/** What the first stage hands the rest about one list: its loading, its settings as resolved at this update. */
export interface ListInternals {
  readonly history: HistoryController;
  historyInputs(): HistoryInputs;
  settings(): ListSettings;
  /** The language in force (a built-in one, or one the host's `strings` add). */
  language(): string;
  readonly text: Text;
  channels(): Channel[];
  /** A provider's settings arrived or changed (the rest listens for them). */
  useShared(shared: SharedConfig | undefined): void;
}

export type ListElement = ReactiveElement & ListProperties;

/** What one list gains with the rest of the widget. */
export interface ListFeatures {
  /** After the first stage's own `willUpdate`. */
  willUpdate(changed: PropertyValues): void;
  /** What the list's live region says now. */
  readonly announcement: string;
  /** The host's label or "Messages for ada@…", unique on the page, so each of several lists says which it is. */
  readonly regionLabel: string;
  /** The clock the rows' relative times are measured against (one ticker for the page). */
  now(): number;
  /** The contact's addresses with their states. */
  readonly addresses: AddressState[];
  /** What the rows gain: explanations, Show more, the keyboard grid. */
  readonly rows: RowContext['extras'];
  /** The address header. */
  renderHeader(): unknown;
  /** The messages the rows show: those the filters let through. */
  rowsOf(shown: MessageHistory | undefined): readonly Message[];
  /** Above the rows: notices, filters, summary. */
  renderAboveRows(shown: MessageHistory | undefined): unknown;
  /** Below the rows, how many of them are shown: "Show older messages". */
  renderBelowRows(shown: MessageHistory | undefined, rows: number): unknown;
  /** In the rows' place when the filters leave none, with a way back to every message. */
  renderNoMatches(): unknown;
  /** The keyboard grid: one Tab stop, arrow keys. */
  readonly grid: GridHandlers;
  /** The virtualizer for lists past 200 messages. */
  readonly longList: LongList;
  /** The notice when nothing could be loaded, with Retry. */
  renderError(error: MessageLoadError): unknown;
  /** Under the rows: when they were loaded, the unblock dialog, the explanations and their tooltip. */
  renderFooter(): unknown;
  loadMore(): Promise<void>;
  unblock(channel: Channel): Promise<void>;
  /** How an unblock the host took over went: `error` when it failed. */
  settle(channel: Channel, error?: Error): void;
}

/** What the rest of the widget (src/rest.ts) exports for the first file. */
export interface RestModule {
  listFeatures(list: ListElement, internals: ListInternals): ListFeatures;
  MessageStatusProvider: CustomElementConstructor;
  MessageStatusChip: CustomElementConstructor;
  loadRequests: typeof loadRequests;
  mergeStrings: typeof mergeStrings;
  /** Does again what was pressed before the rest arrived, once a list's rest has rendered its listeners. */
  replayPresses(root: ShadowRoot, kept: readonly KeptPress[]): void;
}
