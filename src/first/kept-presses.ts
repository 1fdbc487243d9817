import type { ReactiveController, ReactiveElement } from 'lit';

/** The keys the rows' grid moves by (`RowFocus`); pressed before it has arrived, they must not scroll the page. */
const GRID_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
const CHIP = '.chip';
const GRID = '[role="grid"]';

/**
 * What a person does to the rows in the moment between the first rows and the rest of the widget (the keyboard grid,
 * the explanations), kept and done once the rest has arrived, so no press is lost: arrow keys in the grid, and
 * presses and taps on a chip. A hovered or focused chip needs nothing kept: `release` tells the rest where the pointer
 * and the focus are. Controls that cannot work yet (filters, Unblock, Show more) are not shown until then.
 */
export class KeptPresses implements ReactiveController {
  private kept: { event: Event; target: Element }[] = [];
  private released = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.released) this.listen(true);
  }

  hostDisconnected(): void {
    this.listen(false);
    this.kept = [];
  }

  private listen(on: boolean): void {
    for (const type of ['keydown', 'pointerdown', 'click']) {
      this.host.renderRoot[on ? 'addEventListener' : 'removeEventListener'](type, this.keep);
    }
  }

  private readonly keep = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (event instanceof KeyboardEvent) {
      if (!GRID_KEYS.has(event.key) || !target.closest(GRID)) return;
      event.preventDefault();
    } else if (!target.closest(CHIP)) {
      return;
    }
    // Kept with its target: an event forgets its path once dispatched.
    this.kept.push({ event, target });
  };

  /**
   * The rest has arrived and listens: tells it where focus and the pointer are, then does the kept presses again, in
   * order: keys on the element focused by then, presses and taps on their targets still in the page.
   */
  release(): void {
    this.released = true;
    this.listen(false);
    const root = this.host.renderRoot as ShadowRoot;
    const options = { bubbles: true, composed: true };
    root.activeElement?.dispatchEvent(new FocusEvent('focusin', options));
    root
      .querySelector(`${CHIP}:hover`)
      ?.dispatchEvent(new PointerEvent('pointerover', { ...options, pointerType: 'mouse' }));
    const kept = this.kept;
    this.kept = [];
    for (const { event, target } of kept) {
      // A key acts where focus is: after an arrow key moved it, the next one moves on from there, not again from
      // where both were pressed.
      const focused = event instanceof KeyboardEvent && root.activeElement?.closest(GRID) ? root.activeElement : target;
      if (focused.isConnected) focused.dispatchEvent(again(event));
    }
  }
}

/**
 * A copy of a kept event that can be dispatched again (an event is dispatched once): its own class, initialised from
 * it, so a key keeps its key and modifiers and a pointer its type.
 */
const again = (event: Event) => new (event.constructor as typeof Event)(event.type, event);
