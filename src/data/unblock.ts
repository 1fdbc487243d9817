import { MessageLoadError } from './errors.js';
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
  /** Milliseconds before the request counts as failed. */
  timeout?: number;
}

// Enough of the server's own words to say why, not a whole error page.
const MAX_SERVER_MESSAGE = 200;

/**
 * POSTs `{ channel, address }` to the unblock endpoint, once: an unblock is not
 * retried behind the user's back, the user decides whether to try again.
 * Resolves when the server accepted it; rejects with a {@link MessageLoadError}.
 */
export async function requestUnblock(options: UnblockOptions): Promise<void> {
  const { channel, address } = options;
  const url = expandUrlTemplate(options.endpoint, { contactId: options.contactId, channel, address });
  const headers = new Headers(options.requestInit?.headers);
  headers.set('Content-Type', 'application/json');
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const timeout = options.timeout ?? 15_000;
  const init: RequestInit = {
    ...options.requestInit,
    method: 'POST',
    headers,
    body: JSON.stringify({ channel, address }),
    signal: timeout > 0 ? AbortSignal.timeout(timeout) : undefined,
  };
  const fetcher = options.fetcher ?? ((input, requestInit) => globalThis.fetch(input, requestInit));

  let response: Response;
  try {
    response = await fetcher(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new MessageLoadError('timeout', 'The unblock service did not answer in time.', { channel, cause: error });
    }
    throw new MessageLoadError('network', 'Could not reach the unblock service.', { channel, cause: error });
  }
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
