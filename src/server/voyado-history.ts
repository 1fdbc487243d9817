import { MessageLoadError } from '../data/errors.js';
import { parseMessagePage } from '../data/parse.js';
import { readJsonResponse } from '../data/read-response.js';
import type { Message } from '../data/types.js';

export type Channel = Message['channel'];

/** Where to reach Voyado and how. */
export interface VoyadoConnection {
  /** The tenant's API root, without a trailing slash. */
  baseUrl: string;
  apiKey: string;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  timeoutMs: number;
}

/**
 * Why Voyado could not be read: the status and sentence for the browser (which never quote Voyado's
 * own answer, the URL or the key), and a line for the host's log.
 */
export class GatewayFailure extends Error {
  override readonly name = 'GatewayFailure';
  readonly status: number;
  /** Seconds to wait, passed on from Voyado's `Retry-After`. */
  readonly retryAfter?: number;
  readonly logLine: string;

  constructor(status: number, message: string, logLine: string, retryAfter?: number) {
    super(message);
    this.status = status;
    this.logLine = logLine;
    this.retryAfter = retryAfter;
  }
}

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
  signal: AbortSignal,
): Promise<Message[]> {
  // The id was checked to be one path segment; encoding it keeps it one.
  const url = `${connection.baseUrl}/api/v3/contacts/${encodeURIComponent(contactId)}/${PATHS[channel]}?count=${count}`;
  const init: RequestInit = {
    method: 'GET',
    headers: { apikey: connection.apiKey, Accept: 'application/json' },
    // Never follow a redirect: fetch would send the apikey header on to wherever it points.
    redirect: 'manual',
  };
  const deadline = AbortSignal.timeout(connection.timeoutMs);
  // One signal for the request and the read: the browser leaving, or Voyado taking too long.
  const either = AbortSignal.any([signal, deadline]);
  let body: unknown;
  try {
    const response = await connection.fetch(url, { ...init, signal: either });
    body = await readJsonResponse(response, { channel, signal: either });
  } catch (error) {
    if (signal.aborted) throw error;
    if (deadline.aborted) throw timedOut(channel, connection.timeoutMs);
    throw gatewayFailure(error, channel);
  }
  try {
    return parseMessagePage(body, { channel }).messages;
  } catch (error) {
    throw gatewayFailure(error, channel);
  }
}

function timedOut(channel: Channel, timeoutMs: number): GatewayFailure {
  return new GatewayFailure(
    504,
    'Voyado did not answer in time.',
    `Voyado's ${channel} history: no answer within ${timeoutMs} ms.`,
  );
}

function gatewayFailure(error: unknown, channel: Channel): GatewayFailure {
  const asked = `Voyado's ${channel} history`;
  // fetch rejects with a TypeError when it cannot connect; its message and cause may name the URL.
  if (!(error instanceof MessageLoadError) || error.kind === 'network' || error.kind === 'timeout') {
    return new GatewayFailure(502, 'Voyado could not be reached.', `${asked}: could not connect.`);
  }
  if (error.kind === 'parse') {
    return new GatewayFailure(
      502,
      'Voyado sent an answer that is not a message history.',
      `${asked}: ${error.message}`,
    );
  }
  const status = error.status ?? 0;
  const line = `${asked}: HTTP ${status}.`;
  if (status === 401 || status === 403) {
    // The browser's user did nothing wrong: the server's key is wrong, so this is no sign-in prompt.
    return new GatewayFailure(
      502,
      'The server is not set up to read Voyado: Voyado refused its API key.',
      `${line} Voyado refused the API key; check the key and its permissions.`,
    );
  }
  if (status === 404) return new GatewayFailure(404, 'Voyado does not know this contact.', line);
  if (status === 429) {
    return new GatewayFailure(429, 'Voyado is getting too many requests; try again shortly.', line, error.retryAfter);
  }
  if (status === 503) {
    return new GatewayFailure(503, 'Voyado is unavailable for the moment.', line, error.retryAfter);
  }
  if (status >= 300 && status < 400) {
    return new GatewayFailure(
      502,
      'Voyado answered with a redirect, which the server does not follow.',
      `${line} Not followed, so the API key stays with Voyado; check baseUrl.`,
    );
  }
  return new GatewayFailure(502, `Voyado answered with an error (HTTP ${status}).`, line);
}
