import { expect } from '@open-wc/testing';
import { loadFirstPage, type FirstPageOptions } from '../src/data/load-first-page.js';
import type { LoadMessagesResult } from '../src/data/collect-pages.js';
import { loadMessages, loadRequests, type StartedRequest } from '../src/data/load-messages.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { loadError, rejection } from './helpers/rejection.js';

// The first file's plain load of a first page, against the mock API: a good answer needs nothing else, and anything
// else is finished by the whole loader from where the plain attempt stopped, so no request is sent twice.

const ENDPOINT = '/api/contacts/{contactId}/messages';
const PER_CHANNEL = '/api/contacts/{contactId}/messages?channel={channel}';

/** The whole loader, recording what the plain attempt handed it (`body`, `response` or `error`, per request). */
function recordingTakeOver() {
  const handed: string[][] = [];
  const takeOver = async () => (requests: readonly StartedRequest[], options: Parameters<typeof loadRequests>[1]) => {
    handed.push(requests.map(({ started }) => (started ? Object.keys(started)[0] : 'nothing')));
    return loadRequests(requests, options);
  };
  return { takeOver, handed };
}

function options(contactId: string, overrides: Partial<FirstPageOptions> = {}): FirstPageOptions {
  return { endpoint: ENDPOINT, contactId, channels: ['email', 'sms'], pageSize: 100, ...overrides };
}

describe('loadFirstPage', () => {
  describe('a good answer', () => {
    for (const [what, endpoint, requests] of [
      ['one request for every channel', ENDPOINT, 1],
      ['a request per channel', PER_CHANNEL, 2],
    ] as const) {
      it(`gives what loadMessages gives, alone, with ${what}`, async () => {
        const contactId = freshContact('42');
        const { takeOver, handed } = recordingTakeOver();
        const first = await loadFirstPage(options(contactId, { endpoint }), takeOver);
        expect(handed).to.deep.equal([]);
        expect(await requestsFor(contactId)).to.have.length(requests);

        const whole = await loadMessages(options(contactId, { endpoint }));
        expect(first.messages.length).to.be.greaterThan(5);
        // The mock API dates its messages from the moment it answers: the two loads differ by those milliseconds only.
        const undated = (result: LoadMessagesResult) =>
          JSON.parse(JSON.stringify(result).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'a date'));
        expect(undated(first)).to.deep.equal(undated(whole));
        first.messages.forEach((message, i) => {
          expect(Math.abs(message.sentAt!.getTime() - whole.messages[i].sentAt!.getTime())).to.be.lessThan(2000);
        });
      });
    }

    it('keeps the next link, resolved against the request, as loadMessages does', async () => {
      const contactId = freshContact('many');
      const { takeOver, handed } = recordingTakeOver();
      const first = await loadFirstPage(options(contactId, { pageSize: 10 }), takeOver);
      expect(handed).to.deep.equal([]);
      expect(first.messages).to.have.length(10);
      expect(first.next?.all).to.match(new RegExp(`^${location.origin}/api/contacts/`));
    });

    it('fetches nothing for no channel and fails as a whole on an endpoint that is no URL', async () => {
      const { takeOver } = recordingTakeOver();
      expect(await loadFirstPage(options('42', { channels: [] }), takeOver)).to.deep.equal({
        messages: [],
        errors: [],
      });
      const error = await rejection(loadFirstPage(options('42', { endpoint: 'https://[/{contactId}' }), takeOver));
      expect(error).to.be.instanceOf(TypeError);
    });
  });

  describe('handed over', () => {
    it('retries a failed status from the second try: the first is not sent again', async () => {
      const contactId = freshContact('flaky');
      const { takeOver, handed } = recordingTakeOver();
      const result = await loadFirstPage(options(contactId), takeOver);
      expect(handed).to.deep.equal([['response']]);
      expect(result.messages.length).to.be.greaterThan(5);
      expect(await requestsFor(contactId)).to.have.length(2);
    });

    it('retries a connection dropped in the middle of the answer', async () => {
      const contactId = freshContact('42~drop=1~times=1');
      const { takeOver, handed } = recordingTakeOver();
      const result = await loadFirstPage(options(contactId), takeOver);
      expect(handed).to.deep.equal([['error']]);
      expect(result.messages.length).to.be.greaterThan(5);
      expect(await requestsFor(contactId)).to.have.length(2);
    });

    for (const [scenario, kind, pattern] of [
      ['not-found', 'http', /^Contact not found/],
      ['html', 'parse', /web page instead of message data/],
      ['bad-json', 'parse', /not valid JSON/],
      ['huge', 'parse', /too large to show/],
    ] as const) {
      it(`says what went wrong, in the whole loader's words, when the server sends ${scenario}`, async () => {
        const contactId = freshContact(scenario);
        const { takeOver, handed } = recordingTakeOver();
        const error = await loadError(loadFirstPage(options(contactId), takeOver));
        expect(handed).to.have.length(1);
        expect(error.kind).to.equal(kind);
        expect(error.message).to.match(pattern);
        expect(await requestsFor(contactId)).to.have.length(1);
      });
    }

    it('keeps the channel that answered and tries the failing one again, as loadMessages does', async () => {
      const contactId = freshContact('sms-down');
      const { takeOver, handed } = recordingTakeOver();
      const result = await loadFirstPage(options(contactId, { endpoint: PER_CHANNEL }), takeOver);
      expect(handed).to.deep.equal([['body', 'response']]);
      expect(result.messages.every((message) => message.channel === 'email')).to.be.true;
      expect(result.errors.map(({ channel, status }) => ({ channel, status }))).to.deep.equal([
        { channel: 'sms', status: 500 },
      ]);
      const requests = await requestsFor(contactId);
      expect(requests.filter((request) => request.query.channel === 'email')).to.have.length(1);
      expect(requests.filter((request) => request.query.channel === 'sms')).to.have.length(3);
    });

    it('counts a server that does not answer in time as a timeout, and tries it again', async () => {
      const contactId = freshContact('42~delay=2000');
      const { takeOver, handed } = recordingTakeOver();
      const error = await loadError(loadFirstPage(options(contactId, { timeout: 150 }), takeOver));
      expect(handed).to.deep.equal([['error']]);
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.equal('The message service did not answer within 150 ms.');
      expect(await requestsFor(contactId)).to.have.length(3);
    });
  });

  it('rejects with the reason of an abort, handing nothing over', async () => {
    const contactId = freshContact('42~delay=2000');
    const { takeOver, handed } = recordingTakeOver();
    const controller = new AbortController();
    const loading = loadFirstPage(options(contactId, { signal: controller.signal }), takeOver);
    const reason = new DOMException('The list left the page.', 'AbortError');
    setTimeout(() => controller.abort(reason), 50);
    expect(await rejection(loading)).to.equal(reason);
    expect(handed).to.deep.equal([]);
  });
});
