import { joinChunks } from './join-chunks.js';
import { MessageLoadError } from './errors.js';
import type { Channel } from './types.js';

/** The largest body read by default: far more than any contact's message history needs. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads a body stream to its end as text, refusing it past `maxBytes`; a dropped connection rejects. (A body that is
 * not a stream, from some polyfills and test doubles, is read by `readText`, which comes with the rest.)
 */
export async function readStreamedText(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  channel: Channel | undefined,
  signal: AbortSignal | undefined,
): Promise<string> {
  const reader = body.getReader();
  // Cancelling the reader ends a pending read(), so an abort cannot leave us waiting on the network.
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      total += value.byteLength;
      // Stop at the limit rather than after downloading the rest: the body may be endless.
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes, channel);
      }
      chunks.push(value);
    }
    return new TextDecoder().decode(joinChunks(chunks, total));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The error for a body over `maxBytes`, saying how to ask for less. */
export function tooLarge(maxBytes: number, channel: Channel | undefined): MessageLoadError {
  const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new MessageLoadError(
    'parse',
    `The response is too large to show (over ${megabytes} MB); ask for fewer messages with page-size.`,
    { channel, code: 'too-large' },
  );
}
