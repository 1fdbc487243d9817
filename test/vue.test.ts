import { expect, waitUntil } from '@open-wc/testing';
import { createApp, reactive, h, version, type App } from 'vue';
import './helpers/readable-failures.js';
import type { MessageStatusList, UnblockDetail } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { loaded, part } from './helpers/list.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

// docs/frameworks.md's Vue example, compiled from the doc by Vue's SFC compiler (scripts/framework-examples.mjs) and
// run in Vue's browser build against the mock API.

const BLOCKED_EMAIL = 'erik.holm@nonexistent.example';

let app: App | undefined;
let vueWarnings: string[] = [];

/** Mounts the example with props a test can change, as a parent component would pass them. */
async function mountExample(start: {
  contactId: string;
  token: string;
  sendUnblock?: (d: UnblockDetail) => Promise<void>;
}) {
  const { default: ContactMessages } = await import(/* @vite-ignore */ '/docs/frameworks/example.vue' as string);
  const props = reactive({ ...start });
  const host = document.createElement('div');
  document.body.append(host);
  app = createApp({ render: () => h(ContactMessages, props) });
  app.config.warnHandler = (message) => vueWarnings.push(message);
  app.mount(host);
  const list = host.querySelector<MessageStatusList>('message-status-list');
  expect(list, 'the example rendered no <message-status-list>').to.exist;
  return { host, list: list!, props };
}

async function confirmUnblock(list: MessageStatusList) {
  await click(part(list, 'unblock-button')!);
  await list.updateComplete;
  await click(part(list, 'confirm-button')!);
}

describe(`docs/frameworks.md's Vue example, in Vue ${version}`, () => {
  beforeEach(() => {
    vueWarnings = [];
  });

  afterEach(() => {
    const root = app?._container as HTMLElement | undefined;
    app?.unmount();
    root?.remove();
    app = undefined;
    expect(vueWarnings.join('\n'), 'Vue warned').to.equal('');
  });

  it("loads the contact's messages with the token's header, and @messages-load reaches the component", async () => {
    const contactId = freshContact('blocked-email');
    const { host, list } = await mountExample({ contactId, token: 'token-1' });
    await loaded(list);

    expect(list.contactId).to.equal(contactId);
    expect(list.getAttribute('requestInit'), 'requestInit became an attribute').to.be.null;
    expect(part(list, 'header')!.textContent).to.contain(BLOCKED_EMAIL);
    const requests = await requestsFor(contactId);
    expect(requests.length).to.be.greaterThan(0);
    for (const request of requests) expect(request.headers.authorization).to.equal('Bearer token-1');
    await waitUntil(
      () => /\d+ messages/.test(host.querySelector('p')?.textContent ?? ''),
      'no count from @messages-load',
    );
  });

  it('reloads when the contact id changes, with the token passed by then', async () => {
    const first = freshContact('blocked-email');
    const { list, props } = await mountExample({ contactId: first, token: 'token-1' });
    await loaded(list);
    const second = freshContact('ada');
    props.token = 'token-2';
    props.contactId = second;
    await waitUntil(() => part(list, 'header')?.textContent?.includes('ada.lindqvist@example.com'), 'no reload');
    expect(list.contactId).to.equal(second);
    const requests = await requestsFor(second);
    expect(requests.length).to.be.greaterThan(0);
    for (const request of requests) expect(request.headers.authorization).to.equal('Bearer token-2');
  });

  it('lets the list post the unblock itself when the app sends none', async () => {
    const contactId = freshContact('blocked-email');
    const { list } = await mountExample({ contactId, token: 'token-1' });
    await loaded(list);
    await confirmUnblock(list);
    await waitUntil(() => !part(list, 'blocked-address'), 'the address stayed blocked');
    const posts = (await requestsFor(contactId)).filter((request) => request.method === 'POST');
    expect(posts.map((post) => post.path)).to.deep.equal([`/api/contacts/${encodeURIComponent(contactId)}/unblock`]);
    expect(posts[0].headers.authorization).to.equal('Bearer token-1');
  });

  it('sends the unblock through the app after preventDefault(), then markUnblocked()', async () => {
    const contactId = freshContact('blocked-email');
    const sent: UnblockDetail[] = [];
    const sendUnblock = async (detail: UnblockDetail) => {
      sent.push(detail);
    };
    const { list } = await mountExample({ contactId, token: 'token-1', sendUnblock });
    await loaded(list);
    await confirmUnblock(list);
    await waitUntil(() => !part(list, 'blocked-address'), 'markUnblocked never showed the address unblocked');
    expect(sent.map(({ channel, address }) => ({ channel, address }))).to.deep.equal([
      { channel: 'email', address: BLOCKED_EMAIL },
    ]);
    // The list, told no by preventDefault(), posted nothing.
    expect((await requestsFor(contactId)).filter((request) => request.method === 'POST')).to.deep.equal([]);
  });
});
