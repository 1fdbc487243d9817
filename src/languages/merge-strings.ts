import type { StatusOverrides, StringOverrides, UiStrings } from './pack.js';

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
