// redisStore on a real redis-server: atomic claims and times to live, and a Redis that is not there
// failing at once rather than queueing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { redisStore, startRedis } from './redis-harness.mjs';

describe('redisStore', () => {
  let redis;
  let store;
  before(async () => {
    redis = await startRedis();
    store = redisStore({ url: redis.url });
  });
  after(async () => {
    await store.close();
    await redis.stop();
  });

  it('lets one of many claims of a key win, across clients, until its time to live runs out', async () => {
    const other = redisStore({ url: redis.url });
    try {
      const key = `claim-${process.pid}`;
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? other : store).claim(key, `v${i}`, 200)),
      );
      assert.equal(claims.filter(Boolean).length, 1);
      assert.equal(await other.get(key), `v${claims.indexOf(true)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      assert.equal(await store.get(key), undefined);
      assert.equal(await other.claim(key, 'again', 1000), true);
    } finally {
      await other.close();
    }
  });

  it('sets, reads and deletes values, each with a time to live', async () => {
    const key = `value-${process.pid}`;
    assert.equal(await store.get(key), undefined);
    await store.set(key, '{"a":1}', 60_000);
    assert.equal(await store.get(key), '{"a":1}');
    await store.delete(key);
    assert.equal(await store.get(key), undefined);
    await store.set(key, 'brief', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(await store.get(key), undefined);
  });

  it('fails at once, rather than waiting, when nothing listens at the URL', async () => {
    const nowhere = redisStore({ url: 'redis://127.0.0.1:1' });
    try {
      const started = Date.now();
      await assert.rejects(nowhere.get('k'), /not connected/);
      await assert.rejects(nowhere.claim('k', 'v', 1000), /not connected/);
      assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    } finally {
      await nowhere.close();
    }
  });

  it('fails at once with a client of its own that is not connected', async () => {
    const idle = redisStore({ client: { isReady: false, sendCommand: () => new Promise(() => {}) } });
    await assert.rejects(idle.get('k'), /not connected/);
  });

  it('refuses options that do not say how to reach Redis', () => {
    for (const options of [undefined, {}, { url: 'http://x' }, { url: 'redis://x', client: {} }, { client: {} }]) {
      assert.throws(() => redisStore(options), TypeError);
    }
  });
});
