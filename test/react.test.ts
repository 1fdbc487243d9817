import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ComponentProps } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { MessageStatusChip, MessageStatusList, MessageStatusProvider } from '../src/react.js';
import type { MessagesLoadDetail } from '../src/react.js';
import type { MessageStatusList as MessageStatusListElement } from '../src/message-status-list.js';
import type { MessageStatusChip as MessageStatusChipElement } from '../src/message-status-chip.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { closePage, openPage } from './helpers/page-frame.js';
import './helpers/readable-failures.js';
import './helpers/define.js';
import { rows } from './helpers/list.js';

// Written with createElement rather than JSX so the shared esbuild set-up needs no JSX options.

const ENDPOINT = '/api/contacts/{contactId}/messages';

describe('React wrappers', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  function render(element: Parameters<Root['render']>[0]): void {
    // Synchronous, so the element is in the DOM when the test goes on.
    flushSync(() => root.render(element));
  }

  it('renders the list, calls onMessagesLoad and shows the rows', async () => {
    const loads: MessagesLoadDetail[] = [];
    render(
      createElement(MessageStatusList, {
        contactId: '42',
        endpoint: ENDPOINT,
        onMessagesLoad: (event) => loads.push(event.detail),
      }),
    );
    const list = container.querySelector('message-status-list')!;
    expect(list).to.be.instanceOf(customElements.get('message-status-list'));
    await waitUntil(() => loads.length > 0, 'messages-load never reached the React prop', { timeout: 8000 });
    await list.updateComplete;

    expect(loads[0].contactId).to.equal('42');
    const shown = rows(list);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.length).to.equal(loads[0].messages.length);
    expect(list.state).to.equal('ready');
  });

  it('passes object props as properties, not attributes', async () => {
    const contactId = freshContact('42');
    const requestInit: RequestInit = { headers: { Authorization: 'Bearer react-token' } };
    let loaded = false;
    render(
      createElement(MessageStatusList, {
        contactId,
        endpoint: ENDPOINT,
        requestInit,
        onMessagesLoad: () => (loaded = true),
      }),
    );
    const list = container.querySelector('message-status-list')!;
    expect(list.requestInit).to.equal(requestInit);
    expect(list.hasAttribute('requestinit')).to.be.false;
    expect(list.hasAttribute('requestInit')).to.be.false;
    await waitUntil(() => loaded, 'messages-load never reached the React prop', { timeout: 8000 });
    const requests = await requestsFor(contactId);
    expect(requests.length).to.be.greaterThan(0);
    expect(requests.every((request) => request.headers.authorization === 'Bearer react-token')).to.be.true;
  });

  it('shows messages given as a prop and fetches nothing', async () => {
    const messages = [
      { id: 'a', channel: 'email', status: 'Hard bounce', sentAt: '2024-03-01T10:00:00Z', name: 'Spring sale' },
      { id: 'b', channel: 'sms', status: 'Delivered', sentAt: '2024-03-02T10:00:00Z', name: 'Order' },
    ];
    const props: ComponentProps<typeof MessageStatusList> = { messages, lang: 'en' };
    render(createElement(MessageStatusList, props));
    const list = container.querySelector<MessageStatusListElement>('message-status-list')!;
    await list.updateComplete;
    const names = [...list.shadowRoot!.querySelectorAll('[part="name"]')].map((el) => el.textContent?.trim());
    expect(names).to.deep.equal(['Order', 'Spring sale']);
  });

  it('moves the event listener when the handler prop changes', async () => {
    const calls: string[] = [];
    const props = { messages: [], onMessagesError: () => calls.push('first') };
    render(createElement(MessageStatusList, props));
    render(createElement(MessageStatusList, { messages: [], onMessagesError: () => calls.push('second') }));
    const list = container.querySelector('message-status-list')!;
    list.dispatchEvent(new CustomEvent('messages-error', { detail: { contactId: '', message: 'x' } }));
    expect(calls).to.deep.equal(['second']);
  });

  it('renders a chip with its status', async () => {
    render(createElement(MessageStatusChip, { status: 'SoftBounce', channel: 'sms' }));
    const chip = container.querySelector<MessageStatusChipElement>('message-status-chip')!;
    await chip.updateComplete;
    expect(chip.status).to.equal('SoftBounce');
    expect(chip.channel).to.equal('sms');
    expect(chip.shadowRoot!.querySelector('[part~="chip-soft-bounce"]')).to.exist;
  });

  it('gives a provider’s endpoint and auth to the lists inside', async () => {
    const contactId = freshContact('42');
    const requestInit: RequestInit = { headers: { Authorization: 'Bearer from-provider' } };
    let loaded = false;
    render(
      createElement(
        MessageStatusProvider,
        { endpoint: ENDPOINT, requestInit },
        createElement(MessageStatusList, { contactId, onMessagesLoad: () => (loaded = true) }),
      ),
    );
    const provider = container.querySelector('message-status-provider')!;
    expect(provider.requestInit).to.equal(requestInit);
    await waitUntil(() => loaded, 'the list inside never loaded', { timeout: 8000 });
    const list = provider.querySelector('message-status-list')!;
    await list.updateComplete;
    expect(rows(list).length).to.be.greaterThan(0);
    const [request] = await requestsFor(contactId);
    expect(request.headers.authorization).to.equal('Bearer from-provider');
  });

  it('renders <message-status-list> in JSX without the wrapper, as React 19 does (props and on<event>)', async () => {
    const contactId = freshContact('42');
    const requestInit: RequestInit = { headers: { Authorization: 'Bearer intrinsic' } };
    const loads: MessagesLoadDetail[] = [];
    // What `<message-status-list contactId={…} requestInit={…} onmessages-load={…} />` compiles to.
    render(
      createElement('message-status-list', {
        contactId,
        endpoint: ENDPOINT,
        requestInit,
        'onmessages-load': (event: CustomEvent<MessagesLoadDetail>) => loads.push(event.detail),
      }),
    );
    const list = container.querySelector('message-status-list')!;
    expect(list.requestInit).to.equal(requestInit);
    await waitUntil(() => loads.length > 0, 'messages-load never reached the on<event> prop', { timeout: 8000 });
    expect(loads[0].contactId).to.equal(contactId);
    const [request] = await requestsFor(contactId);
    expect(request.headers.authorization).to.equal('Bearer intrinsic');
  });

  it('follows a changed contactId prop and reports the new contact through onMessagesLoad', async () => {
    const first = freshContact('42');
    const second = freshContact('blocked-sms');
    const loads: MessagesLoadDetail[] = [];
    const props = {
      endpoint: ENDPOINT,
      onMessagesLoad: (event: CustomEvent<MessagesLoadDetail>) => loads.push(event.detail),
    };
    render(createElement(MessageStatusList, { ...props, contactId: first }));
    await waitUntil(() => loads.length === 1, 'the first contact never loaded', { timeout: 8000 });
    render(createElement(MessageStatusList, { ...props, contactId: second }));
    await waitUntil(() => loads.length === 2, 'the second contact never loaded', { timeout: 8000 });
    expect(loads.map((detail) => detail.contactId)).to.deep.equal([first, second]);
    const list = container.querySelector('message-status-list')!;
    await list.updateComplete;
    expect(rows(list).length).to.equal(loads[1].messages.length);
    expect(list.shadowRoot!.querySelector('[part~="blocked-address"]')!.textContent).to.contain('+46');
  });
});

describe('the React demo page (demo/react.html)', () => {
  afterEach(closePage);

  it('passes React state to the list and the list’s events back to React state', async () => {
    const win = await openPage('/demo/react.html');
    const doc = () => win.document;
    const text = (selector: string) => doc().querySelector(selector)?.textContent ?? '';
    await waitUntil(() => /\d+ messages loaded/.test(text('#count')), 'the page never counted messages', {
      timeout: 15000,
    });
    const list = doc().querySelector('message-status-list')!;
    expect(text('#count')).to.equal(`${rows(list).length} messages loaded`);

    // React state in: another contact and Swedish, chosen as a person would, through the selects.
    const choose = (id: string, value: string) => {
      const select = doc().querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('lang', 'sv');
    choose('contact', 'blocked-sms');
    await waitUntil(() => text('#event-log').includes('for blocked-sms'), 'no onMessagesLoad for the new contact', {
      timeout: 8000,
    });
    await list.updateComplete;
    expect(list.contactId).to.equal('blocked-sms');
    expect(list.shadowRoot!.querySelector('[part~="blocked-address"]')!.textContent).to.contain('+46');
    expect(list.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('spärrad');
    expect(text('#count')).to.equal(`${rows(list).length} messages loaded`);
  });
});
