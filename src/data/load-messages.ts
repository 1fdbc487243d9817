import { collectPages, isFullVoyadoAnswer, type FetchedPage, type LoadMessagesResult } from './collect-pages.js';
import { MessageLoadError } from './errors.js';
import { DEFAULT_TIMEOUT, jsonHeaders } from './fetch-defaults.js';
import { messageRequests, type PageRequest } from './message-requests.js';
import { parseMessagePage } from './parse-page.js';
import { readJsonResponse } from './read-response.js';
import { requestError, sendRequest } from './send-request.js';
import { anySignal } from './signals.js';
import { CHANNELS, type Channel, type Fetcher, type MessagePage } from './types.js';

export type { LoadMessagesResult } from './collect-pages.js';

export const DEFAULT_TRIES = 3;
/** The most Voyado's message history hands out in one answer; it takes a `count` and gives no next link. */
export const VOYADO_MAX_COUNT = 500;
const BASE_RETRY_DELAY = 300;
const MAX_RETRY_DELAY = 30_000;

export interface LoadMessagesOptions {
  /** URL template with `{contactId}` and optionally `{channel}` (then one request per channel). */
  endpoint: string;
  contactId: string;
  channels: readonly Channel[];
  /** Sent as the `count` query parameter; left out when not a positive number. */
  pageSize: number;
  /** Defaults to `globalThis.fetch`. */
  fetcher?: Fetcher;
  /** Merged into each request (headers, credentials). The method is always GET. */
  requestInit?: RequestInit;
  /** Milliseconds per attempt; `0` or `Infinity` means no limit. Default 15000. */
  timeout?: number;
  /** Aborting it stops everything; the promise then rejects with its reason. */
  signal?: AbortSignal;
  /** Tries in total, the first included. Default 3. */
  retries?: number;
  /**
   * Milliseconds to wait after failed attempt number `attempt` (1-based). Default {@link defaultRetryDelay}.
   * Not asked when the server's `Retry-After` is over 30 s: that error is given up on at once.
   */
  retryDelay?: (attempt: number, error: MessageLoadError) => number;
  /** Default `parseMessagePage`. */
  parse?: (body: unknown, channel?: Channel) => MessagePage;
  /** Largest body accepted, in bytes. Default 5 MB. */
  maxBytes?: number;
}

/**
 * Loads a contact's messages. With `{channel}` in the endpoint, one request per channel runs in
 * parallel and one channel failing still gives the others (its error lands in `errors`); only when
 * every channel fails does the promise reject, with the first channel's error.
 *
 * Rejects with a {@link MessageLoadError}, with the abort reason when `signal` aborts, or with a
 * `TypeError` when the endpoint cannot be made into a URL (a set-up mistake, so nothing is fetched).
 */
export async function loadMessages(options: LoadMessagesOptions): Promise<LoadMessagesResult> {
  const { endpoint, contactId, pageSize } = options;
  const channels = CHANNELS.filter((channel) => options.channels.includes(channel));
  if (channels.length === 0) return { messages: [], errors: [] };
  return loadRequests(messageRequests(endpoint, contactId, channels, pageSize), { ...options, channels });
}

/** The request options without the endpoint, which the requests' URLs replace. */
export type LoadRequestsOptions = Omit<LoadMessagesOptions, 'endpoint' | 'contactId' | 'pageSize'>;

/**
 * The first attempt at a request, made before this loader was at hand (the first file's plain load of a first page):
 * the body it read, an answer it left to this loader (a failed status; a body that is not JSON, re-made from its
 * text), or why it failed. The loader goes on from there as if the attempt had been its own: nothing is asked twice.
 */
export type StartedAttempt = { body: unknown } | { response: Response } | { error: unknown; timedOut: boolean };

/** A request, perhaps already tried once. */
export interface StartedRequest extends PageRequest {
  started?: StartedAttempt;
}

/** Loads the pages of these requests: see {@link loadMessages}. */
export async function loadRequests(
  requests: readonly StartedRequest[],
  options: LoadRequestsOptions,
): Promise<LoadMessagesResult> {
  // The host may abort through either signal; the request's own signal is ours to set.
  const outer = anySignal([options.signal, options.requestInit?.signal]);
  outer.throwIfAborted();
  const context = requestContext(options, outer);
  const settled = await Promise.allSettled(requests.map((request) => loadPage(request, context)));
  outer.throwIfAborted();
  const pages: { request: PageRequest; page: FetchedPage }[] = [];
  const errors: MessageLoadError[] = [];
  settled.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') pages.push({ request: requests[i], page: outcome.value });
    // Anything else is a bug (e.g. in a host's retryDelay), not a load failure to show per channel.
    else if (outcome.reason instanceof MessageLoadError) errors.push(outcome.reason);
    else throw outcome.reason;
  });
  // With several requests, every one failed: the whole list did, not the first channel.
  if (pages.length === 0) throw requests.length > 1 ? onChannel(errors[0], undefined) : errors[0];
  return collectPages(pages, errors, options.channels);
}

/**
 * The wait before the next try: the server's `Retry-After` when it gave one (exactly), otherwise
 * exponential backoff with jitter: a ceiling of 300 ms doubling per failed attempt, and a wait
 * between half the ceiling and the ceiling. Never more than 30 s.
 *
 * @param random A number in [0, 1); tests pass their own to pin the jitter down.
 */
export function defaultRetryDelay(
  attempt: number,
  error: MessageLoadError,
  random: () => number = Math.random,
): number {
  if (error.retryAfter !== undefined) return Math.min(error.retryAfter * 1000, MAX_RETRY_DELAY);
  const ceiling = Math.min(BASE_RETRY_DELAY * 2 ** (attempt - 1), MAX_RETRY_DELAY);
  // Half fixed, half random: lists that failed together (a server restart) do not all come back at
  // the same instant, and each wait is still longer than the one before.
  const share = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (share * ceiling) / 2);
}

interface RequestContext {
  fetcher?: Fetcher;
  init: RequestInit;
  timeout: number;
  tries: number;
  retryDelay: (attempt: number, error: MessageLoadError) => number;
  parse: (body: unknown, channel?: Channel) => MessagePage;
  maxBytes?: number;
  signal: AbortSignal;
}

function requestContext(options: LoadRequestsOptions, signal: AbortSignal): RequestContext {
  const tries = options.retries ?? DEFAULT_TRIES;
  return {
    fetcher: options.fetcher,
    // A GET has no body; the host's signal is already in `signal`, and each attempt gets its own.
    init: {
      ...options.requestInit,
      method: 'GET',
      body: undefined,
      headers: jsonHeaders(options.requestInit?.headers),
      signal: undefined,
    },
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    tries: Number.isFinite(tries) ? Math.max(1, Math.floor(tries)) : DEFAULT_TRIES,
    retryDelay: options.retryDelay ?? defaultRetryDelay,
    parse: options.parse ?? ((body, channel) => parseMessagePage(body, { channel })),
    maxBytes: options.maxBytes,
    signal,
  };
}

/** One URL, with retries for the failures that may pass (network, timeout, 5xx, 429), then parsed. */
async function loadPage({ url, channel, started }: StartedRequest, context: RequestContext): Promise<FetchedPage> {
  let body: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      body = await (attempt === 1 && started ? adopt(started, channel, context) : attemptOnce(url, channel, context));
      break;
    } catch (error) {
      if (!(error instanceof MessageLoadError) || !error.retryable || attempt >= context.tries) throw error;
      // The server asked for a longer wait than a list should sit on "Loading"; its message says when to try again.
      if (error.retryAfter !== undefined && error.retryAfter * 1000 > MAX_RETRY_DELAY) throw error;
      const delay = context.retryDelay(attempt, error);
      await sleep(Number.isFinite(delay) ? Math.max(0, delay) : 0, context.signal);
    }
  }
  try {
    const page = context.parse(body, channel);
    return isFullVoyadoAnswer(body, url) ? { ...page, full: true } : page;
  } catch (error) {
    if (error instanceof MessageLoadError) throw withChannel(error, channel);
    // A host's parser may throw anything; to the user it is still data we could not read.
    throw new MessageLoadError('parse', 'The message data could not be read.', { channel, cause: error });
  }
}

function attemptOnce(url: string, channel: Channel | undefined, context: RequestContext): Promise<unknown> {
  const { fetcher, timeout, signal, maxBytes } = context;
  return sendRequest(
    url,
    context.init,
    { fetcher, timeout, signal },
    (response, readSignal) => readJsonResponse(response, { channel, maxBytes, signal: readSignal }),
    { service: 'message', channel },
  );
}

/** What an attempt made before the loader was at hand got, read as {@link attemptOnce} would have read it. */
async function adopt(started: StartedAttempt, channel: Channel | undefined, context: RequestContext): Promise<unknown> {
  if ('body' in started) return started.body;
  const { maxBytes, signal, timeout } = context;
  if ('response' in started) return readJsonResponse(started.response, { channel, maxBytes, signal });
  throw requestError(started.error, { service: 'message', channel }, timeout, started.timedOut);
}

function withChannel(error: MessageLoadError, channel: Channel | undefined): MessageLoadError {
  if (error.channel !== undefined || channel === undefined) return error;
  return onChannel(error, channel);
}

/** A copy of `error` that names `channel` (or none). */
function onChannel(error: MessageLoadError, channel: Channel | undefined): MessageLoadError {
  return new MessageLoadError(error.kind, error.message, {
    status: error.status,
    channel,
    retryAfter: error.retryAfter,
    code: error.code,
    cause: error.cause,
  });
}

/** Resolves after `milliseconds`; rejects with the abort's reason if `signal` aborts first (or already has). */
export function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
