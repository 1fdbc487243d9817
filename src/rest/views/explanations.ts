import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { deliveryAfter } from '../../data/block-story.js';
import type { Message } from '../../data/types.js';
import type { Text } from '../../languages/pack.js';
import { messageName, type WriteDate } from '../wording/block-story-text.js';
import { describeChip, type ChipLanguage } from './chip-view.js';

interface Copy {
  id: string;
  /** The status's meaning, that the address worked after it, the server's reason, when the status was set. */
  kind: 'why' | 'worked' | 'reason' | 'when';
  text: string;
  /** For a reason: the words that introduce it ("Receiving server said:"). */
  lead?: string;
}

/** Past this many distinct texts (a long session of ticking deferred emails), the copies start afresh. */
const MAX_COPIES = 500;

/** What explanations read of the history around a message, beyond its own status. */
export interface HistoryAround {
  /** Every message loaded, newest first: a bounce's explanation says when its address worked again since. */
  messages: readonly Message[];
  text: Text;
  writeDate: WriteDate;
}

/**
 * The rows' explanations, one hidden copy of each distinct text, which every chip saying it is described by
 * (`aria-describedby`): a hundred "Delivered" rows share one, and a row carries an id, not a paragraph. What differs
 * per message is a copy of its own beside it: the server's reason for a bounce, the delivery that shows a bounced
 * address worked again later, and when the status was set (where the data says). The one visible tooltip shows the
 * copies of the chip it is for. Status times live here rather than in the rows: a row holds what it shows, and the
 * time a status was set is part of explaining it.
 */
export class Explanations implements ReactiveController {
  private copies = new Map<string, Copy>();
  private settingsKey = '';
  /** Every copy made is in the page: a copy made after the list's render (a row the virtualizer drew) is not. */
  private drawn = true;
  private updating = false;
  private language?: ChipLanguage;
  private now = 0;
  private around?: HistoryAround;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Before a render: in what language and at what time the rows explain; new wording starts the copies afresh. */
  begin(language: ChipLanguage, now: number, settingsKey: string, around: HistoryAround): void {
    this.language = language;
    this.now = now;
    this.around = around;
    if (settingsKey !== this.settingsKey || this.copies.size > MAX_COPIES) {
      this.settingsKey = settingsKey;
      this.copies = new Map();
    }
  }

  /**
   * The ids a message's chip is described by: its explanation; after a hard bounce or block, the later delivery
   * that shows the address worked since; the server's reason when it gave one; when the status was set.
   */
  describedBy(message: Message): string {
    const view = describeChip(message, this.language!, this.now);
    const ids = [this.copyOf('why', view.status.explanation)];
    const { messages, text, writeDate } = this.around!;
    const delivery = deliveryAfter(messages, message);
    if (delivery?.sentAt) {
      const values = { date: writeDate(delivery.sentAt), name: messageName(text, delivery) };
      ids.push(this.copyOf('worked', text(message.channel === 'sms' ? 'workedSinceSms' : 'workedSinceEmail', values)));
    }
    if (view.reason) ids.push(this.copyOf('reason', view.reason, view.serverSaid));
    const { statusAt } = message;
    if (statusAt && !Number.isNaN(statusAt.getTime()))
      ids.push(this.copyOf('when', text('statusTime', { date: writeDate(statusAt) })));
    return ids.join(' ');
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
    return html`<div class="explanations" hidden>${repeat(copies, (copy) => copy.id, (copy) => copy.kind === 'reason' ? html`<p id=${copy.id} class="reason">${copy.lead} <code dir="auto">${copy.text}</code></p>` : html`<p id=${copy.id} class=${copy.kind}>${copy.text}</p>`)}</div>`;
  }
}
