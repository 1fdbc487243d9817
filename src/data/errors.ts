import type { Channel } from './types.js';

/** Why a load failed: no answer, an HTTP error, an answer we could not read, or no answer in time. */
export type LoadErrorKind = 'network' | 'http' | 'parse' | 'timeout';

/**
 * A finer reason, where the interface words it differently: too large, a web page, a redirect
 * (usually to a sign-in page), or a set-up mistake.
 */
export type LoadErrorCode = 'too-large' | 'web-page' | 'redirect' | 'set-up';

/**
 * A failed load as a value: its kind, the HTTP status when there was one, and a
 * message a support agent can read. Never carries request headers or credentials.
 */
export class MessageLoadError extends Error {
  override readonly name = 'MessageLoadError';
  readonly kind: LoadErrorKind;
  readonly status?: number;
  readonly channel?: Channel;
  /** Seconds the server asked us to wait (429/503 `Retry-After`). */
  readonly retryAfter?: number;
  readonly code?: LoadErrorCode;

  constructor(
    kind: LoadErrorKind,
    message: string,
    options: { status?: number; channel?: Channel; retryAfter?: number; code?: LoadErrorCode; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.channel = options.channel;
    this.retryAfter = options.retryAfter;
    this.code = options.code;
  }

  /** Whether trying again may help: network failures, timeouts, 5xx and 429. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500);
  }
}
