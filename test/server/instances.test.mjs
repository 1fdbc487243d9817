// The handler on three instances sharing one real Redis, each with its own client, as three processes
// behind a load balancer would run it: unblocks done once, answers cached once, Voyado's 429 heard by all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freshId, send, startVoyado } from './harness.mjs';
import { startInstances, startRedis } from './redis-harness.mjs';

const EMAIL = { channel: 'email', address: 'ada@example.com' };

function unblockAt(origin, contactId, key) {
  return send(origin, `/api/contacts/${encodeURIComponent(contactId)}/unblock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(EMAIL),
  });
}

/** How many requests Voyado got for `id`, per path. */
async function callsPerPath(voyado, id) {
  const calls = {};
  for (const { path } of await voyado.requests(id)) calls[path] = (calls[path] ?? 0) + 1;
  return calls;
}

describe('the server handler on three instances sharing one Redis', () => {
  let voyado;
  let redis;
  before(async () => {
    [voyado, redis] = await Promise.all([startVoyado(), startRedis()]);
  });
  after(async () => {
    await Promise.all([voyado.stop(), redis.stop()]);
  });

  it('runs unblock once for 20 concurrent POSTs with one Idempotency-Key spread across the instances', async () => {
    let calls = 0;
    const app = await startInstances(voyado, redis.url, {
      unblock: async () => {
        calls += 1;
        // Long enough that every request arrives while the first is still at it.
        await new Promise((resolve) => setTimeout(resolve, 150));
      },
    });
    try {
      const key = `k-${process.pid}-spread`;
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => unblockAt(app.origins[i % 3], '42', key)));
      assert.equal(calls, 1);
      for (const answer of answers) {
        assert.equal(answer.status, 200, answer.text);
        assert.deepEqual(answer.json, { ok: true, ...EMAIL });
      }
      // Later, on any instance: the same answer, and still one unblock.
      assert.equal((await unblockAt(app.origins[1], '42', key)).status, 200);
      assert.equal(calls, 1);
    } finally {
      await app.stop();
    }
  });

  it('makes one Voyado call per channel (and one for the contact) for 30 GETs within sharedCacheSeconds', async () => {
    const app = await startInstances(voyado, redis.url, { sharedCacheSeconds: 30 });
    try {
      const id = freshId('ada');
      const path = `/api/contacts/${id}/messages`;
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => send(app.origins[i % 3], path)));
      for (const answer of answers) {
        assert.equal(answer.status, 200, answer.text);
        assert.equal(answer.text, answers[0].text);
      }
      assert.ok(answers[0].json.messages.length > 0);
      assert.deepEqual(await callsPerPath(voyado, id), {
        [`/api/v3/contacts/${id}`]: 1,
        [`/api/v3/contacts/${id}/emailmessages`]: 1,
        [`/api/v3/contacts/${id}/smsmessages`]: 1,
      });
      // Kept per count: another count asks Voyado for the histories again, while the contact stays kept.
      assert.equal((await send(app.origins[0], `${path}?count=5`)).json.messages.length, 5);
      assert.deepEqual(await callsPerPath(voyado, id), {
        [`/api/v3/contacts/${id}`]: 1,
        [`/api/v3/contacts/${id}/emailmessages`]: 2,
        [`/api/v3/contacts/${id}/smsmessages`]: 2,
      });
    } finally {
      await app.stop();
    }
  });

  it('answers 429 on every instance, without asking Voyado, once one of them met Voyado’s 429', async () => {
    // A Voyado of its own: the hold is per tenant, and would otherwise reach the other tests.
    const throttled = await startVoyado();
    const app = await startInstances(throttled, redis.url);
    try {
      const first = await send(
        app.origins[0],
        `/api/contacts/${freshId('ada', 'status=429', 'retryAfter=7')}/messages`,
      );
      assert.equal(first.status, 429);
      assert.equal(first.headers.get('Retry-After'), '7');
      for (const origin of app.origins.slice(1)) {
        const id = freshId('ada');
        const answer = await send(origin, `/api/contacts/${id}/messages`);
        assert.equal(answer.status, 429);
        const wait = Number(answer.headers.get('Retry-After'));
        assert.ok(wait >= 1 && wait <= 7, `Retry-After ${wait}`);
        assert.deepEqual(await throttled.requests(id), []);
      }
    } finally {
      await app.stop();
      await throttled.stop();
    }
  });

  it('answers 429 to requests waiting on another instance’s fill when that fill meets Voyado’s 429', async () => {
    const throttled = await startVoyado();
    const app = await startInstances(throttled, redis.url, { sharedCacheSeconds: 30 });
    try {
      const id = freshId('ada', 'status=429', 'retryAfter=5');
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => send(app.origins[i % 3], `/api/contacts/${id}/messages`)),
      );
      for (const answer of answers) assert.equal(answer.status, 429, answer.text);
      // At most the one fill per kept value (email, SMS, contact) that was under way before the first 429.
      assert.ok((await throttled.requests(id)).length <= 3, `${(await throttled.requests(id)).length} calls`);
    } finally {
      await app.stop();
      await throttled.stop();
    }
  });

  it('never gives a kept answer (nor a 304 for it) to a request authorize refuses', async () => {
    const app = await startInstances(voyado, redis.url, {
      sharedCacheSeconds: 30,
      authorize: (request) => request.headers.get('X-Agent') === 'allowed',
    });
    try {
      const id = freshId('ada');
      const path = `/api/contacts/${id}/messages`;
      const allowed = await send(app.origins[0], path, { headers: { 'X-Agent': 'allowed' } });
      assert.equal(allowed.status, 200);
      const etag = allowed.headers.get('ETag');
      for (const origin of app.origins) {
        for (const headers of [{ 'X-Agent': 'someone-else' }, { 'X-Agent': 'someone-else', 'If-None-Match': etag }]) {
          const refused = await send(origin, path, { headers });
          assert.equal(refused.status, 403);
          assert.equal(refused.json.messages, undefined);
          assert.doesNotMatch(refused.text, /ada\.lindqvist/);
        }
      }
      // The kept answer is still there for whoever may see it.
      const again = await send(app.origins[2], path, { headers: { 'X-Agent': 'allowed', 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal((await voyado.requests(id)).length, 3);
    } finally {
      await app.stop();
    }
  });
});
