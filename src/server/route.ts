/** What a request asks for: a contact's messages, or to unblock one of its addresses. */
export type Action = 'messages' | 'unblock';

export interface RouteMatch {
  action: Action;
  /** The path text between `contacts/` and the action, still percent-encoded and not yet checked. */
  rawContactId: string;
}

// Anchored at the end only, so the handler works wherever the host mounts it (`/api/…`, `/crm/voyado/…`).
// Greedy on purpose: `contacts/a/b/messages` matches with `a/b`, which the id check then refuses.
const ROUTE = /\/contacts\/(.*)\/(messages|unblock)\/?$/;

/** Which of the handler's two routes a path is for, if either. */
export function matchRoute(pathname: string): RouteMatch | undefined {
  const match = ROUTE.exec(pathname);
  return match ? { action: match[2] as Action, rawContactId: match[1] } : undefined;
}

const MAX_ID_LENGTH = 256;

/**
 * The contact id of one path segment, decoded, or why it cannot be one. An id that would change the
 * shape of the path sent to Voyado (`..`, `/`, `%2F`, a backslash, an empty segment) is refused, never
 * cleaned up: a request that needs cleaning is not one a widget sends.
 */
export function readContactId(raw: string): { id: string } | { problem: string } {
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return { problem: 'The contact id is not valid percent-encoding.' };
  }
  if (id === '') return { problem: 'The contact id is empty.' };
  if (id === '.' || id === '..') return { problem: 'The contact id may not be "." or "..".' };
  if (/[/\\]/.test(id)) return { problem: 'The contact id must be one path segment, without "/" or "\\".' };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(id)) return { problem: 'The contact id contains control characters.' };
  if (id.length > MAX_ID_LENGTH) return { problem: `The contact id is longer than ${MAX_ID_LENGTH} characters.` };
  return { id };
}

/** Voyado answers at most this many messages per channel in one request. */
export const MAX_COUNT = 500;
export const DEFAULT_COUNT = 100;

/**
 * The `count` query parameter: a whole number from 1, default {@link DEFAULT_COUNT}. Larger than
 * Voyado allows is lowered to {@link MAX_COUNT} rather than refused, so a widget's big page size still loads.
 */
export function readCount(value: string | null): { count: number } | { problem: string } {
  if (value === null || value === '') return { count: DEFAULT_COUNT };
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) {
    return { problem: 'count must be a whole number of at least 1.' };
  }
  return { count: Math.min(Number(value), MAX_COUNT) };
}
