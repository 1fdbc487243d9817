import { keepEarlyAnswer, EARLY_REQUEST_HEADERS } from '../data/early-answers.js';
import { buildMessagesUrl } from '../data/load-messages.js';
import { templateUses } from '../data/url-template.js';
import { parseChannels } from './list-settings.js';

/**
 * Starts the first request of every list already in the page, as the script-tag bundle starts and before Lit and
 * the elements are evaluated, so the answer travels while they are (on a slow link, a round trip saved).
 * Only where the attributes say all of the request: a list inside a provider may take its endpoint, headers or
 * fetcher from it, so it asks for itself. A host that sets `requestInit`, `fetcher` or `messages` in code gets
 * its own request; the early one is then dropped unread.
 */
export function startEarlyRequests(page: ParentNode): void {
  for (const list of page.querySelectorAll('message-status-list[endpoint][contact-id]')) {
    const [endpoint, contactId] = [list.getAttribute('endpoint') ?? '', list.getAttribute('contact-id') ?? ''];
    if (!endpoint || !contactId || list.closest('message-status-provider')) continue;
    const pageSize = list.hasAttribute('page-size') ? Number(list.getAttribute('page-size')) : 100;
    const channels = templateUses(endpoint, 'channel')
      ? parseChannels(list.getAttribute('channels') ?? 'email sms')
      : [undefined];
    for (const channel of channels) {
      let url: string;
      try {
        url = buildMessagesUrl(endpoint, contactId, channel, pageSize);
      } catch {
        continue; // The list itself says what is wrong with its endpoint.
      }
      keepEarlyAnswer(url, globalThis.fetch(url, { headers: EARLY_REQUEST_HEADERS }));
    }
  }
}
