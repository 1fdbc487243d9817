import { historyEnd } from '../../data/history-changes.js';
import { MessageLoadError } from '../../data/errors.js';
import type { MessageHistory } from '../../data/message-history.js';
import { errorTextKey } from './error-text.js';
import { formatTime } from '../../first/format-time.js';
import type { Text } from '../../languages/pack.js';

/**
 * The sentences the list's views and its live region share, so a notice on screen and what a screen
 * reader hears say the same thing.
 */

/** What went wrong, in the reader's language; a host's own message (markUnblockFailed) as the host wrote it. */
export function errorSentence(text: Text, error: Error, action: 'load' | 'unblock' = 'load'): string {
  return error instanceof MessageLoadError
    ? text(errorTextKey(error, action), { status: error.status ?? '' })
    : error.message;
}

/** What failed while other messages are shown: one channel, or loading older or newer ones. */
export function partialErrorLead(text: Text, history: MessageHistory, error: MessageLoadError): string {
  if (error.channel) return text('channelFailed', { channel: text(error.channel) });
  return text(history.errorsFrom === 'more' ? 'loadMoreFailed' : 'refreshFailed');
}

/** A failed refresh leaves older rows on screen: say so, and from when they are. */
export function refreshFailedLead(
  text: Text,
  history: MessageHistory | undefined,
  lang: string,
  timeZone: string,
): string {
  const failed = text('refreshFailed');
  const at = history?.loadedAt;
  if (!at) return failed;
  return `${failed} ${text('staleSince', { time: formatTime(new Date(at), lang, timeZone) })}`;
}

/** Once older messages were asked for and no more can come: that everything is here, or the server's limit. */
export function endOfHistoryText(text: Text, history: MessageHistory | undefined, pageSize: number) {
  const end = history && historyEnd(history, pageSize);
  if (!end) return undefined;
  return text(end === 'limit-reached' ? 'limitReached' : 'allLoaded', { count: history!.messages.length });
}
