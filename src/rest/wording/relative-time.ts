const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Beyond this age a date reads better as a date than as "23 days ago". */
export const RELATIVE_LIMIT_MS = 7 * DAY_MS;

// A server clock a little ahead of the browser's must not produce "in 20 seconds".
const FUTURE_TOLERANCE_MS = MINUTE_MS;

export type RelativeUnit = 'now' | 'minute' | 'hour' | 'day';

/** How long ago, in whole units rounded down; `undefined` when a date is more useful (too old, in the future, invalid). */
export function relativeAge(date: Date, now: number): { value: number; unit: RelativeUnit } | undefined {
  const age = now - date.getTime();
  if (!Number.isFinite(age) || age < -FUTURE_TOLERANCE_MS || age >= RELATIVE_LIMIT_MS) return undefined;
  if (age < MINUTE_MS) return { value: 0, unit: 'now' };
  if (age < HOUR_MS) return { value: Math.floor(age / MINUTE_MS), unit: 'minute' };
  if (age < DAY_MS) return { value: Math.floor(age / HOUR_MS), unit: 'hour' };
  return { value: Math.floor(age / DAY_MS), unit: 'day' };
}

const formatters = new Map<string, { numeric: Intl.RelativeTimeFormat; auto: Intl.RelativeTimeFormat }>();

function formattersFor(lang: string) {
  let pair = formatters.get(lang);
  if (!pair) {
    pair = { numeric: relativeTimeFormat(lang, 'always'), auto: relativeTimeFormat(lang, 'auto') };
    formatters.set(lang, pair);
  }
  return pair;
}

/**
 * "1 day ago", not "yesterday" (`always`): a day counted from now can be two calendar days back. A language tag Intl
 * refuses falls back to the browser's language rather than breaking the list.
 */
function relativeTimeFormat(lang: string, numeric: 'always' | 'auto'): Intl.RelativeTimeFormat {
  try {
    return new Intl.RelativeTimeFormat(lang, { numeric, style: 'long' });
  } catch {
    return new Intl.RelativeTimeFormat(undefined, { numeric, style: 'long' });
  }
}

/**
 * "now", "5 minutes ago", "3 hours ago", "2 days ago" in the language given (Intl), or
 * `undefined` when the date should be shown as a date instead.
 */
export function formatRelativeTime(date: Date, now: number, lang: string): string | undefined {
  const age = relativeAge(date, now);
  if (!age) return undefined;
  const { numeric, auto } = formattersFor(lang);
  return age.unit === 'now' ? auto.format(0, 'second') : numeric.format(-age.value, age.unit);
}
