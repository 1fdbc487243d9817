import type { ReactiveController, ReactiveElement } from 'lit';

/** The keys the rows' grid moves by (`RowFocus`); pressed before it has arrived, they must not scroll the page. */
const GRID_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
export const CHIP = '.chip';
export const GRID = '[role="grid"]';

/** A press kept, with the element it was made on. */
export interface KeptPress {
  event: Event;
  target: Element;
}

/**
 * What a person does to the rows in the moment between the first rows and the rest of the widget (the keyboard grid,
 * the explanations), kept and done once the rest has arrived, so no press is lost: arrow keys in the grid, and
 * presses and taps on a chip, which the rest does again (`replayPresses`). A hovered or focused chip needs nothing
 * kept: the rest asks where the pointer and the focus are. Controls that cannot work yet (filters, Unblock, Show more) are not shown until then.
 */
export class KeptPresses implements ReactiveController {
  private kept: KeptPress[] = [];
  private taken = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.taken) this.listen(true);
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

  /** The rest has arrived and listens: the presses kept until now, in order, for it to do again; none kept after. */
  take(): KeptPress[] {
    this.taken = true;
    this.listen(false);
    const kept = this.kept;
    this.kept = [];
    return kept;
  }
}
