import type { ChildPart } from 'lit';
import { AsyncDirective, directive, type PartInfo } from 'lit/async-directive.js';

/**
 * Renders `meanwhile` until the element around this spot is in the page, then `inPage`.
 *
 * The virtualizer looks for its scroll box once, when it starts. Lit fills a new template before it
 * puts it in the page, so a virtualizer started in a scroll box that this very render created finds no
 * scroll box, follows the window instead and never hears the box scroll: the rows stay those first shown
 * (the demo's blank scroll box). Started a microtask later, once the render is in the page, it finds the box.
 */
class OnceInPage extends AsyncDirective {
  private readonly part: ChildPart;
  /** What to render once in the page; unset when nothing is waiting. */
  private waiting?: { value: unknown };

  constructor(partInfo: PartInfo) {
    super(partInfo);
    this.part = partInfo as ChildPart;
  }

  render(inPage: unknown, meanwhile: unknown): unknown {
    return this.inPage() ? inPage : meanwhile;
  }

  override update(_part: ChildPart, [inPage, meanwhile]: [unknown, unknown]): unknown {
    if (this.inPage()) {
      this.waiting = undefined;
      return inPage;
    }
    if (!this.waiting) queueMicrotask(() => this.arrive());
    this.waiting = { value: inPage };
    return meanwhile;
  }

  private arrive(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    // A render since then found the page itself; a list taken out of the page starts again on its next render.
    if (waiting && this.isConnected && this.inPage()) this.setValue(waiting.value);
  }

  private inPage(): boolean {
    return this.part.parentNode.isConnected;
  }
}

export const onceInPage = directive(OnceInPage);
