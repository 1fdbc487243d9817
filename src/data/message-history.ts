import type { MessageLoadError } from './errors.js';
import type { LoadMessagesResult } from './load-messages.js';
import { mergePages } from './merge-pages.js';
import { readMessageItems } from './parse.js';
import type { Channel, Contact, Message, MessagePage } from './types.js';

/** Next-page URLs per channel, or under `all` for an endpoint that answers for every channel at once. */
export type NextLinks = Partial<Record<Channel | 'all', string>>;

/**
 * How to ask for older messages: follow the server's next links, or (Voyado's shape, which only takes a
 * `count`) ask again for more.
 */
export type OlderRequest = { kind: 'next'; links: NextLinks } | { kind: 'count'; count: number };

/** Why "load more" is gone once older messages were asked for: everything is here, or the server's limit. */
export type HistoryEnd = 'all-loaded' | 'limit-reached';

export interface HistoryFields {
  contactId: string;
  /** Newest first, one per channel and id. */
  messages: Message[];
  contact?: Contact;
  next?: NextLinks;
  /** The last count-only answer was full: a larger `count` may give older messages. */
  full?: boolean;
  /** Parts that failed while others were shown. */
  errors: MessageLoadError[];
  /** Whether `errors` came from loading the first page or older ones, so Retry repeats the right thing. */
  errorsFrom?: 'load' | 'more';
  /** Items that could not be read and were left out. */
  skipped?: number;
  /** Of `skipped`, those from the older messages loaded since the first page: a refresh keeps them. */
  olderSkipped?: number;
  /** The `count` last asked for when older messages were asked of a count-only endpoint. */
  askedCount?: number;
  /** Older pages were loaded on top of the first: a refresh of the first page keeps them. */
  extended?: boolean;
  /** When this answer arrived (ms since the epoch); absent for messages handed over by the host. */
  loadedAt?: number;
}

/**
 * What one list shows of one contact's history, and how it grows: each change gives a new history (so a
 * changed one is a new object), never touching the old. No DOM, no requests: the controller asks, this
 * decides what the answers add up to.
 */
export class MessageHistory implements Readonly<HistoryFields> {
  readonly contactId!: string;
  readonly messages!: Message[];
  readonly contact?: Contact;
  readonly next?: NextLinks;
  readonly full?: boolean;
  readonly errors!: MessageLoadError[];
  readonly errorsFrom?: 'load' | 'more';
  readonly skipped?: number;
  readonly olderSkipped?: number;
  readonly askedCount?: number;
  readonly extended?: boolean;
  readonly loadedAt?: number;

  private constructor(fields: HistoryFields) {
    Object.assign(this, fields);
  }

  /** Messages the host handed over (the `messages` property): any item shape, nothing more to load. */
  static given(contactId: string, items: readonly unknown[], channels: readonly Channel[]): MessageHistory {
    const merged = mergePages([readMessageItems(Array.isArray(items) ? items : [])], channels);
    return new MessageHistory({ ...merged, contactId, errors: [] });
  }

  /**
   * A first page as loaded. When it renews `previous` (the same contact), what the new answer cannot renew is
   * kept: the older pages loaded since, and the rows of a channel that failed this time.
   */
  static loaded(
    contactId: string,
    result: LoadMessagesResult,
    previous: MessageHistory | undefined,
    channels: readonly Channel[],
    loadedAt: number,
  ): MessageHistory {
    const before = previous?.contactId === contactId ? previous : undefined;
    const failedChannels = new Set(result.errors.map((error) => error.channel));
    const kept = before?.messages.filter((message) => before.extended || failedChannels.has(message.channel)) ?? [];
    const messages = kept.length
      ? mergePages([pageOf(result), { messages: kept }], channels).messages
      : result.messages;
    return new MessageHistory({
      ...result,
      contactId,
      messages,
      ...(before?.extended && {
        next: before.next,
        full: before.full,
        askedCount: before.askedCount,
        skipped: (result.skipped ?? 0) + (before.olderSkipped ?? 0) || undefined,
        olderSkipped: before.olderSkipped,
        extended: true,
      }),
      errorsFrom: 'load',
      loadedAt,
    });
  }

  /** A copy with these fields changed: a history is never changed in place. */
  with(change: Partial<HistoryFields>): MessageHistory {
    return new MessageHistory({ ...this, ...change });
  }
}
/** A result as one page, for merging. */
export function pageOf({
  messages,
  contact,
  skipped,
}: Pick<MessagePage, 'messages' | 'contact' | 'skipped'>): MessagePage {
  return { messages, contact, skipped };
}
