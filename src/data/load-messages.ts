import { MessageLoadError } from './errors.js';
import { parseMessagePage } from './parse.js';
import { readJsonResponse } from './read-response.js';
import { sortNewestFirst } from './sort-messages.js';
import { CHANNELS, type Channel, type Contact, type Fetcher, type Message, type MessagePage } from './types.js';
import { expandUrlTemplate, templateUses } from './url-template.js';

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_TRIES = 3;
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
  /** Milliseconds to wait after failed attempt number `attempt` (1-based). Default {@link defaultRetryDelay}. */
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

/** What `loadNextPages` needs: the request options without the endpoint, which the `next` URLs replace. */
export type LoadNextOptions = Omit<LoadMessagesOptions, 'endpoint' | 'contactId' | 'pageSize'>;

/**
 * Loads the pages after the ones shown, from the `next` URLs of an earlier result, with the same
 * retries, per-channel failures and merging as {@link loadMessages}.
 */
export async function loadNextPages(
  next: Partial<Record<Channel | 'all', string>>,
  options: LoadNextOptions,
): Promise<LoadMessagesResult> {
  const requests: PageRequest[] = Object.entries(next).map(([key, url]) =>
    key === 'all' ? { url } : { url, channel: key as Channel },
  );
  if (requests.length === 0) return { messages: [], errors: [] };
  return loadRequests(requests, options);
}

interface PageRequest {
  url: string;
  /** The channel the URL is for; none when one request answers for every channel. */
  channel?: Channel;
}

async function loadRequests(requests: readonly PageRequest[], options: LoadNextOptions): Promise<LoadMessagesResult> {
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
    settled.forEach((outcome, i) => {
      const { url, channel } = requests[i];
      if (outcome.status === 'fulfilled') {
        pages.push(channel ? contactOf(outcome.value, channel) : outcome.value);
        // A relative next URL is relative to the request that gave it.
        if (outcome.value.next) next[channel ?? 'all'] = new URL(outcome.value.next, url).href;
        return;
      }
      // Anything else is a bug (e.g. in a host's retryDelay), not a load failure to show per channel.
      if (!(outcome.reason instanceof MessageLoadError)) throw outcome.reason;
      errors.push(outcome.reason);
    });
    if (pages.length === 0) throw errors[0];

    const result: LoadMessagesResult = { ...mergePages(pages, options.channels), errors };
    if (Object.keys(next).length > 0) result.next = next;
    return result;
  } finally {
    outer.dispose();
  }
}

/**
 * Merges pages into one list: only `channels`, the first copy of each channel + id (in page
 * order), newest first; and each channel's address from the first page that has one.
 */
export function mergePages(
  pages: readonly MessagePage[],
  channels: readonly Channel[],
): Omit<LoadMessagesResult, 'errors' | 'next'> {
  const seen = new Set<string>();
  const messages: Message[] = [];
  for (const page of pages) {
    for (const message of page.messages) {
      if (!channels.includes(message.channel)) continue;
      const key = `${message.channel}\n${message.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      messages.push(message);
    }
  }
  const result: Omit<LoadMessagesResult, 'errors' | 'next'> = { messages: sortNewestFirst(messages) };
  const contact: Contact = {};
  for (const channel of channels) {
    const address = pages.find((page) => page.contact?.[channel])?.contact?.[channel];
    if (address) contact[channel] = address;
  }
  if (contact.email || contact.sms) result.contact = contact;
  return result;
}

/**
 * The wait before the next try: the server's `Retry-After` when it gave one, otherwise
 * 300 ms doubling per failed attempt; never more than 30 s.
 */
export function defaultRetryDelay(attempt: number, error: MessageLoadError): number {
  const delay = error.retryAfter !== undefined ? error.retryAfter * 1000 : BASE_RETRY_DELAY * 2 ** (attempt - 1);
  return Math.min(delay, MAX_RETRY_DELAY);
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
    url = new URL(expanded, globalThis.location?.href);
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
  fetcher: Fetcher;
  init: RequestInit;
  timeout: number;
  tries: number;
  retryDelay: (attempt: number, error: MessageLoadError) => number;
  parse: (body: unknown, channel?: Channel) => MessagePage;
  maxBytes?: number;
  signal: AbortSignal;
}

function requestContext(options: LoadNextOptions, signal: AbortSignal): RequestContext {
  const headers = new Headers(options.requestInit?.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const tries = options.retries ?? DEFAULT_TRIES;
  return {
    // Called through globalThis at request time: an unbound `fetch` throws "Illegal invocation".
    fetcher: options.fetcher ?? ((url, init) => globalThis.fetch(url, init)),
    // A GET has no body; the signal is set per attempt.
    init: { ...options.requestInit, method: 'GET', body: undefined, headers },
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    tries: Number.isFinite(tries) ? Math.max(1, Math.floor(tries)) : DEFAULT_TRIES,
    retryDelay: options.retryDelay ?? defaultRetryDelay,
    parse: options.parse ?? ((body, channel) => parseMessagePage(body, { channel })),
    maxBytes: options.maxBytes,
    signal,
  };
}

/** One URL, with retries for the failures that may pass (network, timeout, 5xx, 429), then parsed. */
async function loadPage(url: string, channel: Channel | undefined, context: RequestContext): Promise<MessagePage> {
  let body: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      body = await attemptOnce(url, channel, context);
      break;
    } catch (error) {
      if (!(error instanceof MessageLoadError) || !error.retryable || attempt >= context.tries) throw error;
      const delay = context.retryDelay(attempt, error);
      await sleep(Number.isFinite(delay) ? Math.max(0, delay) : 0, context.signal);
    }
  }
  try {
    return context.parse(body, channel);
  } catch (error) {
    if (error instanceof MessageLoadError) throw withChannel(error, channel);
    // A host's parser may throw anything; to the user it is still data we could not read.
    throw new MessageLoadError('parse', 'The message data could not be read.', { channel, cause: error });
  }
}

async function attemptOnce(url: string, channel: Channel | undefined, context: RequestContext): Promise<unknown> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(context.signal.reason);
  context.signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer =
    context.timeout > 0 && Number.isFinite(context.timeout)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException('The message service did not answer in time.', 'TimeoutError'));
        }, context.timeout)
      : undefined;
  try {
    // Raced against the signal: a host's fetcher may ignore it, and must not keep us waiting.
    return await abortable(
      (async () => {
        const response = await context.fetcher(url, { ...context.init, signal: controller.signal });
        return readJsonResponse(response, { channel, maxBytes: context.maxBytes, signal: controller.signal });
      })(),
      controller.signal,
    );
  } catch (error) {
    // An abort stays an abort: the caller asked for it, so it is not a failure to show.
    context.signal.throwIfAborted();
    if (timedOut) {
      throw new MessageLoadError('timeout', `The message service did not answer within ${duration(context.timeout)}.`, {
        channel,
        cause: error,
      });
    }
    if (error instanceof MessageLoadError) throw error;
    throw new MessageLoadError('network', 'Could not reach the message service.', { channel, cause: error });
  } finally {
    clearTimeout(timer);
    context.signal.removeEventListener('abort', onAbort);
  }
}

/** Keeps only the page's address for its own channel: the email response speaks for email. */
function contactOf(page: MessagePage, channel: Channel): MessagePage {
  const address = page.contact?.[channel];
  const result: MessagePage = { messages: page.messages };
  if (address) result.contact = { [channel]: address };
  if (page.next) result.next = page.next;
  return result;
}

function withChannel(error: MessageLoadError, channel: Channel | undefined): MessageLoadError {
  if (error.channel !== undefined || channel === undefined) return error;
  return new MessageLoadError(error.kind, error.message, {
    status: error.status,
    channel,
    retryAfter: error.retryAfter,
    code: error.code,
    cause: error.cause,
  });
}

function duration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  const seconds = Math.round(milliseconds / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
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

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** One signal that aborts when any of `signals` does, with that signal's reason. */
function anySignal(signals: readonly (AbortSignal | undefined)[]): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const cleanups: (() => void)[] = [];
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    const onAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    cleanups.push(() => signal.removeEventListener('abort', onAbort));
  }
  return { signal: controller.signal, dispose: () => cleanups.forEach((cleanup) => cleanup()) };
}
