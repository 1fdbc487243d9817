// The handler on instances sharing a Redis that dies or hangs mid-test: reads still answer from Voyado,
// unblocks with an Idempotency-Key are refused with 503 (never done twice), and no request waits past
// timeoutMs. Then Redis comes back and keyed unblocks work again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freshId, send, startVoyado } from './harness.mjs';
import { startInstances, startRedis } from './redis-harness.mjs';

const TIMEOUT_MS = 2000;
const EMAIL = { channel: 'email', address: 'ada@example.com' };

function unblockAt(origin, key) {
  return send(origin, '/api/contacts/42/unblock', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key && { 'Idempotency-Key': key }) },
    body: JSON.stringify(EMAIL),
  });
}

/** `request()`'s answer, and how long it took. */
async function timed(request) {
  const started = Date.now();
  const answer = await request();
  return { ...answer, ms: Date.now() - started };
}

describe('the server handler when its Redis fails', () => {
  let voyado;
  let redis;
  let app;
  let unblocks;
  const lines = [];
  before(async () => {
    [voyado, redis] = await Promise.all([startVoyado(), startRedis()]);
    app = await startInstances(voyado, redis.url, {
      timeoutMs: TIMEOUT_MS,
      sharedCacheSeconds: 30,
      unblock: async () => {
        unblocks += 1;
      },
      log: (line) => lines.push(line),
    });
  });
  after(async () => {
    redis.thaw();
    await app.stop();
    await Promise.all([voyado.stop(), redis.stop()]);
  });

  /** Reads and keyed unblocks on every instance, with Redis in whatever state the test left it. */
  async function expectFallback() {
    unblocks = 0;
    for (const origin of app.origins) {
      const read = await timed(() => send(origin, `/api/contacts/${freshId('ada')}/messages`));
      assert.equal(read.status, 200, read.text);
      assert.ok(read.json.messages.length > 0);
      assert.ok(read.ms < TIMEOUT_MS, `a read took ${read.ms} ms`);

      const keyed = await timed(() => unblockAt(origin, `k-${process.pid}-${freshId('outage')}`));
      assert.equal(keyed.status, 503, keyed.text);
      assert.match(keyed.json.error, /not done.*shared store/);
      assert.ok(keyed.ms < TIMEOUT_MS, `an unblock took ${keyed.ms} ms`);
    }
    assert.equal(unblocks, 0);
  }

  it('answers reads from Voyado and refuses keyed unblocks with 503 while Redis hangs', async () => {
    const id = freshId('ada');
    assert.equal((await send(app.origins[0], `/api/contacts/${id}/messages`)).status, 200);
    redis.freeze();
    await expectFallback();
    // The kept answer cannot be read either; Voyado is asked again.
    assert.equal((await send(app.origins[1], `/api/contacts/${id}/messages`)).status, 200);
    assert.ok((await voyado.requests(id)).length > 3);
    redis.thaw();
  });

  it('does the same once Redis is gone, and still unblocks a request without a key', async () => {
    await redis.kill();
    await expectFallback();
    const unkeyed = await unblockAt(app.origins[0]);
    assert.equal(unkeyed.status, 200);
    assert.ok(lines.some((line) => /shared store failed/.test(line)));
  });

  it('unblocks with a key again once Redis is back', async () => {
    redis = await startRedis({ port: redis.port });
    const key = `k-${process.pid}-back`;
    let answer;
    // Each instance leaves a failed store alone for a moment, and its client reconnects on its own.
    for (let tries = 0; tries < 50; tries++) {
      answer = await unblockAt(app.origins[0], key);
      if (answer.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(answer.status, 200, answer.text);
    unblocks = 0;
    for (const origin of app.origins) {
      let again;
      for (let tries = 0; tries < 50; tries++) {
        again = await unblockAt(origin, key);
        if (again.status !== 503) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.equal(again.status, 200);
    }
    assert.equal(unblocks, 0, 'a resent unblock ran again');
    assert.ok(lines.some((line) => /answers again/.test(line)));
  });
});
