import { expect } from '@open-wc/testing';
import { MessageLoadError } from '../src/data/errors.js';
import { defaultRetryDelay, loadMessages, type LoadMessagesOptions } from '../src/data/load-messages.js';
import { buildMessagesUrl } from '../src/data/message-requests.js';
import { mergePages } from '../src/data/merge-pages.js';
import { parseMessagePage } from '../src/data/parse-page.js';
import type { Channel, Fetcher, Message } from '../src/data/types.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { loadError, rejection } from './helpers/rejection.js';

// Most of these tests are about the fetcher hook itself, so they stub it; the ones at the end and
// the element's tests use real HTTP.

interface Call {
  url: string;
  init: RequestInit;
}

function stubFetcher(respond: (url: string, call: number) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetcher: Fetcher = async (url, init) => {
    calls.push({ url, init });
    return respond(url, calls.length);
  };
  return { fetcher, calls };
}

/** Like fetch when the server never answers: settles only when the request is aborted. */
const waitForAbort: Fetcher = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' }, ...init });
}

function item(id: string, channel: Channel, sentAt: string | null, status = 'Delivered') {
  return { id, channel, status, sentAt };
}

const perChannel = '/api/contacts/{contactId}/{channel}/messages';

function options(overrides: Partial<LoadMessagesOptions>): LoadMessagesOptions {
  return {
    endpoint: perChannel,
    contactId: '42',
    channels: ['email', 'sms'],
    pageSize: 100,
    retryDelay: () => 0,
    ...overrides,
  };
}

const byChannel = (email: () => Response, sms: () => Response) => (url: string) =>
  url.includes('/email/') ? email() : sms();

describe('loadMessages', () => {
  describe('requests', () => {
    it('makes one request per channel, with the contact id encoded and count set', async () => {
      const { fetcher, calls } = stubFetcher(() => json({ messages: [] }));
      await loadMessages(options({ fetcher, contactId: 'a b/c' }));
      expect(calls.map((call) => call.url)).to.deep.equal([
        `${location.origin}/api/contacts/a%20b%2Fc/email/messages?count=100`,
        `${location.origin}/api/contacts/a%20b%2Fc/sms/messages?count=100`,
      ]);
    });

    it('runs the channel requests in parallel', async () => {
      const answers: ((response: Response) => void)[] = [];
      const fetcher: Fetcher = () => new Promise((resolve) => answers.push(resolve));
      const loading = loadMessages(options({ fetcher }));
      await new Promise((resolve) => setTimeout(resolve));
      expect(answers, 'both requests started before either was answered').to.have.length(2);
      answers.forEach((answer) => answer(json({ messages: [] })));
      await loading;
    });

    it('requests only the channels asked for', async () => {
      const { fetcher, calls } = stubFetcher(() => json({ messages: [] }));
      await loadMessages(options({ fetcher, channels: ['sms'] }));
      expect(calls.map((call) => call.url)).to.deep.equal([
        `${location.origin}/api/contacts/42/sms/messages?count=100`,
      ]);
    });

    it('makes no request for no channels', async () => {
      const { fetcher, calls } = stubFetcher(() => json({ messages: [] }));
      expect(await loadMessages(options({ fetcher, channels: [] }))).to.deep.equal({ messages: [], errors: [] });
      expect(calls).to.have.length(0);
    });

    it('makes one request without {channel}, and keeps only the channels asked for', async () => {
      const { fetcher, calls } = stubFetcher(() =>
        json({ messages: [item('e', 'email', '2024-03-01T10:00:00Z'), item('s', 'sms', '2024-03-01T11:00:00Z')] }),
      );
      const result = await loadMessages(
        options({ fetcher, endpoint: '/api/contacts/{contactId}/messages', channels: ['sms'], pageSize: 20 }),
      );
      expect(calls.map((call) => call.url)).to.deep.equal([`${location.origin}/api/contacts/42/messages?count=20`]);
      expect(result.messages.map((m) => m.id)).to.deep.equal(['s']);
    });

    it('sends GET with the host headers and credentials, adding Accept: application/json', async () => {
      const { fetcher, calls } = stubFetcher(() => json({ messages: [] }));
      await loadMessages(
        options({
          fetcher,
          channels: ['email'],
          requestInit: {
            headers: { Authorization: 'Bearer t0ken' },
            credentials: 'include',
            method: 'POST',
            body: '{}',
          },
        }),
      );
      const [{ init }] = calls;
      const headers = new Headers(init.headers);
      expect(headers.get('Authorization')).to.equal('Bearer t0ken');
      expect(headers.get('Accept')).to.equal('application/json');
      expect(init.credentials).to.equal('include');
      expect(init.method).to.equal('GET');
      expect(init.body).to.equal(undefined);
      expect(init.signal).to.be.instanceOf(AbortSignal);
    });

    it("keeps the host's own Accept header", async () => {
      const { fetcher, calls } = stubFetcher(() => json({ messages: [] }));
      await loadMessages(
        options({ fetcher, channels: ['email'], requestInit: { headers: [['accept', 'application/vnd.x+json']] } }),
      );
      expect(new Headers(calls[0].init.headers).get('Accept')).to.equal('application/vnd.x+json');
    });

    it('uses globalThis.fetch when no fetcher is given', async () => {
      const original = globalThis.fetch;
      const seen: string[] = [];
      globalThis.fetch = async (input: RequestInfo | URL) => {
        seen.push(String(input));
        return json({ messages: [item('m', 'email', null)] });
      };
      try {
        const result = await loadMessages(options({ channels: ['email'] }));
        expect(seen).to.deep.equal([`${location.origin}/api/contacts/42/email/messages?count=100`]);
        expect(result.messages.map((m) => m.id)).to.deep.equal(['m']);
      } finally {
        globalThis.fetch = original;
      }
    });

    it('rejects with a TypeError and fetches nothing when the endpoint needs a value it lacks', async () => {
      const { fetcher, calls } = stubFetcher(() => json({ messages: [] }));
      const error = await rejection(loadMessages(options({ fetcher, endpoint: '/c/{contactId}/{channel}/{address}' })));
      expect(error).to.be.instanceOf(TypeError);
      expect((error as Error).message).to.contain('{address}');
      expect(calls).to.have.length(0);
    });
  });

  describe('merging', () => {
    it('merges the channels newest first, undated last, one per channel and id', async () => {
      const { fetcher } = stubFetcher(
        byChannel(
          () =>
            json({
              messages: [
                item('e1', 'email', '2024-03-01T10:00:00Z'),
                item('e2', 'email', null),
                item('e3', 'email', '2024-03-03T10:00:00Z'),
              ],
            }),
          () =>
            json({
              messages: [
                item('s1', 'sms', '2024-03-02T10:00:00Z'),
                // A server that ignores {channel} sends the email again: it is not shown twice.
                item('e1', 'email', '2024-03-01T10:00:00Z', 'Opened'),
              ],
            }),
        ),
      );
      const result = await loadMessages(options({ fetcher }));
      expect(result.messages.map((m) => `${m.id}:${m.status}`)).to.deep.equal([
        'e3:Delivered',
        's1:Delivered',
        'e1:Delivered',
        'e2:Delivered',
      ]);
      expect(result.errors).to.deep.equal([]);
    });

    it("takes each channel's address from that channel's response", async () => {
      const { fetcher } = stubFetcher(
        byChannel(
          () =>
            json({
              contact: { email: { address: 'ann@example.com', blocked: true }, sms: { address: 'stale' } },
              messages: [],
            }),
          () => json({ contact: { sms: { address: '+46701234567' } }, messages: [] }),
        ),
      );
      const result = await loadMessages(options({ fetcher }));
      expect(result.contact).to.deep.equal({
        email: { address: 'ann@example.com', blocked: true },
        sms: { address: '+46701234567' },
      });
    });

    it('gives next links per channel, or under all for one request, resolved against the request', async () => {
      const perChannelResult = await loadMessages(
        options({
          fetcher: stubFetcher(
            byChannel(
              () => json({ messages: [], next: '/e?page=2' }),
              () => json({ messages: [] }),
            ),
          ).fetcher,
        }),
      );
      expect(perChannelResult.next).to.deep.equal({ email: new URL('/e?page=2', location.href).href });

      const single = await loadMessages(
        options({
          endpoint: '/c/{contactId}',
          fetcher: stubFetcher(() => json({ messages: [], next: '/c/42?page=2' })).fetcher,
        }),
      );
      expect(single.next).to.deep.equal({ all: new URL('/c/42?page=2', location.href).href });

      const none = await loadMessages(options({ fetcher: stubFetcher(() => json({ messages: [] })).fetcher }));
      expect(none).to.not.have.property('next');
    });

    it('passes the body and the channel to a custom parser', async () => {
      const seen: [unknown, Channel | undefined][] = [];
      await loadMessages(
        options({
          fetcher: stubFetcher((url) => json({ url })).fetcher,
          parse: (body, channel) => {
            seen.push([body, channel]);
            return { messages: [] };
          },
        }),
      );
      expect(seen.map(([, channel]) => channel)).to.deep.equal(['email', 'sms']);
      expect((seen[0][0] as { url: string }).url).to.contain('/email/');
    });

    it('tells the parser the channel, so items without one land in the right channel', async () => {
      const { fetcher } = stubFetcher((url) =>
        json({ count: 1, items: [{ messageId: url.includes('/sms/') ? 's' : 'e', status: 'Delivered' }] }),
      );
      const result = await loadMessages(options({ fetcher }));
      expect(result.messages.map((m) => `${m.channel}:${m.id}`)).to.have.members(['email:e', 'sms:s']);
    });
  });

  describe('failures', () => {
    it('still gives the other channel when one fails, with the failure in errors', async () => {
      const { fetcher } = stubFetcher(
        byChannel(
          () => json({ messages: [item('e', 'email', null)] }),
          () => new Response('', { status: 500 }),
        ),
      );
      const result = await loadMessages(options({ fetcher }));
      expect(result.messages.map((m) => m.id)).to.deep.equal(['e']);
      expect(result.errors).to.have.length(1);
      expect(result.errors[0]).to.be.instanceOf(MessageLoadError);
      expect(result.errors[0]).to.include({ kind: 'http', status: 500, channel: 'sms' });
    });

    it("rejects with the first channel's error, naming no channel, when every channel fails", async () => {
      const { fetcher } = stubFetcher(
        byChannel(
          () => new Response('', { status: 404 }),
          () => new Response('', { status: 500 }),
        ),
      );
      const error = await loadError(loadMessages(options({ fetcher })));
      expect(error).to.include({ kind: 'http', status: 404 });
      expect(error.channel).to.equal(undefined);
      expect(error.message).to.match(/^Contact not found/);
    });

    it("keeps the first error's Retry-After and code when every channel fails", async () => {
      const { fetcher } = stubFetcher(
        byChannel(
          () => new Response('', { status: 429, headers: { 'Retry-After': '7' } }),
          () => new Response('<html></html>'),
        ),
      );
      const error = await loadError(loadMessages(options({ fetcher, retries: 1 })));
      expect(error).to.include({ kind: 'http', status: 429, retryAfter: 7 });
      expect(error.channel).to.equal(undefined);
      expect(error.message).to.match(/^Too many requests.*7 seconds/);

      const pages = stubFetcher(() => new Response('<html></html>'));
      const webPage = await loadError(loadMessages(options({ fetcher: pages.fetcher })));
      expect(webPage).to.include({ kind: 'parse', code: 'web-page' });
      expect(webPage.channel).to.equal(undefined);
    });

    it('puts the channel on parse errors too', async () => {
      const { fetcher } = stubFetcher(() => json({ nothing: true }));
      const error = await loadError(loadMessages(options({ fetcher, channels: ['sms'] })));
      expect(error).to.include({ kind: 'parse', channel: 'sms' });
    });

    it("turns a custom parser's own exception into a parse error", async () => {
      const { fetcher } = stubFetcher(() => json({}));
      const error = await loadError(
        loadMessages(
          options({
            fetcher,
            channels: ['email'],
            parse: () => {
              throw new RangeError('boom');
            },
          }),
        ),
      );
      expect(error).to.include({ kind: 'parse', channel: 'email' });
      expect(error.cause).to.be.instanceOf(RangeError);
    });

    it("puts the channel on a custom parser's MessageLoadError", async () => {
      const { fetcher } = stubFetcher(() => json({}));
      const parse = () => {
        throw new MessageLoadError('parse', 'Not our format.');
      };
      const error = await loadError(loadMessages(options({ fetcher, channels: ['sms'], parse })));
      expect(error).to.include({ kind: 'parse', channel: 'sms', message: 'Not our format.' });
    });

    it('turns a fetch rejection into a network error, keeping the cause', async () => {
      const cause = new TypeError('Failed to fetch');
      const fetcher: Fetcher = () => Promise.reject(cause);
      const error = await loadError(loadMessages(options({ fetcher, channels: ['email'] })));
      expect(error).to.include({ kind: 'network', channel: 'email', message: 'Could not reach the message service.' });
      expect(error.cause).to.equal(cause);
    });

    it('turns a fetcher that throws synchronously into a network error', async () => {
      const fetcher: Fetcher = () => {
        throw new Error('not configured');
      };
      const error = await loadError(loadMessages(options({ fetcher, channels: ['email'], retries: 1 })));
      expect(error.kind).to.equal('network');
    });

    it('never puts request headers or the query in error messages', async () => {
      const { fetcher } = stubFetcher(() => new Response('<html>secret-key</html>', { status: 401 }));
      const error = await loadError(
        loadMessages(
          options({
            fetcher,
            channels: ['email'],
            endpoint: '/c/{contactId}/{channel}?apikey=secret-key',
            requestInit: { headers: { Authorization: 'Bearer secret-token' } },
          }),
        ),
      );
      expect(error.message).to.not.match(/secret/);
      expect(error.message).to.match(/Not authorised/);
    });
  });

  describe('retries', () => {
    it('retries a 503 and succeeds', async () => {
      const { fetcher, calls } = stubFetcher((_url, call) =>
        call === 1 ? new Response('', { status: 503 }) : json({ messages: [item('e', 'email', null)] }),
      );
      const result = await loadMessages(options({ fetcher, channels: ['email'] }));
      expect(calls).to.have.length(2);
      expect(result.messages.map((m) => m.id)).to.deep.equal(['e']);
    });

    it('tries at most three times by default, then rejects with the last error', async () => {
      const { fetcher, calls } = stubFetcher((_url, call) => new Response('', { status: 500 + call }));
      const error = await loadError(loadMessages(options({ fetcher, channels: ['email'] })));
      expect(calls).to.have.length(3);
      expect(error.status).to.equal(503);
    });

    it('tries as often as retries says, in total', async () => {
      const once = stubFetcher(() => new Response('', { status: 503 }));
      await loadError(loadMessages(options({ fetcher: once.fetcher, channels: ['email'], retries: 1 })));
      expect(once.calls).to.have.length(1);
      const five = stubFetcher(() => new Response('', { status: 503 }));
      await loadError(loadMessages(options({ fetcher: five.fetcher, channels: ['email'], retries: 5 })));
      expect(five.calls).to.have.length(5);
    });

    it('retries network errors and 429', async () => {
      const { fetcher, calls } = stubFetcher((_url, call) => {
        if (call === 1) throw new TypeError('Failed to fetch');
        if (call === 2) return new Response('', { status: 429 });
        return json({ messages: [] });
      });
      await loadMessages(options({ fetcher, channels: ['email'] }));
      expect(calls).to.have.length(3);
    });

    for (const status of [400, 401, 403, 404, 410]) {
      it(`does not retry ${status}`, async () => {
        const { fetcher, calls } = stubFetcher(() => new Response('', { status }));
        const error = await loadError(loadMessages(options({ fetcher, channels: ['email'] })));
        expect(calls).to.have.length(1);
        expect(error.status).to.equal(status);
      });
    }

    it('does not retry data it could not read', async () => {
      const { fetcher, calls } = stubFetcher(() => new Response('{oops'));
      const error = await loadError(loadMessages(options({ fetcher, channels: ['email'] })));
      expect(calls).to.have.length(1);
      expect(error.kind).to.equal('parse');
    });

    it('asks retryDelay how long to wait, passing the attempt and the error with Retry-After', async () => {
      const asked: [number, number | undefined, number | undefined][] = [];
      const { fetcher } = stubFetcher((_url, call) =>
        call < 3 ? new Response('', { status: 429, headers: { 'Retry-After': String(call * 7) } }) : json([]),
      );
      await loadMessages(
        options({
          fetcher,
          channels: ['email'],
          retryDelay: (attempt, error) => {
            asked.push([attempt, error.status, error.retryAfter]);
            return 0;
          },
        }),
      );
      expect(asked).to.deep.equal([
        [1, 429, 7],
        [2, 429, 14],
      ]);
    });

    it('retries each channel on its own', async () => {
      const { fetcher, calls } = stubFetcher((url) => {
        const earlier = calls.filter((call) => call.url === url).length;
        return url.includes('/sms/') && earlier === 1 ? new Response('', { status: 502 }) : json({ messages: [] });
      });
      const result = await loadMessages(options({ fetcher }));
      expect(calls.filter((call) => call.url.includes('/sms/'))).to.have.length(2);
      expect(calls.filter((call) => call.url.includes('/email/'))).to.have.length(1);
      expect(result.errors).to.deep.equal([]);
    });
  });

  describe('timeout', () => {
    it('gives up on an attempt after timeout ms with a timeout error', async () => {
      const error = await loadError(
        loadMessages(options({ fetcher: waitForAbort, channels: ['email'], timeout: 20, retries: 1 })),
      );
      expect(error).to.include({ kind: 'timeout', channel: 'email' });
      expect(error.message).to.equal('The message service did not answer within 20 ms.');
      expect(error.retryable).to.equal(true);
    });

    it('aborts the request that timed out', async () => {
      const signals: AbortSignal[] = [];
      const fetcher: Fetcher = (url, init) => {
        signals.push(init.signal as AbortSignal);
        return waitForAbort(url, init);
      };
      await loadError(loadMessages(options({ fetcher, channels: ['email'], timeout: 10, retries: 2 })));
      expect(signals).to.have.length(2);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
    });

    it('times out even when the fetcher ignores the signal', async () => {
      const fetcher: Fetcher = () => new Promise(() => {});
      const error = await loadError(loadMessages(options({ fetcher, channels: ['email'], timeout: 10, retries: 1 })));
      expect(error.kind).to.equal('timeout');
    });

    it('covers reading the body, not only the headers', async () => {
      const fetcher: Fetcher = async () => new Response(new ReadableStream({ start() {} }));
      const error = await loadError(loadMessages(options({ fetcher, channels: ['email'], timeout: 20, retries: 1 })));
      expect(error.kind).to.equal('timeout');
    });
  });

  describe('abort', () => {
    it('rejects with the AbortError when the signal aborts, not a MessageLoadError', async () => {
      const controller = new AbortController();
      const loading = loadMessages(options({ fetcher: waitForAbort, signal: controller.signal }));
      setTimeout(() => controller.abort());
      const error = await rejection(loading);
      expect(error).to.be.instanceOf(DOMException);
      expect(error).to.not.be.instanceOf(MessageLoadError);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('rejects with a custom abort reason as given', async () => {
      const controller = new AbortController();
      const reason = new Error('contact changed');
      const loading = loadMessages(options({ fetcher: waitForAbort, signal: controller.signal }));
      setTimeout(() => controller.abort(reason));
      expect(await rejection(loading)).to.equal(reason);
    });

    it('rejects with the abort reason for a single request with no retries left', async () => {
      const controller = new AbortController();
      const loading = loadMessages(
        options({ fetcher: waitForAbort, endpoint: '/c/{contactId}', retries: 1, signal: controller.signal }),
      );
      setTimeout(() => controller.abort());
      const error = await rejection(loading);
      expect(error).to.not.be.instanceOf(MessageLoadError);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('stops retrying when aborted while waiting to retry', async () => {
      const controller = new AbortController();
      const { fetcher, calls } = stubFetcher(() => new Response('', { status: 503 }));
      const loading = loadMessages(
        options({ fetcher, channels: ['email'], signal: controller.signal, retryDelay: () => 60_000 }),
      );
      setTimeout(() => controller.abort(), 10);
      const error = await rejection(loading);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(calls).to.have.length(1);
    });

    it('fetches nothing when the signal is already aborted', async () => {
      const { fetcher, calls } = stubFetcher(() => json({ messages: [] }));
      const error = await rejection(loadMessages(options({ fetcher, signal: AbortSignal.abort() })));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(calls).to.have.length(0);
    });

    it('aborts the requests themselves', async () => {
      const controller = new AbortController();
      const signals: AbortSignal[] = [];
      const fetcher: Fetcher = (url, init) => {
        signals.push(init.signal as AbortSignal);
        return waitForAbort(url, init);
      };
      const loading = loadMessages(options({ fetcher, signal: controller.signal }));
      setTimeout(() => controller.abort());
      await rejection(loading);
      expect(signals).to.have.length(2);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
    });

    it('honours a signal given in requestInit as well', async () => {
      const controller = new AbortController();
      const loading = loadMessages(options({ fetcher: waitForAbort, requestInit: { signal: controller.signal } }));
      setTimeout(() => controller.abort());
      expect(((await rejection(loading)) as DOMException).name).to.equal('AbortError');
    });
  });
});

describe('defaultRetryDelay', () => {
  const error503 = new MessageLoadError('http', 'failed', { status: 503 });

  const lowest = () => 0;
  const highest = () => 0.999999;

  it('backs off exponentially from 300 ms, with jitter between half the ceiling and the ceiling', () => {
    const waits = (random: () => number) => [1, 2, 3, 4].map((attempt) => defaultRetryDelay(attempt, error503, random));
    expect(waits(lowest)).to.deep.equal([150, 300, 600, 1200]);
    expect(waits(highest)).to.deep.equal([300, 600, 1200, 2400]);
    expect(waits(() => 0.5)).to.deep.equal([225, 450, 900, 1800]);
  });

  it('jitters with Math.random by default, within the bounds', () => {
    const waits = Array.from({ length: 200 }, () => defaultRetryDelay(2, error503));
    expect(Math.min(...waits)).to.be.at.least(300);
    expect(Math.max(...waits)).to.be.at.most(600);
    expect(new Set(waits).size, 'the waits differ').to.be.greaterThan(10);
  });

  it('never waits more than 30 s', () => {
    expect(defaultRetryDelay(20, error503, highest)).to.equal(30_000);
    expect(defaultRetryDelay(20, error503, lowest)).to.equal(15_000);
  });

  it('waits as long as Retry-After says, up to 30 s', () => {
    const asked = (seconds: number) => new MessageLoadError('http', 'slow down', { status: 429, retryAfter: seconds });
    // Exactly: the server said when, so no jitter.
    expect(defaultRetryDelay(1, asked(7), highest)).to.equal(7000);
    expect(defaultRetryDelay(1, asked(7), lowest)).to.equal(7000);
    expect(defaultRetryDelay(3, asked(0))).to.equal(0);
    expect(defaultRetryDelay(1, asked(120))).to.equal(30_000);
  });
});

describe('buildMessagesUrl', () => {
  it('resolves a relative endpoint against the page', () => {
    expect(buildMessagesUrl('/c/{contactId}', '1', undefined, 10)).to.equal(`${location.origin}/c/1?count=10`);
  });

  it('resolves against the base URL, as fetch() does, when the page has a <base href>', () => {
    const base = document.createElement('base');
    base.href = 'https://crm.example/app/';
    document.head.prepend(base);
    try {
      expect(buildMessagesUrl('c/{contactId}', '1', undefined, 10)).to.equal('https://crm.example/app/c/1?count=10');
    } finally {
      base.remove();
    }
  });

  it('adds count to an existing query, leaving the other parameters byte for byte', () => {
    expect(buildMessagesUrl('https://api.example/c/{contactId}?sig=a%2Bb+c&x', '1', undefined, 50)).to.equal(
      'https://api.example/c/1?sig=a%2Bb+c&x&count=50',
    );
  });

  it('replaces a count already in the endpoint, and keeps the fragment', () => {
    expect(buildMessagesUrl('https://api.example/c/{contactId}?count=5&y=1#top', '1', undefined, 50)).to.equal(
      'https://api.example/c/1?y=1&count=50#top',
    );
  });

  it('leaves count out when the page size is not a positive number', () => {
    expect(buildMessagesUrl('https://api.example/c/{contactId}', '1', undefined, Number.NaN)).to.equal(
      'https://api.example/c/1',
    );
    expect(buildMessagesUrl('https://api.example/c/{contactId}', '1', undefined, 0)).to.equal(
      'https://api.example/c/1',
    );
  });

  it('sends a whole number', () => {
    expect(buildMessagesUrl('https://api.example/c', '1', undefined, 25.7)).to.equal('https://api.example/c?count=25');
  });

  it('fills in the channel', () => {
    expect(buildMessagesUrl('https://api.example/{channel}/{contactId}', '1', 'sms', 1)).to.equal(
      'https://api.example/sms/1?count=1',
    );
  });
});

describe('mergePages', () => {
  const message = (id: string, channel: Channel, sentAt: string | null, status = 'Delivered'): Message => ({
    id,
    channel,
    status,
    sentAt: sentAt === null ? null : new Date(sentAt),
  });

  it('sorts newest first, undated last, keeping the order of equal dates', () => {
    const result = mergePages(
      [
        {
          messages: [
            message('undated-1', 'email', null),
            message('old', 'email', '2024-01-01T00:00:00Z'),
            message('same-a', 'sms', '2024-02-01T00:00:00Z'),
          ],
        },
        {
          messages: [
            message('undated-2', 'sms', null),
            message('same-b', 'email', '2024-02-01T00:00:00Z'),
            message('new', 'sms', '2024-03-01T00:00:00Z'),
          ],
        },
      ],
      ['email', 'sms'],
    );
    expect(result.messages.map((m) => m.id)).to.deep.equal([
      'new',
      'same-a',
      'same-b',
      'old',
      'undated-1',
      'undated-2',
    ]);
  });

  it('keeps the first copy of a channel + id, in page order', () => {
    const result = mergePages(
      [
        { messages: [message('1', 'email', null, 'Deferred')] },
        { messages: [message('1', 'email', null, 'Delivered'), message('1', 'sms', null, 'Failed')] },
      ],
      ['email', 'sms'],
    );
    expect(result.messages.map((m) => `${m.channel}:${m.status}`)).to.deep.equal(['email:Deferred', 'sms:Failed']);
  });

  it('keeps only the channels asked for, messages and addresses alike', () => {
    const result = mergePages(
      [
        {
          messages: [message('e', 'email', null), message('s', 'sms', null)],
          contact: { email: { address: 'a@example.com' }, sms: { address: '+4670' } },
        },
      ],
      ['email'],
    );
    expect(result).to.deep.equal({
      messages: [message('e', 'email', null)],
      contact: { email: { address: 'a@example.com' } },
    });
  });

  it("takes each channel's address from the first page that has one", () => {
    const result = mergePages(
      [
        { messages: [], contact: { sms: { address: 'first' } } },
        { messages: [], contact: { email: { address: 'a@example.com' }, sms: { address: 'second' } } },
      ],
      ['email', 'sms'],
    );
    expect(result.contact).to.deep.equal({ email: { address: 'a@example.com' }, sms: { address: 'first' } });
  });

  it('leaves contact out when no page has one', () => {
    expect(mergePages([{ messages: [] }], ['email', 'sms'])).to.deep.equal({ messages: [] });
  });

  it('adds up the items the pages left out, ignoring counts that are not whole positive numbers', () => {
    const page = (skipped: number) => ({ messages: [], skipped });
    expect(mergePages([page(2), { messages: [] }, page(3)], ['email']).skipped).to.equal(5);
    expect(mergePages([page(-1), page(Number.NaN), page(1.5)], ['email'])).not.to.have.property('skipped');
  });

  it('does not change the pages it was given', () => {
    const messages = [message('a', 'email', '2024-01-01T00:00:00Z'), message('b', 'email', '2024-02-01T00:00:00Z')];
    mergePages([{ messages }], ['email']);
    expect(messages.map((m) => m.id)).to.deep.equal(['a', 'b']);
  });
});

describe('loadMessages, against the mock API', () => {
  const ENDPOINT = '/api/contacts/{contactId}/messages';
  const PER_CHANNEL = '/api/contacts/{contactId}/messages?channel={channel}';

  /** The default parser, with the server's next link replaced: the mock API only sends good ones. */
  const nextLink = (next: (channel?: Channel) => string) => (body: unknown, channel?: Channel) => ({
    ...parseMessagePage(body, { channel }),
    next: next(channel),
  });

  function load(overrides: Partial<LoadMessagesOptions>) {
    return loadMessages({
      endpoint: ENDPOINT,
      contactId: freshContact('many'),
      channels: ['email', 'sms'],
      pageSize: 10,
      ...overrides,
    });
  }

  describe('next links', () => {
    it('drops a next link that is not a URL, keeping the page', async () => {
      const result = await load({ parse: nextLink(() => 'http://[') });
      expect(result.messages).to.have.length(10);
      expect(result.errors).to.deep.equal([]);
      expect(result).to.not.have.property('next');
    });

    it('does not follow a next link to another origin', async () => {
      const result = await load({ parse: nextLink(() => 'https://elsewhere.example/api/contacts/many/messages') });
      expect(result.messages).to.have.length(10);
      expect(result).to.not.have.property('next');
    });

    it('drops only the channel whose link leads elsewhere', async () => {
      const result = await load({
        endpoint: PER_CHANNEL,
        parse: nextLink((channel) =>
          channel === 'sms' ? 'javascript:alert(1)' : `${location.origin}/api/contacts/many/messages?offset=10`,
        ),
      });
      expect(result.next).to.deep.equal({ email: `${location.origin}/api/contacts/many/messages?offset=10` });
    });
  });

  describe('failures', () => {
    it('names no channel when every channel fails: the whole list did', async () => {
      const contactId = freshContact('not-found');
      const error = await loadError(load({ endpoint: PER_CHANNEL, contactId }));
      expect(error).to.include({ kind: 'http', status: 404 });
      expect(error.channel).to.equal(undefined);
      expect(error.message).to.match(/^Contact not found/);
      expect(await requestsFor(contactId)).to.have.length(2);
    });

    it("keeps the channel when the one channel's request fails", async () => {
      const error = await loadError(
        load({ endpoint: PER_CHANNEL, contactId: freshContact('not-found'), channels: ['sms'] }),
      );
      expect(error).to.include({ kind: 'http', status: 404, channel: 'sms' });
    });
  });

  describe('Retry-After', () => {
    /** A gateway in front of the service that asks for a longer pause than the mock's 1 s. */
    const askingFor =
      (seconds: number): Fetcher =>
      async (url, init) => {
        const response = await fetch(url, init);
        if (response.status !== 429) return response;
        const headers = new Headers(response.headers);
        headers.set('Retry-After', String(seconds));
        return new Response(response.body, { status: 429, headers });
      };

    it('gives up at once when the server asks for more than 30 s, saying when to try again', async () => {
      const contactId = freshContact('rate-limited');
      const asked: number[] = [];
      const error = await loadError(
        load({
          contactId,
          fetcher: askingFor(120),
          retryDelay: (attempt) => {
            asked.push(attempt);
            return 0;
          },
        }),
      );
      expect(error).to.include({ kind: 'http', status: 429, retryAfter: 120 });
      expect(error.message).to.contain('try again in 2 minutes');
      expect(asked).to.deep.equal([]);
      expect(await requestsFor(contactId)).to.have.length(1);
    });

    it('still retries when the server asks for 30 s', async () => {
      const contactId = freshContact('rate-limited');
      const result = await load({ contactId, fetcher: askingFor(30), retryDelay: () => 0 });
      expect(result.messages.length).to.be.greaterThan(0);
      expect(await requestsFor(contactId)).to.have.length(2);
    });
  });
});
