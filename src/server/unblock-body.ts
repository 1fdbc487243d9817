import { withoutInvisibleCharacters } from '../data/bidi-controls.js';
import { joinChunks } from '../data/join-chunks.js';
import type { Channel } from './voyado-history.js';

/** What an unblock request asks for. */
export interface UnblockBody {
  channel: Channel;
  address: string;
}

/** A request the handler refuses, with the status and the sentence to answer. */
export interface Refusal {
  status: number;
  message: string;
}

// Far more than `{ "channel": "email", "address": "…" }` ever needs.
const MAX_BODY_BYTES = 16 * 1024;
// An email address is at most 254 characters; a phone number far less.
const MAX_ADDRESS_LENGTH = 320;

/**
 * Reads and checks an unblock request's JSON body. Only `application/json` is accepted: a page on
 * another site can post a form or plain text here without asking, but not JSON.
 */
export async function readUnblockBody(request: Request): Promise<UnblockBody | Refusal> {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    return { status: 415, message: 'Send the unblock as JSON (Content-Type: application/json).' };
  }
  const text = await readLimited(request, MAX_BODY_BYTES);
  if (text === undefined) return { status: 413, message: `The request body is larger than ${MAX_BODY_BYTES} bytes.` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: 400, message: 'The request body is not valid JSON.' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { status: 400, message: 'Send a JSON object: { "channel", "address" }.' };
  }
  const { channel, address: given } = body as Record<string, unknown>;
  if (channel !== 'email' && channel !== 'sms') return { status: 400, message: 'channel must be "email" or "sms".' };
  // Invisible characters go before anything else looks at the address: `unblock` and the idempotency
  // check both see the address a person would read.
  const address = typeof given === 'string' ? withoutInvisibleCharacters(given).trim() : '';
  if (address === '') return { status: 400, message: 'address must be a non-empty string.' };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (address.length > MAX_ADDRESS_LENGTH || /[\u0000-\u001f\u007f]/.test(address)) {
    return { status: 400, message: 'address is not an email address or phone number.' };
  }
  return { channel, address };
}

/** The body as text, or `undefined` once it grows past `limit` bytes (the rest is not read). */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  if (Number(request.headers.get('Content-Length') ?? 0) > limit) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(joinChunks(chunks, size));
}

/** Whether a value is a {@link Refusal} rather than what was asked for. */
export function isRefusal(value: object): value is Refusal {
  return 'status' in value && 'message' in value;
}
