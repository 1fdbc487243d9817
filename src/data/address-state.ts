import { withoutBidiControls } from './bidi-controls.js';
import { normalizeStatus } from '../statuses/normalize.js';
import { STATUS_CATALOG } from '../statuses/catalog.js';
import type { Channel, Contact, ContactAddress, Message } from './types.js';

/** What the header shows for one channel's address or number. */
export interface AddressState {
  channel: Channel;
  address: string;
  blocked: boolean;
  /** The server gave no blocked state; the history suggests one. */
  inferred: boolean;
  unsubscribed: boolean;
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
    if (key === 'delivered' || key === 'opened') newestDelivery = Math.max(newestDelivery, time);
  }
  return newestBounce > newestDelivery;
}

/**
 * The contact's addresses, from the first source that has each one (the
 * server's answer before the host's), with the block inferred from the
 * history only when no source states it and the address was not unblocked here.
 */
export function addressStates(
  sources: readonly (Contact | undefined)[],
  messages: readonly Message[],
  channels: readonly Channel[],
  unblockedHere: ReadonlySet<string> = new Set(),
): AddressState[] {
  const states: AddressState[] = [];
  for (const channel of channels) {
    const given = sources
      .map((contact) => contact?.[channel])
      .filter((entry): entry is ContactAddress => !!entry)
      // Compared and shown without bidi controls: otherwise an address can be made to read as another.
      .map((entry) =>
        typeof entry.address === 'string' ? { ...entry, address: withoutBidiControls(entry.address) } : entry,
      );
    const address = given.find((entry) => entry.address)?.address;
    if (!address) continue;
    // A state speaks for its own address: a host's flag for an old address must not mark the server's new one.
    const about = given.filter((entry) => !entry.address || entry.address === address);
    const stated = about.find((entry) => typeof entry.blocked === 'boolean')?.blocked;
    const unsubscribed = about.find((entry) => typeof entry.unsubscribed === 'boolean')?.unsubscribed ?? false;
    const inferred =
      stated === undefined &&
      !unblockedHere.has(unblockKey(channel, address)) &&
      blockInferredFromHistory(messages, channel);
    states.push({ channel, address, blocked: stated ?? inferred, inferred, unsubscribed });
  }
  return states;
}

/** Identifies one unblock: the same address on the same channel. */
export function unblockKey(channel: Channel, address: string): string {
  return `${channel}:${address}`;
}
