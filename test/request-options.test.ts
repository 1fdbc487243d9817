import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { rows } from './helpers/list.js';

const ENDPOINT = '/api/contacts/{contactId}/messages';
const SECRET = 'Bearer s3cr3t-token-value';

describe('requestInit and fetcher', () => {
  it('sends the host’s headers with every request and never shows them', async () => {
    const contactId = freshContact('sms-down');
    const events: string[] = [];
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${contactId}
        endpoint="/api/contacts/{contactId}/messages?channel={channel}"
        .requestInit=${{ headers: { Authorization: SECRET } }}
        @messages-error=${(event: CustomEvent) => events.push(JSON.stringify(event.detail))}
        @messages-load=${(event: CustomEvent) => events.push(JSON.stringify(event.detail))}
      ></message-status-list>`,
    );
    await waitUntil(() => list.state === 'ready' && events.length === 2, 'load and the SMS error', { timeout: 8000 });
    const requests = await requestsFor(contactId);
    expect(requests.length).to.be.greaterThan(1);
    expect(requests.every((request) => request.headers.authorization === SECRET)).to.be.true;
    expect(requests.every((request) => request.headers.accept === 'application/json')).to.be.true;
    // The SMS channel failed, so an error message is on screen: none of it may carry the secret.
    expect(list.shadowRoot!.innerHTML).to.contain('could not be loaded');
    expect(list.shadowRoot!.innerHTML).not.to.contain('s3cr3t');
    expect(list.outerHTML).not.to.contain('s3cr3t');
    expect(events.join('\n')).not.to.contain('s3cr3t');
  });

  it('sends the host’s headers with the unblock request', async () => {
    const contactId = freshContact('blocked-sms');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${contactId}
        endpoint=${ENDPOINT}
        unblock-endpoint="/api/contacts/{contactId}/unblock"
        .requestInit=${{ headers: { Authorization: SECRET } }}
      ></message-status-list>`,
    );
    await waitUntil(() => list.state === 'ready', '', { timeout: 8000 });
    await list.updateComplete;
    await click(list.shadowRoot!.querySelector('[part="unblock-button"]')!);
    const done = oneEvent(list, 'unblock-success');
    await click(list.shadowRoot!.querySelector('[part="confirm-button"]')!);
    await done;
    const post = (await requestsFor(contactId)).find((request) => request.method === 'POST')!;
    expect(post.headers.authorization).to.equal(SECRET);
    expect(post.headers['content-type']).to.equal('application/json');
    expect(post.body).to.deep.equal({ channel: 'sms', address: '+46 70 999 99 99' });
  });

  // This test is about the fetcher hook itself, so it stands in for fetch; it still passes the request on to the mock API.
  it('routes every request through the host’s fetcher', async () => {
    const seen: { url: string; method: string }[] = [];
    const fetcher = (url: string, init: RequestInit) => {
      seen.push({ url, method: init.method ?? 'GET' });
      return fetch(url, init);
    };
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id="42"
        endpoint="/api/contacts/{contactId}/messages?channel={channel}"
        page-size="5"
        .fetcher=${fetcher}
      ></message-status-list>`,
    );
    await waitUntil(() => list.state === 'ready', '', { timeout: 8000 });
    const paths = seen.map((request) => {
      const url = new URL(request.url, location.href);
      return url.pathname + url.search;
    });
    expect(paths.sort()).to.deep.equal([
      '/api/contacts/42/messages?channel=email&count=5',
      '/api/contacts/42/messages?channel=sms&count=5',
    ]);
    expect(rows(list).length).to.equal(10);
  });

  it('says what is wrong with an endpoint template instead of showing nothing', async () => {
    // No request is made, so the error can come before a listener added after fixture() would be.
    const errors: { message: string }[] = [];
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id="42"
        endpoint="/api/contacts/{contactId}/{address}/messages"
        @messages-error=${(event: CustomEvent) => errors.push(event.detail)}
      ></message-status-list>`,
    );
    await waitUntil(() => errors.length === 1, 'no messages-error');
    expect(errors[0].message).to.contain('{address}');
    await list.updateComplete;
    expect(list.state).to.equal('error');
    const error = list.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('not set up correctly');
    expect(error.querySelector('details code')!.textContent).to.contain('{address}');
  });
});
