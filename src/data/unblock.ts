import { MessageLoadError } from './errors.js';
import { jsonHeaders, sendRequest } from './send-request.js';
import type { Channel, Fetcher } from './types.js';
import { expandUrlTemplate } from './url-template.js';

export interface UnblockOptions {
  /** URL template with `{contactId}`, `{channel}` and `{address}`. */
  endpoint: string;
  contactId: string;
  channel: Channel;
  address: string;
  fetcher?: Fetcher;
  requestInit?: RequestInit;
  /** Milliseconds before the request counts as failed; `0` or `Infinity` means no limit. Default 15000. */
  timeout?: number;
  /** Aborting it (or `requestInit.signal`) stops the request; the promise then rejects with its reason. */
  signal?: AbortSignal;
}

// Enough of the server's own words to say why, not a whole error page.
const MAX_SERVER_MESSAGE = 200;

/**
 * POSTs `{ channel, address }` to the unblock endpoint, once: an unblock is not
 * retried behind the user's back, the user decides whether to try again.
 * Resolves when the server accepted it; rejects with a {@link MessageLoadError}, or with the
 * abort reason when `signal` or `requestInit.signal` aborts.
 */
export async function requestUnblock(options: UnblockOptions): Promise<void> {
  const { channel, address, fetcher, timeout, signal } = options;
  const url = expandUrlTemplate(options.endpoint, { contactId: options.contactId, channel, address });
  const headers = jsonHeaders(options.requestInit?.headers);
  headers.set('Content-Type', 'application/json');
  const init: RequestInit = {
    ...options.requestInit,
    method: 'POST',
    headers,
    body: JSON.stringify({ channel, address }),
  };
  await sendRequest(url, init, { fetcher, timeout, signal }, (response) => checkUnblocked(response, channel), {
    service: 'unblock',
    channel,
  });
}

async function checkUnblocked(response: Response, channel: Channel): Promise<void> {
  if (response.ok) return;
  const said = await serverMessage(response);
  throw new MessageLoadError('http', `The unblock failed (HTTP ${response.status})${said ? `: ${said}` : '.'}`, {
    status: response.status,
    channel,
  });
}

/** The `error` or `message` text of a JSON error body, when there is one. */
async function serverMessage(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.json();
    if (!body || typeof body !== 'object') return undefined;
    const { error, message } = body as { error?: unknown; message?: unknown };
    const text = typeof error === 'string' ? error : typeof message === 'string' ? message : undefined;
    return text?.trim().slice(0, MAX_SERVER_MESSAGE) || undefined;
  } catch {
    return undefined;
  }
}
