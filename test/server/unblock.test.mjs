// POST …/contacts/{contactId}/unblock: checked, authorised, handed to the host's `unblock` once per
// Idempotency-Key, and answered so the widget can tell success from failure.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { send, server, serveHandler, startVoyado } from './harness.mjs';

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const EMAIL = { channel: 'email', address: 'ada@example.com' };

function post(origin, contactId, body, headers = {}) {
  return send(origin, `/api/contacts/${encodeURIComponent(contactId)}/unblock`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the server handler: unblock', () => {
  let voyado;
  let app;
  let calls;
  // What the next unblock does; each test sets its own.
  let behaviour;
  before(async () => {
    voyado = await startVoyado();
    app = await serveHandler(voyado, {
      unblock: async (request) => {
        calls.push({ ...request, agent: request.request.headers.get('X-Agent') });
        await behaviour(request);
      },
    });
  });
  beforeEach(() => {
    calls = [];
    behaviour = async () => {};
  });
  after(async () => {
    await app.stop();
    await voyado.stop();
  });

  it('calls unblock with the contact, channel, address and request, and answers 200 JSON', async () => {
    const answer = await post(app.origin, 'ada 42', { ...EMAIL, address: '  ada@example.com ' }, { 'X-Agent': 'a7' });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.json, { ok: true, ...EMAIL });
    assert.equal(calls.length, 1);
    assert.equal(calls[0].contactId, 'ada 42');
    assert.equal(calls[0].channel, 'email');
    assert.equal(calls[0].address, 'ada@example.com');
    assert.equal(calls[0].agent, 'a7');
  });

  it('strips bidi controls and zero-width characters from the address before unblock sees it', async () => {
    const disguised = '\u202E+46 70\u200B 123\u2066 45 67\u2060\uFEFF';
    const key = { 'Idempotency-Key': `k-${process.pid}-invisible` };
    const answer = await post(app.origin, '42', { channel: 'sms', address: disguised }, key);
    assert.equal(answer.status, 200);
    assert.equal(answer.json.address, '+46 70 123 45 67');
    assert.deepEqual(
      calls.map((call) => call.address),
      ['+46 70 123 45 67'],
    );
    // The same unblock, with or without them: the key's first answer, not a conflict.
    const plain = await post(app.origin, '42', { channel: 'sms', address: '+46 70 123 45 67' }, key);
    assert.equal(plain.status, 200);
    assert.equal(calls.length, 1);
  });

  it('answers 400 to an address made only of invisible characters', async () => {
    const answer = await post(app.origin, '42', { channel: 'email', address: '\u200B\u202E\uFEFF' });
    assert.equal(answer.status, 400);
    assert.deepEqual(calls, []);
  });

  it('answers 501 with a clear message when no unblock option was given', async () => {
    const readOnly = await serveHandler(voyado);
    try {
      const answer = await post(readOnly.origin, '42', EMAIL);
      assert.equal(answer.status, 501);
      assert.match(answer.json.error, /unblock/i);
    } finally {
      await readOnly.stop();
    }
  });

  it('answers 403 and does not unblock when authorize refuses', async () => {
    const refusing = await serveHandler(voyado, {
      authorize: () => false,
      unblock: async () => calls.push('unblocked'),
    });
    try {
      assert.equal((await post(refusing.origin, '42', EMAIL)).status, 403);
      assert.deepEqual(calls, []);
    } finally {
      await refusing.stop();
    }
  });

  for (const [what, body, status] of [
    ['invalid JSON', '{"channel":', 400],
    ['a JSON array', [EMAIL], 400],
    ['no channel', { address: 'ada@example.com' }, 400],
    ['an unknown channel', { channel: 'fax', address: '123' }, 400],
    ['an empty address', { channel: 'sms', address: '   ' }, 400],
    ['a numeric address', { channel: 'sms', address: 46701234567 }, 400],
    ['an address with a line break', { channel: 'email', address: 'a@b.c\r\nBcc: x@y.z' }, 400],
    ['a body over 16 kB', { ...EMAIL, padding: 'x'.repeat(20_000) }, 413],
  ]) {
    it(`answers ${status} to ${what}, without unblocking`, async () => {
      const answer = await post(app.origin, '42', body);
      assert.equal(answer.status, status);
      assert.equal(typeof answer.json.error, 'string');
      assert.deepEqual(calls, []);
    });
  }

  it('answers 415 to a body that is not labelled JSON (a cross-site form could send that)', async () => {
    const answer = await send(app.origin, '/api/contacts/42/unblock', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(EMAIL),
    });
    assert.equal(answer.status, 415);
    assert.deepEqual(calls, []);
  });

  it('answers 405 to a GET', async () => {
    const answer = await send(app.origin, '/api/contacts/42/unblock');
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.get('Allow'), 'POST');
  });

  it("passes an UnblockRefusal's status and sentence on", async () => {
    behaviour = async () => {
      throw new server.UnblockRefusal(409, 'That is not this contact’s address.');
    };
    const answer = await post(app.origin, '42', EMAIL);
    assert.equal(answer.status, 409);
    assert.equal(answer.json.error, 'That is not this contact’s address.');
  });

  it('answers 502 when unblock throws anything else, without its message', async () => {
    behaviour = async () => {
      throw new Error('SMTP relay password rejected');
    };
    const answer = await post(app.origin, '42', EMAIL);
    assert.equal(answer.status, 502);
    assert.doesNotMatch(answer.text, /password/);
  });

  it('runs unblock once for requests sharing an Idempotency-Key, even at the same time, and answers each alike', async () => {
    let release;
    behaviour = () => new Promise((resolve) => (release = resolve));
    const key = { 'Idempotency-Key': `k-${process.pid}-same` };
    const first = post(app.origin, '42', EMAIL, key);
    const second = post(app.origin, '42', EMAIL, key);
    while (!release) await new Promise((resolve) => setTimeout(resolve, 5));
    // Let the second request arrive while the first is still running.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const answers = await Promise.all([first, second]);
    const later = await post(app.origin, '42', EMAIL, key);
    assert.equal(calls.length, 1);
    for (const answer of [...answers, later]) {
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.json, { ok: true, ...EMAIL });
    }
  });

  it('unblocks again for a new Idempotency-Key, or for the same key on another contact', async () => {
    await post(app.origin, '42', EMAIL, { 'Idempotency-Key': `k-${process.pid}-a` });
    await post(app.origin, '42', EMAIL, { 'Idempotency-Key': `k-${process.pid}-b` });
    await post(app.origin, '43', EMAIL, { 'Idempotency-Key': `k-${process.pid}-b` });
    assert.equal(calls.length, 3);
  });

  it('answers 422 to an Idempotency-Key reused for a different unblock', async () => {
    const key = { 'Idempotency-Key': `k-${process.pid}-reused` };
    assert.equal((await post(app.origin, '42', EMAIL, key)).status, 200);
    const other = await post(app.origin, '42', { channel: 'sms', address: '+46 70 123 45 67' }, key);
    assert.equal(other.status, 422);
    assert.equal(calls.length, 1);
  });

  it('lets a retry with the same key try again after a failure', async () => {
    const key = { 'Idempotency-Key': `k-${process.pid}-retry` };
    behaviour = async () => {
      throw new Error('mail provider down');
    };
    assert.equal((await post(app.origin, '42', EMAIL, key)).status, 502);
    behaviour = async () => {};
    assert.equal((await post(app.origin, '42', EMAIL, key)).status, 200);
    assert.equal(calls.length, 2);
  });

  it('answers 400 to an Idempotency-Key that is not a printable token', async () => {
    const answer = await post(app.origin, '42', EMAIL, { 'Idempotency-Key': 'x'.repeat(300) });
    assert.equal(answer.status, 400);
    assert.deepEqual(calls, []);
  });
});
