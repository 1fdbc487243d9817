import { collectPages, isFullVoyadoAnswer, type FetchedPage, type LoadMessagesResult } from './collect-pages.js';
import { defaultFetcher, DEFAULT_TIMEOUT, jsonHeaders } from './fetch-defaults.js';
import type { LoadMessagesOptions, loadRequests, StartedAttempt } from './load-messages.js';
import { messageRequests, type PageRequest } from './message-requests.js';
import { readMessagePage } from './parse.js';
import { DEFAULT_MAX_BYTES, readStreamedText } from './read-text.js';
import { abortable, anySignal } from './signals.js';
import { CHANNELS, type Fetcher } from './types.js';

/** What a list's first load takes: `loadMessages`' options without the ones only a host calling it sets. */
export type FirstPageOptions = Omit<LoadMessagesOptions, 'retries' | 'retryDelay' | 'parse' | 'maxBytes'>;

/** Gets the loader that goes on where the first page's plain attempt stopped. */
export type TakeOver = () => Promise<typeof loadRequests>;

/**
 * A contact's first page, with as little code as a plain `fetch` page: one attempt per request, read and parsed. When
 * every answer is good, that is the whole load. When any is not (a failed status, no answer, no answer in time, a body
 * that is not message data), `takeOver` gets what each attempt got and goes on as `loadMessages` would have, with its
 * retries and its words for each failure; nothing is asked twice. That loader is most of the data layer: the first
 * file leaves it to the rest of the widget, and only a load that went wrong waits for it.
 *
 * Rejects as `loadMessages` does: with the abort's reason when `signal` or `requestInit.signal` aborts.
 */
export async function loadFirstPage(options: FirstPageOptions, takeOver: TakeOver): Promise<LoadMessagesResult> {
  const channels = CHANNELS.filter((channel) => options.channels.includes(channel));
  if (channels.length === 0) return { messages: [], errors: [] };
  const requests = messageRequests(options.endpoint, options.contactId, channels, options.pageSize);
  const started = await attemptAll(requests, options);
  const pages = pagesOf(requests, started);
  if (pages) return collectPages(pages, [], channels);
  const loadRequests = await takeOver();
  return loadRequests(
    requests.map((request, i) => ({ ...request, started: started[i] })),
    { ...options, channels },
  );
}

/** One attempt at each request, side by side, within one timeout; an abort by the caller rejects with its reason. */
async function attemptAll(requests: readonly PageRequest[], options: FirstPageOptions): Promise<StartedAttempt[]> {
  const caller = anySignal([options.signal, options.requestInit?.signal]);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const deadline = timeout > 0 && Number.isFinite(timeout) ? AbortSignal.timeout(timeout) : undefined;
  const signal = anySignal([caller, deadline]);
  const init: RequestInit = {
    ...options.requestInit,
    method: 'GET',
    body: undefined,
    headers: jsonHeaders(options.requestInit?.headers),
    signal,
  };
  const fetcher: Fetcher = options.fetcher ?? defaultFetcher;
  const started = await Promise.all(
    requests.map(async ({ url, channel }): Promise<StartedAttempt> => {
      try {
        // Raced against the signal: a host's fetcher may ignore it, and must not keep us waiting.
        const response = await abortable(fetcher(url, init), signal);
        const { body } = response;
        // A failed status, a body said to be too large (refused unread) or one that is not a stream (some polyfills):
        // the full loader reads it.
        const tooLarge = Number(response.headers.get('Content-Length')) > DEFAULT_MAX_BYTES;
        if (!response.ok || tooLarge || !body?.getReader) return { response };
        const text = await readStreamedText(body, DEFAULT_MAX_BYTES, channel, signal);
        try {
          return { body: JSON.parse(text) };
        } catch {
          // Empty, a web page, cut short: the full loader says which, from the text as it came; the answer gives the
          // copy its status and headers (read as a ResponseInit).
          return { response: new Response(text, response) };
        }
      } catch (error) {
        return { error, timedOut: !!deadline?.aborted };
      }
    }),
  );
  // An abort stays an abort: the caller asked for it, so it is not a failure to show.
  caller.throwIfAborted();
  return started;
}

/** Every request's page, or nothing when any answer needs the full loader: it failed, or it is not message data. */
function pagesOf(
  requests: readonly PageRequest[],
  started: readonly StartedAttempt[],
): { request: PageRequest; page: FetchedPage }[] | undefined {
  const pages = [];
  for (const [i, attempt] of started.entries()) {
    if (!('body' in attempt)) return undefined;
    const request = requests[i];
    const page = readMessagePage(attempt.body, { channel: request.channel });
    if (!page) return undefined;
    pages.push({ request, page: isFullVoyadoAnswer(attempt.body, request.url) ? { ...page, full: true } : page });
  }
  return pages;
}
