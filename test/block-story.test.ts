import { expect } from '@open-wc/testing';
import { addressStates } from '../src/data/address-state.js';
import { blockStory, deliveryAfter, statusTimeOf } from '../src/data/block-story.js';
import { KnownHistories } from '../src/data/known-histories.js';
import type { Message } from '../src/data/types.js';
import { DEFAULT_SOFT_BOUNCE_RULE } from '../src/statuses/soft-bounce-rule.js';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T09:00:00Z');

/** A message sent `day` days after the start; `statusAfterMs` gives it a status time that long after. */
function message(channel: 'email' | 'sms', status: string, day: number, statusAfterMs?: number): Message {
  const sentAt = new Date(START + day * DAY);
  const item: Message = { id: `${channel}-${day}-${status}`, channel, status, sentAt, name: `${status} on day ${day}` };
  if (statusAfterMs !== undefined) item.statusAt = new Date(sentAt.getTime() + statusAfterMs);
  return item;
}

/** Newest first, as a loaded history is. */
const history = (...messages: Message[]) => [...messages].sort((a, b) => b.sentAt!.getTime() - a.sentAt!.getTime());

describe('blockStory', () => {
  it('dates a hard-bounce block from the first hard bounce after the last delivery, at its status time', () => {
    const first = message('email', 'HardBounce', 10, 90_000);
    const messages = history(
      message('email', 'Hard bounce', 1),
      message('email', 'Delivered', 5),
      first,
      message('email', 'Hard bounce', 12),
    );
    const story = blockStory(messages, 'email', DEFAULT_SOFT_BOUNCE_RULE);
    expect(story.kind).to.equal('hard-bounce');
    if (story.kind !== 'hard-bounce') return;
    expect(story.cause).to.equal(first);
    expect(story.since.toISOString()).to.equal(new Date(START + 10 * DAY + 90_000).toISOString());
  });

  it('falls back to the send time when the server gave no status time, or one before the send', () => {
    const plain = message('sms', 'hard_bounce', 3);
    const skewed = message('sms', 'hard_bounce', 3, -60_000);
    expect(statusTimeOf(plain)).to.equal(plain.sentAt);
    expect(statusTimeOf(skewed)).to.equal(skewed.sentAt);
    expect(statusTimeOf({ ...plain, sentAt: null })).to.equal(null);
  });

  it('names the soft bounces that reached the limit, and dates the block from the one that reached it', () => {
    // 12 soft bounces, one every 5 days: the 10th falls 45 days after the first, inside 90.
    const bounces = Array.from({ length: 12 }, (_, i) =>
      message('email', i % 4 === 3 ? 'Blocked' : 'SoftBounce', i * 5),
    );
    const story = blockStory(history(...bounces), 'email', DEFAULT_SOFT_BOUNCE_RULE);
    expect(story.kind).to.equal('soft-bounces');
    if (story.kind !== 'soft-bounces') return;
    expect(story.bounces).to.deep.equal(bounces.slice(0, 10));
    expect(story.since).to.equal(bounces[9].sentAt);
    expect(story.first).to.equal(bounces[0].sentAt);
    expect(story.days).to.equal(90);
  });

  it('does not count soft bounces spread wider than the window, nor any on SMS', () => {
    const spread = Array.from({ length: 10 }, (_, i) => message('email', 'SoftBounce', i * 20));
    expect(blockStory(history(...spread), 'email', DEFAULT_SOFT_BOUNCE_RULE).kind).to.equal('unexplained');
    const texts = Array.from({ length: 10 }, (_, i) => message('sms', 'SoftBounce', i));
    expect(blockStory(history(...texts), 'sms', DEFAULT_SOFT_BOUNCE_RULE).kind).to.equal('unexplained');
  });

  it('says nothing explains a block when every bounce was followed by a delivery, naming the last delivery', () => {
    const delivery = message('email', 'Delivered (Opened)', 8);
    const messages = history(message('email', 'HardBounce', 2), delivery, message('sms', 'HardBounce', 9));
    expect(blockStory(messages, 'email', DEFAULT_SOFT_BOUNCE_RULE)).to.deep.equal({
      kind: 'unexplained',
      lastDelivery: delivery,
    });
    // Nothing at all on the channel: no delivery to name, and no date made up.
    expect(blockStory([], 'email', DEFAULT_SOFT_BOUNCE_RULE)).to.deep.equal({ kind: 'unexplained' });
  });

  it('leaves out messages without a send time', () => {
    const undated: Message = { id: 'x', channel: 'email', status: 'HardBounce', sentAt: null };
    expect(blockStory([undated], 'email', DEFAULT_SOFT_BOUNCE_RULE).kind).to.equal('unexplained');
  });

  it('is told only for a blocked address', () => {
    const messages = history(message('email', 'HardBounce', 2));
    const contact = { email: { address: 'a@example.com', blocked: true }, sms: { address: '+4670', blocked: false } };
    const [email, sms] = addressStates([contact], messages, ['email', 'sms']);
    expect(email.story?.kind).to.equal('hard-bounce');
    expect(sms.story).to.equal(undefined);
  });
});

describe('deliveryAfter', () => {
  it('pairs each hard bounce and blocked email with the first delivery after it on its own channel', () => {
    const hard = message('email', 'HardBounce', 1);
    const blocked = message('email', 'Blocked', 2);
    const first = message('email', 'Delivered', 3);
    const smsBounce = message('sms', 'HardBounce', 2);
    const messages = history(hard, blocked, first, message('email', 'Opened', 4), smsBounce);
    expect(deliveryAfter(messages, hard)).to.equal(first);
    expect(deliveryAfter(messages, blocked)).to.equal(first);
    // An email delivered later says nothing about the number.
    expect(deliveryAfter(messages, smsBounce)).to.equal(undefined);
  });

  it('pairs nothing else: a soft bounce, a delivery, a bounce with nothing delivered after it', () => {
    const soft = message('email', 'SoftBounce', 1);
    const delivered = message('email', 'Delivered', 2);
    const last = message('email', 'HardBounce', 3);
    const messages = history(soft, delivered, last);
    for (const each of [soft, delivered, last]) expect(deliveryAfter(messages, each)).to.equal(undefined);
  });
});

describe('KnownHistories', () => {
  it('keeps the last answer of the few contacts shown most recently', () => {
    const known = new KnownHistories();
    for (let i = 0; i < 9; i++) known.remember(`c${i}`, { messages: [], contact: { email: { address: `${i}@x` } } });
    // The oldest of nine went; remembering one again makes it the newest.
    expect(known.get('c0')).to.equal(undefined);
    known.remember('c1', { messages: [] });
    known.remember('c9', { messages: [] });
    expect(known.get('c1')).to.deep.equal({ contact: undefined, messages: [] });
    expect(known.get('c2')).to.equal(undefined);
    expect(known.get('c8')?.contact?.email?.address).to.equal('8@x');
  });
});
