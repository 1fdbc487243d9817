// Tags whose own language is not offered but whose readers read another one: Norwegian (`no`) and Nynorsk (`nn`)
// readers read Bokmål far sooner than English.
const NEAREST: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' };

/**
 * The best of `available` for a BCP 47 tag: an exact match (case-insensitive), then its primary
 * subtag (`sv-SE` → `sv`), then the language its readers read instead (`nn-NO` → `nb`), then `en`.
 * Returns an entry of `available` whenever it can.
 */
export function resolveLanguage(lang: string | undefined, available: readonly string[]): string {
  const fallback = available.includes('en') ? 'en' : (available[0] ?? 'en');
  // `_` shows up in tags copied from server locales (`sv_SE`); treat it as the BCP 47 hyphen.
  const wanted = (lang ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!wanted) return fallback;
  // Compared strictly, so an inherited key (`constructor` → a function) matches nothing.
  const find = (tag: unknown) => available.find((candidate) => candidate.toLowerCase() === tag);
  const primary = wanted.split('-')[0];
  return find(wanted) ?? find(primary) ?? find(NEAREST[primary]) ?? fallback;
}
