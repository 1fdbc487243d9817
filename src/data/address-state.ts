import { withoutInvisibleCharacters } from './bidi-controls.js';
import { normalizeStatus } from '../statuses/normalize.js';
import { STATUS_CATALOG } from '../statuses/catalog.js';
import { isDelivery } from '../statuses/delivery.js';
import { DEFAULT_SOFT_BOUNCE_RULE, type SoftBounceRule } from '../statuses/soft-bounce-rule.js';
import { softBounceHealth, type AddressHealth } from './address-health.js';
import { blockStory, type BlockStory } from './block-story.js';
import type { Channel, Contact, ContactAddress, Message } from './types.js';

/** What the header shows for one channel's address or number. */
export interface AddressState {
  channel: Channel;
  address: string;
  blocked: boolean;
  /** The server gave no blocked state; the history suggests one. */
  inferred: boolean;
  /** What the inferred block rests on: a hard bounce, or soft bounces that reached the limit. */
  inferredFrom?: 'hard-bounce' | 'soft-bounces';
  unsubscribed: boolean;
  /** An email address's soft bounces against the rule; SMS soft bounces never block, so a number has none. */
  health?: AddressHealth;
  /** A blocked address's story as the loaded history tells it: since when, and what blocked it. */
  story?: BlockStory;
}

/** The soft-bounce rule in force, and the time its window ends at. */
export interface HealthCheck {
  rule: SoftBounceRule;
  now: number;
}

/**
 * A channel's address is blocked, going by the history alone, when its newest
 * hard bounce has nothing delivered after it: one hard bounce blocks the
 * address, and a later delivery shows it was unblocked since.
 */
export function blockInferredFromHistory(messages: readonly Message[], channel: Channel): boolean {
  let newestBounce = -Infinity;
  let newestDelivery = -Infinity;
  for (const message of messages) {
    if (message.channel !== channel || !message.sentAt) continue;
    const key = normalizeStatus(message.status);
    const time = message.sentAt.getTime();
    if (key && STATUS_CATALOG[key].blocksAddress) newestBounce = Math.max(newestBounce, time);
    if (isDelivery(key)) newestDelivery = Math.max(newestDelivery, time);
  }
  return newestBounce > newestDelivery;
}

/**
 * The contact's addresses, from the first source that has each one (the
 * server's answer before the host's), with the block inferred from the
 * history only when no source states it and the address was not unblocked here:
 * from a hard bounce, or (email only) from soft bounces that reached the rule's limit.
 */
export function addressStates(
  sources: readonly (Contact | undefined)[],
  messages: readonly Message[],
  channels: readonly Channel[],
  unblockedHere: ReadonlySet<string> = new Set(),
  check: HealthCheck = { rule: DEFAULT_SOFT_BOUNCE_RULE, now: Date.now() },
): AddressState[] {
  const states: AddressState[] = [];
  for (const channel of channels) {
    const given = sources
      .map((contact) => contact?.[channel])
      .filter((entry): entry is ContactAddress => !!entry)
      // Compared, shown and unblocked without bidi controls or zero-width characters: with them an address can be
      // made to read as another (`ada\u200B@example.com` looks like `ada@example.com` and is not).
      .map((entry) =>
        typeof entry.address === 'string' ? { ...entry, address: withoutInvisibleCharacters(entry.address) } : entry,
      );
    const address = given.find((entry) => entry.address)?.address;
    if (!address) continue;
    // A state speaks for its own address: a host's flag for an old address must not mark the server's new one.
    const about = given.filter((entry) => !entry.address || entry.address === address);
    const stated = about.find((entry) => typeof entry.blocked === 'boolean')?.blocked;
    const unsubscribed = about.find((entry) => typeof entry.unsubscribed === 'boolean')?.unsubscribed ?? false;
    const health = channel === 'email' ? softBounceHealth(messages, check.rule, check.now) : undefined;
    const mayInfer = stated === undefined && !unblockedHere.has(unblockKey(channel, address));
    const inferredFrom = !mayInfer
      ? undefined
      : blockInferredFromHistory(messages, channel)
        ? 'hard-bounce'
        : health?.limitReached
          ? 'soft-bounces'
          : undefined;
    const inferred = !!inferredFrom;
    const state: AddressState = { channel, address, blocked: stated ?? inferred, inferred, unsubscribed };
    if (inferredFrom) state.inferredFrom = inferredFrom;
    if (health) state.health = health;
    if (state.blocked && !unsubscribed) state.story = blockStory(messages, channel, check.rule);
    states.push(state);
  }
  return states;
}

/** Identifies one unblock: the same address on the same channel. */
export function unblockKey(channel: Channel, address: string): string {
  return `${channel}:${address}`;
}

/** The list's address attributes (`email`, `phone-blocked`…), the last source of its addresses. */
export interface AddressAttributes {
  email: string;
  phone: string;
  emailBlocked?: boolean;
  phoneBlocked?: boolean;
  emailUnsubscribed?: boolean;
  phoneUnsubscribed?: boolean;
}

/** The list's address attributes as a contact. */
export function attributeContact(own: AddressAttributes): Contact {
  return {
    email: { address: own.email, blocked: own.emailBlocked, unsubscribed: own.emailUnsubscribed },
    sms: { address: own.phone, blocked: own.phoneBlocked, unsubscribed: own.phoneUnsubscribed },
  };
}
