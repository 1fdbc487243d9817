// The messages the bench hands to the widget and its baselines: the project's own shape (docs/data.md), with what a
// real contact's history holds: email and SMS, the statuses in the spellings servers send, send-out names that
// repeat, subjects and SMS texts, sources, some transactional. Drawn from a seeded generator: every run, every kind
// gets the same messages.

export interface BenchMessage {
  id: string;
  channel: 'email' | 'sms';
  status: string;
  sentAt: string;
  name: string;
  text: string;
  source: string;
  transactional?: boolean;
}

// Mostly delivered, as real send-outs are; each problem status in a few spellings (the widget normalises them).
const EMAIL_STATUSES = [
  ...Array<string>(5).fill('Delivered'),
  ...Array<string>(4).fill('Delivered (Opened)'),
  'Opened',
  'SoftBounce',
  'soft_bounce',
  'HardBounce',
  'hardbounce',
  'Blocked',
  'Deferred',
  'Unknown',
  'Expired',
  'ControlGroup',
];
const SMS_STATUSES = [
  ...Array<string>(6).fill('Delivered'),
  'SoftBounce',
  'Routed',
  'Failed',
  'NotDelivered',
  'Expired',
];

// [name, text, transactional]; `##` becomes a number. A few speak of spring, so a search for it finds some but not most.
const EMAIL_SENDOUTS: readonly (readonly [string, string, boolean?])[] = [
  ['Weekly newsletter', 'This week: new arrivals, members’ prices and a recipe'],
  ['Spring sale – last chance', 'Up to 50 % off the spring favourites, ends Sunday'],
  ['Order confirmation ##', 'Thank you for your order ##: here is what happens next', true],
  ['Welcome to the club', 'Your first bonus cheque is waiting in the app'],
  ['Your receipt ##', 'Receipt for your purchase in store ##', true],
  ['Autumn collection', 'Warm layers for colder days, in store and online'],
  ['Password reset', 'Someone asked to reset your password: was it you?', true],
  ['Members’ weekend', 'Double points on everything this weekend only'],
  ['Summer news', 'Linen, sandals and everything for the garden'],
  ['Black Friday preview', 'Members see the deals a day early'],
  ['Springtime garden party', 'You are invited: plants, coffee and live music'],
  ['We miss you', 'It has been a while: 20 % off your next visit'],
];
const SMS_SENDOUTS: readonly (readonly [string, string, boolean?])[] = [
  ['Delivery notice', 'Your parcel ## is on its way and arrives tomorrow', true],
  ['Pick-up code', 'Your code is ##. Show it at the counter.', true],
  ['Spring offer', 'Spring is here: 2 for 1 on all plants until Friday'],
  ['Birthday greeting', 'Happy birthday! A gift is waiting for you in store'],
  ['Appointment reminder', 'See you tomorrow at 10:00. Reply STOP to opt out', true],
];
const SOURCES = ['Send-out', 'Send-out', 'Automation', 'Webshop', 'Customer service'];

// Each spelling, reduced to its letters: the widget's key for it (its status filter's values). The baselines show and
// filter the statuses the plain way, by these keys and labels made from them.
const STATUSES: Record<string, string> = {
  delivered: 'delivered',
  deliveredopened: 'opened',
  opened: 'opened',
  softbounce: 'soft-bounce',
  hardbounce: 'hard-bounce',
  blocked: 'blocked',
  deferred: 'deferred',
  unknown: 'unknown',
  expired: 'expired',
  routed: 'routed',
  failed: 'failed',
  notdelivered: 'not-delivered',
  controlgroup: 'control-group',
};

/** A status's key and label as a plain page finds them: by its letters, in any case ("soft-bounce", "Soft bounce"). */
export function plainStatus(status: string): { key: string; label: string } {
  const key = STATUSES[status.toLowerCase().replace(/[^a-z]/g, '')];
  if (!key) return { key: status, label: status };
  return { key, label: key[0].toUpperCase() + key.slice(1).replace(/-/g, ' ') };
}

/** Every key `plainStatus` gives. */
export const STATUS_KEYS = [...new Set(Object.values(STATUSES))];

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A small seeded generator (mulberry32): the same sequence in every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` messages, newest first, about an hour apart; a third of them SMS. */
export function makeMessages(count: number): BenchMessage[] {
  const random = seeded(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const now = Date.UTC(2026, 4, 1, 12);
  return Array.from({ length: count }, (_, i) => {
    const channel = random() < 1 / 3 ? 'sms' : 'email';
    const [name, text, transactional] = pick(channel === 'sms' ? SMS_SENDOUTS : EMAIL_SENDOUTS);
    const number = String(10_000 + i);
    return {
      id: `b-${i}`,
      channel,
      status: pick(channel === 'sms' ? SMS_STATUSES : EMAIL_STATUSES),
      sentAt: new Date(now - (i + 1) * 3_600_000 + Math.floor(random() * 600_000)).toISOString(),
      name: name.replace('##', number),
      text: text.replace('##', number),
      source: transactional ? 'Webshop' : pick(SOURCES),
      ...(transactional ? { transactional } : {}),
    };
  });
}
