import type { StatusKey } from '../statuses/catalog.js';
import { enFirst } from './en-first.js';
import { enRest } from './en-rest.js';
import { deepFreeze, type FirstWords, type LanguagePack, type RestWords, type StatusText } from './pack.js';
import { addPack } from './packs.js';

/** English whole again, from its two parts. Here rather than beside the types, so that the first file never carries it. */
function joinWords(first: FirstWords, rest: RestWords): LanguagePack {
  const statuses = Object.fromEntries(
    Object.entries(first.statuses.statuses).map(([key, text]) => [
      key,
      { ...text, ...rest.statuses.statuses[key as StatusKey] },
    ]),
  ) as Record<StatusKey, StatusText>;
  return {
    ui: { ...first.ui, ...rest.ui },
    statuses: { ...first.statuses, ...rest.statuses, statuses },
  };
}

/** English: the widget's own language and every other one's fallback; its first file carries part of it (en-first.ts). */
export const en: LanguagePack = deepFreeze(joinWords(enFirst, enRest));

// Whatever imports English whole (the rest of the widget, the explanations, the library entry) completes the English
// the first file put in place with its own words only.
addPack('en', en);
