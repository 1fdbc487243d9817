import { enFirst } from './en-first.js';
import type { LanguagePack } from './pack.js';
import { resolveLanguage } from './resolve-language.js';

// One dynamic import per language, so that a bundler gives each pack its own file. Each pack is its module's default
// export: one name for all, so a language costs the first file its file name and no more.
const LOADERS: Readonly<Record<string, () => Promise<{ default: LanguagePack }>>> = {
  sv: () => import('./sv.js'),
  nb: () => import('./nb.js'),
  da: () => import('./da.js'),
  fi: () => import('./fi.js'),
};

/** The languages the widget has texts for. English is in the first file; every other one is a file of its own. */
export const BUILT_IN_LANGUAGES: readonly string[] = ['en', ...Object.keys(LOADERS)];

// English holds only the first file's words until the rest of the widget (which alone asks for more) completes it
// with addPack. The first file's views are handed a FirstText, typed to the words they may ask for.
const enAtFirst = enFirst as unknown as LanguagePack;
// A language whose pack could not be fetched is here without words (undefined): it speaks English rather than leave a
// list waiting.
const loaded = new Map<string, LanguagePack | undefined>([['en', enAtFirst]]);
const loading = new Map<string, Promise<void>>();

/** The built-in language closest to a BCP 47 tag (`sv-SE` → `sv`, `nn` → `nb`; one the widget lacks → `en`). */
export function builtInLanguage(lang: string | undefined): string {
  return resolveLanguage(lang, BUILT_IN_LANGUAGES);
}

/** The texts of the built-in language closest to `lang`: English until that language's pack has arrived. */
export function packFor(lang: string | undefined): LanguagePack {
  return loaded.get(builtInLanguage(lang)) ?? loaded.get('en')!;
}

/** Whether the pack of the built-in language closest to `lang` is here, so its texts can be shown. */
export function hasPackFor(lang: string | undefined): boolean {
  return loaded.has(builtInLanguage(lang));
}

/**
 * Fetches the pack of the built-in language closest to `lang`, once; resolves when it is here, or when it could not
 * be fetched (its texts then fall back to English rather than leaving the widget without words).
 */
export function loadPackFor(lang: string | undefined): Promise<void> {
  const language = builtInLanguage(lang);
  const loader = LOADERS[language];
  if (loaded.has(language) || !loader) return Promise.resolve();
  let promise = loading.get(language);
  if (!promise) {
    promise = loader().then(
      (module) => void loaded.set(language, module.default),
      () => void loaded.set(language, undefined),
    );
    loading.set(language, promise);
  }
  return promise;
}

/** Puts a pack in place without fetching it: the library entry does so for every language, for `describeStatus`. */
export function addPack(language: string, pack: LanguagePack): void {
  loaded.set(language, pack);
}
