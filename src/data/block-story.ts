import { STATUS_CATALOG } from '../statuses/catalog.js';
import { isDelivery } from '../statuses/delivery.js';
import { normalizeStatus } from '../statuses/normalize.js';
import type { SoftBounceRule } from '../statuses/soft-bounce-rule.js';
import { summaryBucket } from '../statuses/summary.js';
import type { Channel, Message } from './types.js';

const DAY_MS = 86_400_000;

/**
 * Why an address is blocked, and since when, as far as the loaded history tells: the first hard bounce after the
 * last delivery; or (email) the soft bounces that reached the limit within the window; or nothing that explains it
 * (a block the server states that no loaded bounce accounts for). A date is only ever a message's own.
 */
export type BlockStory =
  | { kind: 'hard-bounce'; cause: Message; since: Date }
  | { kind: 'soft-bounces'; bounces: Message[]; since: Date; first: Date; days: number }
  | { kind: 'unexplained'; lastDelivery?: Message };

/**
 * When a message's status came about: its status time when the server gave one (and it is not before the send),
 * else its send time. The history holds no time of the block itself, so a block dates from the bounce behind it.
 */
export function statusTimeOf(message: Message): Date | null {
  const { sentAt, statusAt } = message;
  if (!sentAt) return null;
  return statusAt && statusAt.getTime() >= sentAt.getTime() ? statusAt : sentAt;
}

/** A channel's dated messages, oldest first (the order a block builds up in). */
function datedOldestFirst(messages: readonly Message[], channel: Channel): Message[] {
  return messages
    .filter((message) => message.channel === channel && message.sentAt && !Number.isNaN(message.sentAt.getTime()))
    .sort((a, b) => a.sentAt!.getTime() - b.sentAt!.getTime());
}

/** The story of a blocked address on `channel`, read from the history loaded for it. */
export function blockStory(messages: readonly Message[], channel: Channel, rule: SoftBounceRule): BlockStory {
  const dated = datedOldestFirst(messages, channel);
  let delivered = dated.length - 1;
  while (delivered >= 0 && !isDelivery(dated[delivered].status)) delivered--;
  const since = dated.slice(delivered + 1);
  // One hard bounce blocks: the first after the last delivery is where the block began.
  const cause = since.find((message) => {
    const key = normalizeStatus(message.status);
    return !!key && STATUS_CATALOG[key].blocksAddress;
  });
  if (cause) return { kind: 'hard-bounce', cause, since: statusTimeOf(cause)! };
  // Soft bounces never block a number.
  const bounces = channel === 'email' ? softBounceRun(since, rule) : undefined;
  if (bounces) {
    const [first, last] = [bounces[0], bounces.at(-1)!];
    return { kind: 'soft-bounces', bounces, since: statusTimeOf(last)!, first: first.sentAt!, days: rule.days };
  }
  const lastDelivery = dated[delivered];
  return lastDelivery ? { kind: 'unexplained', lastDelivery } : { kind: 'unexplained' };
}

/** The first `rule.limit` soft bounces (blocked ones included) within `rule.days` days of each other, if any. */
function softBounceRun(messages: readonly Message[], rule: SoftBounceRule): Message[] | undefined {
  const bounces = messages.filter((message) => summaryBucket(message.status) === 'soft-bounce');
  for (let last = rule.limit - 1; last < bounces.length; last++) {
    const run = bounces.slice(last - rule.limit + 1, last + 1);
    if (run.at(-1)!.sentAt!.getTime() - run[0].sentAt!.getTime() <= rule.days * DAY_MS) return run;
  }
  return undefined;
}

/**
 * For each hard bounce or blocked message, the first delivery on its channel sent after it: the address (or number)
 * has worked since. Worked out once per history (a new load is a new array).
 */
const deliveriesAfter = new WeakMap<readonly Message[], Map<Message, Message>>();

export function deliveryAfter(messages: readonly Message[], message: Message): Message | undefined {
  let found = deliveriesAfter.get(messages);
  if (!found) deliveriesAfter.set(messages, (found = pairBouncesWithDeliveries(messages)));
  return found.get(message);
}

function pairBouncesWithDeliveries(messages: readonly Message[]): Map<Message, Message> {
  const pairs = new Map<Message, Message>();
  for (const channel of ['email', 'sms'] as const) {
    let waiting: Message[] = [];
    for (const message of datedOldestFirst(messages, channel)) {
      const key = normalizeStatus(message.status);
      if (isDelivery(message.status)) {
        for (const bounce of waiting) pairs.set(bounce, message);
        waiting = [];
      } else if (key === 'blocked' || (key && STATUS_CATALOG[key].blocksAddress)) {
        waiting.push(message);
      }
    }
  }
  return pairs;
}
