import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { itExceptIn } from './helpers/engine.js';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { loaded, part, rows } from './helpers/list.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { closePage, openPage } from './helpers/page-frame.js';

// The widget against the package's server handler, mounted by the dev server under /server-api/ (see
// demo/server-source.mjs): it holds the key, asks the mock's Voyado routes, and unblocks through the CRM.

const ENDPOINT = '/server-api/contacts/{contactId}/messages';
const UNBLOCK = '/server-api/contacts/{contactId}/unblock';

async function serverList(contactId: string): Promise<MessageStatusList> {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${contactId}
      endpoint=${ENDPOINT}
      unblock-endpoint=${UNBLOCK}
    ></message-status-list>`,
  );
  await loaded(list);
  return list;
}

/** What the mock itself says the contact has, in the project's shape. */
async function mockHistory(contactId: string) {
  const response = await fetch(`/api/contacts/${encodeURIComponent(contactId)}/messages`);
  return (await response.json()) as { messages: { id: string }[] };
}

describe('the widget through the server handler', () => {
  afterEach(closePage);

  it('shows every message of both channels, fetched from Voyado with the key on the server', async () => {
    const contactId = freshContact('ada');
    const list = await serverList(contactId);
    const expected = await mockHistory(contactId);
    expect(rows(list).length).to.equal(expected.messages.length);
    expect(rows(list).length).to.be.above(5);
    const voyado = (await requestsFor(contactId)).filter((request) => request.path.startsWith('/api/v3/'));
    expect(voyado.map((request) => request.path).sort()).to.deep.equal([
      `/api/v3/contacts/${encodeURIComponent(contactId)}/emailmessages`,
      `/api/v3/contacts/${encodeURIComponent(contactId)}/smsmessages`,
    ]);
    expect(voyado.every((request) => request.apikey === 'valid')).to.be.true;
  });

  itExceptIn(
    ['firefox', 'webkit'],
    'its resource timing counts the cached body in a 304’s transferSize',
    'costs a 304 on refresh when nothing changed: the browser revalidates with the ETag by itself',
    async () => {
      // The timing buffer holds 250 entries by default, and the test page's modules fill much of it.
      performance.clearResourceTimings();
      const contactId = freshContact('unchanging');
      const list = await serverList(contactId);
      const shown = rows(list).length;
      await list.refresh();
      await loaded(list);
      expect(rows(list).length).to.equal(shown);
      const url = new URL(`/server-api/contacts/${encodeURIComponent(contactId)}/messages`, location.href).href;
      const loads = performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => entry.name.startsWith(url));
      expect(loads.length).to.equal(2);
      const [first, refresh] = loads;
      expect(first.transferSize).to.be.above(first.encodedBodySize);
      // A 304 brings headers only: fewer bytes came than the body the widget read.
      expect(refresh.encodedBodySize).to.equal(first.encodedBodySize);
      expect(refresh.transferSize).to.be.below(refresh.encodedBodySize);
    },
  );

  it('unblocks a blocked address through the handler, and a reload shows it unblocked', async () => {
    const contactId = freshContact('blocked-email');
    const list = await serverList(contactId);
    expect(part(list, 'blocked-address')!.textContent).to.contain('erik.holm@nonexistent.example');
    await click(part(list, 'unblock-button')!);
    const succeeded = oneEvent(list, 'unblock-success');
    await click(part(list, 'confirm-button')!);
    expect((await succeeded).detail).to.deep.equal({
      contactId,
      channel: 'email',
      address: 'erik.holm@nonexistent.example',
    });
    const unblocks = (await requestsFor(contactId)).filter((request) => request.method === 'POST');
    expect(unblocks.map((request) => request.body)).to.deep.equal([
      { channel: 'email', address: 'erik.holm@nonexistent.example' },
    ]);

    await list.refresh();
    await list.updateComplete;
    expect(part(list, 'blocked-address')).to.be.null;
  });

  it('shows the error and keeps the address blocked when the CRM’s unblock fails', async () => {
    const list = await serverList(freshContact('unblock-fails'));
    await click(part(list, 'unblock-button')!);
    const failed = oneEvent(list, 'unblock-error');
    await click(part(list, 'confirm-button')!);
    expect((await failed).detail.error.status).to.equal(502);
    expect(part(list, 'blocked-address')).to.exist;
  });

  it('says when Voyado is rate limiting, as the handler passes its 429 on', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${freshContact('ada') + '~status=429~retryAfter=0'}
        endpoint=${ENDPOINT}
      ></message-status-list>`,
    );
    const failed = oneEvent(list, 'messages-error');
    expect((await failed).detail.status).to.equal(429);
  });

  it('is a data source the demo page offers', async () => {
    const win = await openPage('/demo/index.html');
    await waitUntil(() => win.customElements.get('message-status-list'), 'the demo did not load', { timeout: 8000 });
    const list = win.document.querySelector<MessageStatusList>('#list')!;
    await loaded(list);
    const keyed = async () => (await requestsFor(list.contactId)).filter((request) => request.apikey).length;
    const before = await keyed();
    const shape = win.document.querySelector<HTMLSelectElement>('#shape')!;
    shape.value = ENDPOINT;
    shape.dispatchEvent(new Event('change', { bubbles: true }));
    expect(list.endpoint).to.equal(ENDPOINT);
    expect(list.unblockEndpoint).to.equal(UNBLOCK);
    // Asked Voyado with the key (the mock's other shapes are asked without one), and shows what came back.
    await waitUntil(async () => (await keyed()) === before + 2, 'Voyado was not asked through the handler', {
      timeout: 8000,
    });
    await loaded(list);
    expect(rows(list).length).to.be.above(0);
  });
});
