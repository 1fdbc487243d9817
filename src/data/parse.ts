import { messageKey } from './merge-pages.js';
import type { Channel, Contact, ContactAddress, Message, MessagePage } from './types.js';

/** What the parser knows about the request: `channel` is the channel it was for, when it was for one. */
export interface ParseOptions {
  channel?: Channel;
}

type Item = Record<string, unknown>;

/**
 * Reads one response body into a page of messages: the project's own shape (`{ contact?, messages, next? }`),
 * Voyado Engage's message history (`{ count, items }`), or a bare array of either kind of item (mixed is fine).
 * `undefined` when the body is none of these; `parseMessagePage` (parse-page.ts) says which way it is not.
 */
export function readMessagePage(body: unknown, options: ParseOptions = {}): MessagePage | undefined {
  if (Array.isArray(body)) return pageOfItems(body, options);
  const list = listOf(body);
  if (!list || !isObject(body)) return undefined;
  const page = pageOfItems(list, options);
  const contact = parseContact(body['contact']);
  if (contact) page.contact = contact;
  const next = optionalString(body['next']);
  if (next) page.next = next;
  return page;
}

/** The list of messages an object body holds under `messages` (or Voyado's `items`), when it is a list. */
function listOf(body: unknown): unknown[] | undefined {
  if (!isObject(body)) return undefined;
  const list = 'messages' in body ? body['messages'] : body['items'];
  return Array.isArray(list) ? list : undefined;
}

/** Message items read, and how many were left out because they could not be read. */
export interface ReadItems {
  messages: Message[];
  /**
   * Items left out as unreadable: not an object, no known channel, or a second item with the same
   * channel and id. Postal items are left out by design and not counted.
   */
  skipped: number;
}

/**
 * Reads message items of either shape. Never throws: an item that cannot be shown is left out,
 * a field that cannot be read is left undefined.
 */
export function parseMessageItems(items: readonly unknown[], options: ParseOptions = {}): Message[] {
  return readMessageItems(items, options).messages;
}

/** Like {@link parseMessageItems}, also counting the items left out, so the list can say how many. */
export function readMessageItems(items: readonly unknown[], options: ParseOptions = {}): ReadItems {
  const messages: Message[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const item of items) {
    const message = parseItem(item, options);
    if (message === POSTAL) continue;
    if (!message) {
      skipped++;
      continue;
    }
    // Duplicates (same channel and id): the first one is kept.
    const key = messageKey(message);
    if (seen.has(key)) {
      skipped++;
      continue;
    }
    seen.add(key);
    messages.push(message);
  }
  return { messages, skipped };
}

function pageOfItems(items: readonly unknown[], options: ParseOptions): MessagePage {
  const { messages, skipped } = readMessageItems(items, options);
  return skipped ? { messages, skipped } : { messages };
}

/** A postal send-out: no delivery status to show, so left out without counting as unreadable. */
const POSTAL = Symbol('postal');

function parseItem(item: unknown, options: ParseOptions): Message | typeof POSTAL | undefined {
  // A non-object item (null, a number, a string, an array) is skipped.
  if (!isObject(item)) return undefined;
  const named = item['channel'] ?? item['type'];
  if (typeof named === 'string' && /^postal/i.test(named.trim())) return POSTAL;
  // An unknown channel or type (push, fax, 42) is skipped: the widget has no statuses for it.
  const channel = itemChannel(item, options.channel);
  if (!channel) return undefined;

  // A missing or non-string status becomes '', which the UI shows as "No status".
  const status = optionalString(item['status']) ?? '';
  // A missing or invalid date becomes null: the message is kept and sorted last.
  const sentAt = parseDate(item['sentAt'] ?? item['sendDateTime']);
  // Wrong-typed optional fields are dropped rather than shown as "42" or "[object Object]".
  const name = optionalString(item['name']);
  const text = optionalString(item['text'] ?? item['messageText']);
  // Kept as any string: the renderer decides whether it is safe to link (http: and https: only).
  const link = optionalString(item['link'] ?? item['messageLink']);
  const source = optionalString(item['source']);
  const transactional = optionalBoolean(item['transactional'] ?? item['isTransactional']);
  const reason = optionalString(item['reason']);
  const statusAt = parseDate(item['statusAt']) ?? undefined;

  // Numeric ids are stringified; a missing id is derived from the content, so it survives refreshes.
  const id = optionalId(item['id'] ?? item['messageId']) ?? derivedId(channel, sentAt, name, text);

  const message: Message = { id, channel, status, sentAt };
  if (name !== undefined) message.name = name;
  if (text !== undefined) message.text = text;
  if (link !== undefined) message.link = link;
  if (source !== undefined) message.source = source;
  if (transactional !== undefined) message.transactional = transactional;
  if (reason !== undefined) message.reason = reason;
  if (statusAt !== undefined) message.statusAt = statusAt;
  return message;
}

/**
 * The item's own `channel` (or Voyado `type`) wins; only an item that names none takes the
 * channel of the request. Spelling is loose: `Email`, `e-mail`, `EmailMessage`, `SMS`, `SmsMessage`.
 */
function itemChannel(item: Item, requestChannel: Channel | undefined): Channel | undefined {
  const given = item['channel'] ?? item['type'];
  if (given === undefined || given === null) return requestChannel;
  if (typeof given !== 'string') return undefined;
  const key = given.toLowerCase().replace(/[^a-z]/g, '');
  if (key === 'email' || key === 'emailmessage') return 'email';
  if (key === 'sms' || key === 'smsmessage') return 'sms';
  return undefined;
}

/** The contact's addresses; a channel without a non-empty `address` is dropped. */
function parseContact(value: unknown): Contact | undefined {
  if (!isObject(value)) return undefined;
  const contact: Contact = {};
  for (const channel of ['email', 'sms'] as const) {
    const address = parseContactAddress(value[channel]);
    if (address) contact[channel] = address;
  }
  return contact.email || contact.sms ? contact : undefined;
}

function parseContactAddress(value: unknown): ContactAddress | undefined {
  if (!isObject(value)) return undefined;
  const address = optionalString(value['address']);
  if (!address) return undefined;
  const result: ContactAddress = { address };
  // Only real booleans: a string "false" must not read as blocked.
  const blocked = optionalBoolean(value['blocked']);
  if (blocked !== undefined) result.blocked = blocked;
  const unsubscribed = optionalBoolean(value['unsubscribed']);
  if (unsubscribed !== undefined) result.unsubscribed = unsubscribed;
  return result;
}

// YYYY-MM-DD, optionally a time (T or space) with optional seconds and fraction, optionally a zone.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads a date: an ISO 8601 string or epoch milliseconds (a `Date` is accepted too, for the
 * `messages` property). Anything else, or an impossible date such as 2024-02-30, gives `null`.
 *
 * A date-time without a zone (Voyado sends `2024-03-01T10:15:00`) is read as UTC, so every
 * viewer sees the same instant whatever their own zone; ECMAScript would read it as local time.
 */
export function parseDate(value: unknown): Date | null {
  if (value instanceof Date) return validDate(value.getTime());
  if (typeof value === 'number') return validDate(value);
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = match;
  if (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month))) return null;
  // ECMAScript only promises to read exactly this form, so normalise to it.
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const offset =
    zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return validDate(Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${offset}`));
}

function validDate(time: number): Date | null {
  // NaN, Infinity and times beyond ±8.64e15 ms all make an Invalid Date.
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date;
}

function daysInMonth(year: number, month: number): number {
  return month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
}

// Deliberately leaves out the status: it changes (deferred → delivered) while the message stays the same.
function derivedId(channel: Channel, sentAt: Date | null, name: string | undefined, text: string | undefined): string {
  const key = [channel, sentAt?.toISOString() ?? '', name ?? '', text ?? ''].join('\u0000');
  return `derived-${hash(key)}`;
}

// cyrb53: a fast 53-bit string hash; collisions among one contact's messages are vanishingly unlikely.
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function optionalId(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return optionalString(value);
}

/** A trimmed, non-empty string, or undefined. */
function optionalString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function isObject(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
