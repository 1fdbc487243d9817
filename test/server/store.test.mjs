// The stores under the handler: the memory store's claims and times to live, and the guard that keeps a
// failing or slow store from holding a request.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importServerModule } from '../../scripts/server-module.mjs';

const load = (file) => importServerModule(fileURLToPath(new URL(`../../src/server/${file}`, import.meta.url)));
const { memoryStore } = await load('memory-store.ts');
const { StoreGuard } = await load('store-guard.ts');

describe('memoryStore', () => {
  it('lets one claim of a key win until it expires', async () => {
    let now = 0;
    const store = memoryStore({ now: () => now });
    const claims = await Promise.all([store.claim('k', 'a', 100), store.claim('k', 'b', 100)]);
    assert.deepEqual(claims, [true, false]);
    assert.equal(await store.get('k'), 'a');
    now = 100;
    assert.equal(await store.get('k'), undefined);
    assert.equal(await store.claim('k', 'c', 100), true);
  });

  it('keeps at most maxEntries keys, dropping the one written longest ago', async () => {
    const store = memoryStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c']) await store.set(key, key, 1000);
    await store.set('a', 'again', 1000);
    await store.set('d', 'd', 1000);
    assert.equal(await store.get('b'), undefined);
    assert.deepEqual(await Promise.all(['a', 'c', 'd'].map((key) => store.get(key))), ['again', 'c', 'd']);
  });

  it('refuses a maxEntries that is not a whole number from 1', () => {
    assert.throws(() => memoryStore({ maxEntries: 0 }), TypeError);
  });
});

describe('StoreGuard', () => {
  const hanging = {
    claim: () => new Promise(() => {}),
    get: () => new Promise(() => {}),
    set: () => new Promise(() => {}),
    delete: async () => {},
  };

  it('gives up on a store that does not answer within its budget, or by the request’s deadline', async () => {
    let started = Date.now();
    await assert.rejects(new StoreGuard(hanging, 50, () => {}).get('k'), { name: 'StoreUnavailable' });
    assert.ok(Date.now() - started < 1000);
    started = Date.now();
    const patient = new StoreGuard(hanging, 60_000, () => {});
    await assert.rejects(patient.get('k', AbortSignal.timeout(20)), { name: 'StoreUnavailable' });
    assert.ok(Date.now() - started < 1000);
    assert.equal(await patient.read('k', AbortSignal.timeout(20)), undefined);
  });

  it('releases a claim that was made after the guard stopped waiting for it', async () => {
    const store = memoryStore();
    const slow = {
      ...store,
      claim: (...args) => new Promise((resolve) => setTimeout(() => resolve(store.claim(...args)), 60)),
    };
    const guard = new StoreGuard(slow, 20, () => {});
    await assert.rejects(guard.claim('k', 'v', 1000));
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal(await store.get('k'), undefined);
  });

  it('leaves a failed store alone for a moment, and tells the log once when it fails and once when it is back', async () => {
    const lines = [];
    let now = 0;
    let calls = 0;
    let failing = true;
    const store = memoryStore();
    const flaky = {
      ...store,
      get: (key) => {
        calls += 1;
        return failing ? Promise.reject(new Error('ECONNREFUSED')) : store.get(key);
      },
    };
    const guard = new StoreGuard(
      flaky,
      50,
      (line) => lines.push(line),
      () => now,
    );
    for (let i = 0; i < 3; i++) await guard.read('k');
    assert.equal(calls, 1);
    now = 1000;
    failing = false;
    await guard.read('k');
    assert.equal(calls, 1, 'asked again too soon');
    now = 2000;
    for (let i = 0; i < 3; i++) await guard.read('k');
    assert.equal(calls, 4);
    assert.equal(lines.length, 2);
    assert.match(lines[0], /ECONNREFUSED/);
    assert.match(lines[1], /again/);
  });

  it('counts a store that throws instead of rejecting as failing', async () => {
    const throwing = {
      ...memoryStore(),
      get: () => {
        throw new Error('not connected');
      },
    };
    await assert.rejects(new StoreGuard(throwing, 50, () => {}).get('k'), { name: 'StoreUnavailable' });
  });
});
