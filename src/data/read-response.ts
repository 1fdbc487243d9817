import { MessageLoadError } from './errors.js';
import { DEFAULT_MAX_BYTES, readStreamedText, tooLarge } from './read-text.js';
import type { Channel } from './types.js';

export interface ReadJsonOptions {
  /** The channel the request was for, copied onto any error. */
  channel?: Channel;
  /** Bodies larger than this are refused, unread. Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** Aborting it stops the read and rejects with its reason. */
  signal?: AbortSignal;
}

/**
 * Reads a response as JSON, turning every way it can go wrong into a {@link MessageLoadError}
 * with a message a support agent can act on. Messages never quote the URL or the request headers.
 */
export async function readJsonResponse(response: Response, options: ReadJsonOptions = {}): Promise<unknown> {
  const { channel, signal } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  signal?.throwIfAborted();

  if (!response.ok) {
    discardBody(response);
    throw await httpError(response, channel);
  }

  const declaredLength = Number(response.headers.get('Content-Length') ?? NaN);
  if (declaredLength > maxBytes) {
    discardBody(response);
    throw tooLarge(maxBytes, channel);
  }

  const text = await readText(response, maxBytes, channel, signal);
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new MessageLoadError('parse', 'The message service sent an empty answer instead of message data.', {
      channel,
    });
  }
  // Proxies, login walls and SPA fallbacks answer with a web page and status 200.
  if (trimmed.startsWith('<')) throw webPage(channel);
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    // Servers that label JSON as text/html are common enough that the label alone does not decide.
    if (/html/i.test(response.headers.get('Content-Type') ?? '')) throw webPage(channel);
    throw new MessageLoadError('parse', 'The message service sent data that is not valid JSON.', {
      channel,
      cause: error,
    });
  }
}

/** Reads a body to its end as text, refusing it past `maxBytes`; a dropped connection rejects. */
export async function readText(
  response: Response,
  maxBytes: number,
  channel: Channel | undefined,
  signal: AbortSignal | undefined,
): Promise<string> {
  const { body } = response;
  if (body?.getReader) return readStreamedText(body, maxBytes, channel, signal);
  // No stream (some polyfills and test doubles): the size can only be checked afterwards.
  const buffer = await response.arrayBuffer();
  signal?.throwIfAborted();
  if (buffer.byteLength > maxBytes) throw tooLarge(maxBytes, channel);
  return new TextDecoder().decode(buffer);
}

/**
 * The error for a failed status, worded by a module of its own, fetched only when a server fails: the first file needs
 * no error wording to draw rows. Should that module not load, the status alone still tells what happened.
 */
async function httpError(response: Response, channel: Channel | undefined): Promise<MessageLoadError> {
  const { status } = response;
  try {
    return (await import('./http-error.js')).httpError(status, response.headers.get('Retry-After'), channel);
  } catch {
    return new MessageLoadError('http', `HTTP ${status}`, { status, channel });
  }
}

// Frees the connection: an error body is never read.
function discardBody(response: Response): void {
  if (response.body && !response.bodyUsed) void response.body.cancel().catch(() => undefined);
}

function webPage(channel: Channel | undefined): MessageLoadError {
  return new MessageLoadError(
    'parse',
    'The server answered with a web page instead of message data; check the endpoint address and that you are signed in.',
    { channel, code: 'web-page' },
  );
}
