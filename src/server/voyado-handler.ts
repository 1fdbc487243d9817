import { sortNewestFirst } from '../data/sort-messages.js';
import type { Contact, Message } from '../data/types.js';
import { dataAnswer, errorAnswer } from './answers.js';
import { Idempotency, isValidIdempotencyKey, type StoredAnswer } from './idempotency.js';
import { checkOptions, type VoyadoHandlerOptions } from './options.js';
import { matchRoute, readContactId, readCount } from './route.js';
import { SharedCache } from './shared-cache.js';
import { StoreGuard } from './store-guard.js';
import { storeKeys } from './store-keys.js';
import { isRefusal, readUnblockBody, type UnblockBody } from './unblock-body.js';
import type { Channel } from './voyado-history.js';
import { VoyadoHold } from './voyado-hold.js';
import { type ReadsSetup, voyadoReads } from './voyado-reads.js';
import { type CallLimits, GatewayFailure } from './voyado-request.js';

/** A standard `fetch` handler: one request in, one response out. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** Thrown by the host's `unblock` to refuse with a 4xx status and a sentence the agent will read. */
export class UnblockRefusal extends Error {
  override readonly name = 'UnblockRefusal';
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    if (!Number.isInteger(status) || status < 400 || status > 499) {
      throw new RangeError(`An UnblockRefusal needs a 4xx status, not ${status}.`);
    }
    this.status = status;
  }
}

const CHANNELS: readonly Channel[] = ['email', 'sms'];
// The longest one call to the shared store may take (less when timeoutMs is short): a store that stops
// answering costs each request this much before it goes on without it.
const STORE_BUDGET_MS = 500;

// When several requests fail at once, the answer that best tells the browser what to do wins.
const FAILURE_ORDER = [502, 404, 429, 503, 504];

/**
 * A standard `fetch` handler that holds the Voyado API key on the server and answers the widget:
 * `GET …/contacts/{contactId}/messages[?count=N][&channel=email|sms]` with both channels' histories
 * merged, newest first, in the project's own shape; `POST …/contacts/{contactId}/unblock` with
 * `{ channel, address }` by calling `unblock`.
 *
 * @throws {TypeError} at once when an option is missing or wrong, rather than on the first request.
 */
export function createVoyadoHandler(options: VoyadoHandlerOptions): FetchHandler {
  const settings = checkOptions(options);
  const { authorize, unblock, contact, log, cacheSeconds, sharedCacheSeconds, timeoutMs } = settings;
  // The key can reach a log line only through someone else's message; blank it there too.
  const report = (line: string) => {
    if (line !== '') log?.(line.split(settings.apiKey).join('[api key]'));
  };
  const store = new StoreGuard(settings.store, Math.min(STORE_BUDGET_MS, timeoutMs / 4), report);
  const keys = storeKeys(settings.baseUrl);
  const idempotency = new Idempotency(store);
  const reads: ReadsSetup = {
    connection: { baseUrl: settings.baseUrl, apiKey: settings.apiKey, fetch: settings.fetch, timeoutMs },
    hold: new VoyadoHold(store, keys.hold),
    keys,
    cache: sharedCacheSeconds > 0 ? new SharedCache(store, sharedCacheSeconds * 1000, timeoutMs) : undefined,
  };

  return async function handleVoyadoRequest(request: Request): Promise<Response> {
    try {
      return await route(request);
    } catch (error) {
      report(`Unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
      return errorAnswer(500, 'The server failed to answer this request.');
    }
  };

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const match = matchRoute(url.pathname);
    if (!match) return errorAnswer(404, 'Nothing here: use …/contacts/{contactId}/messages or …/unblock.');
    const allowed = match.action === 'messages' ? ['GET', 'HEAD'] : ['POST'];
    if (!allowed.includes(request.method)) {
      return errorAnswer(405, `Use ${allowed.join(' or ')} here.`, { Allow: allowed.join(', ') });
    }
    const read = readContactId(match.rawContactId);
    if ('problem' in read) return errorAnswer(400, read.problem);
    if (match.action === 'messages') return messages(request, url, read.id);
    if (!unblock) return errorAnswer(501, 'Unblocking is not set up on this server (no unblock option).');
    return unblockAddress(request, read.id, unblock);
  }

  /** Whether the signed-in user may see this contact; `undefined` means go on, else the refusal. */
  async function refuseUnless(request: Request, contactId: string): Promise<Response | undefined> {
    let allowed: unknown;
    try {
      allowed = await authorize(request, contactId);
    } catch (error) {
      report(`authorize failed: ${error instanceof Error ? error.message : String(error)}`);
      return errorAnswer(500, 'The server could not check whether you may see this contact.');
    }
    return allowed === true ? undefined : errorAnswer(403, 'You may not see this contact.');
  }

  async function messages(request: Request, url: URL, contactId: string): Promise<Response> {
    const count = readCount(url.searchParams.get('count'));
    if ('problem' in count) return errorAnswer(400, count.problem);
    const channel = url.searchParams.get('channel');
    if (channel !== null && !CHANNELS.includes(channel as Channel)) {
      return errorAnswer(400, 'channel must be "email" or "sms", or left out for both.');
    }
    const refused = await refuseUnless(request, contactId);
    if (refused) return refused;

    // Everything this request waits for (the store, Voyado, another instance's fill) ends by then.
    const limits: CallLimits = { signal: request.signal, deadline: AbortSignal.timeout(timeoutMs) };
    const voyado = voyadoReads(reads, contactId, limits);
    const channels = channel === null ? CHANNELS : [channel as Channel];
    const histories = channels.map((one) => voyado.history(one, count.count));
    const readingContact = contact ? hostContact(request, contactId) : voyado.contact();
    const [contactResult, ...results] = await Promise.allSettled([readingContact, ...histories]);
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [asFailure(result.reason)] : []));
    // The histories' failures say more (a 429 tells the widget when to retry), so the contact's counts only alone.
    if (contactResult.status === 'rejected' && failures.length === 0) failures.push(asFailure(contactResult.reason));
    if (failures.length > 0) {
      failures.forEach((failure) => report(failure.logLine));
      return failureAnswer(worst(failures));
    }

    const merged = results.flatMap((result) => (result.status === 'fulfilled' ? (result.value as Message[]) : []));
    const found = contactResult.status === 'fulfilled' ? (contactResult.value as Contact | undefined) : undefined;
    const body = { ...(found && { contact: found }), messages: sortNewestFirst(merged).slice(0, count.count) };
    return dataAnswer(request, body, cacheSeconds);
  }

  /** The host's own record of the contact, from its `contact` option. */
  async function hostContact(request: Request, contactId: string): Promise<Contact | undefined> {
    try {
      return (await contact!(contactId, request)) ?? undefined;
    } catch (error) {
      const said = error instanceof Error ? error.message : String(error);
      throw new GatewayFailure(502, "The server could not read the contact's addresses.", `contact failed: ${said}`);
    }
  }

  function asFailure(reason: unknown): GatewayFailure {
    if (reason instanceof GatewayFailure) return reason;
    // The browser went away (its request's signal aborted); nobody reads this answer.
    if (isAbort(reason)) return new GatewayFailure(503, 'The request was cancelled.', 'Request cancelled.');
    const said = reason instanceof Error ? reason.message : String(reason);
    return new GatewayFailure(502, 'Voyado could not be read.', `Unexpected failure: ${said}`);
  }

  function failureAnswer(failure: GatewayFailure): Response {
    const headers: Record<string, string> =
      failure.retryAfter === undefined ? {} : { 'Retry-After': String(failure.retryAfter) };
    return errorAnswer(failure.status, failure.message, headers);
  }

  async function unblockAddress(
    request: Request,
    contactId: string,
    unblockWith: NonNullable<VoyadoHandlerOptions['unblock']>,
  ): Promise<Response> {
    const refused = await refuseUnless(request, contactId);
    if (refused) return refused;
    const key = request.headers.get('Idempotency-Key');
    if (key !== null && !isValidIdempotencyKey(key)) {
      return errorAnswer(400, 'The Idempotency-Key header must be 1–200 printable characters.');
    }
    const body = await readUnblockBody(request);
    if (isRefusal(body)) return errorAnswer(body.status, body.message);

    const work = () => runUnblock(request, contactId, body, unblockWith);
    if (key === null) return storedAnswer(await work());
    const fingerprint = JSON.stringify([body.channel, body.address]);
    const done = await idempotency.run(keys.unblock(contactId, key), fingerprint, work, AbortSignal.timeout(timeoutMs));
    if (done === 'conflict') {
      return errorAnswer(422, 'This Idempotency-Key was already used for a different unblock.');
    }
    if (done === 'busy') {
      return errorAnswer(409, 'An unblock with this Idempotency-Key is still under way; try again in a moment.', {
        'Retry-After': '1',
      });
    }
    if (done === 'unavailable') {
      return errorAnswer(
        503,
        'The unblock was not done: the server could not record it in its shared store, so a resent request ' +
          'might unblock twice. Try again shortly.',
        { 'Retry-After': '5' },
      );
    }
    return storedAnswer(done);
  }

  async function runUnblock(
    request: Request,
    contactId: string,
    { channel, address }: UnblockBody,
    unblockWith: NonNullable<VoyadoHandlerOptions['unblock']>,
  ): Promise<StoredAnswer> {
    try {
      await unblockWith({ contactId, channel, address, request });
      return { status: 200, body: { ok: true, channel, address } };
    } catch (error) {
      if (error instanceof UnblockRefusal) return { status: error.status, body: { error: error.message } };
      report(`unblock failed for ${channel}: ${error instanceof Error ? error.message : String(error)}`);
      return { status: 502, body: { error: 'The unblock did not go through; try again.' } };
    }
  }
}

function storedAnswer(answer: StoredAnswer): Response {
  const body = answer.body as { error?: string };
  if (answer.status >= 400) return errorAnswer(answer.status, body.error ?? 'The unblock failed.');
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

function isAbort(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'AbortError';
}

/** The failure to answer with, and the longest wait any of its kind asked for. */
function worst(failures: GatewayFailure[]): GatewayFailure {
  const rank = (failure: GatewayFailure) => {
    const index = FAILURE_ORDER.indexOf(failure.status);
    return index === -1 ? FAILURE_ORDER.length : index;
  };
  const chosen = failures.reduce((best, failure) => (rank(failure) < rank(best) ? failure : best));
  const waits = failures.filter((f) => f.status === chosen.status && f.retryAfter !== undefined);
  const longest = Math.max(...waits.map((f) => f.retryAfter!));
  if (waits.length === 0 || longest === chosen.retryAfter) return chosen;
  return new GatewayFailure(chosen.status, chosen.message, chosen.logLine, longest);
}
