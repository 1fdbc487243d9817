import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { rows } from './helpers/list.js';
import { closePage, openMarkup } from './helpers/page-frame.js';

const ENDPOINT = '/api/contacts/{contactId}/messages';
const SECRET = 'Bearer s3cr3t-token-value';

describe('requestInit and fetcher', () => {
  afterEach(closePage);

  it('sends the settings of a page script after the widget with its first request, as docs/frameworks.md shows', async function () {
    // The bundle is built on its first request: seconds on a busy machine.
    this.timeout(60_000);
    const doc = await (await fetch('/docs/frameworks.md')).text();
    const section = doc.slice(doc.indexOf('## Without a framework'));
    const snippet = /```html\n([\s\S]*?)```/.exec(section)![1];
    const contactId = freshContact('42');
    // Where this page serves the bundle and the contact; the rest exactly as the docs write it.
    const page = snippet
      .replace('/node_modules/message-status-list/dist/', '/dist/')
      .replace('contact-id="42"', `contact-id="${contactId}"`);
    const win = await openMarkup(`<!doctype html>${page}`);
    const list = win.document.querySelector<MessageStatusList>('message-status-list')!;
    await waitUntil(() => list.state === 'ready', `the list is ${list.state}`, { timeout: 8000 });
    const requests = await requestsFor(contactId);
    expect(requests.map((request) => request.headers.authorization)).to.deep.equal(['Bearer your-token']);
  });

  it('reads number settings a framework hands over as text (timeout="300", page-size="20")', async () => {
    // Held by the mock until released: only the timeout can end the request.
    const contactId = `${freshContact('42')}~hold=1`;
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${contactId} endpoint=${ENDPOINT} .pageSize=${'20'} .timeout=${'300'}>
      </message-status-list>`,
    );
    const failed = (await oneEvent(list, 'messages-error')) as CustomEvent<{ message: string }>;
    expect(failed.detail.message).to.contain('300 ms');
    const [request] = await requestsFor(contactId);
    expect(request.query.count).to.equal('20');
  });

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
