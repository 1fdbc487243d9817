const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether `formatTime` has its formatter for this language and zone, so a call costs no `Intl` set-up. */
export function hasTimeFormatter(lang: string, timeZone?: string): boolean {
  return formatters.has(`${lang}|${timeZone ?? ''}`);
}

/**
 * Formats a send time in the widget's language and time zone. An unknown IANA zone falls back to the browser's
 * zone, and a language tag Intl refuses to the browser's language, rather than breaking the list.
 */
export function formatTime(date: Date, lang: string, timeZone?: string): string {
  const key = `${lang}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = dateTimeFormat(lang, timeZone || undefined) ?? dateTimeFormat(lang) ?? dateTimeFormat(undefined)!;
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

function dateTimeFormat(lang: string | undefined, timeZone?: string): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  } catch {
    return undefined;
  }
}
