import { parseMessagePage } from '../data/parse-page.js';
import type { Message } from '../data/types.js';
import { type CallLimits, readVoyado, unreadable, type VoyadoConnection } from './voyado-request.js';

export type Channel = Message['channel'];

// Voyado's v3 paths per channel.
const PATHS: Record<Channel, string> = { email: 'emailmessages', sms: 'smsmessages' };

/**
 * One channel's history from Voyado, parsed into the project's own message shape.
 * @throws {GatewayFailure} when Voyado fails, refuses, is slow or answers something unreadable.
 */
export async function fetchHistory(
  connection: VoyadoConnection,
  contactId: string,
  channel: Channel,
  count: number,
  limits: CallLimits,
): Promise<Message[]> {
  const asked = { what: `Voyado's ${channel} history`, expected: 'a message history' };
  // The id was checked to be one path segment; encoding it keeps it one.
  const path = `/api/v3/contacts/${encodeURIComponent(contactId)}/${PATHS[channel]}?count=${count}`;
  const body = await readVoyado(connection, path, asked, limits);
  try {
    return parseMessagePage(body, { channel }).messages;
  } catch (error) {
    throw unreadable(asked, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Messages as they come back from JSON (in the shared cache), with their dates as `Date`s again.
 * @throws {TypeError} when `parsed` is not such a list.
 */
export function revivedMessages(parsed: unknown): Message[] {
  if (!Array.isArray(parsed)) throw new TypeError('Not a list of messages.');
  return parsed.map((item: Message & { sentAt: string | null; statusAt?: string }) => ({
    ...item,
    sentAt: item.sentAt === null ? null : new Date(item.sentAt),
    ...(item.statusAt !== undefined && { statusAt: new Date(item.statusAt) }),
  }));
}
