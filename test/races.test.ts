import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList, MessagesLoadDetail } from '../src/message-status-list.js';
import { abortedOnServer, freshContact, requestsFor } from './helpers/mock-api.js';
import { uncaught } from './helpers/uncaught.js';
import { rows } from './helpers/list.js';

const ENDPOINT = '/api/contacts/{contactId}/messages';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Contacts that each show something of their own: a different address in the header, different rows. */
const SCENARIOS = ['42', 'empty', 'blocked-email', 'blocked-sms', 'unsubscribed', 'inferred-block'] as const;

/** What the mock API serves for a scenario: the message ids and the email address the list should end up showing. */
async function served(scenario: string): Promise<{ ids: string[]; email: string }> {
  const response = await fetch(`/api/contacts/${scenario}/messages?count=100`);
  const page = (await response.json()) as { messages: { id: string }[]; contact: { email: { address: string } } };
  return { ids: page.messages.map((message) => message.id).sort(), email: page.contact.email.address };
}

describe('races', () => {
  it('aborts the old request when contact-id changes, and when the endpoint does', async () => {
    const first = `${freshContact('42')}~hold=1`;
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${first} endpoint=${ENDPOINT}></message-status-list>`,
    );
    await waitUntil(async () => (await requestsFor(first)).length === 1, 'no request made');
    list.contactId = freshContact('empty');
    await abortedOnServer(first);

    const second = `${freshContact('42')}~hold=1`;
    list.contactId = second;
    await waitUntil(async () => (await requestsFor(second)).length === 1, 'no request made');
    list.endpoint = '/api/v2/contacts/{contactId}/messages/latest';
    await abortedOnServer(second);
    await waitUntil(() => list.state === 'loading' || list.state === 'ready', 'no new load');
  });

  it('aborts its request when it leaves the page, and reports nothing', async () => {
    const contactId = `${freshContact('42')}~hold=1`;
    const reported: string[] = [];
    const errors = await uncaught(async () => {
      const list = await fixture<MessageStatusList>(
        html`<message-status-list
          contact-id=${contactId}
          endpoint=${ENDPOINT}
          @messages-error=${(event: CustomEvent) => reported.push(`messages-error: ${event.detail.message}`)}
          @messages-load=${() => reported.push('messages-load')}
        ></message-status-list>`,
      );
      await waitUntil(async () => (await requestsFor(contactId)).length === 1, 'no request made');
      list.remove();
      await abortedOnServer(contactId);
      await sleep(50);
    });
    expect(reported).to.deep.equal([]);
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(await requestsFor(contactId)).to.have.length(1);
  });

  it('ends showing exactly the last contact asked for, after 100 random switches with random latencies', async function () {
    this.timeout(60_000);
    const expected = new Map(await Promise.all(SCENARIOS.map(async (s) => [s, await served(s)] as const)));
    const aSwitch = fc.record({
      scenario: fc.constantFrom(...SCENARIOS),
      latency: fc.integer({ min: 0, max: 40 }),
      pause: fc.integer({ min: 0, max: 15 }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(aSwitch, { minLength: 100, maxLength: 100 }), async (switches) => {
        run++;
        const loads: { asked: string; current: string; detail: MessagesLoadDetail }[] = [];
        const errors: unknown[] = [];
        const list = await fixture<MessageStatusList>(
          html`<message-status-list
            endpoint=${ENDPOINT}
            @messages-load=${(event: CustomEvent<MessagesLoadDetail>) =>
              loads.push({ asked: event.detail.contactId, current: list.contactId, detail: event.detail })}
            @messages-error=${(event: CustomEvent) => errors.push(event.detail)}
          ></message-status-list>`,
        );
        // Each switch is a contact of its own, with its own latency: answers come back in any order.
        const ids = switches.map(({ scenario, latency }, i) => `${scenario}~race${run}-${i}~delay=${latency}`);
        for (const [i, { pause }] of switches.entries()) {
          list.contactId = ids[i];
          if (pause) await sleep(pause);
        }
        const last = ids[ids.length - 1];
        await waitUntil(() => loads.some((load) => load.asked === last), 'the last contact never loaded', {
          timeout: 5000,
        });
        // Longer than any latency: an answer for an earlier contact would have landed by now.
        await sleep(60);
        await list.updateComplete;

        const want = expected.get(switches[switches.length - 1].scenario)!;
        expect(
          loads.filter((load) => load.asked !== load.current),
          'a stale messages-load',
        ).to.deep.equal([]);
        expect(loads[loads.length - 1].asked).to.equal(last);
        expect(loads[loads.length - 1].detail.messages.map((message) => message.id).sort()).to.deep.equal(want.ids);
        expect(errors, 'an abort reported as an error').to.deep.equal([]);
        expect(list.state).to.equal('ready');
        const header = list.shadowRoot!.querySelector('[part="header"]')!.textContent!;
        expect(header).to.contain(want.email);
        const others = [...expected.values()].filter((other) => other.email !== want.email);
        expect(others.filter((other) => header.includes(other.email))).to.deep.equal([]);
        expect(rows(list)).to.have.length(want.ids.length);
        list.remove();
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });
});
