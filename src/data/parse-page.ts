import { MessageLoadError } from './errors.js';
import { isObject, readMessagePage, type ParseOptions } from './parse.js';
import type { MessagePage } from './types.js';

/**
 * Reads one response body into a page of messages, as {@link readMessagePage} does, saying what is wrong with a body
 * that is no page: the words a support agent reads. Apart from the reading, which the first file does alone.
 *
 * @throws {MessageLoadError} of kind `parse` when the body is none of the shapes a page comes in.
 */
export function parseMessagePage(body: unknown, options: ParseOptions = {}): MessagePage {
  const page = readMessagePage(body, options);
  if (page) return page;
  const { channel } = options;
  if (!isObject(body)) {
    throw new MessageLoadError('parse', `The message service sent ${describe(body)} instead of message data.`, {
      channel,
    });
  }
  const listKey = 'messages' in body ? 'messages' : 'items' in body ? 'items' : undefined;
  if (listKey === undefined) {
    throw new MessageLoadError(
      'parse',
      'The message service answered, but without a list of messages ("messages" or "items").',
      { channel },
    );
  }
  throw new MessageLoadError(
    'parse',
    `The message service sent "${listKey}" as ${describe(body[listKey])} instead of a list of messages.`,
    { channel },
  );
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
