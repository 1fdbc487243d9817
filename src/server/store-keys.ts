import type { Channel } from './voyado-history.js';

/**
 * The names of the handler's keys in the shared store. All begin with the product's name and the
 * tenant's API root, so handlers for two tenants (or another program) can share one Redis; ids are
 * percent-encoded, so no id can reach into another key's name.
 */
export function storeKeys(baseUrl: string) {
  const space = `message-status-list:${baseUrl}:`;
  const part = encodeURIComponent;
  return {
    /** The hold after Voyado's 429 or 503: one per tenant, as Voyado throttles the tenant's key. */
    hold: `${space}hold`,
    /** An `Idempotency-Key`, per contact, so one contact's key says nothing about another's. */
    unblock: (contactId: string, key: string) => `${space}unblock:${part(contactId)}:${part(key)}`,
    history: (contactId: string, channel: Channel, count: number) =>
      `${space}history:${part(contactId)}:${channel}:${count}`,
    contact: (contactId: string) => `${space}contact:${part(contactId)}`,
  };
}

export type StoreKeys = ReturnType<typeof storeKeys>;
