import type { StatusOverrides, StringOverrides, UiStrings } from './pack.js';
import { packFor } from './packs.js';

/** One interface text: the host's wording where it gave a non-blank one, else the built-in one, placeholders filled. */
export function uiText(
  strings: StringOverrides,
  lang: string,
  key: keyof UiStrings,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const own = strings[lang]?.ui?.[key];
  // A blank override would leave an empty button or notice: the built-in text stands instead.
  // A language the host added (`de`, or `sv-SE` beside the built-in `sv`) is filled in from the closest built-in one.
  return format(own?.trim() ? own : packFor(lang).ui[key], values);
}

/** Fills `{name}` placeholders; unknown ones stay visible rather than vanish. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The host's wording on top of a provider's: per language, per text, the closer one wins. */
export function mergeStrings(outer: StringOverrides, inner: StringOverrides): StringOverrides {
  const merged: Record<string, { ui?: Partial<UiStrings>; statuses?: StatusOverrides }> = {};
  for (const lang of new Set([...Object.keys(outer), ...Object.keys(inner)])) {
    const a = outer[lang] ?? {};
    const b = inner[lang] ?? {};
    const statuses: Record<string, unknown> = { ...a.statuses, ...b.statuses };
    for (const key of Object.keys(statuses)) {
      const both = [a.statuses?.[key as keyof StatusOverrides], b.statuses?.[key as keyof StatusOverrides]];
      // Per-status texts are objects ({ label, email, sms }): merge them field by field.
      if (both.every((value) => value === undefined || typeof value === 'object')) {
        statuses[key] = Object.assign({}, ...both);
      }
    }
    merged[lang] = { ui: { ...a.ui, ...b.ui }, statuses: statuses as StatusOverrides };
  }
  return merged;
}
