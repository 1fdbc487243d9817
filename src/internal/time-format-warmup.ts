import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatTime } from './format-time.js';
import { formatRelativeTime } from './relative-time.js';

/** The language and zone the rows will format times in, while the list waits for its first rows; else `false`. */
export type TimeFormatNeeds = () => { lang: string; timeZone?: string } | false;

/**
 * Builds the date and relative-time formatters the rows will use while the first request is out, instead of
 * when the answer has come. The first `Intl` formatter a page builds costs tens of milliseconds (the browser
 * loads its locale data), and the main thread is idle while the request is under way. A macrotask later,
 * so the request is sent first; once per language and zone.
 */
export class TimeFormatWarmup implements ReactiveController {
  private readonly warmed = new Set<string>();

  constructor(
    host: ReactiveControllerHost,
    private readonly needs: TimeFormatNeeds,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const needs = this.needs();
    if (!needs) return;
    const { lang, timeZone } = needs;
    const key = `${lang}|${timeZone ?? ''}`;
    if (this.warmed.has(key)) return;
    this.warmed.add(key);
    setTimeout(() => warmTimeFormats(lang, timeZone));
  }
}

/** Has `format-time.ts` and `relative-time.ts` build and keep their formatters for this language and zone. */
function warmTimeFormats(lang: string, timeZone?: string): void {
  const now = Date.now();
  formatTime(new Date(now), lang, timeZone);
  formatRelativeTime(new Date(now), now, lang);
}
