import { MessageLoadError } from '../data/errors.js';
import { readJsonResponse } from '../data/read-response.js';

/** Where to reach Voyado and how. */
export interface VoyadoConnection {
  /** The tenant's API root, without a trailing slash. */
  baseUrl: string;
  apiKey: string;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  timeoutMs: number;
}

/** What ends a call to Voyado: the browser leaving, and the request's deadline (`timeoutMs` from its start). */
export interface CallLimits {
  signal: AbortSignal;
  deadline: AbortSignal;
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

/** What is asked of Voyado, in words: `what` for log lines ("Voyado's email history"), `expected` for the browser ("a message history"). */
export interface Asked {
  what: string;
  expected: string;
}

/**
 * Voyado's JSON answer to `GET {baseUrl}{path}`, sent with the key.
 * @throws {GatewayFailure} when Voyado fails, refuses, is slow or answers something unreadable.
 */
export async function readVoyado(
  connection: VoyadoConnection,
  path: string,
  asked: Asked,
  { signal, deadline }: CallLimits,
): Promise<unknown> {
  const init: RequestInit = {
    method: 'GET',
    headers: { apikey: connection.apiKey, Accept: 'application/json' },
    // Never follow a redirect: fetch would send the apikey header on to wherever it points.
    redirect: 'manual',
  };
  // One signal for the request and the read: the browser leaving, or Voyado taking too long.
  const either = AbortSignal.any([signal, deadline]);
  try {
    const response = await connection.fetch(`${connection.baseUrl}${path}`, { ...init, signal: either });
    return await readJsonResponse(response, { signal: either });
  } catch (error) {
    if (signal.aborted) throw error;
    if (deadline.aborted) throw timedOut(asked.what, connection.timeoutMs);
    throw gatewayFailure(error, asked);
  }
}

/** The answer when the request's deadline passed before Voyado (or another instance) answered. */
export function timedOut(what: string, timeoutMs: number): GatewayFailure {
  return new GatewayFailure(504, 'Voyado did not answer in time.', `${what}: no answer within ${timeoutMs} ms.`);
}

/** Voyado answered, but not with what was asked for; `problem` says how, for the log. */
export function unreadable({ what, expected }: Asked, problem: string): GatewayFailure {
  return new GatewayFailure(502, `Voyado sent an answer that is not ${expected}.`, `${what}: ${problem}`);
}

function gatewayFailure(error: unknown, asked: Asked): GatewayFailure {
  const { what } = asked;
  // fetch rejects with a TypeError when it cannot connect; its message and cause may name the URL.
  if (!(error instanceof MessageLoadError) || error.kind === 'network' || error.kind === 'timeout') {
    return new GatewayFailure(502, 'Voyado could not be reached.', `${what}: could not connect.`);
  }
  if (error.kind === 'parse') return unreadable(asked, error.message);
  const status = error.status ?? 0;
  const line = `${what}: HTTP ${status}.`;
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
