// Idempotency-Key handling on a shared store: one piece of work per key, across instances sharing the store.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importServerModule } from '../../scripts/server-module.mjs';

const load = (file) => importServerModule(fileURLToPath(new URL(`../../src/server/${file}`, import.meta.url)));
const { Idempotency } = await load('idempotency.ts');
const { StoreGuard } = await load('store-guard.ts');
const { memoryStore } = await load('memory-store.ts');

const ok = (body) => async () => ({ status: 200, body });
const later = () => AbortSignal.timeout(2000);

/** An Idempotency on `store` (a fresh memory store by default), as one server instance has it. */
function instance(store = memoryStore(), options = {}) {
  return new Idempotency(new StoreGuard(store, 200, () => {}), { pollMs: 5, ...options });
}

describe('Idempotency', () => {
  it('gives a key’s first answer to every later request with it', async () => {
    const keys = instance();
    let runs = 0;
    const work = async () => ({ status: 200, body: { run: ++runs } });
    assert.deepEqual(await keys.run('k', 'f', work, later()), { status: 200, body: { run: 1 } });
    assert.deepEqual(await keys.run('k', 'f', work, later()), { status: 200, body: { run: 1 } });
    assert.equal(runs, 1);
  });

  it('says conflict when a key comes back with another fingerprint, while it runs and after', async () => {
    const keys = instance();
    let release;
    const running = keys.run('k', 'email', () => new Promise((resolve) => (release = resolve)), later());
    assert.equal(await keys.run('k', 'sms', ok(2), later()), 'conflict');
    while (!release) await new Promise((resolve) => setTimeout(resolve, 1));
    release({ status: 200, body: 1 });
    await running;
    assert.equal(await keys.run('k', 'sms', ok(2), later()), 'conflict');
  });

  it('runs the work once for two instances sharing a store, and gives the one still waiting its answer', async () => {
    const store = memoryStore();
    const [one, two] = [instance(store), instance(store)];
    let runs = 0;
    let release;
    const work = () => {
      runs += 1;
      return new Promise((resolve) => (release = resolve));
    };
    const first = one.run('k', 'f', work, later());
    while (!release) await new Promise((resolve) => setTimeout(resolve, 1));
    const second = two.run('k', 'f', work, later());
    await new Promise((resolve) => setTimeout(resolve, 30));
    release({ status: 200, body: 'done' });
    assert.deepEqual(await Promise.all([first, second]), [
      { status: 200, body: 'done' },
      { status: 200, body: 'done' },
    ]);
    assert.equal(runs, 1);
  });

  it('answers busy when the other instance is still at it when the deadline passes', async () => {
    const store = memoryStore();
    const never = () => new Promise(() => {});
    void instance(store).run('k', 'f', never, later());
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(await instance(store).run('k', 'f', ok(1), AbortSignal.timeout(50)), 'busy');
  });

  it('forgets an answer after its time to live', async () => {
    let now = 0;
    const keys = instance(memoryStore({ now: () => now }), { ttlMs: 1000 });
    await keys.run('k', 'f', ok('first'), later());
    now = 999;
    assert.equal((await keys.run('k', 'f', ok('second'), later())).body, 'first');
    now = 1001;
    assert.equal((await keys.run('k', 'f', ok('third'), later())).body, 'third');
  });

  it('forgets server failures and rejections, so a retry runs the work again', async () => {
    const keys = instance();
    await keys.run('k', 'f', async () => ({ status: 502, body: {} }), later());
    assert.equal((await keys.run('k', 'f', ok('retried'), later())).body, 'retried');
    await assert.rejects(keys.run('j', 'f', async () => Promise.reject(new Error('bug')), later()));
    assert.equal((await keys.run('j', 'f', ok('retried'), later())).body, 'retried');
  });

  it('answers unavailable, without doing the work, when the store cannot claim the key', async () => {
    const broken = { ...memoryStore(), claim: async () => Promise.reject(new Error('ECONNREFUSED')) };
    let runs = 0;
    const outcome = await instance(broken).run('k', 'f', async () => ({ status: 200, body: ++runs }), later());
    assert.equal(outcome, 'unavailable');
    assert.equal(runs, 0);
  });
});
