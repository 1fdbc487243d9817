import { waitUntil } from '@open-wc/testing';

/** A contact id for a mock scenario with server state of its own, so tests do not share unblocks or counters. */
export function freshContact(scenario: string): string {
  return `${scenario}~${Math.random().toString(36).slice(2, 10)}`;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
  /** When the server received it (ISO 8601). */
  at: string;
  /** The client gave up on it while the server was still waiting to answer. */
  aborted?: boolean;
  /** Whether a Voyado route got the right `apikey` header; absent when none was sent. */
  apikey?: 'valid' | 'wrong';
}

/** What the mock API received for a contact, oldest first. */
export async function requestsFor(contactId: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/api/_log/${encodeURIComponent(contactId)}`);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}

/** Waits until the mock API saw `count` of the contact's requests go before it answered. */
export async function abortedOnServer(contactId: string, count = 1): Promise<void> {
  await waitUntil(
    async () => (await requestsFor(contactId)).filter((request) => request.aborted).length >= count,
    `the server never saw ${count} aborted request(s)`,
    { timeout: 8000, interval: 25 },
  );
}

/** Lets the mock API answer the contact's requests held by the `hold=1` fault mode; resolves to how many. */
export async function releaseHeld(contactId: string): Promise<number> {
  const response = await fetch(`/api/_release/${encodeURIComponent(contactId)}`, { method: 'POST' });
  return ((await response.json()) as { released: number }).released;
}
