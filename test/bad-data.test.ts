import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { chipOf, rows } from './helpers/list.js';
import './helpers/define.js';
import type { MessageStatusList, MessagesErrorDetail, MessagesLoadDetail } from '../src/message-status-list.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

// Every kind of bad answer the issue names, served over HTTP by the mock API, and the outcome the list
// gives it: the bad item left out and counted, or a clear error. Never a blank widget.

const ENDPOINT = '/api/contacts/{contactId}/messages';

interface Outcome {
  list: MessageStatusList;
  loads: MessagesLoadDetail[];
  errors: MessagesErrorDetail[];
}

async function load(contactId: string, query = '', lang = 'en'): Promise<Outcome> {
  const loads: MessagesLoadDetail[] = [];
  const errors: MessagesErrorDetail[] = [];
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      lang=${lang}
      contact-id=${contactId}
      endpoint=${ENDPOINT + query}
      @messages-load=${(event: CustomEvent<MessagesLoadDetail>) => loads.push(event.detail)}
      @messages-error=${(event: CustomEvent<MessagesErrorDetail>) => errors.push(event.detail)}
    ></message-status-list>`,
  );
  await waitUntil(() => loads.length + errors.length > 0, `no event; state ${list.state}`, { timeout: 8000 });
  await list.updateComplete;
  return { list, loads, errors };
}

const $ = (list: MessageStatusList, selector: string) => list.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function rowNamed(list: MessageStatusList, name: string): HTMLElement {
  const row = rows(list).find((candidate) => text(candidate.querySelector('[part="name"]')) === name);
  if (!row) throw new Error(`no row named ${name}`);
  return row;
}

describe('bad data', () => {
  describe('answers that cannot be read: a clear error, not retried', () => {
    const raw = (body: string) => `?raw=${encodeURIComponent(body)}`;
    const cases: [string, string, string, RegExp][] = [
      ['truncated JSON', '42', '?truncate=300', /not valid JSON/],
      ['an empty body', '42', '?truncate=0', /empty answer/],
      ['an HTML page with status 200', 'html', '', /web page/],
      ['JSON labelled text/html that is not JSON', '42', '?truncate=300&type=text/html', /web page/],
      ['a 10 MB body', 'huge', '', /too large/],
      ['null', 'anyone', raw('null'), /sent nothing instead of message data/],
      ['a bare string', 'anyone', raw('"hello"'), /sent text instead of message data/],
      ['an object without messages', 'anyone', raw('{"data":[]}'), /without a list of messages/],
      ['messages that is not a list', 'anyone', raw('{"messages":{"id":1}}'), /"messages" as an object/],
      ['items that is null', 'anyone', raw('{"count":0,"items":null}'), /"items" as nothing/],
    ];
    for (const [what, scenario, query, technical] of cases) {
      it(`says ${what} could not be read`, async () => {
        const contactId = freshContact(scenario);
        const { list, loads, errors } = await load(contactId, query);
        expect(loads).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0].message).to.match(technical);
        expect(list.state).to.equal('error');
        const error = $(list, '[part~="error"]')!;
        expect(text(error)).to.contain('The messages could not be loaded.');
        expect(text(error.querySelector('code'))).to.match(technical);
        expect($(list, '[part="retry-button"]')).not.to.equal(null);
        expect(await requestsFor(contactId), 'bad data is not retried').to.have.length(1);
      });
    }
  });

  describe('answers that can be read whatever their label', () => {
    for (const type of ['text/plain', 'application/octet-stream', 'text/html; charset=utf-8']) {
      it(`shows valid JSON served as ${type}`, async () => {
        const { list, loads, errors } = await load(freshContact('42'), `?type=${encodeURIComponent(type)}`);
        expect(errors).to.deep.equal([]);
        expect(list.state).to.equal('ready');
        expect(loads[0].messages.length).to.be.greaterThan(20);
        expect(rows(list)).to.have.length(loads[0].messages.length);
      });
    }
  });

  describe('items that are partly broken', () => {
    it('keeps what it can show, leaves the rest out and says how many, in messages-load too', async () => {
      const { list, loads, errors } = await load(freshContact('messy'));
      expect(errors).to.deep.equal([]);
      expect(list.state).to.equal('ready');
      // Left out: "not an object", null, the second x-dup, the item with no channel, the fax;
      // the postal item is left out by design and not counted.
      expect(loads[0].skipped).to.equal(5);
      expect(text($(list, '[part="skipped"]'))).to.equal('5 messages could not be read and were left out.');
      expect(rows(list)).to.have.length(11);
      expect(loads[0].messages.map((m) => m.id).sort()).to.deep.equal(
        [
          '12345',
          'x-bad-date',
          'x-dup',
          'x-html',
          'x-long',
          'x-no-date',
          'x-no-status',
          'x-num-name',
          'x-num-status',
          'x-ok',
          'x-wrong-types',
        ].sort(),
      );
    });

    it('gives each broken field a defined look', async () => {
      const { list } = await load(freshContact('messy'));
      // Missing or non-string status: a neutral chip saying there is none.
      for (const name of ['Missing status', 'Numeric status']) {
        expect(text(chipOf(rowNamed(list, name))), name).to.equal('No status');
      }
      // Invalid or missing date: kept, "Time unknown", sorted last.
      for (const name of ['Invalid date', 'Missing date']) {
        expect(text(rowNamed(list, name).querySelector('[part="time"]'))).to.equal('Time unknown');
      }
      const names = rows(list).map((row) => text(row.querySelector('[part="name"]')));
      expect(names.slice(-2).sort()).to.deep.equal(['Invalid date', 'Missing date']);
      // Duplicate ids: the first one is shown.
      expect(names).to.include('Duplicate id (first)').and.not.to.include('Duplicate id (second)');
      // Wrong types: dropped, not shown as "42" or "an,array".
      const wrong = rowNamed(list, 'Wrong field types');
      expect(text(wrong.querySelector('[part="text"]'))).to.equal('No subject or text');
      expect(wrong.querySelector('[part="link"]')).to.equal(null);
      expect(text(wrong)).not.to.contain('Transactional');
      expect(rows(list).filter((row) => text(row.querySelector('[part="name"]')) === '')).to.have.length(1);
      // A numeric id is an id like any other.
      expect(names).to.include('Numeric id');
      // Unknown channel and no channel: left out.
      expect(names).not.to.include('Unknown channel').and.not.to.include('Missing channel');
      // A blocked state that is the string "false" is not a block.
      expect($(list, '[part~="blocked-address"]')).to.equal(null);
    });

    it('counts the items each channel left out, per request', async () => {
      const { list, loads } = await load(freshContact('messy'), '?channel={channel}');
      // Both answers carry the channel-less items; the SMS one has no duplicate, and the item
      // without a channel now takes the request's.
      expect(loads[0].skipped).to.equal(7);
      expect(text($(list, '[part="skipped"]'))).to.contain('7 messages');
    });

    it('says so in Swedish, and for one item', async () => {
      const body = JSON.stringify({ messages: [{ id: 'a', channel: 'sms', status: 'Delivered' }, null] });
      const { list, loads } = await load(freshContact('anyone'), `?raw=${encodeURIComponent(body)}`, 'sv');
      expect(loads[0].skipped).to.equal(1);
      expect(text($(list, '[part="skipped"]'))).to.equal('Ett meddelande gick inte att läsa och har utelämnats.');
      expect(rows(list)).to.have.length(1);
    });

    it('says the items could not be read, rather than that nothing was sent, when none could', async () => {
      const body = JSON.stringify({ messages: [null, 5, { id: 'f', channel: 'fax' }] });
      const { list, loads } = await load(freshContact('anyone'), `?raw=${encodeURIComponent(body)}`);
      expect(list.state).to.equal('ready');
      expect(loads[0]).to.include({ skipped: 3 });
      expect(text($(list, '[part="skipped"]'))).to.equal('3 messages could not be read and were left out.');
      expect($(list, '[part="empty"]')).to.equal(null);
    });

    it('says nothing about skipped items when every item was read', async () => {
      const { list, loads } = await load(freshContact('42'));
      expect(loads[0].skipped).to.equal(0);
      expect($(list, '[part="skipped"]')).to.equal(null);
    });

    it('counts the unreadable items of the messages property too', async () => {
      const list = await fixture<MessageStatusList>(
        html`<message-status-list
          .messages=${[{ id: 'a', channel: 'email', status: 'Delivered' }, 'oops', { id: 'a', channel: 'email' }]}
        ></message-status-list>`,
      );
      expect(text($(list, '[part="skipped"]'))).to.equal('2 messages could not be read and were left out.');
      expect(rows(list)).to.have.length(1);
    });
  });
});
