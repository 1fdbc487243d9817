import { enFirst } from './en-first.js';
import { enRest } from './en-rest.js';
import { deepFreeze, joinWords, type LanguagePack } from './pack.js';
import { addPack } from './packs.js';

/** English: the widget's own language and every other one's fallback; its first file carries part of it (en-first.ts). */
export const en: LanguagePack = deepFreeze(joinWords(enFirst, enRest));

// Whatever imports English whole (the rest of the widget, the explanations, the library entry) completes the English
// the first file put in place with its own words only.
addPack('en', en);
