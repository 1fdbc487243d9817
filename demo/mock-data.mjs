// Contact fixtures for the mock API: plain data plus small builders.
// Every builder takes `now` (ms) so dates stay relative to the request time.

/** The canonical status each fixture item means; JSON.stringify skips symbol keys, so it never leaks. */
export const STATUS_KEY = Symbol('statusKey');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Turns a compact fixture row into a project-shape message.
 * `age` is how long before `now` it was sent; `status` is the spelling the server sends.
 */
function message(now, row) {
  const { key, age, statusAfter, ...rest } = row;
  const sent = now - age;
  const item = { ...rest, sentAt: new Date(sent).toISOString() };
  if (statusAfter !== undefined) item.statusAt = new Date(sent + statusAfter).toISOString();
  item[STATUS_KEY] = key;
  return item;
}

/** A postal send-out: only the Voyado v2 route lists these. */
const postal = (now, id, age, name) => ({ id, sentAt: new Date(now - age).toISOString(), name });

// ---------------------------------------------------------------------------
// 42 / ada: every status of SPEC §3, written in varied spellings. The showcase: nothing hostile here (see `hostile`).

const ADA_ROWS = [
  // email
  {
    id: 'm-1001',
    channel: 'email',
    key: 'opened',
    status: 'Delivered (Opened)',
    age: 2 * HOUR + 10 * MINUTE,
    statusAfter: 40 * MINUTE,
    name: 'Order confirmation #10433',
    text: 'Tack för din beställning, Ada! (#10433)',
    source: 'Webshop',
    transactional: true,
    link: 'https://mail.example.com/view/m-1001',
  },
  {
    id: 'm-1002',
    channel: 'email',
    key: 'deferred',
    status: 'Deferred',
    age: 20 * HOUR,
    statusAfter: 2 * MINUTE,
    name: 'Spring sale 2026 – last chance',
    text: 'Sista chansen: upp till 50 % på vårnyheterna',
    source: 'Send-out',
    reason: '451 4.7.1 Greylisted, please try again later',
  },
  {
    id: 'm-1003',
    channel: 'email',
    key: 'delivered',
    status: 'Delivered',
    age: 3 * DAY + 4 * HOUR,
    name: 'Password reset',
    text: 'Reset your password',
    source: 'API',
    transactional: true,
  },
  {
    id: 'm-1004',
    channel: 'email',
    key: 'unknown',
    status: 'unknown',
    age: 5 * DAY + 2 * HOUR,
    name: 'Veckans erbjudanden v.17',
    text: 'Veckans bästa erbjudanden, bara för medlemmar',
    source: 'Send-out',
    link: 'https://mail.example.com/view/m-1004',
  },
  {
    id: 'm-1005',
    channel: 'email',
    key: 'control-group',
    status: 'control group',
    age: 8 * DAY + 1 * HOUR,
    name: 'Spring sale 2026',
    text: 'Spring sale: up to 50 % off everything',
    source: 'Send-out',
  },
  {
    id: 'm-1006',
    channel: 'email',
    key: 'blocked',
    status: 'BLOCKED',
    age: 11 * DAY + 6 * HOUR,
    statusAfter: 1 * MINUTE,
    name: 'Bonuscheck: 100 kr',
    text: 'Du har fått en bonuscheck på 100 kr',
    source: 'Automation',
    reason: '421 4.7.0 Temporarily rate limited due to IP reputation',
  },
  {
    id: 'm-1007',
    channel: 'email',
    key: 'soft-bounce',
    status: 'Soft bounce',
    age: 14 * DAY + 3 * HOUR,
    statusAfter: 3 * MINUTE,
    name: 'Välkommen till Klubben',
    text: 'Välkommen som medlem, Ada!',
    source: 'Automation',
    reason: '452 4.2.2 Mailbox full',
    link: 'https://mail.example.com/view/m-1007',
  },
  {
    id: 'm-1008',
    channel: 'email',
    key: 'expired',
    status: 'expired',
    age: 18 * DAY + 5 * HOUR,
    statusAfter: 72 * HOUR,
    name: 'Birthday bonus',
    text: 'Happy birthday, Ada! Here is 20 % off',
    source: 'Automation',
  },
  {
    id: 'm-1009',
    channel: 'email',
    key: 'opened',
    status: 'opened',
    age: 22 * DAY + 2 * HOUR,
    statusAfter: 5 * HOUR,
    name: 'Recensera ditt köp',
    text: 'Vad tyckte du om din nya jacka?',
    source: 'Automation',
    link: 'https://mail.example.com/view/m-1009',
  },
  {
    id: 'm-1010',
    channel: 'email',
    key: 'soft-bounce',
    status: 'SoftBounce',
    age: 26 * DAY + 7 * HOUR,
    name: 'Leveransavisering',
    text: 'Ditt paket är på väg',
    source: 'Webshop',
    transactional: true,
    reason: '421 4.4.2 Connection timed out',
  },
  {
    id: 'm-1011',
    channel: 'email',
    key: 'hard-bounce',
    status: 'HARD_BOUNCE',
    age: 33 * DAY + 1 * HOUR,
    statusAfter: 1 * MINUTE,
    name: 'Newsletter April',
    text: 'News, tips and offers for April',
    source: 'Send-out',
    reason: '550 5.1.1 <ada.lindqvist@example.com>: Recipient address rejected: User unknown',
  },
  {
    id: 'm-1012',
    channel: 'email',
    key: 'soft-bounce',
    status: 'softBounce',
    age: 40 * DAY + 4 * HOUR,
    name: 'Kvitto #10388',
    text: 'Här är ditt kvitto',
    source: 'Webshop',
    transactional: true,
    reason: '450 4.2.1 Mailbox temporarily unavailable',
  },
  {
    id: 'm-1013',
    channel: 'email',
    key: 'delivered',
    status: 'delivered',
    age: 47 * DAY + 3 * HOUR,
    name: 'Order confirmation #10388',
    text: 'Thank you for your order (#10388)',
    source: 'Webshop',
    transactional: true,
    link: 'https://mail.example.com/view/m-1013',
  },
  {
    id: 'm-1014',
    channel: 'email',
    key: 'soft-bounce',
    status: 'soft_bounce',
    age: 55 * DAY + 2 * HOUR,
    name: 'Member news',
    text: 'Nyheter för medlemmar',
    source: 'Send-out',
    reason: '452 4.2.2 Over quota',
  },
  // sms
  {
    id: 's-2001',
    channel: 'sms',
    key: 'Queued at carrier',
    status: 'Queued at carrier',
    age: 1 * HOUR + 5 * MINUTE,
    name: 'Leveranskod',
    text: 'Din kod för att hämta paketet är 4821.',
    source: 'Webshop',
    transactional: true,
  },
  {
    id: 's-2002',
    channel: 'sms',
    key: 'delivered',
    status: 'Delivered',
    age: 2 * HOUR,
    statusAfter: 20_000,
    name: 'Order shipped #10433',
    text: 'Hej Ada! Din order #10433 har skickats och levereras i morgon.',
    source: 'Webshop',
    transactional: true,
  },
  {
    id: 's-2003',
    channel: 'sms',
    key: 'routed',
    status: 'Routed',
    age: 4 * DAY + 1 * HOUR,
    name: 'Spring sale 2026 SMS',
    text: 'Vårrea! Upp till 50 % i butik och online. Svara STOPP för att avregistrera.',
    source: 'Send-out',
  },
  {
    id: 's-2004',
    channel: 'sms',
    key: 'not-delivered',
    status: 'Not delivered',
    age: 9 * DAY + 5 * HOUR,
    statusAfter: 2 * HOUR,
    name: 'Påminnelse: bonuscheck',
    text: 'Din bonuscheck går ut på söndag.',
    source: 'Automation',
  },
  {
    id: 's-2005',
    channel: 'sms',
    key: 'failed',
    status: 'FAILED',
    age: 12 * DAY + 2 * HOUR,
    name: 'Booking reminder',
    text: 'Reminder: your fitting is tomorrow at 14:00.',
    source: 'API',
    transactional: true,
  },
  {
    id: 's-2006',
    channel: 'sms',
    key: 'control-group',
    status: 'ControlGroup',
    age: 16 * DAY + 4 * HOUR,
    name: 'Helgkampanj',
    text: 'Helgkampanj: 3 för 2 på allt.',
    source: 'Send-out',
  },
  {
    id: 's-2007',
    channel: 'sms',
    key: 'expired',
    status: 'Expired',
    age: 20 * DAY + 6 * HOUR,
    statusAfter: 48 * HOUR,
    name: 'Birthday bonus SMS',
    text: 'Grattis på födelsedagen, Ada!',
    source: 'Automation',
    reason: 'Validity period expired',
  },
  {
    id: 's-2008',
    channel: 'sms',
    key: 'soft-bounce',
    status: 'soft-bounce',
    age: 27 * DAY + 3 * HOUR,
    name: 'Leveransavisering SMS',
    text: 'Ditt paket finns att hämta hos ombudet.',
    source: 'Webshop',
    transactional: true,
    reason: 'Handset temporarily unreachable',
  },
  {
    id: 's-2009',
    channel: 'sms',
    key: 'hard-bounce',
    status: 'Hard bounce',
    age: 36 * DAY + 2 * HOUR,
    statusAfter: 15_000,
    name: 'Newsletter April SMS',
    text: 'Aprilnyheter: se veckans erbjudanden i appen.',
    source: 'Send-out',
    reason: 'Number not in service',
  },
  {
    id: 's-2010',
    channel: 'sms',
    key: 'delivered',
    status: 'delivered',
    age: 44 * DAY + 5 * HOUR,
    name: 'Verification code',
    text: 'Your verification code is 552190.',
    source: 'API',
    transactional: true,
  },
  {
    id: 's-2011',
    channel: 'sms',
    key: 'delivered',
    status: 'DELIVERED',
    age: 58 * DAY + 1 * HOUR,
    name: 'Välkommen!',
    text: 'Välkommen till Klubben! Visa ditt medlemskort i kassan.',
    source: 'Automation',
  },
];

/** Ada Lindqvist: ~25 messages over two months, every status, both channels. */
export function ada(now) {
  return {
    name: 'Ada Lindqvist',
    contact: {
      email: { address: 'ada.lindqvist@example.com', blocked: false, unsubscribed: false },
      sms: { address: '+46 70 123 45 67', blocked: false, unsubscribed: false },
    },
    messages: ADA_ROWS.map((row) => message(now, row)),
    postal: [
      postal(now, 'p-3001', 6 * DAY, 'Katalog vår 2026'),
      postal(now, 'p-3002', 39 * DAY, 'Medlemstidning nr 2'),
    ],
  };
}

// ---------------------------------------------------------------------------
// A plain person, the base for most scenarios.

/** A short, healthy history; `extra` rows are added as the newest messages. */
function person(now, { prefix, name, email, sms, extra = [] }) {
  const rows = [
    {
      channel: 'email',
      key: 'opened',
      status: 'Delivered (Opened)',
      age: 3 * DAY,
      name: 'Veckans erbjudanden v.17',
      text: 'Veckans bästa erbjudanden',
      source: 'Send-out',
    },
    {
      channel: 'sms',
      key: 'delivered',
      status: 'Delivered',
      age: 5 * DAY,
      name: 'Order shipped #20117',
      text: 'Din order #20117 har skickats.',
      source: 'Webshop',
      transactional: true,
    },
    {
      channel: 'email',
      key: 'delivered',
      status: 'Delivered',
      age: 9 * DAY,
      name: 'Order confirmation #20117',
      text: 'Thank you for your order (#20117)',
      source: 'Webshop',
      transactional: true,
      link: 'https://mail.example.com/view/order-20117',
    },
    {
      channel: 'email',
      key: 'soft-bounce',
      status: 'Soft bounce',
      age: 16 * DAY,
      name: 'Spring sale 2026',
      text: 'Spring sale: up to 50 % off',
      source: 'Send-out',
      reason: '452 4.2.2 Mailbox full',
    },
    {
      channel: 'sms',
      key: 'delivered',
      status: 'Delivered',
      age: 21 * DAY,
      name: 'Helgkampanj',
      text: 'Helgkampanj: 3 för 2 på allt.',
      source: 'Send-out',
    },
    {
      channel: 'email',
      key: 'opened',
      status: 'Opened',
      age: 30 * DAY,
      name: 'Välkommen till Klubben',
      text: 'Välkommen som medlem!',
      source: 'Automation',
    },
    {
      channel: 'sms',
      key: 'delivered',
      status: 'Delivered',
      age: 34 * DAY,
      name: 'Verification code',
      text: 'Your verification code is 118204.',
      source: 'API',
      transactional: true,
    },
    {
      channel: 'email',
      key: 'delivered',
      status: 'Delivered',
      age: 45 * DAY,
      name: 'Password reset',
      text: 'Reset your password',
      source: 'API',
      transactional: true,
    },
  ];
  const all = [...extra, ...rows];
  return {
    name,
    contact: { email: { address: email, blocked: false }, sms: { address: sms, blocked: false } },
    messages: all.map((row, i) => message(now, { id: `${prefix}-${String(i + 1).padStart(3, '0')}`, ...row })),
    postal: [postal(now, `${prefix}-p01`, 12 * DAY, 'Katalog vår 2026')],
  };
}

const hardBounceEmail = (address) => ({
  channel: 'email',
  key: 'hard-bounce',
  status: 'Hard bounce',
  age: 6 * HOUR,
  statusAfter: 2 * MINUTE,
  name: 'Spring sale 2026 – last chance',
  text: 'Sista chansen: upp till 50 %',
  source: 'Send-out',
  reason: `550 5.1.1 <${address}>: User unknown`,
});

const hardBounceSms = {
  channel: 'sms',
  key: 'hard-bounce',
  status: 'HardBounce',
  age: 4 * HOUR,
  name: 'Spring sale 2026 SMS',
  text: 'Vårrea! Upp till 50 %. Svara STOPP för att avregistrera.',
  source: 'Send-out',
  reason: 'Invalid destination number',
};

/** Björn Sandberg: the `slow` scenario's person. */
export function bjorn(now) {
  return person(now, {
    prefix: 'b',
    name: 'Björn Sandberg',
    email: 'bjorn.sandberg@example.org',
    sms: '+46 73 555 01 23',
    extra: [
      {
        channel: 'email',
        key: 'deferred',
        status: 'Deferred',
        age: 3 * HOUR,
        name: 'Order confirmation #20188',
        text: 'Tack för din beställning (#20188)',
        source: 'Webshop',
        transactional: true,
        reason: '451 4.7.1 Try again later',
      },
    ],
  });
}

export function empty() {
  return {
    name: 'Nora Berg',
    contact: {
      email: { address: 'nora.berg@example.com', blocked: false },
      sms: { address: '+46 70 000 11 22', blocked: false },
    },
    messages: [],
    postal: [],
  };
}

export function blockedEmail(now) {
  const data = person(now, {
    prefix: 'be',
    name: 'Erik Holm',
    email: 'erik.holm@nonexistent.example',
    sms: '+46 70 222 33 44',
    extra: [hardBounceEmail('erik.holm@nonexistent.example')],
  });
  data.contact.email.blocked = true;
  return data;
}

export function blockedSms(now) {
  const data = person(now, {
    prefix: 'bs',
    name: 'Sara Ek',
    email: 'sara.ek@example.com',
    sms: '+46 70 999 99 99',
    extra: [hardBounceSms],
  });
  data.contact.sms.blocked = true;
  return data;
}

export function unsubscribed(now) {
  const data = person(now, {
    prefix: 'un',
    name: 'Lars Öberg',
    email: 'lars.oberg@example.com',
    sms: '+46 76 444 55 66',
  });
  data.contact.email.unsubscribed = true;
  return data;
}

/** No `blocked` field anywhere: the widget has to infer the block from the newest email, a hard bounce. */
export function inferredBlock(now) {
  const data = person(now, {
    prefix: 'ib',
    name: 'Maja Strand',
    email: 'maja.strand@example.com',
    sms: '+46 72 333 22 11',
    extra: [hardBounceEmail('maja.strand@example.com')],
  });
  data.contact = { email: { address: data.contact.email.address }, sms: { address: data.contact.sms.address } };
  return data;
}

/**
 * Kim Berg: the server states the email address is blocked, but no bounce in the history explains it: the one hard
 * bounce was followed by deliveries (the address worked since), so the block must come from elsewhere.
 */
export function blockedUnexplained(now) {
  const data = person(now, {
    prefix: 'bu',
    name: 'Kim Berg',
    email: 'kim.berg@example.com',
    sms: '+46 70 313 13 13',
  });
  const oldBounce = message(now, {
    id: 'bu-900',
    ...hardBounceEmail('kim.berg@example.com'),
    age: 40 * DAY,
    name: 'Newsletter March',
    text: 'News for March',
  });
  data.messages.push(oldBounce);
  data.contact.email.blocked = true;
  return data;
}

/**
 * Hostile data under its own name, away from the showcase: links that must stay text, markup that must stay text,
 * bidi overrides that must not reorder what is around them, and a string too long to fit anywhere.
 */
export function hostile(now) {
  const at = (age) => new Date(now - age).toISOString();
  const messages = [
    {
      id: 'h-js',
      channel: 'email',
      status: 'Delivered (Opened)',
      sentAt: at(1 * HOUR),
      name: 'Recensera ditt köp',
      text: 'The link is javascript: and must be shown as plain text',
      link: 'javascript:alert(1)',
    },
    {
      id: 'h-data',
      channel: 'email',
      status: 'Soft bounce',
      sentAt: at(2 * HOUR),
      name: '<b>Bold?</b> no',
      text: '<img src=x onerror=alert(1)>',
      reason: '<script>alert(1)</script>',
      link: 'data:text/html,<script>alert(1)</script>',
    },
    {
      id: 'h-bidi',
      channel: 'sms',
      status: 'Delivered',
      sentAt: at(3 * HOUR),
      name: '\u202Egnp.exe',
      text: 'An override at the start of the name must not reverse the row',
      source: '\u202Bמקור',
    },
    {
      id: 'h-long',
      channel: 'sms',
      status: 'Hard bounce',
      sentAt: at(4 * HOUR),
      name: 'x'.repeat(300),
      text: 'y'.repeat(3000),
      reason: 'z'.repeat(500),
    },
  ];
  return {
    name: 'Hostile Data',
    contact: {
      email: { address: 'hostile.data@example.com' },
      sms: { address: '\u202E+46 70 444 44 44' },
    },
    messages,
    postal: [],
  };
}

export function unblockFails(now) {
  const data = person(now, {
    prefix: 'uf',
    name: 'Olof Dahl',
    email: 'olof.dahl@nonexistent.example',
    sms: '+46 70 777 88 99',
    extra: [hardBounceEmail('olof.dahl@nonexistent.example')],
  });
  data.contact.email.blocked = true;
  return data;
}

// ---------------------------------------------------------------------------
// Soft bounces against the rule that blocks an email address: 10 within 90 days (Voyado's help
// article "Email bounces and unsubscriptions"), counted since the newest delivery. No `blocked`
// field unless a scenario states one, so the widget infers what it can.

const SOFT_BOUNCE_REASONS = ['452 4.2.2 Mailbox full', '421 4.7.0 Try again later', '450 4.2.1 Mailbox busy'];

/**
 * An email address with `bounceAges.length` soft bounces (every fourth one reported as Blocked, a kind of soft
 * bounce), an old delivered email before them, `deliveredAges` delivered emails among them, and a healthy SMS line.
 */
function softBounces(now, { prefix, name, email, sms, bounceAges, deliveredAges = [] }) {
  const bounceRows = bounceAges.map((age, i) => ({
    channel: 'email',
    key: i % 4 === 3 ? 'blocked' : 'soft-bounce',
    status: i % 4 === 3 ? 'Blocked' : 'SoftBounce',
    age,
    name: `Veckobrev v.${40 - i}`,
    text: 'Veckans erbjudanden',
    source: 'Send-out',
    reason: SOFT_BOUNCE_REASONS[i % SOFT_BOUNCE_REASONS.length],
  }));
  const deliveredRows = [...deliveredAges, 400 * DAY].map((age) => ({
    channel: 'email',
    key: 'delivered',
    status: 'Delivered',
    age,
    name: 'Order confirmation',
    text: 'Tack för din beställning',
    source: 'Webshop',
    transactional: true,
  }));
  const smsRow = {
    channel: 'sms',
    key: 'delivered',
    status: 'Delivered',
    age: 2 * DAY,
    name: 'Order shipped',
    text: 'Din order har skickats.',
    source: 'Webshop',
  };
  const rows = [smsRow, ...bounceRows, ...deliveredRows];
  return {
    name,
    contact: { email: { address: email }, sms: { address: sms } },
    messages: rows.map((row, i) => message(now, { id: `${prefix}-${String(i + 1).padStart(3, '0')}`, ...row })),
    postal: [],
  };
}

/** `count` ages, the newest `newest` ago and one every `every` before it. */
const ages = (count, newest, every) => Array.from({ length: count }, (_, i) => newest + i * every);

/** 6 soft bounces in the last month: the address line warns, nothing is blocked. */
export function softBouncesNear(now) {
  return softBounces(now, {
    prefix: 'sn',
    name: 'Ingrid Nyström',
    email: 'ingrid.nystrom@example.com',
    sms: '+46 70 600 06 06',
    bounceAges: ages(6, 2 * DAY, 5 * DAY),
  });
}

/** 10 soft bounces in 60 days, nothing delivered since: the block is inferred. */
export function softBouncesAtLimit(now) {
  return softBounces(now, {
    prefix: 'sl',
    name: 'Tove Lund',
    email: 'tove.lund@example.com',
    sms: '+46 70 100 10 10',
    bounceAges: ages(10, 3 * DAY, 6 * DAY),
  });
}

/** 10 soft bounces spread over eight months: never 10 within 90 days, so no block (3 in the last 90 days). */
export function softBouncesSpread(now) {
  return softBounces(now, {
    prefix: 'ss',
    name: 'Pelle Viklund',
    email: 'pelle.viklund@example.com',
    sms: '+46 70 800 08 08',
    bounceAges: ages(10, 24 * DAY, 24 * DAY),
  });
}

/** 10 soft bounces in 60 days, then a delivered email: the count starts again, so no block and no warning. */
export function softBouncesThenDelivered(now) {
  return softBounces(now, {
    prefix: 'sd',
    name: 'Hanna Berglund',
    email: 'hanna.berglund@example.com',
    sms: '+46 70 200 20 20',
    bounceAges: ages(10, 8 * DAY, 6 * DAY),
    deliveredAges: [1 * DAY],
  });
}

/** The server states `blocked: false` for an address with 10 soft bounces in 60 days: its word stands. */
export function softBouncesStatedUnblocked(now) {
  const data = softBouncesAtLimit(now);
  data.name = 'Tove Lund (server says not blocked)';
  data.contact.email.blocked = false;
  return data;
}

// ---------------------------------------------------------------------------
// many (250) and long-history (700): generated messages for paging and benchmarks.

const MANY_EMAIL = [
  ['delivered', 'Delivered'],
  ['opened', 'Delivered (Opened)'],
  ['delivered', 'Delivered'],
  ['opened', 'Opened'],
  ['soft-bounce', 'SoftBounce'],
  ['delivered', 'Delivered'],
  ['unknown', 'Unknown'],
  ['blocked', 'Blocked'],
  ['control-group', 'ControlGroup'],
  ['expired', 'Expired'],
];
const MANY_SMS = [
  ['delivered', 'Delivered'],
  ['delivered', 'Delivered'],
  ['soft-bounce', 'SoftBounce'],
  ['routed', 'Routed'],
  ['failed', 'Failed'],
  ['not-delivered', 'NotDelivered'],
];
const MANY_NAMES = [
  'Veckans erbjudanden',
  'Spring sale 2026',
  'Order confirmation',
  'Password reset',
  'Medlemsnytt',
  'Bonuscheck',
];

export function manyMessages(now, total) {
  const messages = [];
  for (let i = 0; i < total; i++) {
    // Every third message is an SMS, so both channels page differently.
    const channel = i % 3 === 2 ? 'sms' : 'email';
    const pool = channel === 'sms' ? MANY_SMS : MANY_EMAIL;
    const [key, status] = pool[i % pool.length];
    const name = `${MANY_NAMES[i % MANY_NAMES.length]} #${1000 + i}`;
    messages.push(
      message(now, {
        id: `n-${String(i + 1).padStart(3, '0')}`,
        channel,
        key,
        status,
        age: (i + 1) * 5 * HOUR + (i % 7) * MINUTE,
        name,
        text: channel === 'sms' ? `SMS ${i + 1}: ${name}` : `Subject ${i + 1}: ${name}`,
        source: i % 4 === 0 ? 'Automation' : 'Send-out',
        transactional: i % 5 === 0,
      }),
    );
  }
  return {
    name: 'Many Messages',
    contact: {
      email: { address: 'many.messages@example.com', blocked: false },
      sms: { address: '+46 70 250 25 00', blocked: false },
    },
    messages,
    postal: [postal(now, 'n-p01', 20 * DAY, 'Katalog vår 2026')],
  };
}

// ---------------------------------------------------------------------------
// messy: bad input the parser must survive, each with a defined outcome.

export function messy(now) {
  const at = (age) => new Date(now - age).toISOString();
  const messages = [
    {
      id: 'x-ok',
      channel: 'email',
      status: 'Delivered',
      sentAt: at(1 * HOUR),
      name: 'A valid message',
      text: 'For comparison',
    },
    'not an object',
    null,
    { id: 'x-no-status', channel: 'email', sentAt: at(2 * HOUR), name: 'Missing status', text: 'No status field' },
    {
      id: 'x-num-status',
      channel: 'sms',
      status: 3,
      sentAt: at(3 * HOUR),
      name: 'Numeric status',
      text: 'status is 3',
    },
    {
      id: 'x-bad-date',
      channel: 'email',
      status: 'Delivered',
      sentAt: 'not a date',
      name: 'Invalid date',
      text: 'sentAt is "not a date"',
    },
    { id: 'x-no-date', channel: 'sms', status: 'Delivered', name: 'Missing date', text: 'No sentAt field' },
    {
      id: 'x-dup',
      channel: 'email',
      status: 'Delivered',
      sentAt: at(4 * HOUR),
      name: 'Duplicate id (first)',
      text: 'Same id as the next one',
    },
    {
      id: 'x-dup',
      channel: 'email',
      status: 'HardBounce',
      sentAt: at(5 * HOUR),
      name: 'Duplicate id (second)',
      text: 'Same id as the previous one',
    },
    {
      id: 12345,
      channel: 'sms',
      status: 'Delivered',
      sentAt: at(6 * HOUR),
      name: 'Numeric id',
      text: 'id is the number 12345',
    },
    { id: 'x-postal', type: 'PostalMessage', sentAt: at(7 * HOUR), name: 'Katalog vår 2026', status: null },
    {
      id: 'x-num-name',
      channel: 'email',
      status: 'Opened',
      sentAt: at(8 * HOUR),
      name: 42,
      text: 'name is the number 42',
    },
    {
      id: 'x-long',
      channel: 'sms',
      status: 'Delivered',
      sentAt: at(9 * HOUR),
      name: 'Very long text',
      text: longText(2000),
    },
    {
      id: 'x-html',
      channel: 'email',
      status: 'Soft bounce',
      sentAt: at(10 * HOUR),
      name: '<b>Bold?</b> no',
      text: '<img src=x onerror=alert(1)>',
      reason: '<script>alert(1)</script>',
      link: 'data:text/html,<script>alert(1)</script>',
    },
    {
      id: 'x-no-channel',
      status: 'Delivered',
      sentAt: at(11 * HOUR),
      name: 'Missing channel',
      text: 'No channel field',
    },
    {
      id: 'x-fax',
      channel: 'fax',
      status: 'Delivered',
      sentAt: at(12 * HOUR),
      name: 'Unknown channel',
      text: 'channel is "fax"',
    },
    {
      id: 'x-wrong-types',
      channel: 'email',
      status: 'Delivered',
      sentAt: at(13 * HOUR),
      name: 'Wrong field types',
      text: ['an', 'array'],
      transactional: 'yes',
      link: 42,
    },
  ];
  return {
    name: 'Messy Data',
    contact: {
      email: { address: 'messy.data@example.com' },
      // A string, not a boolean: must not count as blocked.
      sms: { address: '+46 70 111 22 33', blocked: 'false' },
    },
    messages,
    postal: [],
  };
}

function longText(length) {
  const words = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. ';
  return words.repeat(Math.ceil(length / words.length)).slice(0, length);
}

// ---------------------------------------------------------------------------
// huge: ~10 MB of valid messages.

/** About `bytes` of project-shape messages (no contact), built from one repeated template. */
export function hugeMessages(now, bytes) {
  const filler = longText(1500);
  const one = (i) => ({
    id: `h-${i}`,
    channel: i % 2 ? 'sms' : 'email',
    status: 'Delivered',
    sentAt: new Date(now - i * MINUTE).toISOString(),
    name: `Huge send-out #${i}`,
    text: filler,
  });
  const perItem = JSON.stringify(one(0)).length + 1;
  return Array.from({ length: Math.ceil(bytes / perItem) }, (_, i) => one(i));
}

// ---------------------------------------------------------------------------
// status-change: 20 messages on fixed dates, so a reload changes nothing but one status: the
// welcome email goes Unknown → Delivered → Opened → Unknown … with every request for the contact.

const STATUS_CHANGE_EPOCH = Date.parse('2026-03-02T09:00:00Z');
const STATUS_STEPS = [
  ['unknown', 'Unknown'],
  ['delivered', 'Delivered'],
  ['opened', 'Opened'],
];

export function statusChange(_now, state) {
  const [key, status] = STATUS_STEPS[((state?.hits ?? 1) - 1) % STATUS_STEPS.length];
  const messages = Array.from({ length: 20 }, (_, i) =>
    message(STATUS_CHANGE_EPOCH, {
      id: `sc-${i + 1}`,
      channel: i % 2 ? 'sms' : 'email',
      key: i === 4 ? key : 'delivered',
      status: i === 4 ? status : 'Delivered',
      age: (i + 1) * DAY,
      name: i === 4 ? 'Welcome to the club' : `Newsletter ${i + 1}`,
      text: `Message ${i + 1}`,
    }),
  );
  return {
    name: 'Status Change',
    contact: { email: { address: 'status.change@example.com' }, sms: { address: '+46 70 000 00 05' } },
    messages,
    postal: [],
  };
}

// ---------------------------------------------------------------------------

/** Scenario id → builder (given `now` and the contact's server state). The part of a contact id before `~` picks the scenario. */
export const HISTORIES = {
  42: ada,
  ada,
  empty,
  slow: bjorn,
  'blocked-email': blockedEmail,
  'blocked-sms': blockedSms,
  unsubscribed,
  'inferred-block': inferredBlock,
  'blocked-unexplained': blockedUnexplained,
  hostile,
  'unblock-fails': unblockFails,
  'soft-bounces-near': softBouncesNear,
  'soft-bounces-at-limit': softBouncesAtLimit,
  'soft-bounces-spread': softBouncesSpread,
  'soft-bounces-then-delivered': softBouncesThenDelivered,
  'soft-bounces-stated-unblocked': softBouncesStatedUnblocked,
  'unblock-login': blockedEmail,
  'unblock-html': blockedEmail,
  'unblock-drop': blockedEmail,
  many: (now) => manyMessages(now, 250),
  // 25 like `many`: paging in a few small steps (17 emails, 8 SMS).
  some: (now) => manyMessages(now, 25),
  messy,
  'status-change': statusChange,
  // 700 like `many`: past the 500 that Voyado's history hands out in one answer.
  'long-history': (now) => manyMessages(now, 700),
  // Dated from a fixed moment, so every answer is the same (the others move with the clock): for caching.
  unchanging: () => bjorn(Date.UTC(2026, 0, 15, 12)),
  // These fail differently, but a successful retry returns a normal history.
  'rate-limited': bjorn,
  flaky: bjorn,
  'sms-down': bjorn,
};

/** Voyado-like status text for each canonical key. */
export const VOYADO_STATUS = {
  delivered: 'Delivered',
  opened: 'Delivered (Opened)',
  'soft-bounce': 'SoftBounce',
  blocked: 'Blocked',
  'hard-bounce': 'HardBounce',
  deferred: 'Deferred',
  unknown: 'Unknown',
  'not-delivered': 'NotDelivered',
  failed: 'Failed',
  expired: 'Expired',
  'control-group': 'ControlGroup',
  routed: 'Routed',
};
