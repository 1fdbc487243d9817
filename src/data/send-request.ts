import { MessageLoadError } from './errors.js';
import type { Channel, Fetcher } from './types.js';

/** Milliseconds before a request counts as failed, unless the host says otherwise. */
export const DEFAULT_TIMEOUT = 15_000;

/** `globalThis.fetch`, looked up at request time: an unbound `fetch` throws "Illegal invocation". */
export const defaultFetcher: Fetcher = (url, init) => globalThis.fetch(url, init);

/** A copy of the host's headers that asks for JSON, unless the host asked for something else. */
export function jsonHeaders(headers: HeadersInit | undefined): Headers {
  const result = new Headers(headers);
  if (!result.has('Accept')) result.set('Accept', 'application/json');
  return result;
}

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
  const { service, channel } = subject;
  const callerSignals = [options.signal, init.signal ?? undefined];
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const deadline = new AbortController();
  const timer =
    timeout > 0 && Number.isFinite(timeout)
      ? setTimeout(() => {
          deadline.abort(new DOMException(`The ${service} service did not answer in time.`, 'TimeoutError'));
        }, timeout)
      : undefined;
  const linked = anySignal([...callerSignals, deadline.signal]);
  const { signal } = linked;
  try {
    signal.throwIfAborted();
    const fetcher = options.fetcher ?? defaultFetcher;
    // Raced against the signal: a host's fetcher may ignore it, and must not keep us waiting.
    return await abortable((async () => read(await fetcher(url, { ...init, signal }), signal))(), signal);
  } catch (error) {
    // An abort stays an abort: the caller asked for it, so it is not a failure to show.
    const aborted = callerSignals.find((callerSignal) => callerSignal?.aborted);
    if (aborted) throw aborted.reason;
    if (deadline.signal.aborted) {
      const message =
        service === 'message'
          ? `The message service did not answer within ${duration(timeout)}.`
          : 'The unblock service did not answer in time.';
      throw new MessageLoadError('timeout', message, { channel, cause: error });
    }
    if (error instanceof MessageLoadError) throw error;
    throw new MessageLoadError('network', `Could not reach the ${service} service.`, { channel, cause: error });
  } finally {
    clearTimeout(timer);
    linked.dispose();
  }
}

/** One signal that aborts when any of `signals` does, with that signal's reason. */
export function anySignal(signals: readonly (AbortSignal | undefined)[]): { signal: AbortSignal; dispose(): void } {
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

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function duration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  const seconds = Math.round(milliseconds / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
