import { sortNewestFirst } from './sort-messages.js';
import type { Channel, Contact, Message, MessagePage } from './types.js';

/** A message's identity across pages and loads: ids are unique within a channel, not across channels. */
export function messageKey(message: Pick<Message, 'channel' | 'id'>): string {
  return `${message.channel}\n${message.id}`;
}

/** Pages merged: their messages newest first, the contact's addresses, how many items were left out. */
export type MergedPages = Omit<MessagePage, 'next'>;

/**
 * Merges pages into one list: only `channels`, the first copy of each channel + id (in page
 * order), newest first; each channel's address from the first page that has one; and the sum
 * of the pages' skipped items (a copy on two pages is overlap, not a skipped item).
 */
export function mergePages(pages: readonly MessagePage[], channels: readonly Channel[]): MergedPages {
  const seen = new Set<string>();
  const messages: Message[] = [];
  for (const page of pages) {
    for (const message of page.messages) {
      if (!channels.includes(message.channel)) continue;
      const key = messageKey(message);
      if (seen.has(key)) continue;
      seen.add(key);
      messages.push(message);
    }
  }
  const result: MergedPages = { messages: sortNewestFirst(messages) };
  const contact: Contact = {};
  for (const channel of channels) {
    const address = pages.find((page) => page.contact?.[channel])?.contact?.[channel];
    if (address) contact[channel] = address;
  }
  if (contact.email || contact.sms) result.contact = contact;
  // A host's parser may say anything here: only whole positive counts add up.
  const skipped = pages.reduce(
    (sum, page) => sum + (Number.isSafeInteger(page.skipped) ? Math.max(0, page.skipped!) : 0),
    0,
  );
  if (skipped > 0) result.skipped = skipped;
  return result;
}
