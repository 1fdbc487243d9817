import { CHIP, GRID, type KeptPress } from '../../first/kept-presses.js';

/**
 * Once the rest of a list has rendered its listeners: tells them where focus and the pointer are, then does the presses
 * kept before it arrived (KeptPresses) again, in order: keys on the element focused by then, presses and taps on
 * their targets still in the page.
 */
export function replayPresses(root: ShadowRoot, kept: readonly KeptPress[]): void {
  const options = { bubbles: true, composed: true };
  root.activeElement?.dispatchEvent(new FocusEvent('focusin', options));
  root
    .querySelector(`${CHIP}:hover`)
    ?.dispatchEvent(new PointerEvent('pointerover', { ...options, pointerType: 'mouse' }));
  for (const { event, target } of kept) {
    // A key acts where focus is: after an arrow key moved it, the next one moves on from there, not again from
    // where both were pressed.
    const focused = event instanceof KeyboardEvent && root.activeElement?.closest(GRID) ? root.activeElement : target;
    if (focused.isConnected) focused.dispatchEvent(again(event));
  }
}

/**
 * A copy of a kept event that can be dispatched again (an event is dispatched once): its own class, initialised from
 * it, so a key keeps its key and modifiers and a pointer its type.
 */
const again = (event: Event) => new (event.constructor as typeof Event)(event.type, event);
