// Answers to first requests started before the list element exists (src/internal/early-requests.ts, run as the
// script-tag bundle starts), kept here for the list to take instead of asking again.

/** How long an early answer waits to be taken: a list takes it within moments of being defined, or never. */
const KEPT_MS = 10_000;

const answers = new Map<string, Promise<Response>>();

/** Keeps an early answer for `url`, once (a second list with the same URL asks for itself), for a few seconds. */
export function keepEarlyAnswer(url: string, answer: Promise<Response>): void {
  if (answers.has(url)) return;
  // Failures are the taker's to read; one nobody takes must not surface as an unhandled rejection.
  answer.catch(() => undefined);
  answers.set(url, answer);
  setTimeout(() => answers.delete(url), KEPT_MS);
}

/**
 * The early answer for `url`, given up to the first caller whose request is the one it was made as: a plain GET
 * asking for JSON, with none of the host's headers or options. Anything else asks the network itself.
 */
export function takeEarlyAnswer(url: string, init: RequestInit | undefined): Promise<Response> | undefined {
  const answer = answers.get(url);
  if (!answer || !isPlainJsonGet(init)) return undefined;
  answers.delete(url);
  return answer;
}

/** The headers an early request sends, which are the list's own when the host adds none. */
export const EARLY_REQUEST_HEADERS: Readonly<Record<string, string>> = { Accept: 'application/json' };

/** The options the list itself sets on a request; any other one (credentials, cache, mode…) is the host's. */
const LIST_OPTIONS = new Set(['method', 'headers', 'body', 'signal']);

function isPlainJsonGet(init: RequestInit = {}): boolean {
  if ((init.method ?? 'GET').toUpperCase() !== 'GET' || init.body != null) return false;
  if (Object.entries(init).some(([key, value]) => !LIST_OPTIONS.has(key) && value !== undefined)) return false;
  return [...new Headers(init.headers)].join('\n') === [...new Headers(EARLY_REQUEST_HEADERS)].join('\n');
}
