import type { StringOverrides, UiStrings } from './pack.js';
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
