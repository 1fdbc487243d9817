import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import './helpers/readable-failures.js';
import './helpers/define.js';
import { requestUnblock } from '../src/data/unblock.js';
import { expandUrlTemplate } from '../src/data/url-template.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { rejection } from './helpers/rejection.js';

const MESSAGES = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/{channel}/unblock/{address}';

/** The segments the browser would request for `url`, decoded: what the server routes on. */
function requestedSegments(url: string): string[] {
  return new URL(url, 'https://crm.example/').pathname.split('/').slice(1).map(decodeURIComponent);
}

// Strings that lean on the URL parser: dots and their encodings, slashes, backslashes, query and fragment marks.
const trickyId = fc.oneof(
  fc.string(),
  fc.constantFrom('.', '..', '%2e', '%2E%2e', '.%2e', '...', './', '/..', '\\..', '..\\', '?', '#', '%', '%2F'),
  fc
    .array(fc.constantFrom('.', '/', '\\', '%', '2', 'e', 'E', '?', '#', 'a'), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join('')),
);

const isDotSegment = (id: string) => id === '.' || id === '..';

describe('ids are data, never paths', () => {
  it('refuses "." and ".." with a clear error naming the placeholder', () => {
    for (const id of ['.', '..']) {
      expect(() => expandUrlTemplate(MESSAGES, { contactId: id })).to.throw(TypeError, /\{contactId\}.*"\.\."/);
    }
    expect(() => expandUrlTemplate(UNBLOCK, { contactId: '1', channel: '..', address: 'a' })).to.throw(/\{channel\}/);
  });

  it('keeps dots that do not make a whole segment, and the template’s own', () => {
    expect(expandUrlTemplate(MESSAGES, { contactId: '...' })).to.equal('/api/contacts/.../messages');
    expect(expandUrlTemplate('/api/{contactId}.json', { contactId: '.' })).to.equal('/api/..json');
    expect(expandUrlTemplate('/api/../{contactId}', { contactId: 'a.b' })).to.equal('/api/../a.b');
    expect(expandUrlTemplate('/api/c?id={contactId}', { contactId: '..' })).to.equal('/api/c?id=..');
  });

  it('a messages request path always has the template’s segments, whatever the contact id', () => {
    fc.assert(
      fc.property(trickyId, (contactId) => {
        fc.pre(contactId !== '');
        let url: string;
        try {
          url = expandUrlTemplate(MESSAGES, { contactId });
        } catch (error) {
          expect(isDotSegment(contactId), `refused ${JSON.stringify(contactId)}`).to.be.true;
          expect(error).to.be.instanceOf(TypeError);
          return;
        }
        expect(requestedSegments(url)).to.deep.equal(['api', 'contacts', contactId, 'messages']);
      }),
      { numRuns: 500 },
    );
  });

  it('an unblock request path always has the template’s segments, whatever the ids', () => {
    fc.assert(
      fc.property(trickyId, trickyId, trickyId, (contactId, channel, address) => {
        fc.pre(contactId !== '' && channel !== '' && address !== '');
        let url: string;
        try {
          url = expandUrlTemplate(UNBLOCK, { contactId, channel, address });
        } catch {
          expect([contactId, channel, address].some(isDotSegment)).to.be.true;
          return;
        }
        expect(requestedSegments(url)).to.deep.equal(['api', 'contacts', contactId, channel, 'unblock', address]);
      }),
      { numRuns: 500 },
    );
  });

  it('sends no unblock request for contact id ".."', async () => {
    const sent: string[] = [];
    const error = await rejection(
      requestUnblock({
        endpoint: '/api/contacts/{contactId}/unblock',
        contactId: '..',
        channel: 'email',
        address: 'a@example.com',
        // A recording fetcher: the point is that it is never called.
        fetcher: (url, init) => (sent.push(url), fetch(url, init)),
      }),
    );
    expect(error).to.be.instanceOf(TypeError);
    expect(sent).to.deep.equal([]);
  });

  it('a list with contact-id ".." says it cannot ask for it, and asks nothing', async () => {
    const sent: string[] = [];
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        .fetcher=${(url: string, init: RequestInit) => (sent.push(url), fetch(url, init))}
        endpoint=${MESSAGES}
      ></message-status-list>`,
    );
    const failed = oneEvent(list, 'messages-error');
    list.contactId = '..';
    expect((await failed).detail.message).to.match(/\{contactId\}/);
    expect(list.state).to.equal('error');
    expect(sent).to.deep.equal([]);
  });
});
