// GET …/contacts/{contactId}/messages: both Voyado histories, fetched with the key, merged newest first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freshId, send, serveHandler, startVoyado } from './harness.mjs';

describe('the server handler: messages', () => {
  let voyado;
  let app;
  before(async () => {
    voyado = await startVoyado();
    app = await serveHandler(voyado);
  });
  after(async () => {
    await app.stop();
    await voyado.stop();
  });

  /** Two requests for a fresh `status-change` contact, the second naming the first's ETag. */
  async function askTwice(origin) {
    const id = freshId('status-change');
    const first = await send(origin, `/api/contacts/${id}/messages`);
    const second = await send(origin, `/api/contacts/${id}/messages`, {
      headers: { 'If-None-Match': first.headers.get('ETag') },
    });
    return { id, first, second };
  }

  /** The `count` each history request to Voyado for `id` asked for. */
  async function historyCounts(id) {
    const requests = await voyado.requests(id);
    return requests.filter((request) => request.path.endsWith('messages')).map((request) => request.query.count);
  }

  it("answers both channels in the project's shape, newest first, from keyed Voyado requests", async () => {
    const id = freshId('ada');
    const answer = await send(app.origin, `/api/contacts/${id}/messages`);
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('Content-Type'), /^application\/json/);
    const { messages } = answer.json;
    const channels = new Set(messages.map((message) => message.channel));
    assert.deepEqual([...channels].sort(), ['email', 'sms']);
    const times = messages.map((message) => Date.parse(message.sentAt));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    for (const message of messages) {
      assert.equal(typeof message.id, 'string');
      assert.equal(typeof message.status, 'string');
    }

    const requests = await voyado.requests(id);
    // Both histories, and the contact for its addresses.
    assert.deepEqual(requests.map((request) => request.path).sort(), [
      `/api/v3/contacts/${id}`,
      `/api/v3/contacts/${id}/emailmessages`,
      `/api/v3/contacts/${id}/smsmessages`,
    ]);
    assert.ok(requests.every((request) => request.apikey === 'valid'));
  });

  it('passes count on to Voyado and answers at most that many, merged', async () => {
    const id = freshId('many');
    const answer = await send(app.origin, `/api/contacts/${id}/messages?count=7`);
    assert.equal(answer.status, 200);
    assert.equal(answer.json.messages.length, 7);
    assert.deepEqual(await historyCounts(id), ['7', '7']);
  });

  it('lowers a count above Voyado’s 500 rather than refusing it', async () => {
    const id = freshId('long-history');
    const answer = await send(app.origin, `/api/contacts/${id}/messages?count=2000`);
    assert.equal(answer.status, 200);
    assert.equal(answer.json.messages.length, 500);
    assert.deepEqual(await historyCounts(id), ['500', '500']);
  });

  it('asks only the channel named by ?channel=', async () => {
    const id = freshId('ada');
    const answer = await send(app.origin, `/api/contacts/${id}/messages?channel=sms`);
    assert.equal(answer.status, 200);
    assert.ok(answer.json.messages.length > 0);
    assert.ok(answer.json.messages.every((message) => message.channel === 'sms'));
    assert.deepEqual((await voyado.requests(id)).map((request) => request.path).sort(), [
      `/api/v3/contacts/${id}`,
      `/api/v3/contacts/${id}/smsmessages`,
    ]);
  });

  for (const [query, problem] of [
    ['count=abc', /count/],
    ['count=0', /count/],
    ['count=-3', /count/],
    ['channel=fax', /channel/],
  ]) {
    it(`refuses ?${query} with 400 before Voyado is asked`, async () => {
      const id = freshId('ada');
      const answer = await send(app.origin, `/api/contacts/${id}/messages?${query}`);
      assert.equal(answer.status, 400);
      assert.match(answer.json.error, problem);
      assert.deepEqual(await voyado.requests(id), []);
    });
  }

  it('sends an ETag, and answers 304 with no body when If-None-Match names it', async () => {
    const id = freshId('unchanging');
    const first = await send(app.origin, `/api/contacts/${id}/messages`);
    const etag = first.headers.get('ETag');
    assert.match(etag, /^"[0-9a-f]{32}"$/);
    assert.equal(first.headers.get('Cache-Control'), 'private, no-cache');

    const again = await send(app.origin, `/api/contacts/${id}/messages`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
    assert.equal(again.headers.get('ETag'), etag);

    const weak = await send(app.origin, `/api/contacts/${id}/messages`, { headers: { 'If-None-Match': `W/${etag}` } });
    assert.equal(weak.status, 304);
  });

  it('answers 200 with a new ETag when the history changed', async () => {
    // The scenario's status moves on with every request the mock gets for the contact: the histories
    // alone, so the contact comes from the host here.
    const histories = await serveHandler(voyado, { contact: () => undefined });
    try {
      const { first, second } = await askTwice(histories.origin);
      assert.equal(second.status, 200);
      assert.notEqual(second.headers.get('ETag'), first.headers.get('ETag'));
      assert.ok(second.json.messages.length > 0);
    } finally {
      await histories.stop();
    }
  });

  it('keeps Voyado’s answers for sharedCacheSeconds in its own memory by default, with ETags as before', async () => {
    const keeping = await serveHandler(voyado, { sharedCacheSeconds: 30 });
    try {
      // The scenario's status moves on with every request Voyado gets: kept, it does not.
      const { id, second } = await askTwice(keeping.origin);
      assert.equal(second.status, 304);
      assert.equal((await voyado.requests(id)).length, 3);
      // `count` is part of what is kept: another asks Voyado again.
      assert.equal((await send(keeping.origin, `/api/contacts/${id}/messages?count=3`)).json.messages.length, 3);
      assert.equal((await voyado.requests(id)).length, 5);
    } finally {
      await keeping.stop();
    }
  });

  it('lets the browser keep an answer for cacheSeconds', async () => {
    const cached = await serveHandler(voyado, { cacheSeconds: 30 });
    try {
      const answer = await send(cached.origin, `/api/contacts/${freshId('ada')}/messages`);
      assert.equal(answer.headers.get('Cache-Control'), 'private, max-age=30');
    } finally {
      await cached.stop();
    }
  });

  it("adds the addresses and opt-outs from Voyado's contact when the host gives no contact option", async () => {
    const ada = await send(app.origin, `/api/contacts/${freshId('ada')}/messages`);
    assert.deepEqual(ada.json.contact, {
      email: { address: 'ada.lindqvist@example.com', unsubscribed: false },
      sms: { address: '+46 70 123 45 67', unsubscribed: false },
    });
    const lars = await send(app.origin, `/api/contacts/${freshId('unsubscribed')}/messages?channel=email`);
    assert.equal(lars.json.contact.email.unsubscribed, true);
    assert.equal(lars.json.contact.sms.unsubscribed, false);
  });

  it("answers Voyado's failure to give the contact like a history's", async () => {
    const id = freshId('ada');
    // Voyado fails the contact alone; the histories come from the mock.
    const contactFails = await serveHandler(voyado, {
      fetch: (url, init) =>
        url.endsWith(`/contacts/${id}`) ? Promise.resolve(new Response('{}', { status: 500 })) : fetch(url, init),
    });
    try {
      const answer = await send(contactFails.origin, `/api/contacts/${id}/messages`);
      assert.equal(answer.status, 502);
      assert.match(answer.json.error, /HTTP 500/);
    } finally {
      await contactFails.stop();
    }
  });

  it("adds the contact's addresses from the contact option, and does not ask Voyado for them", async () => {
    const contact = { email: { address: 'ada@example.com', blocked: true } };
    const seen = [];
    const withContact = await serveHandler(voyado, {
      contact: (contactId) => {
        seen.push(contactId);
        return contact;
      },
    });
    try {
      const id = freshId('ada');
      const answer = await send(withContact.origin, `/api/contacts/${encodeURIComponent(id)}/messages`);
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.json.contact, contact);
      assert.deepEqual(seen, [id]);
      assert.ok((await voyado.requests(id)).every((request) => request.path.endsWith('messages')));
    } finally {
      await withContact.stop();
    }
  });

  it('works wherever it is mounted, and answers 404 off its two routes', async () => {
    const id = freshId('ada');
    const deep = await send(app.origin, `/crm/v2/voyado/contacts/${id}/messages`);
    assert.equal(deep.status, 200);
    const elsewhere = await send(app.origin, `/api/contacts/${id}/orders`);
    assert.equal(elsewhere.status, 404);
    assert.match(elsewhere.json.error, /messages/);
  });

  it('answers HEAD without a body and refuses other methods with 405 and Allow', async () => {
    const path = `/api/contacts/${freshId('ada')}/messages`;
    const head = await send(app.origin, path, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.text, '');
    const post = await send(app.origin, path, { method: 'DELETE' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('Allow'), 'GET, HEAD');
  });
});
