import { STATUS_CATALOG } from '../statuses/catalog.js';
import { normalizeStatus } from '../statuses/normalize.js';
import type { Channel, Message } from './types.js';

export interface MessageFilter {
  /** One channel, or every channel. */
  channel: Channel | 'all';
  /** Only what went wrong or may still go wrong: warning and danger statuses. */
  problemsOnly: boolean;
}

export const NO_FILTER: MessageFilter = { channel: 'all', problemsOnly: false };

/** Whether a status is one a support agent looks into: a bounce, a failure, a delay. */
export function isProblem(status: string): boolean {
  const key = normalizeStatus(status);
  return !!key && (STATUS_CATALOG[key].severity === 'warning' || STATUS_CATALOG[key].severity === 'danger');
}

export function filterMessages(messages: readonly Message[], filter: MessageFilter): readonly Message[] {
  if (filter.channel === 'all' && !filter.problemsOnly) return messages;
  return messages.filter(
    (message) =>
      (filter.channel === 'all' || message.channel === filter.channel) &&
      (!filter.problemsOnly || isProblem(message.status)),
  );
}
