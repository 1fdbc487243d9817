import { MessageLoadError } from './errors.js';
import { defaultFetcher, DEFAULT_TIMEOUT } from './fetch-defaults.js';
import { abortable, anySignal } from './signals.js';
import type { Channel, Fetcher } from './types.js';

export interface SendOptions {
  /** Defaults to {@link defaultFetcher}. */
  fetcher?: Fetcher;
  /** Milliseconds for the request and the read; `0` or `Infinity` means no limit. Default {@link DEFAULT_TIMEOUT}. */
  timeout?: number;
  /** The caller's; aborting it (or `init.signal`) stops the request, which rejects with its reason. */
  signal?: AbortSignal;
}

/** Which service is asked, for the error messages, and the channel to put on errors. */
export interface RequestSubject {
  service: 'message' | 'unblock';
  channel?: Channel;
}

/**
 * Sends one request and reads its answer with `read`, once, within the timeout. Rejects with a
 * {@link MessageLoadError} (`timeout`, `network`, or whatever `read` threw), or with the abort
 * reason when `signal` or `init.signal` aborts: an abort is the caller's wish, not a failure.
 */
export async function sendRequest<T>(
  url: string,
  init: RequestInit,
  options: SendOptions,
  read: (response: Response, signal: AbortSignal) => Promise<T>,
  subject: RequestSubject,
): Promise<T> {
  const callerSignals = [options.signal, init.signal ?? undefined];
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const deadline = new AbortController();
  const timer =
    timeout > 0 && Number.isFinite(timeout)
      ? setTimeout(() => {
          deadline.abort(new DOMException(`The ${subject.service} service did not answer in time.`, 'TimeoutError'));
        }, timeout)
      : undefined;
  const signal = anySignal([...callerSignals, deadline.signal]);
  try {
    signal.throwIfAborted();
    const fetcher = options.fetcher ?? defaultFetcher;
    // Raced against the signal: a host's fetcher may ignore it, and must not keep us waiting.
    return await abortable((async () => read(await fetcher(url, { ...init, signal }), signal))(), signal);
  } catch (error) {
    // An abort stays an abort: the caller asked for it, so it is not a failure to show.
    const aborted = callerSignals.find((callerSignal) => callerSignal?.aborted);
    if (aborted) throw aborted.reason;
    throw requestError(error, subject, timeout, deadline.signal.aborted);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Why a request failed, as a {@link MessageLoadError}: out of time when `timedOut`, else what the read threw, else the
 * service could not be reached.
 */
export function requestError(
  error: unknown,
  { service, channel }: RequestSubject,
  timeout: number,
  timedOut: boolean,
): MessageLoadError {
  if (timedOut) {
    const message =
      service === 'message'
        ? `The message service did not answer within ${duration(timeout)}.`
        : 'The unblock service did not answer in time.';
    return new MessageLoadError('timeout', message, { channel, cause: error });
  }
  if (error instanceof MessageLoadError) return error;
  return new MessageLoadError('network', `Could not reach the ${service} service.`, { channel, cause: error });
}

function duration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  const seconds = Math.round(milliseconds / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
