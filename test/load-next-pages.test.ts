import { expect } from '@open-wc/testing';
import { loadMessages } from '../src/data/load-messages.js';
import { loadNextPages } from '../src/data/load-next-pages.js';
import { parseMessagePage } from '../src/data/parse-page.js';
import type { Channel } from '../src/data/types.js';

describe('loadNextPages, against the mock API', () => {
  it('follows next links until the history ends, without duplicates', async () => {
    const first = await loadMessages({
      endpoint: '/api/contacts/{contactId}/messages',
      contactId: 'many',
      channels: ['email', 'sms'],
      pageSize: 100,
    });
    expect(first.messages.length).to.equal(100);
    expect(first.next?.all).to.match(/offset=100/);

    const second = await loadNextPages(first.next!, { channels: ['email', 'sms'] });
    expect(second.messages.length).to.equal(100);
    const third = await loadNextPages(second.next!, { channels: ['email', 'sms'] });
    expect(third.messages.length).to.equal(50);
    expect(third.next).to.be.undefined;

    const ids = [...first.messages, ...second.messages, ...third.messages].map((m) => `${m.channel}:${m.id}`);
    expect(new Set(ids).size).to.equal(250);
  });

  it('pages each channel on its own with {channel}', async () => {
    const first = await loadMessages({
      endpoint: '/api/contacts/{contactId}/messages?channel={channel}',
      contactId: 'many',
      channels: ['email', 'sms'],
      pageSize: 80,
    });
    // 250 messages, every third an SMS: 167 emails, 83 SMS.
    expect(Object.keys(first.next ?? {}).sort()).to.deep.equal(['email', 'sms']);
    const second = await loadNextPages(first.next!, { channels: ['email', 'sms'] });
    expect(second.messages.filter((m) => m.channel === 'sms').length).to.equal(3);
    expect(Object.keys(second.next ?? {})).to.deep.equal(['email']);
  });

  it('does not follow a later page to another origin, nor a link it cannot read', async () => {
    const first = await loadMessages({
      endpoint: '/api/contacts/{contactId}/messages?channel={channel}',
      contactId: 'many',
      channels: ['email', 'sms'],
      pageSize: 10,
    });
    // The mock API only sends good links; a parser stands in for a server that does not.
    const second = await loadNextPages(first.next!, {
      channels: ['email', 'sms'],
      parse: (body: unknown, channel?: Channel) => ({
        ...parseMessagePage(body, { channel }),
        next: channel === 'email' ? '//elsewhere.example/api/contacts/many/messages?offset=20' : 'https://[bad',
      }),
    });
    expect(second.messages.length).to.equal(20);
    expect(second.errors).to.deep.equal([]);
    expect(second.next).to.be.undefined;
  });

  it('gives nothing for no links', async () => {
    expect(await loadNextPages({}, { channels: ['email'] })).to.deep.equal({ messages: [], errors: [] });
  });
});
