import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import { newIdempotencyKey } from '../src/data/idempotency-key.js';
import { requestUnblock } from '../src/data/unblock.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const BLOCKED_EMAIL = 'erik.holm@nonexistent.example';

describe('Idempotency-Key', () => {
  it('is a version 4 UUID built from the random bytes it is given', () => {
    expect(newIdempotencyKey((bytes) => bytes.fill(0xff))).to.equal('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newIdempotencyKey((bytes) => bytes.fill(0))).to.equal('00000000-0000-4000-8000-000000000000');
    expect(newIdempotencyKey()).to.match(UUID_V4);
    expect(newIdempotencyKey()).not.to.equal(newIdempotencyKey());
  });

  it('the mock API answers a replayed POST with its first answer and unblocks once', async () => {
    const contactId = freshContact('blocked-email');
    const post = (key: string) =>
      fetch(`/api/contacts/${contactId}/unblock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ channel: 'email', address: BLOCKED_EMAIL }),
      });
    const first = await post('key-1');
    const replayed = await post('key-1');
    expect(replayed.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(await replayed.json()).to.deep.equal(await first.json());
    const another = await (await post('key-2')).json();
    expect(another.unblocks, 'a new key is a new unblock').to.equal(2);
  });

  it('requestUnblock sends the key it is given, and a replay with it is not a second unblock', async () => {
    const contactId = freshContact('blocked-email');
    const options = { endpoint: '/api/contacts/{contactId}/unblock', contactId, channel: 'email' as const };
    await requestUnblock({ ...options, address: BLOCKED_EMAIL, idempotencyKey: 'confirmation-1' });
    await requestUnblock({ ...options, address: BLOCKED_EMAIL, idempotencyKey: 'confirmation-1' });
    const keys = (await requestsFor(contactId)).map((request) => request.headers['idempotency-key']);
    expect(keys).to.deep.equal(['confirmation-1', 'confirmation-1']);
    const check = await fetch(`/api/contacts/${contactId}/unblock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'confirmation-2' },
      body: JSON.stringify({ channel: 'email', address: BLOCKED_EMAIL }),
    });
    expect((await check.json()).unblocks, 'the replay did not count: 2 unblocks, not 3').to.equal(2);
  });

  it('the list sends a fresh key with each confirmation', async () => {
    const contactId = freshContact('unblock-fails');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${contactId}
        endpoint="/api/contacts/{contactId}/messages"
        unblock-endpoint="/api/contacts/{contactId}/unblock"
      ></message-status-list>`,
    );
    await waitUntil(() => list.state === 'ready', `list is ${list.state}`, { timeout: 8000 });
    for (let attempt = 0; attempt < 2; attempt++) {
      await click(list.shadowRoot!.querySelector<HTMLElement>('[part="unblock-button"]')!);
      const failed = oneEvent(list, 'unblock-error');
      await click(list.shadowRoot!.querySelector<HTMLElement>('[part="confirm-button"]')!);
      await failed;
      await list.updateComplete;
    }
    const keys = (await requestsFor(contactId))
      .filter((request) => request.method === 'POST')
      .map((request) => request.headers['idempotency-key']);
    expect(keys).to.have.length(2);
    keys.forEach((key) => expect(key).to.match(UUID_V4));
    expect(keys[0]).not.to.equal(keys[1]);
  });
});
