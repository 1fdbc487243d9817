import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Message } from '../../data/types.js';
import { describeChip, type ChipLanguage } from './chip-view.js';

interface Copy {
  id: string;
  kind: 'why' | 'reason';
  text: string;
  /** For a reason: the words that introduce it ("Receiving server said:"). */
  lead?: string;
}

/** Past this many distinct texts (a long session of ticking deferred emails), the copies start afresh. */
const MAX_COPIES = 500;

/**
 * The rows' explanations, one hidden copy of each distinct text, which every chip saying it is described by
 * (`aria-describedby`): a hundred "Delivered" rows share one, and a row carries an id, not a paragraph. The server's
 * reason for a bounce, which differs per message, is a copy of its own beside it. The one visible tooltip shows the
 * copies of the chip it is for.
 */
export class Explanations implements ReactiveController {
  private copies = new Map<string, Copy>();
  private settingsKey = '';
  /** Every copy made is in the page: a copy made after the list's render (a row the virtualizer drew) is not. */
  private drawn = true;
  private updating = false;
  private language?: ChipLanguage;
  private now = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Before a render: in what language and at what time the rows explain; new wording starts the copies afresh. */
  begin(language: ChipLanguage, now: number, settingsKey: string): void {
    this.language = language;
    this.now = now;
    if (settingsKey !== this.settingsKey || this.copies.size > MAX_COPIES) {
      this.settingsKey = settingsKey;
      this.copies = new Map();
    }
  }

  /** The ids a message's chip is described by: its explanation, and the server's reason when it gave one. */
  describedBy(message: Message): string {
    const view = describeChip(message, this.language!, this.now);
    const why = this.copyOf('why', view.status.explanation);
    return view.reason ? `${why} ${this.copyOf('reason', view.reason, view.serverSaid)}` : why;
  }

  private copyOf(kind: Copy['kind'], text: string, lead?: string): string {
    const key = `${kind}\n${lead ?? ''}\n${text}`;
    let copy = this.copies.get(key);
    if (!copy) {
      copy = { id: `${kind}-${this.copies.size + 1}`, kind, text, lead };
      this.copies.set(key, copy);
      this.drawn = false;
      // Made outside the list's update (a row the virtualizer drew as it scrolled): the list draws it next.
      if (!this.updating) this.host.requestUpdate();
    }
    return copy.id;
  }

  hostUpdate(): void {
    this.updating = true;
  }

  /** A row drawn after the copies were, in the same update, may have needed one more: it is drawn next. */
  hostUpdated(): void {
    this.updating = false;
    if (!this.drawn) this.host.requestUpdate();
  }

  render() {
    this.drawn = true;
    const copies = [...this.copies.values()];
    // prettier-ignore
    return html`<div class="explanations" hidden>${repeat(copies, (copy) => copy.id, (copy) => copy.kind === 'why' ? html`<p id=${copy.id}>${copy.text}</p>` : html`<p id=${copy.id} class="reason">${copy.lead} <code dir="auto">${copy.text}</code></p>`)}</div>`;
  }
}
