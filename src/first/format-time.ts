const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether `formatTime` has its formatter for this language and zone, so a call costs no `Intl` set-up. */
export function hasTimeFormatter(lang: string, timeZone?: string): boolean {
  return formatters.has(`${lang}|${timeZone ?? ''}`);
}

/**
 * Builds the formatter `formatTime` uses, a task from now; resolves once it is built (`formatTime` keeps it, so it is
 * built once per language and zone). The first `Intl` formatter a page builds costs tens of milliseconds (the browser
 * loads its locale data): the list asks for it while its first request is out, when the main thread would only wait,
 * and the rows never wait for it (they write their times once it is built).
 */
export function warmTimeFormat(lang: string, timeZone?: string): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      try {
        formatTime(new Date(), lang, timeZone);
      } finally {
        // A language tag Intl refuses throws here as it would in the rows: nobody may be left waiting on it.
        resolve();
      }
    }),
  );
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
