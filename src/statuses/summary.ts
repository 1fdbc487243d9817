import { STATUS_CATALOG, STATUS_KEYS, type StatusKey } from './catalog.js';
import { normalizeStatus } from './normalize.js';

export interface SummaryEntry {
  key: StatusKey | 'other';
  count: number;
  /** Statuses counted within this one, as a send-out's statistics do: blocked within soft bounces. */
  within: { key: StatusKey; count: number }[];
}

/**
 * How many messages ended in each status, in catalog order (unknown statuses
 * last). A status with `countsAs` is counted under that one and named inside it.
 */
/** The line of the summary a status is counted on: its own, its broader kind's (blocked under soft bounce), or `other`. */
export function summaryBucket(status: string): StatusKey | 'other' {
  const key = normalizeStatus(status);
  return (key && STATUS_CATALOG[key].countsAs) ?? key ?? 'other';
}

// A list's summary, per message list: the summary and the status drop-down read it on every render, and a list of
// 100,000 messages is counted once.
const summaries = new WeakMap<readonly { status: string }[], SummaryEntry[]>();

export function summarizeStatuses(messages: readonly { status: string }[]): SummaryEntry[] {
  let summary = summaries.get(messages);
  if (!summary) summaries.set(messages, (summary = countStatuses(messages)));
  return summary;
}

function countStatuses(messages: readonly { status: string }[]): SummaryEntry[] {
  const counts = new Map<StatusKey | 'other', number>();
  const within = new Map<StatusKey, number>();
  for (const message of messages) {
    const bucket = summaryBucket(message.status);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    const key = normalizeStatus(message.status);
    if (key && bucket !== key) within.set(key, (within.get(key) ?? 0) + 1);
  }
  const order: (StatusKey | 'other')[] = [...STATUS_KEYS, 'other'];
  return order
    .filter((key) => counts.has(key))
    .map((key) => ({
      key,
      count: counts.get(key)!,
      within: STATUS_KEYS.filter((inner) => STATUS_CATALOG[inner].countsAs === key && within.has(inner)).map(
        (inner) => ({ key: inner, count: within.get(inner)! }),
      ),
    }));
}
