import { expect } from '@open-wc/testing';
import { softBounceHealth } from '../src/data/address-health.js';
import { addressStates } from '../src/data/address-state.js';
import type { Message } from '../src/data/types.js';
import { DEFAULT_SOFT_BOUNCE_RULE, softBounceRule, warningThreshold } from '../src/statuses/soft-bounce-rule.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T12:00:00Z');
const rule = DEFAULT_SOFT_BOUNCE_RULE;

let ids = 0;
/** A message sent `daysAgo` days before NOW. */
function sent(status: string, daysAgo: number, channel: 'email' | 'sms' = 'email'): Message {
  return { id: `m${++ids}`, channel, status, sentAt: new Date(NOW - daysAgo * DAY) };
}

/** `count` soft bounces, the first `firstDaysAgo` days back and one every `everyDays` days after it. */
function bounces(count: number, firstDaysAgo: number, everyDays: number, status = 'SoftBounce'): Message[] {
  return Array.from({ length: count }, (_, i) => sent(status, firstDaysAgo - i * everyDays));
}

describe('softBounceRule', () => {
  it('is Voyado’s 10 in 90 days unless told otherwise', () => {
    expect(softBounceRule()).to.deep.equal({ limit: 10, days: 90 });
    expect(softBounceRule(4, 30)).to.deep.equal({ limit: 4, days: 30 });
  });

  it('falls back to the default for a number that is not a whole count of at least 1', () => {
    expect(softBounceRule(Number.NaN, -5)).to.deep.equal({ limit: 10, days: 90 });
    expect(softBounceRule(0, 2.5)).to.deep.equal({ limit: 10, days: 90 });
  });

  it('warns from half the limit, rounded up', () => {
    expect(warningThreshold({ limit: 10, days: 90 })).to.equal(5);
    expect(warningThreshold({ limit: 3, days: 90 })).to.equal(2);
  });
});

describe('softBounceHealth', () => {
  it('warns at 6 soft bounces inside the window without reaching the limit', () => {
    const health = softBounceHealth(bounces(6, 30, 5), rule, NOW);
    expect(health).to.deep.equal({ count: 6, limitReached: false, warning: true, rule });
  });

  it('does not warn below half the limit', () => {
    expect(softBounceHealth(bounces(4, 30, 5), rule, NOW)).to.include({ count: 4, warning: false });
  });

  it('reaches the limit at 10 soft bounces within 60 days with nothing delivered since', () => {
    const history = [sent('Delivered', 80), ...bounces(10, 60, 6)];
    expect(softBounceHealth(history, rule, NOW)).to.include({ count: 10, limitReached: true, warning: true });
  });

  it('counts Blocked as a kind of soft bounce', () => {
    const history = [...bounces(5, 50, 5, 'Blocked'), ...bounces(5, 20, 4)];
    expect(softBounceHealth(history, rule, NOW)).to.include({ count: 10, limitReached: true });
  });

  it('does not reach the limit with 10 soft bounces spread over eight months', () => {
    // One every 24 days: no 90 days hold more than four of them, and the last 90 hold three.
    const health = softBounceHealth(bounces(10, 240, 24), rule, NOW);
    expect(health.limitReached).to.be.false;
    expect(health.count).to.equal(3);
  });

  it('keeps the limit reached after the bounces have aged out of the last 90 days', () => {
    // A blocked address gets no more send-outs, so the bounces that blocked it only grow older.
    const health = softBounceHealth(bounces(10, 200, 5), rule, NOW);
    expect(health).to.include({ count: 0, limitReached: true, warning: false });
  });

  it('starts the count again after a delivery', () => {
    const history = [...bounces(10, 60, 5), sent('Delivered', 2)];
    expect(softBounceHealth(history, rule, NOW)).to.include({ count: 0, limitReached: false, warning: false });
    const opened = [...bounces(8, 60, 5), sent('Delivered (Opened)', 15), ...bounces(3, 10, 3)];
    expect(softBounceHealth(opened, rule, NOW)).to.include({ count: 3, limitReached: false });
  });

  it('never counts SMS soft bounces, and an SMS delivery does not reset email', () => {
    const smsBounces = Array.from({ length: 12 }, (_, i) => sent('SoftBounce', 40 - i, 'sms'));
    expect(softBounceHealth(smsBounces, rule, NOW)).to.include({ count: 0, limitReached: false });
    const mixed = [...bounces(10, 40, 3), sent('Delivered', 1, 'sms')];
    expect(softBounceHealth(mixed, rule, NOW)).to.include({ count: 10, limitReached: true });
  });

  it('follows a rule with other numbers', () => {
    const history = bounces(4, 20, 5);
    expect(softBounceHealth(history, { limit: 4, days: 30 }, NOW)).to.include({ limitReached: true });
    expect(softBounceHealth(history, { limit: 4, days: 10 }, NOW)).to.include({ count: 1, limitReached: false });
  });

  it('ignores messages without a usable send time', () => {
    const undated: Message[] = Array.from({ length: 10 }, (_, i) => ({
      id: `u${i}`,
      channel: 'email',
      status: 'SoftBounce',
      sentAt: i % 2 ? null : new Date(Number.NaN),
    }));
    expect(softBounceHealth(undated, rule, NOW)).to.include({ count: 0, limitReached: false });
  });
});

describe('addressStates with the soft-bounce rule', () => {
  const check = { rule, now: NOW };
  const email = { email: { address: 'a@example.com' } };

  it('infers a block from the limit where no source states one, and says what it rests on', () => {
    const [state] = addressStates([email], bounces(10, 60, 6), ['email'], new Set(), check);
    expect(state).to.include({ blocked: true, inferred: true, inferredFrom: 'soft-bounces' });
    expect(state.health).to.include({ count: 10, limitReached: true });
  });

  it('names the hard bounce when both would block', () => {
    const history = [...bounces(10, 60, 6), sent('HardBounce', 1)];
    const [state] = addressStates([email], history, ['email'], new Set(), check);
    expect(state).to.include({ blocked: true, inferredFrom: 'hard-bounce' });
  });

  it('never overrides a stated blocked: false, though the limit is reached', () => {
    const stated = { email: { address: 'a@example.com', blocked: false } };
    const [state] = addressStates([stated], bounces(10, 60, 6), ['email'], new Set(), check);
    expect(state).to.include({ blocked: false, inferred: false });
    expect(state.inferredFrom).to.be.undefined;
    expect(state.health).to.include({ count: 10, limitReached: true });
  });

  it('warns without blocking at 6', () => {
    const [state] = addressStates([email], bounces(6, 30, 5), ['email'], new Set(), check);
    expect(state).to.include({ blocked: false, inferred: false });
    expect(state.health).to.include({ count: 6, warning: true });
  });

  it('gives a phone number no soft-bounce health at all', () => {
    const smsBounces = Array.from({ length: 12 }, (_, i) => sent('SoftBounce', 40 - i, 'sms'));
    const [state] = addressStates([{ sms: { address: '+46 70 1' } }], smsBounces, ['sms'], new Set(), check);
    expect(state).to.deep.equal({
      channel: 'sms',
      address: '+46 70 1',
      blocked: false,
      inferred: false,
      unsubscribed: false,
    });
  });
});
