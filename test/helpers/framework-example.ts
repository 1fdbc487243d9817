import { expect, waitUntil } from '@open-wc/testing';
import type { MessageStatusList, UnblockDetail } from '../../src/message-status-list.js';
import { click } from './input.js';
import { loaded, part } from './list.js';
import { freshContact, requestsFor } from './mock-api.js';
// The list whole (its rest of the widget in the page) before a scenario reads its header.
import './define.js';

// The scenarios docs/frameworks.md's framework examples must pass in a browser, against the mock API: the same for
// Vue (test/vue.test.ts) and Svelte (test/svelte.test.ts), each mounting the doc's example its own way.

export interface ExampleProps {
  contactId: string;
  token: string;
  sendUnblock?: (detail: UnblockDetail) => Promise<void>;
}

export interface MountedExample {
  /** The element the framework rendered the example into. */
  host: HTMLElement;
  list: MessageStatusList;
  /** Passes new props, as a parent component would, and lets the framework render them. */
  update(props: Partial<ExampleProps>): Promise<void>;
  /** Unmounts the example; returns what the framework warned about meanwhile. */
  unmount(): string[];
}

const BLOCKED_EMAIL = 'erik.holm@nonexistent.example';

async function confirmUnblock(list: MessageStatusList) {
  await click(part(list, 'unblock-button')!);
  await list.updateComplete;
  await click(part(list, 'confirm-button')!);
}

export function exampleScenarios(mountExample: (props: ExampleProps) => Promise<MountedExample>) {
  let mounted: MountedExample | undefined;
  const start = async (props: ExampleProps) => {
    mounted = await mountExample(props);
    expect(mounted.list, 'the example rendered no <message-status-list>').to.exist;
    return mounted;
  };

  afterEach(() => {
    const warnings = mounted?.unmount() ?? [];
    mounted = undefined;
    expect(warnings.join('\n'), 'the framework warned').to.equal('');
  });

  it("loads the contact's messages with the token's header; the messages-load handler shows the count", async () => {
    const contactId = freshContact('blocked-email');
    const { host, list } = await start({ contactId, token: 'token-1' });
    await loaded(list);

    expect(list.contactId).to.equal(contactId);
    expect(list.hasAttribute('requestinit'), 'requestInit became an attribute').to.be.false;
    expect(part(list, 'header')!.textContent).to.contain(BLOCKED_EMAIL);
    const requests = await requestsFor(contactId);
    expect(requests.length).to.be.greaterThan(0);
    for (const request of requests) expect(request.headers.authorization).to.equal('Bearer token-1');
    await waitUntil(
      () =>
        host.querySelector('p')?.textContent?.trim() ===
        `${list.shadowRoot!.querySelectorAll('[part~="row"]').length} messages`,
      'the messages-load handler did not show the count of rows',
    );
  });

  it('reloads when the contact id changes, with the token passed by then', async () => {
    const first = freshContact('blocked-email');
    const { list, update } = await start({ contactId: first, token: 'token-1' });
    await loaded(list);
    const second = freshContact('ada');
    await update({ contactId: second, token: 'token-2' });
    await waitUntil(() => part(list, 'header')?.textContent?.includes('ada.lindqvist@example.com'), 'no reload');
    expect(list.contactId).to.equal(second);
    const requests = await requestsFor(second);
    expect(requests.length).to.be.greaterThan(0);
    for (const request of requests) expect(request.headers.authorization).to.equal('Bearer token-2');
  });

  it('lets the list post the unblock itself when the app sends none', async () => {
    const contactId = freshContact('blocked-email');
    const { list } = await start({ contactId, token: 'token-1' });
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
    const { list } = await start({ contactId, token: 'token-1', sendUnblock });
    await loaded(list);
    await confirmUnblock(list);
    await waitUntil(() => !part(list, 'blocked-address'), 'markUnblocked never showed the address unblocked');
    expect(sent.map(({ channel, address }) => ({ channel, address }))).to.deep.equal([
      { channel: 'email', address: BLOCKED_EMAIL },
    ]);
    // The list, told no by preventDefault(), posted nothing.
    expect((await requestsFor(contactId)).filter((request) => request.method === 'POST')).to.deep.equal([]);
  });
}
