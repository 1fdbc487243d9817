import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import './helpers/readable-failures.js';
import './helpers/define.js';
import { MessageLoadError } from '../src/data/errors.js';
import { parseMessagePage } from '../src/data/parse-page.js';
import { readMessageItems } from '../src/data/parse.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { anyBody, anyItem } from './helpers/arbitrary-bodies.js';
import { freshContact } from './helpers/mock-api.js';
import { foreignElements, forgetHostileRun, hostileRan, liveLinks } from './helpers/hostile.js';
import { uncaught } from './helpers/uncaught.js';
import { rows } from './helpers/list.js';

// Random answers, valid, broken and hostile, through the parser and the element: never an uncaught
// exception, always a defined state, never markup from the data as elements or a live script link.

/** Throws when the list shows markup from the data as elements, links anything but http(s), or is blank. */
function checkRendered(list: MessageStatusList): void {
  expect(foreignElements(list), 'elements made from the data').to.deep.equal([]);
  for (const href of liveLinks(list)) expect(new URL(href).protocol, href).to.match(/^https?:$/);
  expect(list.shadowRoot!.textContent!.trim(), 'a blank widget').not.to.equal('');
  expect(hostileRan(), 'a script from the data ran').to.equal(undefined);
}

describe('property: random answers', () => {
  afterEach(forgetHostileRun);

  it('the parser returns a page of well-formed messages, or throws its own parse error', () => {
    fc.assert(
      fc.property(anyBody(8), fc.constantFrom(undefined, 'email', 'sms'), (body, channel) => {
        let page;
        try {
          page = parseMessagePage(body, { channel: channel as 'email' | 'sms' | undefined });
        } catch (error) {
          expect(error).to.be.instanceOf(MessageLoadError);
          expect((error as MessageLoadError).kind).to.equal('parse');
          expect((error as MessageLoadError).message)
            .to.be.a('string')
            .and.not.equal('');
          return;
        }
        const ids = new Set<string>();
        for (const message of page.messages) {
          expect(['email', 'sms']).to.include(message.channel);
          expect(message.id).to.be.a('string').and.not.equal('');
          expect(message.status).to.be.a('string');
          if (message.sentAt !== null) expect(Number.isNaN(message.sentAt.getTime())).to.equal(false);
          for (const key of ['name', 'text', 'link', 'source', 'reason'] as const) {
            if (key in message) expect(message[key]).to.be.a('string').and.not.equal('');
          }
          const key = `${message.channel}\n${message.id}`;
          expect(ids.has(key), 'a duplicate').to.equal(false);
          ids.add(key);
        }
        const list = Array.isArray(body) ? body : (body as { messages?: unknown[]; items?: unknown[] });
        const items = Array.isArray(list) ? list : (list.messages ?? list.items ?? []);
        expect(page.messages.length + (page.skipped ?? 0)).to.be.at.most(items.length);
      }),
      { numRuns: 500 },
    );
  });

  it('the list shows any messages property, ready, with every unreadable item counted', async function () {
    this.timeout(60_000);
    const list = await fixture<MessageStatusList>(html`<message-status-list></message-status-list>`);
    const errors = await uncaught(async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(anyItem, { maxLength: 8 }), async (items) => {
          list.messages = items;
          await list.updateComplete;
          expect(list.state).to.equal('ready');
          const { messages, skipped } = readMessageItems(items);
          expect(rows(list)).to.have.length(messages.length);
          const note = list.shadowRoot!.querySelector('[part="skipped"]');
          expect(note ? Number(/\d+/.exec(note.textContent!)?.[0] ?? 1) : 0).to.equal(skipped);
          checkRendered(list);
        }),
        { numRuns: 60, endOnFailure: true },
      );
    });
    expect(errors).to.deep.equal([]);
  });

  it('the list ends in ready or error for any answer over HTTP, cut short or not', async function () {
    this.timeout(90_000);
    const list = await fixture<MessageStatusList>(
      html`<message-status-list endpoint="/api/contacts/{contactId}/messages"></message-status-list>`,
    );
    const outcomes = { ready: 0, error: 0 };
    const answer = fc.oneof(
      anyBody(4).map((body) => JSON.stringify(body) ?? 'undefined'),
      // Cut short, as a dropped connection leaves it.
      fc.tuple(anyBody(4), fc.double({ min: 0, max: 1, noNaN: true })).map(([body, share]) => {
        const json = JSON.stringify(body) ?? '';
        return json.slice(0, Math.floor(json.length * share));
      }),
      fc.string({ maxLength: 40 }),
    );
    const errors = await uncaught(async () => {
      await fc.assert(
        fc.asyncProperty(answer, async (body) => {
          const query = `?raw=${encodeURIComponent(body)}`;
          // The request line must stay within the server's header limit.
          fc.pre(query.length < 6000);
          const contactId = freshContact('anyone');
          let settled = '';
          const onEvent = (event: Event) => {
            if ((event as CustomEvent).detail.contactId === contactId) settled = event.type;
          };
          list.addEventListener('messages-load', onEvent);
          list.addEventListener('messages-error', onEvent);
          try {
            list.endpoint = `/api/contacts/{contactId}/messages${query}`;
            list.contactId = contactId;
            await waitUntil(() => settled !== '', `no outcome for ${body.slice(0, 80)}`, { timeout: 5000 });
            await list.updateComplete;
          } finally {
            list.removeEventListener('messages-load', onEvent);
            list.removeEventListener('messages-error', onEvent);
          }
          expect(list.state).to.equal(settled === 'messages-load' ? 'ready' : 'error');
          outcomes[list.state as 'ready' | 'error']++;
          checkRendered(list);
        }),
        { numRuns: 40, endOnFailure: true },
      );
    });
    expect(errors).to.deep.equal([]);
    // Both outcomes came up: a property that only ever saw errors would prove little.
    expect(outcomes.ready).to.be.greaterThan(0);
    expect(outcomes.error).to.be.greaterThan(0);
  });
});
