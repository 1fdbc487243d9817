// The handler's safety rules: the key stays on the server, refusals come before Voyado is asked, and
// Voyado's failures reach the browser as statuses the widget acts on, never as Voyado's own words.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { API_KEY, freshId, send, sendRawPath, server, serveHandler, startHttp, startVoyado } from './harness.mjs';

describe('the server handler: safety', () => {
  let voyado;
  let app;
  const logLines = [];
  before(async () => {
    voyado = await startVoyado();
    app = await serveHandler(voyado, { log: (line) => logLines.push(line) });
  });
  after(async () => {
    await app.stop();
    await voyado.stop();
  });

  it('asks authorize with the request and the decoded contact id, and answers 403 before Voyado when refused', async () => {
    const calls = [];
    const refusing = await serveHandler(voyado, {
      authorize: (request, contactId) => {
        calls.push({ cookie: request.headers.get('Cookie'), contactId });
        return false;
      },
    });
    try {
      const id = freshId('ada');
      const answer = await send(refusing.origin, `/api/contacts/${encodeURIComponent(id)}/messages`, {
        headers: { Cookie: 'session=agent-7' },
      });
      assert.equal(answer.status, 403);
      assert.deepEqual(calls, [{ cookie: 'session=agent-7', contactId: id }]);
      assert.deepEqual(await voyado.requests(id), []);
    } finally {
      await refusing.stop();
    }
  });

  for (const [said, allowed] of [
    ['a truthy non-boolean ("yes")', 'yes'],
    ['nothing', undefined],
    ['a promise of false', Promise.resolve(false)],
  ]) {
    it(`counts authorize returning ${said} as a refusal`, async () => {
      const unsure = await serveHandler(voyado, { authorize: () => allowed });
      try {
        const id = freshId('ada');
        assert.equal((await send(unsure.origin, `/api/contacts/${id}/messages`)).status, 403);
        assert.deepEqual(await voyado.requests(id), []);
      } finally {
        await unsure.stop();
      }
    });
  }

  it('answers 500 when authorize throws, without its message', async () => {
    const broken = await serveHandler(voyado, {
      authorize: () => {
        throw new Error('database password is hunter2');
      },
    });
    try {
      const answer = await send(broken.origin, `/api/contacts/${freshId('ada')}/messages`);
      assert.equal(answer.status, 500);
      assert.doesNotMatch(answer.text, /hunter2/);
    } finally {
      await broken.stop();
    }
  });

  for (const [what, path] of [
    ['"..", sent as is', '/api/contacts/../messages'],
    ['"..", encoded', '/api/contacts/%2E%2E/messages'],
    ['".", encoded', '/api/contacts/%2e/messages'],
    ['an encoded slash', '/api/contacts/42%2Fsmsmessages%3F/messages'],
    ['an encoded backslash', '/api/contacts/42%5C..%5Cx/messages'],
    // URL parsing reads `\` as `/` and would resolve this to contact `42`.
    ['"..", between backslashes', '/api/contacts/A\\..\\42/messages'],
    ['".." encoded, between encoded backslashes', '/api/contacts/A%5c%2e%2e%5c42/messages'],
    ['a backslash', '/api/contacts/A\\42/messages'],
    ['two segments', '/api/contacts/42/extra/messages'],
    ['an empty id', '/api/contacts//messages'],
    ['broken percent-encoding', '/api/contacts/%E0%A4%A/messages'],
    ['a control character', '/api/contacts/42%0A/messages'],
  ]) {
    it(`answers 400 to a contact id with ${what}, before Voyado is asked`, async () => {
      const before = (await voyado.requests('42')).length;
      const answer = await sendRawPath(app.origin, path);
      assert.equal(answer.status, 400, answer.text);
      assert.equal(typeof answer.json.error, 'string');
      assert.equal((await voyado.requests('42')).length, before);
    });
  }

  it('answers 502 to a wrong key, and neither the answer nor the log holds the key or Voyado’s words', async () => {
    const wrongKey = 'wrong-key-0a1b2c';
    const lines = [];
    const misconfigured = await serveHandler(voyado, { apiKey: wrongKey, log: (line) => lines.push(line) });
    try {
      const id = freshId('ada');
      const answer = await send(misconfigured.origin, `/api/contacts/${id}/messages`);
      assert.equal(answer.status, 502);
      assert.match(answer.json.error, /API key/);
      assert.equal(answer.headers.get('WWW-Authenticate'), null);
      // Voyado saw the key and quoted it back; none of that gets further.
      const requests = await voyado.requests(id);
      assert.deepEqual(
        requests.map((request) => request.apikey),
        ['wrong', 'wrong', 'wrong'],
      );
      assert.ok(!answer.text.includes(wrongKey));
      assert.ok(!answer.text.includes('not valid for this tenant'));
      assert.ok(lines.length > 0);
      for (const line of lines) assert.ok(!line.includes(wrongKey), line);
    } finally {
      await misconfigured.stop();
    }
  });

  it('does not follow a redirect, so the key goes nowhere but baseUrl', async () => {
    const seen = [];
    const elsewhere = await startHttp((request, response) => {
      seen.push(request.headers);
      response.end('{}');
    });
    const movingVoyado = await startVoyado({ movedTo: `${elsewhere.origin}/steal` });
    const handler = await serveHandler(movingVoyado);
    try {
      const answer = await send(handler.origin, `/api/contacts/${freshId('moved')}/messages`);
      assert.equal(answer.status, 502);
      assert.match(answer.json.error, /redirect/);
      assert.deepEqual(seen, []);
    } finally {
      await handler.stop();
      await movingVoyado.stop();
      await elsewhere.stop();
    }
  });

  it("passes Voyado's 429 on with its Retry-After, then stays quiet for that long without asking again", async () => {
    const id = freshId('ada', 'status=429', 'retryAfter=7');
    const quietApp = await serveHandler(voyado);
    try {
      const first = await send(quietApp.origin, `/api/contacts/${id}/messages`);
      assert.equal(first.status, 429);
      assert.equal(first.headers.get('Retry-After'), '7');
      // Both histories and the contact.
      assert.equal((await voyado.requests(id)).length, 3);

      const other = freshId('ada');
      const second = await send(quietApp.origin, `/api/contacts/${other}/messages`);
      assert.equal(second.status, 429);
      assert.ok(Number(second.headers.get('Retry-After')) <= 7);
      assert.ok(Number(second.headers.get('Retry-After')) >= 1);
      assert.equal((await voyado.requests(id)).length, 3);
      assert.deepEqual(await voyado.requests(other), []);
    } finally {
      await quietApp.stop();
    }
  });

  it("passes Voyado's 503 on with its Retry-After", async () => {
    const answer = await send(app.origin, `/api/contacts/${freshId('ada', 'status=503', 'retryAfter=0')}/messages`);
    assert.equal(answer.status, 503);
    assert.equal(answer.headers.get('Retry-After'), '0');
  });

  it('answers 502 to a Voyado 500, and 404 when Voyado does not know the contact', async () => {
    assert.equal((await send(app.origin, `/api/contacts/${freshId('broken')}/messages`)).status, 502);
    assert.equal((await send(app.origin, `/api/contacts/${freshId('nobody-here')}/messages`)).status, 404);
  });

  it('answers 502 when Voyado sends a web page instead of JSON', async () => {
    const answer = await send(app.origin, `/api/contacts/${freshId('html')}/messages`);
    assert.equal(answer.status, 502);
    assert.doesNotMatch(answer.text, /Bad Gateway|<h1>/);
  });

  it('answers 504 when Voyado is slower than timeoutMs, and gives up on Voyado too', async () => {
    const impatient = await serveHandler(voyado, { timeoutMs: 200 });
    try {
      const id = freshId('ada', 'delay=3000');
      const answer = await send(impatient.origin, `/api/contacts/${id}/messages`);
      assert.equal(answer.status, 504);
      // The mock notices its clients leaving; give it a moment to note it.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const requests = await voyado.requests(id);
      assert.equal(requests.length, 3);
      assert.ok(requests.every((request) => request.aborted));
    } finally {
      await impatient.stop();
    }
  });

  it('answers only JSON, never cached when it is an error', async () => {
    for (const path of [
      '/api/contacts/x/nothing',
      `/api/contacts/${freshId('broken')}/messages`,
      '/api/contacts//messages',
    ]) {
      const answer = await send(app.origin, path);
      assert.ok(answer.status >= 400);
      assert.match(answer.headers.get('Content-Type'), /^application\/json/);
      assert.equal(answer.headers.get('Cache-Control'), 'no-store');
      assert.equal(typeof JSON.parse(answer.text).error, 'string');
    }
  });

  it('never puts the key in any answer or log line', () => {
    // Everything above logged through `log`; nothing may hold the key.
    assert.ok(logLines.length > 0);
    for (const line of logLines) assert.ok(!line.includes(API_KEY), line);
  });

  it('refuses bad options at once, with a TypeError that does not quote the key', () => {
    const good = { baseUrl: 'https://example.voyado.com', apiKey: 'secret key\n', authorize: () => true };
    const attempts = [
      { ...good, apiKey: undefined },
      { ...good, apiKey: '' },
      good,
      { ...good, apiKey: 'k', baseUrl: 'example.voyado.com' },
      { ...good, apiKey: 'k', baseUrl: 'ftp://example.voyado.com' },
      { ...good, apiKey: 'k', baseUrl: 'https://user:pw@example.voyado.com' },
      { ...good, apiKey: 'k', authorize: undefined },
      { ...good, apiKey: 'k', unblock: 'yes' },
      { ...good, apiKey: 'k', timeoutMs: 0 },
      { ...good, apiKey: 'k', cacheSeconds: 1.5 },
      { ...good, apiKey: 'k', sharedCacheSeconds: -1 },
      { ...good, apiKey: 'k', sharedCacheSeconds: '30' },
      { ...good, apiKey: 'k', store: {} },
      { ...good, apiKey: 'k', store: { get: async () => undefined } },
    ];
    for (const options of attempts) {
      assert.throws(
        () => server.createVoyadoHandler(options),
        (error) => error instanceof TypeError && !error.message.includes('secret'),
      );
    }
    assert.throws(() => server.createVoyadoHandler(), TypeError);
  });
});
