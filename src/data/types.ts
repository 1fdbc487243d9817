import type { Channel } from '../statuses/channels.js';

// Channels belong to the statuses layer (a status means something per channel); data re-exports them.
export { CHANNELS, type Channel } from '../statuses/channels.js';

/** One sent message, as the widget keeps it after parsing either data shape. */
export interface Message {
  /** Unique within its channel. */
  id: string;
  channel: Channel;
  /** The server's status text, as given; normalise it with `normalizeStatus`. */
  status: string;
  /** When it was sent; `null` when the server sent no valid date. */
  sentAt: Date | null;
  /** The send-out's name. */
  name?: string;
  /** An email's subject or an SMS's text. */
  text?: string;
  /** Where the message can be viewed; shown as a link only for http: and https:. */
  link?: string;
  /** What sent it (a campaign, an automation, a transactional source). */
  source?: string;
  transactional?: boolean;
  /** A bounce diagnostic from the receiving server. */
  reason?: string;
  /** When the status was last set. */
  statusAt?: Date;
}

/** A contact's address or number on one channel. */
export interface ContactAddress {
  address: string;
  blocked?: boolean;
  unsubscribed?: boolean;
}

export interface Contact {
  email?: ContactAddress;
  sms?: ContactAddress;
}

/** What one response gives, whatever its shape. */
export interface MessagePage {
  messages: Message[];
  contact?: Contact;
  /** The URL of the next page, when the server has more. */
  next?: string;
  /** How many items were left out because they could not be read; absent when none. */
  skipped?: number;
}

/** The host's fetch, e.g. to add auth or route through its own client. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;
