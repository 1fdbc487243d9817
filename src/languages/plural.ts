import type { Text } from './pack.js';

/** Texts said with a number, one key per plural form: `messageCountOne` and `messageCountOther`, `skippedOne`… */
export type CountedText = 'messageCount' | 'skipped';

/** The plural forms a pack words: every built-in language has these two for whole numbers. */
export type PluralForm = 'One' | 'Other';

const rules = new Map<string, Intl.PluralRules>();

/** A counted text in the form `count` takes in `lang`, `{count}` filled: "1 melding", "21 meldinger". */
export function countedText(text: Text, lang: string, base: CountedText, count: number): string {
  return text(`${base}${pluralForm(lang, count)}`, { count });
}

/**
 * The form `count` takes in `lang`, by the language's own rules (Intl.PluralRules, CLDR's data): not `count === 1`,
 * which is wrong for other languages (French says "0 message", Latvian "21 ziņa"). A language with more forms than
 * a pack words (`two`, `few`, `many`: Polish, Arabic…, as a host may add) gets its `Other` text.
 */
export function pluralForm(lang: string, count: number): PluralForm {
  return rulesFor(lang).select(count) === 'one' ? 'One' : 'Other';
}

function rulesFor(lang: string): Intl.PluralRules {
  let found = rules.get(lang);
  if (!found) {
    try {
      found = new Intl.PluralRules(lang);
    } catch {
      // A tag Intl refuses (a host's own language key can be any string) reads the English the texts fall back to.
      found = new Intl.PluralRules('en');
    }
    rules.set(lang, found);
  }
  return found;
}
