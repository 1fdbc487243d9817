import type { Channel } from './channels.js';
import { STATUS_CATALOG, type Severity, type StatusIcon, type StatusKey } from './catalog.js';
import { resolveLanguage } from './language.js';
import { normalizeStatus } from './normalize.js';
import { DEFAULT_SOFT_BOUNCE_RULE, type SoftBounceRule } from './soft-bounce-rule.js';
import { STATUS_STRINGS, type StatusText } from './strings.js';

/** Everything a chip needs to show one status. */
export interface StatusDescription {
  /** The canonical key, or `other` for a status the widget does not know (or none at all). */
  key: StatusKey | 'other';
  severity: Severity;
  icon: StatusIcon;
  /** Never empty. */
  label: string;
  /** Never empty. */
  explanation: string;
  /** The server's text as given; empty when it sent no string. */
  raw: string;
  /** A later status is still expected; otherwise this one is final. */
  pending: boolean;
}

/** Host texts that replace the built-in ones for one language; empty strings are ignored. */
export type StatusOverrides = Partial<Record<StatusKey, Partial<StatusText>>> & {
  otherLabel?: string;
  otherExplanation?: string;
  missingExplanation?: string;
  deferredRetrying?: string;
  deferredClosed?: string;
  pendingLabel?: string;
};

export interface DescribeOptions {
  /** A BCP 47 tag; falls back to its primary subtag, then `en`. */
  lang?: string;
  overrides?: StatusOverrides;
  /** When the message was sent; lets a deferred email say how long retrying goes on. */
  sentAt?: Date | null;
  /** The current time, for tests; defaults to now. */
  now?: Date;
  /** The numbers that `{limit}` and `{days}` in the soft-bounce explanations stand for; Voyado's rule by default. */
  softBounceRule?: SoftBounceRule;
}

type ExtraText =
  'otherLabel' | 'otherExplanation' | 'missingExplanation' | 'deferredRetrying' | 'deferredClosed' | 'pendingLabel';

/** The built-in texts of the nearest language the widget has. */
function stringsFor(lang: string | undefined) {
  return STATUS_STRINGS[resolveLanguage(lang, Object.keys(STATUS_STRINGS))] ?? STATUS_STRINGS.en;
}

/** Words read after a pending status's label, telling it from a final one. */
export function pendingText(options: Pick<DescribeOptions, 'lang' | 'overrides'> = {}): string {
  return pick(options.overrides?.pendingLabel, stringsFor(options.lang).pendingLabel);
}

/** How long the platform keeps retrying a deferred email before calling it a soft bounce. */
export const DEFERRED_RETRY_HOURS = 72;

const OTHER = {
  key: 'other',
  severity: 'neutral',
  icon: 'dot',
  pending: false,
} as const satisfies Partial<StatusDescription>;
const HOUR_MS = 3_600_000;
const MAX_LABEL_LENGTH = 40;
// The explanation is a tooltip: room for a long status, but not for a whole error page.
const MAX_QUOTED_LENGTH = 200;
// Only this much of the server's text is ever looked at, however much it sent.
const MAX_SCANNED_LENGTH = 1000;

/**
 * Whole hours (rounded up) until a deferred email's retry window closes; 0 once it has closed
 * or when either date is invalid.
 */
export function deferredHoursLeft(sentAt: Date, now: Date): number {
  const leftMs = sentAt.getTime() + DEFERRED_RETRY_HOURS * HOUR_MS - now.getTime();
  if (!(leftMs > 0)) return 0;
  // A send time in the future (clock skew) must not promise more than the whole window.
  return Math.min(DEFERRED_RETRY_HOURS, Math.ceil(leftMs / HOUR_MS));
}

/** What to show for a status on a channel, in the nearest available language, with the host's overrides applied. */
export function describeStatus(raw: unknown, channel: Channel, options: DescribeOptions = {}): StatusDescription {
  const strings = stringsFor(options.lang);
  const overrides = options.overrides ?? {};
  const text = (name: ExtraText) => pick(overrides[name], strings[name]);
  const rawText = typeof raw === 'string' ? raw : '';
  const key = normalizeStatus(raw);

  if (!key) {
    const shown = rawText.slice(0, MAX_SCANNED_LENGTH).replace(/\s+/g, ' ').trim();
    if (!shown) {
      return { ...OTHER, label: text('otherLabel'), explanation: text('missingExplanation'), raw: rawText };
    }
    return {
      ...OTHER,
      label: truncate(shown, MAX_LABEL_LENGTH),
      // A function replacement, so `$&` and friends in the server's text stay literal.
      explanation: text('otherExplanation').replaceAll('{status}', () => truncate(shown, MAX_QUOTED_LENGTH)),
      raw: rawText,
    };
  }

  const { severity, icon, pending = false } = STATUS_CATALOG[key];
  const builtIn = strings.statuses[key];
  const own = overrides[key];
  const { limit, days } = options.softBounceRule ?? DEFAULT_SOFT_BOUNCE_RULE;
  let explanation = pick(own?.[channel], builtIn[channel])
    .replaceAll('{limit}', String(limit))
    .replaceAll('{days}', String(days));
  if (key === 'deferred' && channel === 'email' && options.sentAt) {
    const hours = deferredHoursLeft(options.sentAt, options.now ?? new Date());
    explanation +=
      ' ' + (hours > 0 ? text('deferredRetrying').replaceAll('{hours}', String(hours)) : text('deferredClosed'));
  }
  return { key, severity, icon, label: pick(own?.label, builtIn.label), explanation, raw: rawText, pending };
}

// A blank override would leave a chip without text, so the built-in one wins then.
function pick(override: string | undefined, builtIn: string): string {
  return typeof override === 'string' && override.trim() ? override : builtIn;
}

// Counts code points, not UTF-16 units, so an emoji is never cut in half.
function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max
    ? value
    : chars
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…';
}
