import { MessageLoadError } from './errors.js';
import { parseMessagePage } from './parse.js';
import { readJsonResponse } from './read-response.js';
import { anySignal, DEFAULT_TIMEOUT, jsonHeaders, sendRequest } from './send-request.js';
import { mergePages } from './merge-pages.js';
import { CHANNELS, type Channel, type Contact, type Fetcher, type Message, type MessagePage } from './types.js';
import { expandUrlTemplate, templateUses } from './url-template.js';

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

export interface LoadMessagesResult {
  /** Newest first (undated last), one per channel and id. */
  messages: Message[];
  /** Each channel's address taken from that channel's own response. */
  contact?: Contact;
  /** Next-page URLs, per channel, or under `all` for a single request. */
  next?: Partial<Record<Channel | 'all', string>>;
  /** Channels that failed while at least one other succeeded. */
  errors: MessageLoadError[];
  /** How many items the pages had that could not be read and were left out; absent when none. */
  skipped?: number;
  /**
   * An answer in Voyado's shape (no next link, only a `count`) was full: asking again with a larger `count`
   * may give older messages.
   */
  full?: boolean;
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
  // Built before any request, so a bad endpoint fails as a whole rather than per channel.
  const requests: PageRequest[] = templateUses(endpoint, 'channel')
    ? channels.map((channel) => ({ url: buildMessagesUrl(endpoint, contactId, channel, pageSize), channel }))
    : [{ url: buildMessagesUrl(endpoint, contactId, undefined, pageSize) }];
  return loadRequests(requests, { ...options, channels });
}

/** The request options without the endpoint, which the requests' URLs replace. */
export type LoadRequestsOptions = Omit<LoadMessagesOptions, 'endpoint' | 'contactId' | 'pageSize'>;

export interface PageRequest {
  url: string;
  /** The channel the URL is for; none when one request answers for every channel. */
  channel?: Channel;
}

/** Loads the pages of these requests: see {@link loadMessages}. */
export async function loadRequests(
  requests: readonly PageRequest[],
  options: LoadRequestsOptions,
): Promise<LoadMessagesResult> {
  // The host may abort through either signal; the request's own signal is ours to set.
  const outer = anySignal([options.signal, options.requestInit?.signal ?? undefined]);
  try {
    outer.signal.throwIfAborted();
    const context = requestContext(options, outer.signal);
    const settled = await Promise.allSettled(requests.map(({ url, channel }) => loadPage(url, channel, context)));
    outer.signal.throwIfAborted();

    const pages: MessagePage[] = [];
    const errors: MessageLoadError[] = [];
    const next: Partial<Record<Channel | 'all', string>> = {};
    let full = false;
    settled.forEach((outcome, i) => {
      const { url, channel } = requests[i];
      if (outcome.status === 'fulfilled') {
        const { full: pageFull, ...page } = outcome.value;
        pages.push(channel ? contactOf(page, channel) : page);
        const link = page.next && nextPageUrl(page.next, url);
        if (link) next[channel ?? 'all'] = link;
        else if (pageFull) full = true;
        return;
      }
      // Anything else is a bug (e.g. in a host's retryDelay), not a load failure to show per channel.
      if (!(outcome.reason instanceof MessageLoadError)) throw outcome.reason;
      errors.push(outcome.reason);
    });
    // With several requests, every one failed: the whole list did, not the first channel.
    if (pages.length === 0) throw requests.length > 1 ? onChannel(errors[0], undefined) : errors[0];

    const result: LoadMessagesResult = { ...mergePages(pages, options.channels), errors };
    if (Object.keys(next).length > 0) result.next = next;
    if (full) result.full = true;
    return result;
  } finally {
    outer.dispose();
  }
}

/**
 * The next page's URL, resolved against the request that gave it (a relative link is relative to
 * it), or `undefined` when it cannot be read or leads elsewhere: the page itself is still good.
 */
function nextPageUrl(next: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(next, requestUrl);
  } catch {
    return undefined;
  }
  // Every request carries the host's headers and credentials: following a link to another origin
  // would hand them to whoever the answer names.
  const origin = new URL(requestUrl).origin;
  return url.origin === origin && origin !== 'null' ? url.href : undefined;
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

/**
 * The URL of one request: the expanded template, resolved against the page, with `count` set.
 * Other query parameters are kept byte for byte (a signed URL must stay valid).
 */
export function buildMessagesUrl(
  endpoint: string,
  contactId: string,
  channel: Channel | undefined,
  pageSize: number,
): string {
  const expanded = expandUrlTemplate(endpoint, { contactId, channel });
  let url: URL;
  try {
    // Against the document's base URL, as fetch() itself resolves: a <base href> or a srcdoc frame make it
    // differ from the page's location.
    url = new URL(expanded, globalThis.document?.baseURI ?? globalThis.location?.href);
  } catch {
    // The endpoint may carry a key in its query, so it is not quoted.
    throw new TypeError('The endpoint could not be read as a URL; a relative one needs a page to resolve against.');
  }
  if (Number.isFinite(pageSize) && pageSize >= 1) {
    const params = url.search
      .slice(1)
      .split('&')
      .filter((param) => param !== '' && paramName(param) !== 'count');
    params.push(`count=${Math.floor(pageSize)}`);
    url.search = `?${params.join('&')}`;
  }
  return url.href;
}

function paramName(param: string): string {
  const name = param.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
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

/**
 * Whether a body is a Voyado-shaped answer (`{ items }`) holding as many items as the URL's `count` asked for:
 * then there may be more, and only a larger `count` reaches them.
 */
function isFullVoyadoAnswer(body: unknown, url: string): boolean {
  const items = body && typeof body === 'object' ? (body as { items?: unknown }).items : undefined;
  const asked = Number(new URL(url).searchParams.get('count'));
  return Array.isArray(items) && asked > 0 && items.length >= asked;
}

/** One URL, with retries for the failures that may pass (network, timeout, 5xx, 429), then parsed. */
async function loadPage(
  url: string,
  channel: Channel | undefined,
  context: RequestContext,
): Promise<MessagePage & { full?: boolean }> {
  let body: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      body = await attemptOnce(url, channel, context);
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

/** Keeps only the page's address for its own channel: the email response speaks for email. */
function contactOf(page: MessagePage, channel: Channel): MessagePage {
  const address = page.contact?.[channel];
  const result: MessagePage = { messages: page.messages };
  if (address) result.contact = { [channel]: address };
  if (page.next) result.next = page.next;
  if (page.skipped) result.skipped = page.skipped;
  return result;
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
