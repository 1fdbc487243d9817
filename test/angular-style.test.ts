import { expect, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { chipLabel, chipOf, chips, loaded, rows, statusKeyOf } from './helpers/list.js';
import { closePage, openPage } from './helpers/page-frame.js';
import type { MessagesLoadDetail, UnblockDetail } from '../src/message-status-list.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

// What Angular (CUSTOM_ELEMENTS_SCHEMA, `[prop]` and `(event)` bindings) relies on. Its renderer
// creates an element, sets the bound properties and adds the event listeners, then inserts it; with
// lazy-loaded code the element may be defined only after all that. Each case runs in a fresh
// iframe, whose registry knows none of the elements until the script is loaded there: once the
// script-tag bundle, once `message-status-list/define` (src/define.ts), as an Angular app imports it.

const ENDPOINT = '/api/contacts/{contactId}/messages';

type Frame = { win: Window & typeof globalThis; doc: Document };

async function blankFrame(): Promise<Frame> {
  const win = await openPage('/demo/blank.html');
  return { win, doc: win.document };
}

/** Loads a module script into the frame and waits for the three elements to be defined there. */
async function defineIn({ win, doc }: Frame, src: string): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  doc.head.append(script);
  await Promise.all(
    ['message-status-list', 'message-status-chip', 'message-status-provider'].map((tag) =>
      win.customElements.whenDefined(tag),
    ),
  );
}

const SCRIPTS = [
  { name: 'the script-tag bundle', src: '/dist/message-status-list.bundle.js' },
  { name: 'message-status-list/define', src: '/src/define.ts' },
];

describe('what Angular relies on', () => {
  before(async function () {
    // The first request for the bundle builds it; see test/bundle.test.ts.
    this.timeout(90_000);
    expect((await fetch(SCRIPTS[0].src)).ok).to.be.true;
  });

  afterEach(closePage);

  for (const { name, src } of SCRIPTS) {
    describe(`defined late, by ${name}`, () => {
      it('keeps the properties set before the element was defined', async () => {
        const frame = await blankFrame();
        const contactId = freshContact('blocked-email');
        const requestInit: RequestInit = { headers: { Authorization: 'Bearer set-before-define' } };
        const strings = { en: { statuses: { delivered: { label: 'Arrived' } } } };

        // As Angular's renderer does it: create, bind properties, insert; the tag is still unknown.
        const list = frame.doc.createElement('message-status-list') as MessageStatusList;
        Object.assign(list, { contactId, endpoint: ENDPOINT, requestInit, strings, pageSize: 50 });
        const given = frame.doc.createElement('message-status-list') as MessageStatusList;
        given.messages = [{ id: 'm1', channel: 'sms', status: 'Soft bounce', sentAt: '2024-03-01T10:00:00Z' }];
        given.contact = { sms: { address: '+46 70 123 45 67', blocked: true } };
        frame.doc.body.append(list, given);
        expect(frame.win.customElements.get('message-status-list')).to.equal(undefined);

        await defineIn(frame, src);
        expect(list).to.be.instanceOf(frame.win.customElements.get('message-status-list')!);

        // The objects are the very ones bound, and they took effect.
        expect(list.requestInit).to.equal(requestInit);
        expect(list.strings).to.equal(strings);
        expect(list.pageSize).to.equal(50);
        await loaded(list);
        const [request] = await requestsFor(contactId);
        expect(request.headers.authorization).to.equal('Bearer set-before-define');
        expect(request.query.count).to.equal('50');
        const labels = chips(list).map(chipLabel);
        expect(labels).to.include('Arrived');
        expect(labels).not.to.include('Delivered');

        // The list given `messages` and `contact` before it was defined shows them and fetches nothing.
        await given.updateComplete;
        const shown = rows(given);
        expect(shown.length).to.equal(1);
        expect(statusKeyOf(chipOf(shown[0]))).to.equal('soft-bounce');
        expect(given.shadowRoot!.querySelector('[part~="blocked-address"]')!.textContent).to.contain(
          '+46 70 123 45 67',
        );
      });

      it('delivers its events to listeners added before it was defined, and to a parent', async () => {
        const frame = await blankFrame();
        const contactId = freshContact('blocked-email');
        const parent = frame.doc.createElement('div');
        const list = frame.doc.createElement('message-status-list') as MessageStatusList;
        list.contactId = contactId;
        list.endpoint = ENDPOINT;

        // `(messages-load)="…"` on the element itself, added before the element is defined.
        const onElement: MessagesLoadDetail[] = [];
        list.addEventListener('messages-load', (event) => onElement.push((event as CustomEvent).detail));
        // A parent component listening to what bubbles up (e.g. `@HostListener('unblock-request')`).
        const atParent: Event[] = [];
        for (const type of ['messages-load', 'unblock-request']) {
          parent.addEventListener(type, (event) => atParent.push(event));
        }
        parent.append(list);
        frame.doc.body.append(parent);
        await defineIn(frame, src);

        await loaded(list);
        await waitUntil(() => onElement.length > 0, 'messages-load never reached the element listener');
        expect(onElement[0].contactId).to.equal(contactId);
        expect(onElement[0].messages.length).to.be.greaterThan(0);

        // Without an unblock endpoint the host does the unblock: the parent gets the request and says it went well.
        const requested = new Promise<CustomEvent<UnblockDetail>>((resolve) =>
          parent.addEventListener('unblock-request', (event) => resolve(event as CustomEvent<UnblockDetail>), {
            once: true,
          }),
        );
        parent.addEventListener('unblock-request', (event) => event.preventDefault(), { once: true });
        const unblocked = list.unblock('email');
        const request = await requested;
        expect(request.detail).to.include({ contactId, channel: 'email' });
        expect(request.detail.address).to.contain('@');
        list.markUnblocked('email');
        await unblocked;

        const types = atParent.map((event) => event.type);
        expect(types).to.include.members(['messages-load', 'unblock-request']);
        for (const event of atParent) {
          expect(event.bubbles && event.composed, `${event.type} must bubble and be composed`).to.be.true;
        }
        await list.updateComplete;
        expect(list.shadowRoot!.querySelector('[part~="blocked-address"]')).to.be.null;
      });
    });
  }
});
