import { STATUS_CATALOG, type Severity, type StatusIcon, type StatusKey } from '../statuses/catalog.js';
import { normalizeStatus } from '../statuses/normalize.js';
import type { StatusOverrides } from './pack.js';
import { packFor } from './packs.js';

/** What a chip shows of a status without its explanation: enough for a row. */
export interface StatusLabel {
  /** The canonical key, or `other` for a status the widget does not know (or none at all). */
  key: StatusKey | 'other';
  severity: Severity;
  icon: StatusIcon;
  /** Never empty. */
  label: string;
  /** The server's text as given; empty when it sent no string. */
  raw: string;
  /** A later status is still expected; otherwise this one is final. */
  pending: boolean;
}

/** Where a label is read from: a BCP 47 tag (its nearest built-in pack, else English) and the host's wording for it. */
export interface LabelOptions {
  lang?: string;
  overrides?: StatusOverrides;
}

const OTHER = { key: 'other', severity: 'neutral', icon: 'dot', pending: false } as const;
const MAX_LABEL_LENGTH = 40;
// Only this much of the server's text is ever looked at, however much it sent.
const MAX_SCANNED_LENGTH = 1000;

/** A status's label, severity and icon on any channel (labels do not differ by channel), in the nearest language. */
export function statusLabel(raw: unknown, options: LabelOptions = {}): StatusLabel {
  const strings = packFor(options.lang).statuses;
  const rawText = typeof raw === 'string' ? raw : '';
  const key = normalizeStatus(raw);
  if (!key) {
    const shown = shownText(rawText);
    const label = shown ? truncate(shown, MAX_LABEL_LENGTH) : pick(options.overrides?.otherLabel, strings.otherLabel);
    return { ...OTHER, label, raw: rawText };
  }
  const { severity, icon, pending = false } = STATUS_CATALOG[key];
  const label = pick(options.overrides?.[key]?.label, strings.statuses[key].label);
  return { key, severity, icon, label, raw: rawText, pending };
}

/** Words read after a pending status's label, telling it from a final one. */
export function pendingText(options: LabelOptions = {}): string {
  return pick(options.overrides?.pendingLabel, packFor(options.lang).statuses.pendingLabel);
}

/** The server's own status text as the widget quotes it: its first part, on one line. */
export function shownText(raw: string): string {
  return raw.slice(0, MAX_SCANNED_LENGTH).replace(/\s+/g, ' ').trim();
}

/** A blank override would leave a chip without text, so the built-in one wins then. */
export function pick(override: string | undefined, builtIn: string): string {
  return typeof override === 'string' && override.trim() ? override : builtIn;
}

/** Counts code points, not UTF-16 units, so an emoji is never cut in half. */
export function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max
    ? value
    : chars
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…';
}
