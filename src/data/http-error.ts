import { MessageLoadError } from './errors.js';
import { parseHttpDate } from './http-date.js';
import type { Channel } from './types.js';

/** The error for a failed HTTP status, with the server's `Retry-After` read into seconds. */
export function httpError(status: number, retryAfterHeader: string | null, channel?: Channel): MessageLoadError {
  const retryAfter = parseRetryAfter(retryAfterHeader);
  return new MessageLoadError('http', httpErrorMessage(status, retryAfter), { status, channel, retryAfter });
}

/**
 * Reads a `Retry-After` header into whole seconds from `now` (never negative), or `undefined`
 * when it is absent or unreadable. Accepts delay-seconds (`120`) and an HTTP date.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const time = parseHttpDate(trimmed, now);
  if (time === undefined) return undefined;
  return Math.max(0, Math.ceil((time - now) / 1000));
}

/** A human message for an HTTP error status. */
export function httpErrorMessage(status: number, retryAfter?: number): string {
  if (status === 404) return `Contact not found: the message service does not know this contact (HTTP 404).`;
  if (status === 401 || status === 403) return `Not authorised to read this contact's messages (HTTP ${status}).`;
  if (status === 429) {
    const wait = retryAfter === undefined ? 'a moment' : formatSeconds(retryAfter);
    return `Too many requests to the message service; try again in ${wait} (HTTP 429).`;
  }
  if (status === 408) return 'The message service took too long to answer (HTTP 408).';
  if (status >= 500) return `The message service failed (HTTP ${status}).`;
  if (status >= 400) return `The message service refused the request (HTTP ${status}).`;
  return `The message service answered with an unexpected status (HTTP ${status}).`;
}

function formatSeconds(seconds: number): string {
  if (seconds < 1) return 'a moment';
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} minutes`;
}
