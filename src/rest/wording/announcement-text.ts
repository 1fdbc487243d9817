import type { MessageLoadError } from '../../data/errors.js';
import type { MessageHistory } from '../../data/message-history.js';
import { CHANNELS, type Channel } from '../../data/types.js';
import type { Announcement } from './announcement.js';
import { endOfHistoryText, errorSentence, partialErrorLead } from './list-wording.js';
import type { Text } from '../../languages/pack.js';
import { countedText } from '../../languages/plural.js';
import type { UnblockProgress } from '../controllers/unblock-controller.js';
import { quotedAddress } from './quoted-address.js';

/** What the wording of an announcement reads of its list. */
export interface AnnouncementContext {
  text: Text;
  /** The language in force, whose plural rules pick a counted text's form. */
  lang: string;
  history?: MessageHistory;
  /** The last failed load of this contact. */
  failure?: MessageLoadError;
  pageSize: number;
  /** How many of the loaded messages the filters let through. */
  filteredCount(): number;
  unblockProgress(channel: Channel): UnblockProgress | undefined;
}

/** The sentence the live region says for an announcement; `undefined` keeps what it said last. */
export function announcementText(announcement: Announcement, context: AnnouncementContext): string | undefined {
  const { text, lang, failure, history } = context;
  switch (announcement.kind) {
    case 'loading':
      return text('loading');
    case 'loading-more':
      return text('loadingMore');
    case 'error':
      return failure ? `${text('errorTitle')} ${errorSentence(text, failure)}` : text('errorTitle');
    case 'refresh-failed':
      return failure ? `${text('refreshFailed')} ${errorSentence(text, failure)}` : text('refreshFailed');
    case 'loaded': {
      const { count } = announcement;
      const messages = countedText(text, lang, 'messageCount', count);
      const problems = (history?.errors ?? []).map(
        (error) => `${partialErrorLead(text, history!, error)} ${errorSentence(text, error)}`,
      );
      const end = endOfHistoryText(text, history, context.pageSize);
      return [text('loadedAnnouncement', { messages }), ...problems, ...(end ? [end] : [])].join(' ');
    }
    case 'filtered':
      return text('showingCount', { shown: context.filteredCount(), total: history?.messages.length ?? 0 });
    case 'unblock': {
      const progress = context.unblockProgress(CHANNELS[announcement.channel]);
      if (!progress) return undefined;
      const address = quotedAddress(progress.address);
      if (progress.phase === 'pending') return text('unblockingLabel', { address });
      if (progress.phase === 'done') return text('unblocked', { address });
      return text('unblockFailed', { address, message: errorSentence(text, progress.error, 'unblock') });
    }
  }
}
