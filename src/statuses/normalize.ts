import type { StatusKey } from './catalog.js';

/** Status spellings, already compacted (lowercase letters and digits only), mapped to their key. */
const ALIASES: ReadonlyMap<string, StatusKey> = new Map<string, StatusKey>([
  ['delivered', 'delivered'],
  // SMPP delivery receipts abbreviate their states to seven letters.
  ['delivrd', 'delivered'],

  ['opened', 'opened'],
  ['deliveredopened', 'opened'],
  ['open', 'opened'],
  ['read', 'opened'],

  ['softbounce', 'soft-bounce'],
  ['softbounced', 'soft-bounce'],

  ['blocked', 'blocked'],

  ['hardbounce', 'hard-bounce'],
  ['hardbounced', 'hard-bounce'],

  ['deferred', 'deferred'],
  ['delayed', 'deferred'],

  ['unknown', 'unknown'],
  ['waiting', 'unknown'],
  ['pending', 'unknown'],
  // "Sent" only says it left the platform: no delivery report yet, which is exactly what unknown means.
  ['sent', 'unknown'],

  ['notdelivered', 'not-delivered'],
  ['undelivered', 'not-delivered'],
  ['undeliverable', 'not-delivered'],
  ['undeliv', 'not-delivered'],

  ['failed', 'failed'],
  ['failure', 'failed'],

  ['expired', 'expired'],

  ['controlgroup', 'control-group'],

  ['routed', 'routed'],
  // "bounced" is deliberately absent: it may be soft or hard, and guessing wrong would mislead about blocking.
]);

// No alias comes close; this keeps a runaway string from being scanned at all.
const MAX_LENGTH = 100;

const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * The canonical key for a status as any platform spells it, ignoring case and separators
 * (`"Soft bounce"`, `"softBounce"`, `"SOFT_BOUNCE"` → `soft-bounce`); `undefined` when unknown.
 * Never throws.
 */
export function normalizeStatus(raw: unknown): StatusKey | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return undefined;
  // A history repeats a handful of spellings thousands of times; the summary and filters ask for each.
  const cached = seen.get(raw);
  if (cached !== undefined || seen.has(raw)) return cached;
  const compact = raw.toLowerCase().replace(SEPARATORS, '');
  const key = compact ? ALIASES.get(compact) : undefined;
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.set(raw, key);
  return key;
}

const SEEN_LIMIT = 500;
const seen = new Map<string, StatusKey | undefined>();
