import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { part, rows, settled } from './helpers/list.js';
import './helpers/define.js';
import type { MessageStatusList, MessagesErrorDetail } from '../src/message-status-list.js';
import { formatTime } from '../src/first/format-time.js';
import { click } from './helpers/input.js';
import { abortedOnServer, freshContact, requestsFor } from './helpers/mock-api.js';

// Faults asked of the mock API per request (demo/mock-api.mjs, "Fault modes"), and what the list does with each.

const ENDPOINT = '/api/contacts/{contactId}/messages';

function listFor(contactId: string, query = '', extra: { timeout?: number; lang?: string } = {}) {
  return fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${contactId}
      endpoint=${ENDPOINT + query}
      timeout=${extra.timeout ?? 15000}
      lang=${extra.lang ?? 'en'}
    ></message-status-list>`,
  );
}

/** Milliseconds between the server receiving one try and the next. */
async function gaps(contactId: string): Promise<number[]> {
  const times = (await requestsFor(contactId)).map((request) => Date.parse(request.at));
  return times.slice(1).map((time, i) => time - times[i]);
}

describe('faults', () => {
  describe('retried: network errors, 5xx, 429 and timeouts', () => {
    it('retries a 5xx with growing waits and shows the messages when a later try succeeds, reporting nothing', async () => {
      const contactId = freshContact('42');
      const errors: unknown[] = [];
      const list = await listFor(contactId, '?status=502&times=2');
      list.addEventListener('messages-error', (event) => errors.push((event as CustomEvent).detail));
      await settled(list);
      expect(list.state).to.equal('ready');
      expect(rows(list).length).to.be.greaterThan(0);
      expect(await requestsFor(contactId)).to.have.length(3);
      const [first, second] = await gaps(contactId);
      // Backoff with jitter: 150–300 ms before the second try, 300–600 ms before the third.
      expect(first).to.be.at.least(140);
      expect(second).to.be.at.least(290);
      expect(errors).to.deep.equal([]);
    });

    it('rides out a flapping server', async () => {
      const contactId = freshContact('42');
      const list = await listFor(contactId, '?flap=1');
      await settled(list);
      expect(list.state).to.equal('ready');
      expect(await requestsFor(contactId)).to.have.length(2);
    });

    it('gives up after three tries of a network error, says so, and Retry loads', async () => {
      const contactId = freshContact('42');
      const list = await listFor(contactId, '?drop=1&times=3');
      const failed = await oneEvent(list, 'messages-error');
      expect(failed.detail).to.deep.equal({ contactId, message: 'Could not reach the message service.' });
      await list.updateComplete;
      expect(list.state).to.equal('error');
      expect(part(list, 'error')!.textContent).to.contain('The message service could not be reached.');
      expect(await requestsFor(contactId)).to.have.length(3);

      const loaded = oneEvent(list, 'messages-load');
      await click(part(list, 'retry-button')!);
      await loaded;
      await list.updateComplete;
      expect(list.state).to.equal('ready');
      expect(part(list, 'error')).to.equal(null);
      expect(await requestsFor(contactId)).to.have.length(4);
    });

    it('counts a timeout as a failure: three tries, each aborted, then an error saying so', async () => {
      const contactId = freshContact('42');
      const list = await listFor(contactId, '?delay=5000', { timeout: 150 });
      const failed = (await oneEvent(list, 'messages-error')) as CustomEvent<MessagesErrorDetail>;
      expect(failed.detail.status).to.equal(undefined);
      expect(failed.detail.message).to.contain('did not answer within');
      await list.updateComplete;
      expect(list.state).to.equal('error');
      expect(part(list, 'error')!.textContent).to.contain('did not answer in time');
      await abortedOnServer(contactId, 3);
      expect(await requestsFor(contactId)).to.have.length(3);
    });

    it('gives up at once when a 429 asks for a wait longer than 30 s, and says the service is busy', async () => {
      const contactId = freshContact('42');
      const list = await listFor(contactId, '?status=429&retryAfter=120');
      const failed = await oneEvent(list, 'messages-error');
      expect(failed.detail.status).to.equal(429);
      expect(failed.detail.message).to.contain('try again in 2 minutes');
      await list.updateComplete;
      expect(part(list, 'error')!.textContent).to.contain('busy');
      expect(await requestsFor(contactId)).to.have.length(1);
    });

    it('honours a Retry-After given as an HTTP date', async () => {
      const contactId = freshContact('42');
      const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
      const list = await listFor(contactId, `?status=429&times=1&retryAfter=${encodeURIComponent(inTwoSeconds)}`);
      await settled(list);
      expect(list.state).to.equal('ready');
      const [gap] = await gaps(contactId);
      // An HTTP date has whole seconds: at least one of the two seconds is left by the time it is read.
      expect(gap).to.be.at.least(900);
    });
  });

  describe('not retried: 4xx', () => {
    const cases: [number, RegExp][] = [
      // In an agent's words; the status code only in the technical details.
      [404, /contact was not found in the message service\..*Technical details.*\(HTTP 404\)/s],
      [401, /seem to be signed out: sign in again.*Technical details.*\(HTTP 401\)/s],
      [403, /account has no access to this contact’s messages\..*Technical details.*\(HTTP 403\)/s],
      [410, /turned the request down\..*Technical details.*\(HTTP 410\)/s],
      [422, /turned the request down\..*Technical details.*\(HTTP 422\)/s],
    ];
    for (const [status, says] of cases) {
      it(`says what went wrong for ${status}, after one try`, async () => {
        const contactId = freshContact('42');
        const list = await listFor(contactId, `?status=${status}`);
        const failed = await oneEvent(list, 'messages-error');
        expect(failed.detail).to.include({ contactId, status });
        await list.updateComplete;
        expect(list.state).to.equal('error');
        expect(part(list, 'error')!.textContent).to.match(says);
        const words = part(list, 'error')!.querySelector('.message')!.cloneNode(true) as Element;
        words.querySelector('details')!.remove();
        expect(words.textContent).not.to.contain('HTTP');
        expect(part(list, 'retry-button')).not.to.equal(null);
        expect(await requestsFor(contactId)).to.have.length(1);
      });
    }
  });

  describe('a failed refresh', () => {
    for (const [lang, lead] of [
      ['en', 'may be out of date: it was last loaded'],
      ['sv', 'kan vara inaktuellt: det hämtades senast'],
    ]) {
      it(`keeps the rows, says they may be out of date and since when (${lang})`, async () => {
        const contactId = freshContact('42');
        const before = new Date();
        const list = await listFor(contactId, '', { lang });
        list.timeZone = 'Asia/Tokyo';
        await settled(list);
        const after = new Date();
        const shownBefore = rows(list).length;
        list.endpoint = `${ENDPOINT}?status=503`;
        await oneEvent(list, 'messages-error');
        await list.updateComplete;
        expect(list.state).to.equal('ready');
        expect(rows(list).length).to.equal(shownBefore);
        const notice = part(list, 'error')!.textContent!.replace(/\s+/g, ' ');
        expect(notice).to.contain(lead);
        const shown = [before, after].map((time) => formatTime(time, lang, 'Asia/Tokyo'));
        expect(
          shown.some((time) => notice.includes(time)),
          `${notice} names ${shown.join(' or ')}`,
        ).to.be.true;
      });
    }
  });
});
