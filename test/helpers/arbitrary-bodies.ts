import fc from 'fast-check';
import { FLAG } from './hostile.js';

// Random message-history answers for property tests: valid items, broken values and hostile
// strings, in both data shapes, mixed with anything at all.

const HOSTILE_STRINGS = [
  `<img src=x onerror="${FLAG}">`,
  `<script>${FLAG}</script>`,
  '<b>bold</b>',
  `"><svg onload="${FLAG}">`,
  `javascript:${FLAG}`,
  ` JavaScript:${FLAG}`,
  `data:text/html,<script>${FLAG}</script>`,
  '__proto__',
  'constructor',
  '{contactId}',
];

const STATUS_SPELLINGS = [
  'Delivered',
  'Delivered (Opened)',
  'soft_bounce',
  'HardBounce',
  'deferred',
  'Waiting',
  'Routed',
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

const date = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2024-02-30T10:00:00Z', 'not a date', '2024-03-01T10:15:00', '', '9999-99-99'),
  fc.integer(),
);

/** Any value a broken server might put in a field. */
const broken = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
);

const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: broken, weight: 1 });

const ownItem = fc.record(
  {
    id: field(fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), fc.nat(20))),
    channel: field(fc.constantFrom('email', 'sms', 'SMS', 'E-mail', 'fax', 'postal')),
    status: field(fc.oneof(fc.constantFrom(...STATUS_SPELLINGS), text)),
    sentAt: field(date),
    name: field(text),
    text: field(text),
    link: field(fc.oneof(text, fc.constantFrom('https://example.com/m', '/view/1', 'http://[bad'))),
    source: field(text),
    transactional: field(fc.boolean()),
    reason: field(text),
    statusAt: field(date),
  },
  { requiredKeys: [] },
);

const voyadoItem = fc.record(
  {
    messageId: field(fc.string({ minLength: 1, maxLength: 4 })),
    name: field(text),
    sendDateTime: field(date),
    type: field(fc.constantFrom('EmailMessage', 'SmsMessage', 'PostalMessage', 'PushMessage')),
    source: field(text),
    isTransactional: field(fc.boolean()),
    status: field(fc.oneof(fc.constantFrom(...STATUS_SPELLINGS), text)),
    messageLink: field(text),
    messageText: field(text),
  },
  { requiredKeys: [] },
);

/** One entry of a message list: mostly item-like, sometimes anything at all. */
export const anyItem = fc.oneof(
  { arbitrary: ownItem, weight: 4 },
  { arbitrary: voyadoItem, weight: 2 },
  { arbitrary: fc.anything({ maxDepth: 1 }), weight: 1 },
);

const address = fc.record(
  { address: field(text), blocked: field(fc.boolean()), unsubscribed: field(fc.boolean()) },
  { requiredKeys: [] },
);

/** A whole answer body: either data shape, a bare list, or anything at all. */
export function anyBody(maxItems: number) {
  const items = fc.array(anyItem, { maxLength: maxItems });
  return fc.oneof(
    fc.record(
      {
        messages: field(items),
        contact: field(fc.record({ email: field(address), sms: field(address) }, { requiredKeys: [] })),
        next: field(text),
      },
      { requiredKeys: ['messages'] },
    ),
    fc.record({ count: field(fc.nat(10)), items: field(items) }, { requiredKeys: ['items'] }),
    items,
    fc.anything({ maxDepth: 2 }),
  );
}
