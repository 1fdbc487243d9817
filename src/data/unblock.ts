import { MessageLoadError } from './errors.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { readText } from './read-response.js';
import { jsonHeaders } from './fetch-defaults.js';
import { sendRequest } from './send-request.js';
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
  /** Sent as `Idempotency-Key`: one per confirmation, the same when that confirmation is sent again. Default: a fresh one. */
  idempotencyKey?: string;
}

// Enough of the server's own words to say why, not a whole error page.
const MAX_SERVER_MESSAGE = 200;
// A confirmation is a few bytes of JSON; anything near this is not one.
const MAX_CONFIRMATION_BYTES = 64 * 1024;

/**
 * POSTs `{ channel, address }` to the unblock endpoint, once: an unblock is not
 * retried behind the user's back, the user decides whether to try again.
 * Resolves only on proof that the server accepted it: a 2xx that is not a redirect, whose body is
 * empty or JSON and was read to its end. Rejects with a {@link MessageLoadError}, or with the
 * abort reason when `signal` or `requestInit.signal` aborts.
 */
export async function requestUnblock(options: UnblockOptions): Promise<void> {
  const { channel, address, fetcher, timeout, signal } = options;
  const url = expandUrlTemplate(options.endpoint, { contactId: options.contactId, channel, address });
  const headers = jsonHeaders(options.requestInit?.headers);
  headers.set('Content-Type', 'application/json');
  // Lets the server answer a resent POST (browsers resend after a dropped connection) without unblocking twice.
  headers.set('Idempotency-Key', options.idempotencyKey ?? newIdempotencyKey());
  const init: RequestInit = {
    ...options.requestInit,
    method: 'POST',
    // A redirect is never proof: it is how sign-in walls answer, and following it would POST elsewhere.
    redirect: 'manual',
    headers,
    body: JSON.stringify({ channel, address }),
  };
  await sendRequest(
    url,
    init,
    { fetcher, timeout, signal },
    (response, signal) => checkUnblocked(response, channel, signal),
    {
      service: 'unblock',
      channel,
    },
  );
}

async function checkUnblocked(response: Response, channel: Channel, signal: AbortSignal): Promise<void> {
  // `opaqueredirect` under `redirect: 'manual'`; `redirected` when a host's fetcher followed it anyway.
  if (response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400)) {
    throw new MessageLoadError('http', 'The unblock service redirected the request, so nothing was confirmed.', {
      status: response.status || undefined,
      channel,
      code: 'redirect',
    });
  }
  if (!response.ok) {
    const said = await serverMessage(response);
    throw new MessageLoadError('http', `The unblock failed (HTTP ${response.status})${said ? `: ${said}` : '.'}`, {
      status: response.status,
      channel,
    });
  }
  // Read to the end: headers saying 200 followed by a dropped connection prove nothing.
  const body = (await readText(response, MAX_CONFIRMATION_BYTES, channel, signal)).trim();
  if (body === '') return;
  if (body.startsWith('<')) {
    throw new MessageLoadError('parse', 'The unblock service answered with a web page, not a confirmation.', {
      status: response.status,
      channel,
      code: 'web-page',
    });
  }
  try {
    JSON.parse(body);
  } catch (error) {
    throw new MessageLoadError('parse', 'The unblock service answered with something that is not JSON.', {
      status: response.status,
      channel,
      cause: error,
    });
  }
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
