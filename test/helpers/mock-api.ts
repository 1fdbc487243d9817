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
}

/** What the mock API received for a contact, oldest first. */
export async function requestsFor(contactId: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/api/_log/${encodeURIComponent(contactId)}`);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}
