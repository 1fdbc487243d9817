import type { MessageLoadError } from './errors.js';
import { VOYADO_MAX_COUNT, type LoadMessagesResult } from './load-messages.js';
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

/** The next `count` to ask a count-only endpoint for: twice as many (fewer re-downloads than steps), up to its limit. */
export function grownCount(count: number): number {
  return Math.min(Math.max(count * 2, count + 1), VOYADO_MAX_COUNT);
}

interface HistoryFields {
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

  /** The request that gets older messages; none when the server has no more (or cannot give more). */
  olderRequest(pageSize: number): OlderRequest | undefined {
    if (this.next) return { kind: 'next', links: this.next };
    const asked = this.askedCount ?? pageSize;
    return this.full && asked < VOYADO_MAX_COUNT ? { kind: 'count', count: grownCount(asked) } : undefined;
  }

  hasMore(pageSize: number): boolean {
    return this.olderRequest(pageSize) !== undefined;
  }

  /** Once older messages were asked for and no more can come: why. Nothing while more can come. */
  end(pageSize: number): HistoryEnd | undefined {
    if (this.hasMore(pageSize) || !(this.full || this.extended)) return undefined;
    return this.full ? 'limit-reached' : 'all-loaded';
  }

  /** The answer to `request` added: a next link's page after what is shown, a larger count-only answer instead of it. */
  withOlder(more: LoadMessagesResult, request: OlderRequest, channels: readonly Channel[]): MessageHistory {
    const followed = request.kind === 'next';
    // The new answer first: where both have a message, its status is the newer one.
    const pages = followed ? [pageOf(this), pageOf(more)] : [pageOf(more), pageOf(this)];
    const merged = mergePages(pages, channels);
    // A channel that failed keeps its link, so trying again asks for the same page.
    const kept = more.errors.flatMap((error) => {
      const link = error.channel && this.next?.[error.channel];
      return link ? [[error.channel, link]] : [];
    });
    const next: NextLinks = { ...Object.fromEntries(kept), ...more.next };
    const firstSkipped = (this.skipped ?? 0) - (this.olderSkipped ?? 0);
    // A next link's page adds to what is shown; a count-only endpoint's larger answer holds the first page again.
    const olderSkipped = followed
      ? (this.olderSkipped ?? 0) + (more.skipped ?? 0)
      : Math.max(0, (more.skipped ?? 0) - firstSkipped);
    return this.with({
      ...merged,
      skipped: firstSkipped + olderSkipped || undefined,
      olderSkipped,
      next: Object.keys(next).length ? next : undefined,
      full: more.full,
      askedCount: followed ? this.askedCount : request.count,
      errors: more.errors,
      errorsFrom: 'more',
      extended: true,
    });
  }

  /** Loading older messages failed: what is shown stays, with the error (Retry loads older ones again). */
  withOlderFailure(error: MessageLoadError): MessageHistory {
    return this.with({ errors: [error], errorsFrom: 'more' });
  }

  /** The server unblocked the channel's address: the answer shown no longer says blocked. */
  withUnblocked(channel: Channel): MessageHistory {
    const address = this.contact?.[channel];
    return address ? this.with({ contact: { ...this.contact, [channel]: { ...address, blocked: false } } }) : this;
  }

  private with(change: Partial<HistoryFields>): MessageHistory {
    return new MessageHistory({ ...this, ...change });
  }
}

/** A result as one page, for merging. */
function pageOf({ messages, contact, skipped }: Pick<MessagePage, 'messages' | 'contact' | 'skipped'>): MessagePage {
  return { messages, contact, skipped };
}
