import type { Contact, ContactAddress } from '../data/types.js';
import { type CallLimits, readVoyado, unreadable, type VoyadoConnection } from './voyado-request.js';

const ASKED = { what: "Voyado's contact", expected: 'a contact' };

/**
 * The contact's addresses and whether it opted out of each channel, from Voyado's contact
 * (`GET /api/v3/contacts/{contactId}`), for a host that keeps no records of its own.
 * @throws {GatewayFailure} when Voyado fails, refuses, is slow or answers something that is not a contact.
 */
export async function fetchVoyadoContact(
  connection: VoyadoConnection,
  contactId: string,
  limits: CallLimits,
): Promise<Contact> {
  const body = await readVoyado(connection, `/api/v3/contacts/${encodeURIComponent(contactId)}`, ASKED, limits);
  const contact = contactFromVoyado(body);
  if (!contact) throw unreadable(ASKED, 'not a JSON object.');
  return contact;
}

/**
 * Voyado's contact in the project's `contact` shape: `email` and `mobilePhone` as the addresses,
 * `preferences.acceptsEmail` / `acceptsSms` turned round into `unsubscribed`. Voyado's contact says
 * nothing about blocks, so `blocked` is left out (the widget then reads the history). `undefined`
 * when the body is not an object at all.
 */
export function contactFromVoyado(body: unknown): Contact | undefined {
  if (!isObject(body)) return undefined;
  const preferences = isObject(body.preferences) ? body.preferences : {};
  const contact: Contact = {};
  const email = addressOf(body.email, preferences.acceptsEmail);
  const sms = addressOf(body.mobilePhone, preferences.acceptsSms);
  if (email) contact.email = email;
  if (sms) contact.sms = sms;
  return contact;
}

/**
 * A contact as it comes back from JSON (in the shared cache).
 * @throws {TypeError} when `parsed` is not an object.
 */
export function revivedContact(parsed: unknown): Contact {
  if (!isObject(parsed)) throw new TypeError('Not a contact.');
  return parsed as Contact;
}

function addressOf(address: unknown, accepts: unknown): ContactAddress | undefined {
  if (typeof address !== 'string' || address.trim() === '') return undefined;
  // Only a real boolean says anything: a missing preference is not an opt-out.
  return typeof accepts === 'boolean'
    ? { address: address.trim(), unsubscribed: !accepts }
    : { address: address.trim() };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
