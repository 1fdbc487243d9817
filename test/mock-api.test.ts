import { expect, waitUntil } from '@open-wc/testing';
import { abortedOnServer, freshContact, releaseHeld, requestsFor, type LoggedRequest } from './helpers/mock-api.js';

// The mock API (demo/mock-api.mjs) is the ground every element test stands on,
// so its routes and scenarios are checked here, over real HTTP, as the widget sees them.

interface ProjectItem {
  id: string;
  channel: 'email' | 'sms';
  status: string;
  sentAt: string;
  name?: string;
  text?: string;
  link?: string;
  reason?: string;
  transactional?: boolean;
}

interface ContactAddress {
  address: string;
  blocked?: unknown;
  unsubscribed?: boolean;
}

interface ProjectPage {
  contact?: { email?: ContactAddress; sms?: ContactAddress };
  messages: ProjectItem[];
  next?: string;
}

interface VoyadoItem {
  messageId: string;
  name: string;
  sendDateTime: string;
  type: 'EmailMessage' | 'SmsMessage' | 'PostalMessage';
  source: string;
  isTransactional: boolean;
  status: string | null;
  messageLink: string | null;
  messageText: string | null;
}

interface VoyadoPage {
  count: number;
  items: VoyadoItem[];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status, url).to.equal(200);
  return (await response.json()) as T;
}

function postUnblock(contactId: string, body: string) {
  return fetch(`/api/contacts/${encodeURIComponent(contactId)}/unblock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
}

const statusesOf = (items: VoyadoItem[], type: VoyadoItem['type']) =>
  new Set(items.filter((item) => item.type === type).map((item) => item.status));

describe('mock API', () => {
  describe('project shape', () => {
    it('serves Ada with headers that keep it out of caches', async () => {
      const response = await fetch('/api/contacts/42/messages');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).to.equal('no-store');
      const page = (await response.json()) as ProjectPage;
      expect(page.contact).to.deep.equal({
        email: { address: 'ada.lindqvist@example.com', blocked: false, unsubscribed: false },
        sms: { address: '+46 70 123 45 67', blocked: false, unsubscribed: false },
      });
      expect(page.messages).to.have.length(25);
      expect(page.next).to.equal(undefined);
    });

    it('serves the same history for 42 and ada, newest first', async () => {
      const [a, b] = await Promise.all([
        getJson<ProjectPage>('/api/contacts/42/messages'),
        getJson<ProjectPage>('/api/contacts/ada/messages'),
      ]);
      expect(a.messages.map((m) => m.id)).to.deep.equal(b.messages.map((m) => m.id));
      const times = a.messages.map((m) => Date.parse(m.sentAt));
      expect(times).to.deep.equal([...times].sort((x, y) => y - x));
    });

    it('writes statuses in many spellings, plus one the widget does not know', async () => {
      const { messages } = await getJson<ProjectPage>('/api/contacts/42/messages');
      const statuses = messages.map((m) => m.status);
      for (const spelling of [
        'Soft bounce',
        'SoftBounce',
        'softBounce',
        'soft_bounce',
        'Delivered (Opened)',
        'opened',
      ]) {
        expect(statuses).to.include(spelling);
      }
      expect(statuses).to.include('HARD_BOUNCE');
      expect(statuses).to.include('control group');
      expect(messages.find((m) => m.status === 'Queued at carrier')?.channel).to.equal('sms');
    });

    it('has a deferred email still inside its 72 h window, and no hostile data (that is the hostile contact’s)', async () => {
      const { messages } = await getJson<ProjectPage>('/api/contacts/42/messages');
      const deferred = messages.find((m) => m.id === 'm-1002');
      expect(deferred?.status).to.equal('Deferred');
      const hoursAgo = (Date.now() - Date.parse(deferred!.sentAt)) / 3_600_000;
      expect(hoursAgo).to.be.within(19.9, 20.1);
      expect(messages.filter((m) => m.link && !m.link.startsWith('https:'))).to.deep.equal([]);
      expect(messages.filter((m) => /[<>\u202A-\u202E]/.test(`${m.name}${m.text}`))).to.deep.equal([]);
      expect(messages.find((m) => m.id === 'm-1011')?.reason).to.contain('550 5.1.1');
      const hostile = (await getJson<ProjectPage>('/api/contacts/hostile/messages')).messages;
      expect(hostile.filter((m) => m.link?.startsWith('javascript:')).map((m) => m.id)).to.deep.equal(['h-js']);
    });

    it('restricts to one channel', async () => {
      const email = await getJson<ProjectPage>('/api/contacts/42/messages?channel=email');
      const sms = await getJson<ProjectPage>('/api/contacts/42/messages?channel=sms');
      expect(email.messages.every((m) => m.channel === 'email')).to.equal(true);
      expect(sms.messages.every((m) => m.channel === 'sms')).to.equal(true);
      expect(email.messages.length + sms.messages.length).to.equal(25);
    });

    it('rejects an unknown channel and a bad count with a 400', async () => {
      for (const query of ['channel=fax', 'count=0', 'count=abc', 'offset=-1']) {
        const response = await fetch(`/api/contacts/42/messages?${query}`);
        expect(response.status, query).to.equal(400);
        expect(((await response.json()) as { error: string }).error).to.be.a('string');
      }
    });

    it('pages with count, offset and next', async () => {
      const first = await getJson<ProjectPage>('/api/contacts/many/messages?count=100');
      expect(first.messages).to.have.length(100);
      expect(first.next).to.equal('/api/contacts/many/messages?count=100&offset=100');

      const second = await getJson<ProjectPage>(first.next!);
      const third = await getJson<ProjectPage>(second.next!);
      expect(third.messages).to.have.length(50);
      expect(third.next).to.equal(undefined);

      const ids = [...first.messages, ...second.messages, ...third.messages].map((m) => m.id);
      expect(new Set(ids).size).to.equal(250);
    });

    it('keeps the channel in the next URL', async () => {
      const page = await getJson<ProjectPage>('/api/contacts/many/messages?channel=sms&count=50');
      expect(page.messages.every((m) => m.channel === 'sms')).to.equal(true);
      const next = new URL(page.next!, location.href);
      expect(next.searchParams.get('channel')).to.equal('sms');
      expect(next.searchParams.get('offset')).to.equal('50');
    });

    it('defaults to 100 messages per page', async () => {
      const page = await getJson<ProjectPage>('/api/contacts/many/messages');
      expect(page.messages).to.have.length(100);
      expect(page.next).to.contain('offset=100');
    });
  });

  describe('Voyado shapes', () => {
    it('serves v3 email messages with Voyado fields and status text', async () => {
      const page = await getJson<VoyadoPage>('/api/v3/contacts/42/emailmessages');
      expect(page.count).to.equal(14);
      expect(Object.keys(page.items[0])).to.have.members([
        'messageId',
        'name',
        'sendDateTime',
        'type',
        'source',
        'isTransactional',
        'status',
        'messageLink',
        'messageText',
      ]);
      expect([...statusesOf(page.items, 'EmailMessage')]).to.have.members([
        'Delivered',
        'Delivered (Opened)',
        'SoftBounce',
        'Blocked',
        'HardBounce',
        'Deferred',
        'Unknown',
        'Expired',
        'ControlGroup',
      ]);
      expect(page.items.find((item) => item.messageId === 'm-1001')?.messageText).to.equal(
        'Tack för din beställning, Ada! (#10433)',
      );
    });

    it('serves v3 SMS messages covering every SMS status', async () => {
      const page = await getJson<VoyadoPage>('/api/v3/contacts/ada/smsmessages');
      expect(page.items.every((item) => item.type === 'SmsMessage')).to.equal(true);
      expect([...statusesOf(page.items, 'SmsMessage')]).to.have.members([
        'Delivered',
        'SoftBounce',
        'HardBounce',
        'NotDelivered',
        'Failed',
        'Expired',
        'ControlGroup',
        'Routed',
        'Queued at carrier',
      ]);
    });

    it('honours count and offset on v3', async () => {
      const all = await getJson<VoyadoPage>('/api/v3/contacts/many/emailmessages?count=1000');
      const page = await getJson<VoyadoPage>('/api/v3/contacts/many/emailmessages?count=10&offset=5');
      expect(page.count).to.equal(10);
      expect(page.items.map((item) => item.messageId)).to.deep.equal(
        all.items.slice(5, 15).map((item) => item.messageId),
      );
    });

    it('checks an apikey header as Voyado does, logging whether it was right but never the key', async () => {
      const id = freshContact('42');
      const url = `/api/v3/contacts/${id}/emailmessages`;
      const right = await fetch(url, { headers: { apikey: 'demo-key' } });
      expect(right.status).to.equal(200);
      const wrong = await fetch(url, { headers: { apikey: 'not-the-key' } });
      expect(wrong.status).to.equal(401);
      expect(((await wrong.json()) as { error: string }).error).to.contain('not-the-key');
      expect((await fetch(url)).status, 'no key at all is let through').to.equal(200);
      const log = await requestsFor(id);
      expect(log.map((request) => request.apikey)).to.deep.equal(['valid', 'wrong', undefined]);
      expect(JSON.stringify(log)).not.to.contain('not-the-key');
    });

    it('redirects for moved, for clients that must not follow with their key', async () => {
      const response = await fetch(`/api/v3/contacts/${freshContact('moved')}/emailmessages`, { redirect: 'manual' });
      expect(response.type).to.equal('opaqueredirect');
    });

    it('adds postal messages to v2 latest', async () => {
      const page = await getJson<VoyadoPage>('/api/v2/contacts/42/messages/latest');
      const types = page.items.map((item) => item.type);
      expect(types.filter((type) => type === 'PostalMessage')).to.have.length(2);
      expect(types).to.include('EmailMessage');
      expect(types).to.include('SmsMessage');
      expect(page.items.find((item) => item.type === 'PostalMessage')?.status).to.equal(null);
    });
  });

  describe('unblock', () => {
    it('unblocks a fresh id in server memory, leaving other ids blocked', async () => {
      const id = freshContact('blocked-email');
      const url = `/api/contacts/${id}/messages`;
      expect((await getJson<ProjectPage>(url)).contact?.email?.blocked).to.equal(true);

      const response = await postUnblock(
        id,
        JSON.stringify({ channel: 'email', address: 'erik.holm@nonexistent.example' }),
      );
      expect(response.status).to.equal(200);
      const result = (await response.json()) as { ok: boolean; contact: ProjectPage['contact'] };
      expect(result.ok).to.equal(true);
      expect(result.contact?.email?.blocked).to.equal(false);

      expect((await getJson<ProjectPage>(url)).contact?.email?.blocked).to.equal(false);
      expect(
        (await getJson<ProjectPage>(`/api/contacts/${freshContact('blocked-email')}/messages`)).contact?.email?.blocked,
      ).to.equal(true);
    });

    it('answers an invalid body with a 400 and an error', async () => {
      const id = freshContact('blocked-sms');
      for (const body of [
        '{not json',
        '[]',
        JSON.stringify({ channel: 'fax', address: 'x' }),
        JSON.stringify({ channel: 'sms' }),
      ]) {
        const response = await postUnblock(id, body);
        expect(response.status, body).to.equal(400);
        expect(((await response.json()) as { error: string }).error).to.be.a('string');
      }
      expect((await getJson<ProjectPage>(`/api/contacts/${id}/messages`)).contact?.sms?.blocked).to.equal(true);
    });

    it('refuses an address that is not the contact’s with a 409', async () => {
      const response = await postUnblock(
        freshContact('blocked-email'),
        JSON.stringify({ channel: 'email', address: 'a@b.example' }),
      );
      expect(response.status).to.equal(409);
    });

    it('fails with a 500 for unblock-fails and stays blocked', async () => {
      const id = freshContact('unblock-fails');
      const response = await postUnblock(
        id,
        JSON.stringify({ channel: 'email', address: 'olof.dahl@nonexistent.example' }),
      );
      expect(response.status).to.equal(500);
      expect(await response.json()).to.deep.equal({ error: 'The mail provider refused the unblock.' });
      expect((await getJson<ProjectPage>(`/api/contacts/${id}/messages`)).contact?.email?.blocked).to.equal(true);
    });
  });

  describe('request log', () => {
    it('records requests per contact id, without its own requests, and clears on DELETE', async () => {
      const id = freshContact('42');
      await fetch(`/api/contacts/${id}/messages?channel=sms&count=5`);
      await postUnblock(id, JSON.stringify({ channel: 'sms', address: '+46701234567' }));
      await fetch(`/api/v3/contacts/${id}/emailmessages`);

      const { requests } = await getJson<{ requests: LoggedRequest[] }>(`/api/_log/${id}`);
      expect(requests.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        `GET /api/contacts/${id}/messages`,
        `POST /api/contacts/${id}/unblock`,
        `GET /api/v3/contacts/${id}/emailmessages`,
      ]);
      expect(requests[0].query).to.deep.equal({ channel: 'sms', count: '5' });
      expect(requests[1].body).to.deep.equal({ channel: 'sms', address: '+46701234567' });
      expect(Number.isNaN(Date.parse(requests[0].at))).to.equal(false);

      expect((await fetch(`/api/_log/${id}`, { method: 'DELETE' })).status).to.equal(200);
      expect((await getJson<{ requests: LoggedRequest[] }>(`/api/_log/${id}`)).requests).to.deep.equal([]);
    });

    it('marks a slow request the client aborted', async () => {
      const id = freshContact('slow');
      const controller = new AbortController();
      const request = fetch(`/api/contacts/${id}/messages`, { signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      let aborted = false;
      await request.catch(() => (aborted = true));
      expect(aborted).to.equal(true);

      // The server notices the closed connection a moment later.
      await abortedOnServer(id);
      expect((await requestsFor(id))[0]?.aborted).to.equal(true);
    });

    it('holds an answer with hold=1 until the test releases the contact', async () => {
      const id = freshContact('42');
      let answered = false;
      const request = fetch(`/api/contacts/${id}/messages?hold=1`).then((response) => {
        answered = true;
        return response;
      });
      await waitUntil(async () => (await requestsFor(id)).length === 1, 'the held request never arrived');
      expect(answered, 'answered before the release').to.equal(false);
      expect(await releaseHeld(id)).to.equal(1);
      expect((await request).status).to.equal(200);
      expect(await releaseHeld(id), 'nothing left to release').to.equal(0);
    });
  });

  describe('scenarios', () => {
    const expectError = async (url: string, status: number) => {
      const response = await fetch(url);
      expect(response.status, url).to.equal(status);
      expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
      expect(((await response.json()) as { error: string }).error).to.be.a('string');
      return response;
    };

    it('answers errors as JSON on every route', async () => {
      await expectError('/api/contacts/broken/messages', 500);
      await expectError('/api/v3/contacts/broken/smsmessages', 500);
      await expectError('/api/contacts/not-found/messages', 404);
      await expectError('/api/contacts/forbidden/messages?channel=email', 403);
      await expectError('/api/v2/contacts/unauthorised/messages/latest', 401);
      await expectError('/api/contacts/no-such-scenario/messages', 404);
      await expectError('/api/nothing-here', 404);
    });

    it('rate-limits the first request with Retry-After, then answers', async () => {
      const url = `/api/contacts/${freshContact('rate-limited')}/messages`;
      const first = await expectError(url, 429);
      expect(first.headers.get('retry-after')).to.equal('1');
      expect((await getJson<ProjectPage>(url)).messages.length).to.be.greaterThan(0);
    });

    it('fails the first flaky request with a 503, then answers', async () => {
      const url = `/api/contacts/${freshContact('flaky')}/messages`;
      await expectError(url, 503);
      expect((await getJson<ProjectPage>(url)).messages.length).to.be.greaterThan(0);
    });

    it('serves an HTML page and truncated JSON with status 200', async () => {
      const html = await fetch('/api/contacts/html/messages');
      expect(html.status).to.equal(200);
      expect(html.headers.get('content-type')).to.contain('text/html');
      expect(await html.text()).to.contain('<html');

      const bad = await fetch('/api/contacts/bad-json/messages');
      expect(bad.headers.get('content-type')).to.contain('application/json');
      let parsed = true;
      await bad.json().catch(() => (parsed = false));
      expect(parsed).to.equal(false);
    });

    it('serves about 10 MB for huge', async () => {
      const response = await fetch('/api/contacts/huge/messages');
      expect(Number(response.headers.get('content-length'))).to.be.greaterThan(10_000_000);
      const page = (await response.json()) as ProjectPage;
      expect(page.messages.length).to.be.greaterThan(1000);
    });

    it('fails only the SMS channel for sms-down', async () => {
      expect(
        (await getJson<ProjectPage>('/api/contacts/sms-down/messages?channel=email')).messages.length,
      ).to.be.greaterThan(0);
      await expectError('/api/contacts/sms-down/messages?channel=sms', 500);
      await expectError('/api/v3/contacts/sms-down/smsmessages', 500);
    });

    it('serves an empty history with addresses', async () => {
      const page = await getJson<ProjectPage>('/api/contacts/empty/messages');
      expect(page.messages).to.deep.equal([]);
      expect(page.contact?.email?.address).to.equal('nora.berg@example.com');
    });

    it('leaves the blocked state out for inferred-block, newest email a hard bounce', async () => {
      const page = await getJson<ProjectPage>('/api/contacts/inferred-block/messages?channel=email');
      expect(page.contact?.email).to.deep.equal({ address: 'maja.strand@example.com' });
      expect(page.messages[0].status).to.equal('Hard bounce');
      expect(page.messages.slice(1).some((m) => m.status.startsWith('Delivered'))).to.equal(true);
    });

    it('marks blocked-sms, unsubscribed and unblock-fails as the scenario says', async () => {
      const blockedSms = await getJson<ProjectPage>('/api/contacts/blocked-sms/messages?channel=sms');
      expect(blockedSms.contact?.sms?.blocked).to.equal(true);
      expect(blockedSms.messages[0].status).to.equal('HardBounce');
      expect((await getJson<ProjectPage>('/api/contacts/unsubscribed/messages')).contact?.email?.unsubscribed).to.equal(
        true,
      );
      expect((await getJson<ProjectPage>('/api/contacts/unblock-fails/messages')).contact?.email?.blocked).to.equal(
        true,
      );
    });

    it('serves messy items as they are', async () => {
      const { messages } = await getJson<{ messages: unknown[] }>('/api/contacts/messy/messages');
      expect(messages).to.include('not an object');
      expect(messages).to.include(null);
      const objects = messages.filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null);
      expect(objects.filter((m) => m.id === 'x-dup')).to.have.length(2);
      expect(objects.some((m) => m.id === 12345)).to.equal(true);
      expect(objects.some((m) => m.type === 'PostalMessage')).to.equal(true);
      expect(objects.find((m) => m.id === 'x-html')?.text).to.equal('<img src=x onerror=alert(1)>');
      expect((objects.find((m) => m.id === 'x-long')?.text as string).length).to.equal(2000);
    });

    it('delays the slow scenario', async () => {
      const started = performance.now();
      await getJson<ProjectPage>('/api/contacts/slow/messages?count=1');
      // A property of the fixture, not a performance budget.
      expect(performance.now() - started).to.be.greaterThan(2000);
    });
  });

  describe('fault modes', () => {
    it('fails with the status asked for, on every route, with Retry-After when asked', async () => {
      const id = freshContact('42');
      const response = await fetch(`/api/contacts/${id}/messages?status=429&retryAfter=7`);
      expect(response.status).to.equal(429);
      expect(response.headers.get('retry-after')).to.equal('7');
      expect(((await response.json()) as { error: string }).error).to.contain('429');
      expect((await fetch(`/api/v3/contacts/${id}/smsmessages?status=502`)).status).to.equal(502);
      expect((await fetch(`/api/contacts/${id}/unblock?status=500`, { method: 'POST' })).status).to.equal(500);
    });

    it('fails only the first requests with times, and every other one with flap', async () => {
      const statuses = async (id: string, query: string, count: number) => {
        const seen: number[] = [];
        for (let i = 0; i < count; i++) seen.push((await fetch(`/api/contacts/${id}/messages?${query}`)).status);
        return seen;
      };
      expect(await statuses(freshContact('42'), 'status=500&times=2', 3)).to.deep.equal([500, 500, 200]);
      expect(await statuses(freshContact('42'), 'flap=1', 4)).to.deep.equal([503, 200, 503, 200]);
      expect(await statuses(freshContact('42'), 'flap=1&status=502', 2)).to.deep.equal([502, 200]);
    });

    it('takes modes from ~name=value parts of the contact id, the query winning', async () => {
      const id = encodeURIComponent(`${freshContact('42')}~status=404`);
      expect((await fetch(`/api/contacts/${id}/messages`)).status).to.equal(404);
      expect((await fetch(`/api/contacts/${id}/messages?status=500`)).status).to.equal(500);
      const slow = encodeURIComponent(`${freshContact('empty')}~delay=300`);
      const started = performance.now();
      await getJson<ProjectPage>(`/api/contacts/${slow}/messages`);
      // A property of the fixture, not a performance budget.
      expect(performance.now() - started).to.be.greaterThan(250);
    });

    it('cuts a successful body short and relabels its content type', async () => {
      const cut = await fetch(`/api/contacts/${freshContact('42')}/messages?truncate=40&type=text/plain`);
      expect(cut.status).to.equal(200);
      expect(cut.headers.get('content-type')).to.equal('text/plain');
      const text = await cut.text();
      expect(text).to.have.length(40);
      expect(text.startsWith('{"contact":')).to.equal(true);
    });

    it('serves a raw body as given, for any contact', async () => {
      const body = '{"messages":[{"id":"r1","channel":"sms","status":"<b>x</b>"}';
      const response = await fetch(`/api/contacts/${freshContact('anyone')}/messages?raw=${encodeURIComponent(body)}`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
      expect(await response.text()).to.equal(body);
    });

    it('drops the connection for drop, which the client sees as a network error', async () => {
      const id = freshContact('42');
      let failure: unknown;
      const response = await fetch(`/api/contacts/${id}/messages?drop=1&times=1`);
      expect(response.status).to.equal(200);
      await response.text().catch((error: unknown) => (failure = error));
      expect(failure).to.be.instanceOf(TypeError);
      expect(await requestsFor(id)).to.have.length(1);
      const again = await fetch(`/api/contacts/${id}/messages?drop=1&times=1`);
      expect(((await again.json()) as ProjectPage).messages.length, 'only the first is dropped').to.be.greaterThan(0);
    });

    it('answers a status that is not an error status with a 400', async () => {
      expect((await fetch(`/api/contacts/${freshContact('42')}/messages?status=200`)).status).to.equal(400);
    });
  });
});
