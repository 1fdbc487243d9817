import type { Contact, Message } from './types.js';

/** What an answer told about a contact: its addresses and states, and the messages they were read from. */
export interface KnownHistory {
  contact?: Contact;
  messages: readonly Message[];
}

/** How many contacts a list remembers: enough for an agent going back and forth between a few. */
const REMEMBERED = 8;

/**
 * The last answer for each of the few contacts a list showed most recently, so that when a later request for one of
 * them fails, its addresses, their block state and Unblock stay in the header instead of going with the answer.
 */
export class KnownHistories {
  private readonly byContact = new Map<string, KnownHistory>();

  remember(contactId: string, history: KnownHistory): void {
    // Map order is insertion order: taken out and put back, the contact is the newest.
    this.byContact.delete(contactId);
    this.byContact.set(contactId, { contact: history.contact, messages: history.messages });
    if (this.byContact.size > REMEMBERED) this.byContact.delete(this.byContact.keys().next().value!);
  }

  get(contactId: string): KnownHistory | undefined {
    return this.byContact.get(contactId);
  }
}
