import { expect, waitUntil } from '@open-wc/testing';
import { MessageClient, type ClientLoadOptions } from '../src/data/message-client.js';
import { parseMessagePage } from '../src/data/parse-page.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { rejection } from './helpers/rejection.js';

const ENDPOINT = '/api/contacts/{contactId}/messages';
// Long enough for a caller to give up while the server is still answering.
const SLOW_ENDPOINT = '/api/contacts/{contactId}/messages?delay=500';

function request(contactId: string, overrides: Partial<ClientLoadOptions> = {}): ClientLoadOptions {
  return { endpoint: ENDPOINT, contactId, channels: ['email', 'sms'], pageSize: 100, ...overrides };
}

/** How many answers the client keeps: memory is the only place an expired answer shows. */
function kept(client: MessageClient): number {
  return (client as unknown as { answers: Map<string, unknown> }).answers.size;
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('MessageClient', () => {
  it('sends one request for two loads at the same time', async () => {
    const client = new MessageClient();
    const contactId = freshContact('ada');
    const [first, second] = await Promise.all([client.load(request(contactId)), client.load(request(contactId))]);
    expect(first.messages.length).to.be.greaterThan(0);
    expect(second).to.equal(first);
    expect(await requestsFor(contactId)).to.have.length(1);
  });

  it('shares no answer between loads read by different parsers', async () => {
    const client = new MessageClient();
    const contactId = freshContact('ada');
    const upperCase: ClientLoadOptions['parse'] = (body, channel) => {
      const page = parseMessagePage(body, { channel });
      return { ...page, messages: page.messages.map((message) => ({ ...message, name: message.name?.toUpperCase() })) };
    };
    const plain = await client.load(request(contactId));
    const shouted = await client.load(request(contactId, { parse: upperCase }));
    expect(shouted.messages[0].name).to.equal(plain.messages[0].name!.toUpperCase());
    expect(shouted.messages[0].name).not.to.equal(plain.messages[0].name);
    expect(await requestsFor(contactId)).to.have.length(2);
  });

  it('reuses an answer within maxAge', async () => {
    const client = new MessageClient();
    const contactId = freshContact('ada');
    const first = await client.load(request(contactId));
    expect(await client.load(request(contactId))).to.equal(first);
    expect(await requestsFor(contactId)).to.have.length(1);
  });

  it('asks again for a fresh load', async () => {
    const client = new MessageClient();
    const contactId = freshContact('ada');
    await client.load(request(contactId));
    await client.load(request(contactId, { fresh: true }));
    expect(await requestsFor(contactId)).to.have.length(2);
  });

  it("asks again after forgetting the contact, and only that contact's answers are forgotten", async () => {
    const client = new MessageClient();
    const contactId = freshContact('ada');
    const other = freshContact('ada');
    await client.load(request(contactId));
    await client.load(request(other));
    client.forget(contactId);
    await client.load(request(contactId));
    await client.load(request(other));
    expect(await requestsFor(contactId)).to.have.length(2);
    expect(await requestsFor(other)).to.have.length(1);
  });

  it('asks again once the answer is older than maxAge', async () => {
    const client = new MessageClient({ maxAge: 50 });
    const contactId = freshContact('ada');
    await client.load(request(contactId));
    await sleep(80);
    await client.load(request(contactId));
    expect(await requestsFor(contactId)).to.have.length(2);
  });

  it('drops expired answers, so a long-lived client does not grow', async () => {
    const client = new MessageClient({ maxAge: 50 });
    await client.load(request(freshContact('ada')));
    await sleep(80);
    await client.load(request(freshContact('ada')));
    expect(kept(client)).to.equal(1);
  });

  it('with maxAge 0, shares only requests under way and keeps no answer', async () => {
    const client = new MessageClient({ maxAge: 0 });
    const contactId = freshContact('ada');
    await Promise.all([client.load(request(contactId)), client.load(request(contactId))]);
    expect(kept(client)).to.equal(0);
    await client.load(request(contactId));
    expect(await requestsFor(contactId)).to.have.length(2);
  });

  it('lets one caller give up while another still gets the answer from the same request', async () => {
    const client = new MessageClient();
    const contactId = freshContact('ada');
    const leaving = new AbortController();
    const reason = new Error('contact changed');
    const left = client.load(request(contactId, { endpoint: SLOW_ENDPOINT, signal: leaving.signal }));
    const staying = client.load(request(contactId, { endpoint: SLOW_ENDPOINT, signal: new AbortController().signal }));
    await waitUntil(async () => (await requestsFor(contactId)).length === 1, 'the server got the request');
    leaving.abort(reason);
    expect(await rejection(left)).to.equal(reason);
    expect((await staying).messages.length).to.be.greaterThan(0);
    const requests = await requestsFor(contactId);
    expect(requests).to.have.length(1);
    expect(requests[0].aborted).to.not.equal(true);
  });

  it('aborts the request once every caller gave up', async () => {
    const client = new MessageClient();
    const contactId = freshContact('ada');
    const callers = [new AbortController(), new AbortController()];
    const loads = callers.map((caller) =>
      client.load(request(contactId, { endpoint: SLOW_ENDPOINT, signal: caller.signal })),
    );
    await waitUntil(async () => (await requestsFor(contactId)).length === 1, 'the server got the request');
    callers.forEach((caller) => caller.abort());
    for (const load of loads) expect(((await rejection(load)) as DOMException).name).to.equal('AbortError');
    await waitUntil(async () => (await requestsFor(contactId))[0].aborted === true, 'the server saw the request go');
    expect(kept(client)).to.equal(0);
  });

  it('holds a new request while a Retry-After one of its lists met stands, then sends it', async () => {
    const client = new MessageClient();
    const contactId = freshContact('ada');
    // Another list on this client was told to wait 1 s.
    client.refreshSchedule(ENDPOINT).failed(Date.now(), 1);
    const asked = Date.now();
    const load = client.load(request(contactId));
    await sleep(700);
    expect(await requestsFor(contactId), 'sent inside the Retry-After').to.have.length(0);
    expect((await load).messages.length).to.be.greaterThan(0);
    const [sent] = await requestsFor(contactId);
    expect(Date.parse(sent.at) - asked, 'sent before the Retry-After was up').to.be.at.least(990);
  });

  it('sends nothing for a load given up while it is held', async () => {
    const client = new MessageClient();
    const contactId = freshContact('ada');
    client.refreshSchedule(ENDPOINT).failed(Date.now(), 1);
    const caller = new AbortController();
    const load = client.load(request(contactId, { signal: caller.signal }));
    await sleep(100);
    caller.abort();
    expect(((await rejection(load)) as DOMException).name).to.equal('AbortError');
    await sleep(1500);
    expect(await requestsFor(contactId)).to.have.length(0);
  });
});
