/**
 * Reads an HTTP date (RFC 9110 §5.6.7) into milliseconds since the epoch, or `undefined` when the
 * text is not one. `Date.parse` is not used: engines disagree on what it accepts (WebKit rejects
 * `12:00:00.500 GMT`, others read "1.5" as a day in 2001).
 *
 * Accepts the three forms a server may send, with optional fractional seconds on the time:
 * - `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate, the one servers must send)
 * - `Sunday, 06-Nov-94 08:49:37 GMT` (obsolete RFC 850)
 * - `Sun Nov  6 08:49:37 1994` (obsolete asctime)
 *
 * The weekday is not checked against the date: a wrong one says nothing about when to retry.
 */
export function parseHttpDate(value: string, now: number = Date.now()): number | undefined {
  const text = value.trim();
  const imf = IMF_FIXDATE.exec(text);
  if (imf) {
    const [, day, month, year, time] = imf;
    return utc(Number(year), month, Number(day), time);
  }
  const rfc850 = RFC_850.exec(text);
  if (rfc850) {
    const [, day, month, year, time] = rfc850;
    return utc(fullYear(Number(year), now), month, Number(day), time);
  }
  const asctime = ASCTIME.exec(text);
  if (asctime) {
    const [, month, day, time, year] = asctime;
    return utc(Number(year), month, Number(day), time);
  }
  return undefined;
}

const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)';
const IMF_FIXDATE = new RegExp(`^${WEEKDAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`, 'i');
const RFC_850 = new RegExp(`^${LONG_WEEKDAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`, 'i');
const ASCTIME = new RegExp(`^${WEEKDAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`, 'i');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The instant, or `undefined` for an impossible date or time such as 31 Feb or 25:00:00. */
function utc(year: number, monthName: string, day: number, time: string): number | undefined {
  const month = MONTHS.indexOf(monthName.toLowerCase());
  const [hours, minutes, seconds] = time.split(':').map(Number);
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (day < 1 || day > last || hours > 23 || minutes > 59 || seconds >= 61) return undefined;
  // Seconds are added apart so a fraction rounds instead of being cut; 60 is a leap second.
  return Date.UTC(year, month, day, hours, minutes) + Math.round(seconds * 1000);
}

/** RFC 9110: a two-digit year more than 50 years ahead of now is the latest such year in the past. */
function fullYear(twoDigits: number, now: number): number {
  const thisYear = new Date(now).getUTCFullYear();
  const year = Math.floor(thisYear / 100) * 100 + twoDigits;
  return year > thisYear + 50 ? year - 100 : year;
}
