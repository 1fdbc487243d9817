import { isDelivery } from '../statuses/delivery.js';
import { type SoftBounceRule, warningThreshold } from '../statuses/soft-bounce-rule.js';
import { summaryBucket } from '../statuses/summary.js';
import type { Message } from './types.js';

const DAY_MS = 86_400_000;

/** How an email address stands against the soft-bounce rule. */
export interface AddressHealth {
  /** Soft bounces (blocked ones included) in the last `rule.days` days, after the newest delivery. */
  count: number;
  /** Some `rule.days`-day stretch after the newest delivery holds `rule.limit` soft bounces: the platform blocks. */
  limitReached: boolean;
  /** `count` is at least half the limit: the address is drifting towards a block. */
  warning: boolean;
  rule: SoftBounceRule;
}

/**
 * The email address's soft bounces against the rule, at time `now`. A delivered (or opened) email starts the
 * count again. The block looks at every stretch of `days` days, not only the last: a blocked address gets no
 * more send-outs, so the bounces that blocked it grow old while it stays blocked. SMS never counts.
 */
export function softBounceHealth(messages: readonly Message[], rule: SoftBounceRule, now: number): AddressHealth {
  let newestDelivery = -Infinity;
  const bounces: number[] = [];
  for (const message of messages) {
    if (message.channel !== 'email' || !message.sentAt) continue;
    const time = message.sentAt.getTime();
    if (Number.isNaN(time)) continue;
    if (isDelivery(message.status)) newestDelivery = Math.max(newestDelivery, time);
    else if (summaryBucket(message.status) === 'soft-bounce') bounces.push(time);
  }
  const since = bounces.filter((time) => time > newestDelivery).sort((a, b) => a - b);
  const window = rule.days * DAY_MS;
  const count = since.filter((time) => time > now - window).length;
  let limitReached = false;
  for (let last = rule.limit - 1; last < since.length && !limitReached; last++) {
    limitReached = since[last] - since[last - rule.limit + 1] <= window;
  }
  return { count, limitReached, warning: count >= warningThreshold(rule), rule };
}
