import type { BlockStory } from '../../data/block-story.js';
import type { Message } from '../../data/types.js';
import type { Text } from '../../languages/pack.js';

/** How a date is written where a story or an explanation quotes it: the list's language and time zone. */
export type WriteDate = (date: Date) => string;

/** A message as it is named: its send-out's name, else its text. */
export function plainName(text: Text, message: Message): string {
  return message.name || message.text || text('noText');
}

/**
 * A message as a sentence names it, isolated (FSI … PDI, what `<bdi>` does for markup), so a right-to-left name
 * cannot reorder the words of the sentence around it.
 */
export function messageName(text: Text, message: Message): string {
  return `\u2068${plainName(text, message)}\u2069`;
}

/**
 * The block's story in one or two sentences, the same in the header, the dialog and what a screen reader reads:
 * since when and after which message, or that nothing loaded explains it (with the last delivery, when there is one).
 */
export function blockStoryText(text: Text, story: BlockStory, write: WriteDate): string {
  switch (story.kind) {
    case 'hard-bounce':
      return text('blockStoryHardBounce', { date: write(story.since), name: messageName(text, story.cause) });
    case 'soft-bounces': {
      const { since, bounces, days, first } = story;
      const values = { date: write(since), count: bounces.length, days, first: write(first) };
      return text('blockStorySoftBounces', values);
    }
    case 'unexplained': {
      const lead = text('blockStoryUnexplained');
      const delivery = story.lastDelivery?.sentAt;
      return delivery ? `${lead} ${text('blockStoryLastDelivery', { date: write(delivery) })}` : lead;
    }
  }
}
