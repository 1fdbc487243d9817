import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { rows } from './helpers/list.js';
import { resetPage } from './helpers/page-state.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  afterEach(resetPage);

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

  it('raises a tiny interval to 10 s: nothing but the first load in the first seconds', async () => {
    const contactId = freshContact('42');
    const list = await refreshingList(contactId, 0.01);
    await oneEvent(list, 'messages-load');
    await sleep(1500);
    expect(await requestsFor(contactId)).to.have.length(1);
    list.refreshInterval = 0;
  });

  it('does not ask an always-500 API again each interval: only the first load’s 3 tries', async () => {
    const contactId = freshContact('always-500');
    const list = await refreshingList(contactId, 1);
    await oneEvent(list, 'messages-error');
    await sleep(2500);
    expect(await requestsFor(contactId)).to.have.length(3);
    list.refreshInterval = 0;
  });

  it('honours an always-429 API’s Retry-After of 120 s: one request, then quiet', async () => {
    const contactId = freshContact('always-429');
    const list = await refreshingList(contactId, 1);
    await oneEvent(list, 'messages-error');
    await sleep(2500);
    expect(await requestsFor(contactId)).to.have.length(1);
    list.refreshInterval = 0;
  });
});
