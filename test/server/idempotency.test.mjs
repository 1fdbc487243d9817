// The Idempotency-Key store: one piece of work per key, bounded in size and time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importServerModule } from '../../scripts/server-module.mjs';

const { IdempotencyStore } = await importServerModule(
  fileURLToPath(new URL('../../src/server/idempotency.ts', import.meta.url)),
);

const ok = (body) => async () => ({ status: 200, body });

describe('IdempotencyStore', () => {
  it('gives a key’s first answer to every later request with it', async () => {
    const store = new IdempotencyStore();
    let runs = 0;
    const work = async () => ({ status: 200, body: { run: ++runs } });
    assert.deepEqual(await store.run('k', 'f', work), { status: 200, body: { run: 1 } });
    assert.deepEqual(await store.run('k', 'f', work), { status: 200, body: { run: 1 } });
    assert.equal(runs, 1);
  });

  it('says conflict when a key comes back with another fingerprint', () => {
    const store = new IdempotencyStore();
    store.run('k', 'email', ok(1));
    assert.equal(store.run('k', 'sms', ok(2)), 'conflict');
  });

  it('forgets a key after its time to live', async () => {
    let now = 0;
    const store = new IdempotencyStore({ ttlMs: 1000, now: () => now });
    await store.run('k', 'f', ok('first'));
    now = 999;
    assert.deepEqual((await store.run('k', 'f', ok('second'))).body, 'first');
    now = 1001;
    assert.deepEqual((await store.run('k', 'f', ok('third'))).body, 'third');
  });

  it('keeps at most maxEntries keys, dropping the oldest', async () => {
    const store = new IdempotencyStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.run(key, 'f', ok(key));
    assert.equal(store.size, 3);
    assert.deepEqual((await store.run('a', 'f', ok('again'))).body, 'again');
    assert.deepEqual((await store.run('d', 'f', ok('again'))).body, 'd');
  });

  it('forgets server failures and rejections once settled, so a retry runs the work again', async () => {
    const store = new IdempotencyStore();
    await store.run('k', 'f', async () => ({ status: 502, body: {} }));
    assert.equal((await store.run('k', 'f', ok('retried'))).body, 'retried');
    await assert.rejects(store.run('j', 'f', async () => Promise.reject(new Error('bug'))));
    assert.equal((await store.run('j', 'f', ok('retried'))).body, 'retried');
  });
});
