import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the search follows it: a long history is searched once a word, not once a key. */
export const SEARCH_PAUSE_MS = 150;

/**
 * The search field's text, and the search in force, which follows it once typing pauses (at once when the field is
 * emptied: showing everything costs nothing). Each key shows in the field at once; the rows follow the word.
 */
export class TypedSearch implements ReactiveController {
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly apply: (search: string) => void,
  ) {
    host.addController(this);
  }

  type(text: string): void {
    this.text = text;
    clearTimeout(this.timer);
    if (!text.trim()) this.apply(text);
    else this.timer = setTimeout(() => this.apply(text), SEARCH_PAUSE_MS);
  }

  /** The search was set otherwise (Show all, another contact): the field shows it, and nothing typed is pending. */
  show(text: string): void {
    clearTimeout(this.timer);
    this.text = text;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
