import { formatTime, hasTimeFormatter } from './format-time.js';
import { formatRelativeTime, hasRelativeTimeFormatter } from './relative-time.js';

const warming = new Map<string, Promise<void>>();

/** Whether the rows can write their times in this language and zone without building an `Intl` formatter first. */
export function timeFormatsReady(lang: string, timeZone?: string): boolean {
  return hasTimeFormatter(lang, timeZone) && hasRelativeTimeFormatter(lang);
}

/**
 * Builds the date and relative-time formatters the rows use, a task from now, once per language and zone; resolves
 * once they are built. The first `Intl` formatter a page builds costs tens of milliseconds (the browser loads its
 * locale data): the list asks for them while its first request is out, when the main thread would only wait, and the
 * rows never wait for them (they write their times once these are built).
 */
export function warmTimeFormats(lang: string, timeZone?: string): Promise<void> {
  const key = `${lang}|${timeZone ?? ''}`;
  let warm = warming.get(key);
  if (!warm) {
    warm = new Promise((resolve) =>
      setTimeout(() => {
        const now = Date.now();
        try {
          formatTime(new Date(now), lang, timeZone);
          formatRelativeTime(new Date(now), now, lang);
        } finally {
          // A language tag Intl refuses throws here as it would in the rows: nobody may be left waiting on it.
          resolve();
        }
      }),
    );
    warming.set(key, warm);
  }
  return warm;
}
