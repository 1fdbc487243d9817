import type { Channel, Message } from './data/types.js';

export interface MessagesLoadDetail {
  contactId: string;
  messages: Message[];
  /** How many items could not be read and were left out (the list says so too); `0` when none. */
  skipped: number;
}

export interface MessagesErrorDetail {
  contactId: string;
  channel?: Channel;
  status?: number;
  message: string;
}

export interface UnblockDetail {
  contactId: string;
  channel: Channel;
  address: string;
}

export interface UnblockRequestDetail extends UnblockDetail {
  /**
   * The `Idempotency-Key` of this confirmation (a random UUID; a click while it is under way joins it). The
   * widget sends it with its own request; a host doing the request itself should send it too.
   */
  idempotencyKey: string;
}

export interface UnblockErrorDetail extends UnblockDetail {
  error: Error;
}

/** A detail type carried as a value, so each event's name is written once, here, and its type beside it. */
const detail = <T>() => undefined as unknown as T;

/** Every event `<message-status-list>` fires, by name; all bubble and cross shadow roots. */
export const LIST_EVENTS = {
  'messages-load': detail<MessagesLoadDetail>(),
  'messages-error': detail<MessagesErrorDetail>(),
  /** Cancelable: `preventDefault()` means the host sends the unblock itself. */
  'unblock-request': detail<UnblockRequestDetail>(),
  'unblock-success': detail<UnblockDetail>(),
  'unblock-error': detail<UnblockErrorDetail>(),
};

export type ListEventName = keyof typeof LIST_EVENTS;

/** The list's events as `HTMLElementEventMap` entries. */
export type MessageStatusListEventMap = { [K in ListEventName]: CustomEvent<(typeof LIST_EVENTS)[K]> };

/** Fires one of the list's events from `target`; returns false when a listener cancelled it. */
export function emit<K extends ListEventName>(
  target: EventTarget,
  type: K,
  detail: (typeof LIST_EVENTS)[K],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  // Merged into the DOM's own map, so `addEventListener('unblock-error', …)` knows its detail.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends MessageStatusListEventMap {}
}
