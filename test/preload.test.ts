import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { rows } from './helpers/list.js';
import { resetPage } from './helpers/page-state.js';
import { engine } from './helpers/engine.js';

// docs/performance.md tells a page that knows the contact to preload the list's first request. This holds the tip
// to its word in each engine: Chromium and Firefox answer the list's request from the preload, so the server sees
// one request; WebKitGTK sends it again (the preload is wasted there, as the docs say), and the rows show all the same.
describe('a first request the page preloaded', () => {
  let link: HTMLLinkElement | undefined;
  afterEach(async () => {
    link?.remove();
    await resetPage();
  });

  it('is taken from the preload where the engine allows: one request reaches the server, and the rows show', async () => {
    const contactId = freshContact('42');
    const url = `/api/contacts/${encodeURIComponent(contactId)}/messages?count=100`;
    link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: url });
    link.crossOrigin = 'anonymous';
    document.head.append(link);
    await waitUntil(async () => (await requestsFor(contactId)).length === 1, 'the preload never reached the server');

    // Listening from the start: the preloaded answer may be shown before the list has finished its first update.
    let shown!: () => void;
    const loadedEvent = new Promise<void>((resolve) => (shown = resolve));
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${contactId}
        endpoint="/api/contacts/{contactId}/messages"
        @messages-load=${() => shown()}
      ></message-status-list>`,
    );
    await loadedEvent;
    await list.updateComplete;
    expect(rows(list).length).to.be.greaterThan(0);
    // Given time for a second request to arrive, had the list sent one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await requestsFor(contactId)).length).to.equal(engine === 'webkit' ? 2 : 1);
  });
});
