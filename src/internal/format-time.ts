const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a send time in the widget's language and time zone. An unknown IANA
 * zone falls back to the browser's zone rather than breaking the list.
 */
export function formatTime(date: Date, lang: string, timeZone?: string): string {
  const key = `${lang}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
    try {
      formatter = new Intl.DateTimeFormat(lang, { ...options, timeZone: timeZone || undefined });
    } catch {
      formatter = new Intl.DateTimeFormat(lang, options);
    }
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
