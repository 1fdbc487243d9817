import { expect } from '@open-wc/testing';
import { MessageLoadError } from '../src/data/errors.js';
import { parseMessagePage } from '../src/data/parse-page.js';
import { parseDate, parseMessageItems, readMessageItems } from '../src/data/parse.js';

const ownItem = {
  id: 'm1',
  channel: 'email',
  status: 'Delivered',
  sentAt: '2024-03-01T10:15:00Z',
  name: 'Spring sale',
  text: 'Spring is here',
  link: 'https://view.example/m1',
  source: 'Campaign',
  transactional: false,
  reason: '550 5.1.1 user unknown',
  statusAt: '2024-03-01T10:16:00Z',
};

const voyadoItem = {
  messageId: 'v-1',
  name: 'Order confirmation',
  sendDateTime: '2024-03-02T08:00:00',
  type: 'SmsMessage',
  source: 'Automation',
  isTransactional: true,
  status: 'Delivered',
  messageLink: 'https://view.example/v-1',
  messageText: 'Your order has shipped',
};

function parseError(body: unknown): MessageLoadError {
  try {
    parseMessagePage(body);
  } catch (error) {
    expect(error).to.be.instanceOf(MessageLoadError);
    return error as MessageLoadError;
  }
  throw new Error('expected parseMessagePage to throw');
}

describe('parseMessagePage', () => {
  describe("the project's own shape", () => {
    it('reads every field of an item', () => {
      const page = parseMessagePage({ messages: [ownItem] });
      expect(page.messages).to.deep.equal([
        {
          id: 'm1',
          channel: 'email',
          status: 'Delivered',
          sentAt: new Date(Date.UTC(2024, 2, 1, 10, 15)),
          name: 'Spring sale',
          text: 'Spring is here',
          link: 'https://view.example/m1',
          source: 'Campaign',
          transactional: false,
          reason: '550 5.1.1 user unknown',
          statusAt: new Date(Date.UTC(2024, 2, 1, 10, 16)),
        },
      ]);
    });

    it('reads the contact and next link', () => {
      const page = parseMessagePage({
        contact: {
          email: { address: 'ann@example.com', blocked: true, unsubscribed: false },
          sms: { address: '+46701234567' },
        },
        messages: [],
        next: '/api/contacts/42/messages?page=2',
      });
      expect(page).to.deep.equal({
        messages: [],
        contact: {
          email: { address: 'ann@example.com', blocked: true, unsubscribed: false },
          sms: { address: '+46701234567' },
        },
        next: '/api/contacts/42/messages?page=2',
      });
    });

    it('drops a contact channel without a non-empty address, and the contact when none is left', () => {
      expect(
        parseMessagePage({ contact: { email: { blocked: true }, sms: { address: '  ' } }, messages: [] }),
      ).to.deep.equal({ messages: [] });
      expect(
        parseMessagePage({ contact: { email: { address: 42 }, sms: { address: '+4670' } }, messages: [] }).contact,
      ).to.deep.equal({ sms: { address: '+4670' } });
    });

    it('keeps blocked and unsubscribed only when they are booleans', () => {
      const page = parseMessagePage({
        contact: { email: { address: 'a@example.com', blocked: 'false', unsubscribed: 1 } },
        messages: [],
      });
      expect(page.contact).to.deep.equal({ email: { address: 'a@example.com' } });
    });

    it('ignores a contact that is not an object', () => {
      expect(parseMessagePage({ contact: 'ann', messages: [] })).to.deep.equal({ messages: [] });
    });

    it('keeps next only when it is a non-empty string', () => {
      expect(parseMessagePage({ messages: [], next: '' })).to.not.have.property('next');
      expect(parseMessagePage({ messages: [], next: 2 })).to.not.have.property('next');
      expect(parseMessagePage({ messages: [], next: null })).to.not.have.property('next');
    });
  });

  describe('the Voyado Engage shape', () => {
    it('maps its fields, messageText becoming the text', () => {
      const page = parseMessagePage({ count: 1, items: [voyadoItem] });
      expect(page.messages).to.deep.equal([
        {
          id: 'v-1',
          channel: 'sms',
          status: 'Delivered',
          sentAt: new Date(Date.UTC(2024, 2, 2, 8, 0)),
          name: 'Order confirmation',
          text: 'Your order has shipped',
          link: 'https://view.example/v-1',
          source: 'Automation',
          transactional: true,
        },
      ]);
    });

    it('reads EmailMessage as email, its messageText being the subject', () => {
      const [message] = parseMessagePage({
        items: [{ ...voyadoItem, type: 'EmailMessage', messageText: 'Your receipt' }],
      }).messages;
      expect(message.channel).to.equal('email');
      expect(message.text).to.equal('Your receipt');
    });

    it('leaves out postal messages, which have no delivery status', () => {
      const page = parseMessagePage({
        count: 2,
        items: [
          { ...voyadoItem, messageId: 'p', type: 'PostalMessage' },
          { ...voyadoItem, messageId: 'e', type: 'EmailMessage' },
        ],
      });
      expect(page.messages.map((m) => m.id)).to.deep.equal(['e']);
    });
  });

  describe('bare arrays', () => {
    it('accepts an array of own items', () => {
      expect(parseMessagePage([ownItem]).messages.map((m) => m.id)).to.deep.equal(['m1']);
    });

    it('accepts an array mixing both item shapes', () => {
      const messages = parseMessagePage([ownItem, voyadoItem]).messages;
      expect(messages.map((m) => [m.id, m.channel])).to.deep.equal([
        ['m1', 'email'],
        ['v-1', 'sms'],
      ]);
    });

    it('accepts an empty array', () => {
      expect(parseMessagePage([])).to.deep.equal({ messages: [] });
    });
  });

  describe('bodies that are not message data', () => {
    for (const [label, body] of [
      ['null', null],
      ['undefined', undefined],
      ['a string', '<html>'],
      ['a number', 42],
      ['a boolean', true],
    ] as const) {
      it(`rejects ${label} with a parse error`, () => {
        const error = parseError(body);
        expect(error.kind).to.equal('parse');
        expect(error.message).to.match(/instead of message data/);
      });
    }

    it('rejects an object with neither messages nor items', () => {
      const error = parseError({ data: [ownItem] });
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('"messages" or "items"');
    });

    it('rejects messages that is not a list', () => {
      const error = parseError({ messages: { id: 'm1' } });
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('"messages"');
      expect(error.message).to.contain('instead of a list');
    });

    it('rejects items that is not a list', () => {
      expect(parseError({ count: 0, items: null }).message).to.contain('"items"');
    });

    it('puts the request channel on the error', () => {
      expect(() => parseMessagePage(null, { channel: 'sms' }))
        .to.throw(MessageLoadError)
        .with.property('channel', 'sms');
    });
  });

  describe('the request channel', () => {
    it('is used for items that name no channel', () => {
      const noChannel = { ...ownItem, channel: undefined };
      expect(parseMessagePage({ messages: [noChannel] }, { channel: 'sms' }).messages[0].channel).to.equal('sms');
    });

    it('does not override an item that names its own channel', () => {
      expect(parseMessagePage({ messages: [ownItem] }, { channel: 'sms' }).messages[0].channel).to.equal('email');
    });

    it('without it, items that name no channel are skipped', () => {
      const noChannel = { ...ownItem, channel: undefined };
      expect(parseMessagePage({ messages: [noChannel] }).messages).to.deep.equal([]);
    });
  });
});

describe('parseMessageItems: bad items', () => {
  const base = { id: 'x', channel: 'email', status: 'Delivered', sentAt: '2024-03-01T10:00:00Z' };

  it('skips items that are not objects', () => {
    const messages = parseMessageItems([null, undefined, 42, 'm1', [base], true, base]);
    expect(messages.map((m) => m.id)).to.deep.equal(['x']);
  });

  it('skips unknown channels and types', () => {
    const messages = parseMessageItems([
      { ...base, id: 'a', channel: 'push' },
      { ...base, id: 'b', channel: 'postal' },
      { ...base, id: 'c', channel: 42 },
      { ...base, id: 'd', channel: undefined, type: 'PushMessage' },
      { ...base, id: 'e' },
    ]);
    expect(messages.map((m) => m.id)).to.deep.equal(['e']);
  });

  it('reads channel names case- and separator-insensitively', () => {
    const messages = parseMessageItems([
      { ...base, id: 'a', channel: 'Email' },
      { ...base, id: 'b', channel: 'E-mail' },
      { ...base, id: 'c', channel: 'SMS' },
      { ...base, id: 'd', channel: undefined, type: 'smsMessage' },
    ]);
    expect(messages.map((m) => m.channel)).to.deep.equal(['email', 'email', 'sms', 'sms']);
  });

  it("gives a missing or non-string status '' (shown as no status)", () => {
    const messages = parseMessageItems([
      { ...base, id: 'a', status: undefined },
      { ...base, id: 'b', status: 3 },
      { ...base, id: 'c', status: { code: 'delivered' } },
      { ...base, id: 'd', status: '   ' },
    ]);
    expect(messages.map((m) => m.status)).to.deep.equal(['', '', '', '']);
  });

  it('keeps the server status spelling, trimmed', () => {
    expect(parseMessageItems([{ ...base, status: '  Soft bounce ' }])[0].status).to.equal('Soft bounce');
  });

  it('keeps items with a missing or invalid date, with sentAt null', () => {
    const messages = parseMessageItems([
      { ...base, id: 'a', sentAt: undefined },
      { ...base, id: 'b', sentAt: 'yesterday' },
      { ...base, id: 'c', sentAt: '2024-02-30T10:00:00Z' },
      { ...base, id: 'd', sentAt: {} },
      { ...base, id: 'e', sentAt: Number.NaN },
    ]);
    expect(messages.map((m) => [m.id, m.sentAt])).to.deep.equal([
      ['a', null],
      ['b', null],
      ['c', null],
      ['d', null],
      ['e', null],
    ]);
  });

  it('stringifies numeric ids', () => {
    const messages = parseMessageItems([
      { ...base, id: 17 },
      { ...base, id: undefined, messageId: 18 },
    ]);
    expect(messages.map((m) => m.id)).to.deep.equal(['17', '18']);
  });

  it('derives a stable id for items without one, from channel, date, name and text', () => {
    const item = { channel: 'sms', status: 'Delivered', sentAt: '2024-03-01T10:00:00Z', name: 'N', text: 'T' };
    const [first] = parseMessageItems([item]);
    const [again] = parseMessageItems([{ ...item, status: 'Failed' }]);
    const [otherText] = parseMessageItems([{ ...item, text: 'U' }]);
    const [otherChannel] = parseMessageItems([{ ...item, channel: 'email' }]);
    expect(first.id).to.be.a('string').and.not.equal('');
    expect(again.id, 'a status change keeps the id').to.equal(first.id);
    expect(otherText.id).to.not.equal(first.id);
    expect(otherChannel.id).to.not.equal(first.id);
  });

  it('derives an id when the id has the wrong type', () => {
    const [message] = parseMessageItems([{ ...base, id: { value: 1 } }]);
    expect(message.id).to.match(/^derived-/);
  });

  it('keeps the first of duplicates with the same channel and id', () => {
    const messages = parseMessageItems([
      { ...base, status: 'Delivered' },
      { ...base, status: 'Opened' },
      { ...base, channel: 'sms', status: 'Failed' },
    ]);
    expect(messages.map((m) => [m.channel, m.status])).to.deep.equal([
      ['email', 'Delivered'],
      ['sms', 'Failed'],
    ]);
  });

  it('treats a numeric and a string id as the same id', () => {
    expect(
      parseMessageItems([
        { ...base, id: 5 },
        { ...base, id: '5' },
      ]),
    ).to.have.length(1);
  });

  it('trims strings and drops ones left empty', () => {
    const [message] = parseMessageItems([
      { ...base, id: ' m1 ', name: '  Spring ', text: ' ', link: ' https://x.example/ ', source: '\tCampaign\n' },
    ]);
    expect(message.id).to.equal('m1');
    expect(message.name).to.equal('Spring');
    expect(message).to.not.have.property('text');
    expect(message.link).to.equal('https://x.example/');
    expect(message.source).to.equal('Campaign');
  });

  it('drops wrong-typed optional fields instead of failing', () => {
    const [message] = parseMessageItems([
      {
        ...base,
        name: 42,
        text: ['a'],
        link: { href: 'https://x.example' },
        source: true,
        transactional: 'yes',
        reason: 550,
        statusAt: 'later',
      },
    ]);
    expect(message).to.deep.equal({
      id: 'x',
      channel: 'email',
      status: 'Delivered',
      sentAt: new Date(Date.UTC(2024, 2, 1, 10)),
    });
  });

  it('keeps a link whatever its scheme: the renderer decides what is safe to link', () => {
    const [message] = parseMessageItems([{ ...base, link: 'javascript:alert(1)' }]);
    expect(message.link).to.equal('javascript:alert(1)');
  });

  it('keeps markup in text as plain text', () => {
    const [message] = parseMessageItems([{ ...base, text: '<img src=x onerror=alert(1)>' }]);
    expect(message.text).to.equal('<img src=x onerror=alert(1)>');
  });

  it('accepts an empty list', () => {
    expect(parseMessageItems([])).to.deep.equal([]);
  });
});

describe('readMessageItems: counting what was left out', () => {
  const base = { id: 'x', channel: 'email', status: 'Delivered', sentAt: '2024-03-01T10:00:00Z' };

  it('counts items that are not objects, name no known channel, or repeat a channel and id', () => {
    const { messages, skipped } = readMessageItems([
      null,
      'text',
      [base],
      { ...base, channel: 'fax' },
      { ...base, channel: undefined },
      base,
      { ...base, status: 'Opened' },
      { ...base, channel: 'sms' },
    ]);
    expect(messages.map((m) => m.channel)).to.deep.equal(['email', 'sms']);
    expect(skipped).to.equal(6);
  });

  it('does not count postal items, which are left out by design, nor items with broken fields, which are kept', () => {
    const { messages, skipped } = readMessageItems([
      { messageId: 'p', type: 'PostalMessage', status: null },
      { ...base, channel: 'Postal' },
      { ...base, id: 'y', sentAt: 'not a date', status: 3, name: ['x'] },
    ]);
    expect(messages.map((m) => m.id)).to.deep.equal(['y']);
    expect(skipped).to.equal(0);
  });

  it('puts the count on a page only when something was left out', () => {
    expect(parseMessagePage({ messages: [base, null, 7] })).to.have.property('skipped', 2);
    expect(parseMessagePage([base, { ...base }]).skipped).to.equal(1);
    expect(parseMessagePage({ messages: [base] })).not.to.have.property('skipped');
  });
});

describe('parseDate', () => {
  const cases: [unknown, string | null][] = [
    ['2024-03-01T10:15:00Z', '2024-03-01T10:15:00.000Z'],
    ['2024-03-01T10:15:00', '2024-03-01T10:15:00.000Z'],
    ['2024-03-01T10:15:00+01:00', '2024-03-01T09:15:00.000Z'],
    ['2024-03-01T10:15:00-0230', '2024-03-01T12:45:00.000Z'],
    ['2024-03-01T10:15:00+01', '2024-03-01T09:15:00.000Z'],
    ['2024-03-01T10:15:00.5Z', '2024-03-01T10:15:00.500Z'],
    ['2024-03-01T10:15:00.1234567', '2024-03-01T10:15:00.123Z'],
    ['2024-03-01 10:15', '2024-03-01T10:15:00.000Z'],
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    ['  2024-03-01T10:15:00z  ', '2024-03-01T10:15:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    [1709288100000, '2024-03-01T10:15:00.000Z'],
    [new Date(Date.UTC(2024, 2, 1)), '2024-03-01T00:00:00.000Z'],
    ['2023-02-29T00:00:00Z', null],
    ['2024-13-01T00:00:00Z', null],
    ['2024-03-01T25:00:00Z', null],
    ['2024-03-00', null],
    ['March 1, 2024', null],
    ['1.5', null],
    ['1709288100000', null],
    ['', null],
    [Number.POSITIVE_INFINITY, null],
    [9e15, null],
    [new Date(Number.NaN), null],
    [null, null],
    [undefined, null],
    [true, null],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${typeof input === 'string' ? JSON.stringify(input) : String(input)} as ${expected}`, () => {
      expect(parseDate(input)?.toISOString() ?? null).to.equal(expected);
    });
  }

  it('returns a copy of a Date, so later changes to it do not leak in', () => {
    const original = new Date(0);
    const parsed = parseDate(original);
    original.setTime(1000);
    expect(parsed?.getTime()).to.equal(0);
  });
});
