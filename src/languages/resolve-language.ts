/**
 * The best of `available` for a BCP 47 tag: an exact match (case-insensitive), then its primary
 * subtag (`sv-SE` → `sv`), then `en`. Returns an entry of `available` whenever it can.
 */
export function resolveLanguage(lang: string | undefined, available: readonly string[]): string {
  const fallback = available.includes('en') ? 'en' : (available[0] ?? 'en');
  // `_` shows up in tags copied from server locales (`sv_SE`); treat it as the BCP 47 hyphen.
  const wanted = (lang ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!wanted) return fallback;
  const find = (tag: string) => available.find((candidate) => candidate.toLowerCase() === tag);
  return find(wanted) ?? find(wanted.split('-')[0]) ?? fallback;
}
