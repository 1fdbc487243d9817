import { expect } from '@open-wc/testing';
import { MessageLoadError } from '../src/data/errors.js';
import { httpErrorMessage, parseRetryAfter } from '../src/data/http-error.js';
import { readJsonResponse } from '../src/data/read-response.js';

async function readError(response: Response, options: Parameters<typeof readJsonResponse>[1] = {}) {
  try {
    await readJsonResponse(response, options);
  } catch (error) {
    return error;
  }
  throw new Error('expected readJsonResponse to reject');
}

async function loadError(response: Response, options: Parameters<typeof readJsonResponse>[1] = {}) {
  const error = await readError(response, options);
  expect(error).to.be.instanceOf(MessageLoadError);
  return error as MessageLoadError;
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' }, ...init });
}

/** A body that yields `chunk` forever and records how far it was read and whether it was cancelled. */
function endlessBody(chunk: Uint8Array) {
  const record = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        record.pulls += 1;
        controller.enqueue(chunk);
      },
      cancel() {
        record.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, record };
}

describe('readJsonResponse', () => {
  it('reads a JSON body', async () => {
    expect(await readJsonResponse(json({ messages: [] }))).to.deep.equal({ messages: [] });
  });

  it('reads JSON whatever the content type says, when it is JSON', async () => {
    const response = new Response('[1]', { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    expect(await readJsonResponse(response)).to.deep.equal([1]);
  });

  it('skips a byte order mark and surrounding whitespace', async () => {
    expect(await readJsonResponse(new Response('\uFEFF \n {"a":1} \n'))).to.deep.equal({ a: 1 });
  });

  it('decodes a multi-byte character split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"name":"Åsa"}');
    const split = bytes.indexOf(0xc3) + 1;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, split));
        controller.enqueue(bytes.slice(split));
        controller.close();
      },
    });
    expect(await readJsonResponse(new Response(stream))).to.deep.equal({ name: 'Åsa' });
  });

  describe('HTTP errors', () => {
    const cases: [number, RegExp][] = [
      [404, /^Contact not found/],
      [401, /^Not authorised to read this contact's messages/],
      [403, /^Not authorised to read this contact's messages/],
      [429, /^Too many requests/],
      [500, /^The message service failed \(HTTP 500\)/],
      [503, /^The message service failed \(HTTP 503\)/],
      [400, /refused the request \(HTTP 400\)/],
    ];
    for (const [status, message] of cases) {
      it(`turns ${status} into an http error with a human message`, async () => {
        const error = await loadError(json({ error: 'x' }, { status }), { channel: 'sms' });
        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(status);
        expect(error.channel).to.equal('sms');
        expect(error.message).to.match(message);
      });
    }

    it('marks 5xx and 429 retryable, other 4xx not', async () => {
      expect((await loadError(new Response('', { status: 502 }))).retryable).to.equal(true);
      expect((await loadError(new Response('', { status: 429 }))).retryable).to.equal(true);
      expect((await loadError(new Response('', { status: 404 }))).retryable).to.equal(false);
    });

    it('reads Retry-After in seconds', async () => {
      const error = await loadError(new Response('', { status: 429, headers: { 'Retry-After': '120' } }));
      expect(error.retryAfter).to.equal(120);
      expect(error.message).to.contain('2 minutes');
    });

    it('reads Retry-After as an HTTP date', async () => {
      const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
      const error = await loadError(new Response('', { status: 503, headers: { 'Retry-After': inTenSeconds } }));
      expect(error.retryAfter).to.be.within(8, 11);
    });

    it('leaves retryAfter undefined without the header', async () => {
      expect((await loadError(new Response('', { status: 503 }))).retryAfter).to.equal(undefined);
    });

    it('does not read the body of an error response', async () => {
      const { stream, record } = endlessBody(new Uint8Array(1024));
      await loadError(new Response(stream, { status: 500 }));
      expect(record.pulls).to.equal(0);
      expect(record.cancelled).to.equal(true);
    });
  });

  describe('bodies that are not message data', () => {
    it('refuses an HTML page served with 200 and text/html', async () => {
      const response = new Response('<!doctype html><title>Sign in</title>', {
        headers: { 'Content-Type': 'text/html' },
      });
      const error = await loadError(response);
      expect(error.kind).to.equal('parse');
      expect(error.message).to.match(/^The server answered with a web page instead of message data/);
    });

    it('refuses a body starting with < whatever its content type', async () => {
      const response = new Response('\n  <html><body>Gateway</body></html>', {
        headers: { 'Content-Type': 'application/json' },
      });
      expect((await loadError(response)).message).to.match(/web page/);
    });

    it('refuses invalid JSON with a parse error', async () => {
      const error = await loadError(
        new Response('{"messages": [', { headers: { 'Content-Type': 'application/json' } }),
      );
      expect(error.kind).to.equal('parse');
      expect(error.message).to.equal('The message service sent data that is not valid JSON.');
      expect(error.retryable).to.equal(false);
    });

    it('refuses text that is neither JSON nor HTML, labelled text/html, as a web page', async () => {
      const response = new Response('Service Unavailable', { headers: { 'Content-Type': 'text/html' } });
      expect((await loadError(response)).message).to.match(/web page/);
    });

    for (const [label, body] of [
      ['an empty body', ''],
      ['a whitespace body', ' \n\t '],
      ['no body', null],
    ] as const) {
      it(`refuses ${label} with a parse error`, async () => {
        const error = await loadError(new Response(body, { status: 200 }));
        expect(error.kind).to.equal('parse');
        expect(error.message).to.match(/empty/);
      });
    }
  });

  describe('size limit', () => {
    it('refuses a 10 MB body with the default 5 MB limit', async () => {
      const big = JSON.stringify({ messages: [], padding: 'x'.repeat(10 * 1024 * 1024) });
      const error = await loadError(new Response(big));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.match(/^The response is too large/);
      expect(error.message).to.contain('5 MB');
    });

    it('accepts a body right at the limit', async () => {
      const body = JSON.stringify({ a: 'x'.repeat(92) });
      expect(body.length).to.equal(100);
      expect(await readJsonResponse(new Response(body), { maxBytes: 100 })).to.deep.equal({ a: 'x'.repeat(92) });
      await loadError(new Response(body), { maxBytes: 99 });
    });

    it('stops reading an endless body once over the limit, and cancels it', async () => {
      const { stream, record } = endlessBody(new Uint8Array(64 * 1024));
      const error = await loadError(new Response(stream), { maxBytes: 1024 * 1024 });
      expect(error.message).to.match(/too large/);
      expect(record.pulls).to.be.within(17, 18);
      expect(record.cancelled).to.equal(true);
    });

    it('refuses a Content-Length over the limit without reading the body', async () => {
      const { stream, record } = endlessBody(new Uint8Array(16));
      const response = new Response(stream, { headers: { 'Content-Length': String(6 * 1024 * 1024) } });
      const error = await loadError(response);
      expect(error.message).to.match(/too large/);
      expect(record.pulls).to.equal(0);
    });

    it('trusts the bytes, not a Content-Length that understates them', async () => {
      const response = new Response('x'.repeat(2000), { headers: { 'Content-Length': '10' } });
      expect((await loadError(response, { maxBytes: 1000 })).message).to.match(/too large/);
    });

    it('checks the size of a response without a stream too', async () => {
      const streamless = {
        ok: true,
        status: 200,
        headers: new Headers(),
        body: null,
        bodyUsed: false,
        arrayBuffer: async () => new TextEncoder().encode('[' + '1,'.repeat(600) + '1]').buffer,
      } as unknown as Response;
      expect((await loadError(streamless, { maxBytes: 1000 })).message).to.match(/too large/);
    });
  });

  describe('abort', () => {
    it('rejects with the abort reason when aborted while reading', async () => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"messages":'));
        },
      });
      const controller = new AbortController();
      const reading = readError(new Response(stream), { signal: controller.signal });
      setTimeout(() => controller.abort(), 10);
      const error = await reading;
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('rejects at once when the signal is already aborted', async () => {
      const reason = new Error('gone');
      const error = await readError(json([]), { signal: AbortSignal.abort(reason) });
      expect(error).to.equal(reason);
    });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2024, 2, 1, 12, 0, 0);
  const cases: [string | null, number | undefined][] = [
    ['30', 30],
    [' 0 ', 0],
    ['Fri, 01 Mar 2024 12:00:45 GMT', 45],
    ['Fri, 01 Mar 2024 12:00:00 GMT', 0],
    ['Fri, 01 Mar 2024 11:00:00 GMT', 0],
    ['Fri, 01 Mar 2024 12:00:00.500 GMT', 1],
    [null, undefined],
    ['', undefined],
    ['soon', undefined],
    ['1.5', undefined],
    ['-5', undefined],
  ];
  for (const [value, expected] of cases) {
    it(`reads ${JSON.stringify(value)} as ${expected}`, () => {
      expect(parseRetryAfter(value, now)).to.equal(expected);
    });
  }
});

describe('httpErrorMessage', () => {
  it('says when to try again after a 429, when the server said', () => {
    expect(httpErrorMessage(429, 30)).to.contain('30 seconds');
    expect(httpErrorMessage(429)).to.contain('a moment');
  });
});
