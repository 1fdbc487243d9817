import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import '../src/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { rows } from './helpers/list.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tells the page it is hidden or shown again, as switching browser tabs does. */
function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

function refreshingList(contactId: string, interval: number, endpoint = '/api/contacts/{contactId}/messages') {
  return fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${contactId}
      endpoint=${endpoint}
      refresh-interval=${interval}
    ></message-status-list>`,
  );
}

describe('refresh-interval', () => {
  afterEach(() => {
    // Back to the real getters on Document.prototype.
    delete (document as { hidden?: boolean }).hidden;
    delete (document as { visibilityState?: string }).visibilityState;
  });

  it('refreshes in the background, one request at a time, keeping the rows on screen', async () => {
    const contactId = freshContact('42');
    const list = await refreshingList(contactId, 0.3);
    await oneEvent(list, 'messages-load');
    const rowsBefore = rows(list).length;
    await oneEvent(list, 'messages-load');
    await oneEvent(list, 'messages-load');
    expect((await requestsFor(contactId)).length).to.equal(3);
    // While a refresh is under way, the rows stay.
    await waitUntil(() => list.state === 'loading', 'no background refresh seen', { timeout: 2000 });
    expect(rows(list).length).to.equal(rowsBefore);
    list.refreshInterval = 0;
  });

  it('never overlaps: a slow answer delays the next refresh', async () => {
    const contactId = freshContact('42');
    const list = await refreshingList(contactId, 0.1, '/api/contacts/{contactId}/messages?delay=400');
    await sleep(1500);
    list.refreshInterval = 0;
    const requests = await requestsFor(contactId);
    expect(requests.filter((request) => request.aborted).length, 'none cut short by the next').to.equal(0);
    // Each load takes 400 ms and the next starts 100 ms after: at most 3 in 1.5 s.
    expect(requests.length).to.be.within(2, 3);
  });

  it('pauses while the page is hidden and catches up when it is shown', async () => {
    const contactId = freshContact('42');
    const list = await refreshingList(contactId, 0.2);
    await oneEvent(list, 'messages-load');
    setPageHidden(true);
    await sleep(800);
    expect((await requestsFor(contactId)).length, 'nothing while hidden').to.equal(1);
    const caughtUp = oneEvent(list, 'messages-load');
    setPageHidden(false);
    await caughtUp;
    expect((await requestsFor(contactId)).length).to.equal(2);
    list.refreshInterval = 0;
  });

  it('keeps the rows and says so when a background refresh fails', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id="42" endpoint="/api/contacts/{contactId}/messages"></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    const rowsBefore = rows(list).length;
    list.timeout = 50;
    list.endpoint = '/api/contacts/{contactId}/messages?delay=1000';
    await oneEvent(list, 'messages-error');
    await list.updateComplete;
    expect(list.state).to.equal('ready');
    expect(rows(list).length).to.equal(rowsBefore);
    expect(list.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('could not be updated');
  });

  it('stops when the element leaves the page', async () => {
    const contactId = freshContact('42');
    const list = await refreshingList(contactId, 0.2);
    await oneEvent(list, 'messages-load');
    list.remove();
    await sleep(700);
    expect((await requestsFor(contactId)).length).to.equal(1);
  });
});
