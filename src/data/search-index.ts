import type { Message } from './types.js';

/** Text folded for a search in `lang`: case-insensitive by that language's rules (e.g. Turkish İ), NFC so å matches å. */
export function foldForSearch(text: string, lang: string): string {
  const normal = text.normalize('NFC');
  try {
    return normal.toLocaleLowerCase(lang || undefined);
  } catch {
    // An invalid language tag: the language-neutral rules still find most things.
    return normal.toLowerCase();
  }
}

/** What a search reads of a message: its send-out's name and its text, folded. */
export const searchableText = (message: Message, lang: string) =>
  foldForSearch(`${message.name ?? ''}\n${message.text ?? ''}`, lang);

/** How many messages are folded between two looks at the clock while building in slices. */
const SLICE = 512;

/**
 * A history's messages as a search reads them, folded once per load (and language), not on every keystroke: a
 * search of 100,000 messages is then a loop of `includes`. It can be built ahead in slices, while the page is idle
 * (`build` with a deadline), and a search finishes whatever is left.
 */
export class SearchIndex {
  private readonly texts: string[] = [];

  constructor(
    readonly messages: readonly Message[],
    readonly lang: string,
  ) {}

  /** Folds more messages while `goOn()` says so (all of them by default); true once every message is folded. */
  build(goOn: () => boolean = () => true): boolean {
    const { messages, texts, lang } = this;
    while (texts.length < messages.length && goOn()) {
      const end = Math.min(messages.length, texts.length + SLICE);
      for (let i = texts.length; i < end; i++) texts.push(searchableText(messages[i], lang));
    }
    return texts.length === messages.length;
  }

  /** The messages whose name or text holds every one of `words` (folded), in their order. */
  matching(words: readonly string[]): Message[] {
    this.build();
    const { messages, texts } = this;
    const found: Message[] = [];
    for (let i = 0; i < messages.length; i++) {
      const text = texts[i];
      if (words.every((word) => text.includes(word))) found.push(messages[i]);
    }
    return found;
  }
}

// One index per message list and language: a load's list is one array, searched on every keystroke.
const indexes = new WeakMap<readonly Message[], SearchIndex>();

/** The index of a message list in a language, made on first need and kept while the list lives. */
export function searchIndexOf(messages: readonly Message[], lang: string): SearchIndex {
  let index = indexes.get(messages);
  if (!index || index.lang !== lang) indexes.set(messages, (index = new SearchIndex(messages, lang)));
  return index;
}
