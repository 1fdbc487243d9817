import type { Channel } from '../statuses/channels.js';
import { DEFAULT_SOFT_BOUNCE_RULE, type SoftBounceRule } from '../statuses/soft-bounce-rule.js';
// Explanations are English's words beyond the first file's: importing English whole puts them in place.
import './en.js';
import type { StatusOverrides } from './pack.js';
import { packFor } from './packs.js';
import { pick, shownText, statusLabel, truncate, type LabelOptions, type StatusLabel } from './status-label.js';

export type { StatusOverrides } from './pack.js';
export { pendingText } from './status-label.js';

/** Everything a chip needs to show one status. */
export interface StatusDescription extends StatusLabel {
  /** Never empty. */
  explanation: string;
}

export interface DescribeOptions extends LabelOptions {
  /** When the message was sent; lets a deferred email say how long retrying goes on. */
  sentAt?: Date | null;
  /** The current time, for tests; defaults to now. */
  now?: Date;
  /** The numbers that `{limit}` and `{days}` in the soft-bounce explanations stand for; Voyado's rule by default. */
  softBounceRule?: SoftBounceRule;
}

type ExtraText = 'otherExplanation' | 'missingExplanation' | 'deferredRetrying' | 'deferredClosed';

/** How long the platform keeps retrying a deferred email before calling it a soft bounce. */
export const DEFERRED_RETRY_HOURS = 72;

const HOUR_MS = 3_600_000;
// The explanation is a tooltip: room for a long status, but not for a whole error page.
const MAX_QUOTED_LENGTH = 200;

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
  const shown = statusLabel(raw, options);
  const strings = packFor(options.lang).statuses;
  const overrides: StatusOverrides = options.overrides ?? {};
  const text = (name: ExtraText) => pick(overrides[name], strings[name]);

  if (shown.key === 'other') {
    const quoted = shownText(shown.raw);
    const explanation = quoted
      ? // A function replacement, so `$&` and friends in the server's text stay literal.
        text('otherExplanation').replaceAll('{status}', () => truncate(quoted, MAX_QUOTED_LENGTH))
      : text('missingExplanation');
    return { ...shown, explanation };
  }

  const { key } = shown;
  const { limit, days } = options.softBounceRule ?? DEFAULT_SOFT_BOUNCE_RULE;
  let explanation = pick(overrides[key]?.[channel], strings.statuses[key][channel])
    .replaceAll('{limit}', String(limit))
    .replaceAll('{days}', String(days));
  if (key === 'deferred' && channel === 'email' && options.sentAt) {
    const hours = deferredHoursLeft(options.sentAt, options.now ?? new Date());
    explanation +=
      ' ' + (hours > 0 ? text('deferredRetrying').replaceAll('{hours}', String(hours)) : text('deferredClosed'));
  }
  return { ...shown, explanation };
}
