import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Where focus goes once the focused control is gone, given that control (already out of the page, with its
 * attributes): an element to focus, or `undefined` while that place is not rendered yet (say, during a reload).
 */
export type FocusLanding = (lost: HTMLElement, root: ShadowRoot) => HTMLElement | null | undefined;

/**
 * Keeps keyboard focus inside the element when an update removes the focused control (Unblock once unblocked,
 * Retry once loading starts, "Show all", the last "Show older messages"): without it focus falls to `<body>`
 * and a keyboard or screen-reader user starts again from the top of the page (WCAG 2.4.3).
 * While the landing place is not rendered yet, focus waits on `holding(root)` and moves on when it appears.
 */
export class FocusKeeper implements ReactiveController {
  /** The control that had focus inside the shadow root, until focus left the element on purpose. */
  private last?: HTMLElement;
  /** A lost control whose landing place is not rendered yet, and where focus waits meanwhile. */
  private waiting?: { lost: HTMLElement; on: HTMLElement };

  constructor(
    private readonly host: ReactiveElement,
    private readonly landing: FocusLanding,
    private readonly holding: (root: ShadowRoot) => HTMLElement | null,
  ) {
    host.addController(this);
  }

  // On the shadow root, not the host: a move between two controls inside it never reaches the host's listeners.
  hostConnected(): void {
    this.root?.addEventListener('focusin', this.noteFocus);
    this.root?.addEventListener('focusout', this.noteLeaving as EventListener);
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('focusin', this.noteFocus);
    this.root?.removeEventListener('focusout', this.noteLeaving as EventListener);
    this.last = this.waiting = undefined;
  }

  private get root(): ShadowRoot | null {
    return this.host.renderRoot instanceof ShadowRoot ? this.host.renderRoot : null;
  }

  private readonly noteFocus = (): void => {
    const active = this.root?.activeElement as HTMLElement | null | undefined;
    if (!active) return;
    this.last = active;
    // The user moved on from where focus waited: their choice wins over a landing still to come.
    if (this.waiting && active !== this.waiting.on) this.waiting = undefined;
  };

  private readonly noteLeaving = (event: FocusEvent): void => {
    const leaving = this.last;
    if (event.relatedTarget instanceof Node && this.root?.contains(event.relatedTarget)) return;
    // Focus left for somewhere else on purpose (a click or Tab out); a removed control is not connected any more.
    queueMicrotask(() => {
      if (leaving && leaving.isConnected && this.last === leaving) this.last = undefined;
    });
  };

  hostUpdated(): void {
    const root = this.root;
    if (!root) return;
    const active = root.activeElement as HTMLElement | null;
    if (this.waiting) {
      if (active !== this.waiting.on) {
        if (active) this.waiting = undefined;
        return;
      }
      const target = this.landing(this.waiting.lost, root);
      if (target) {
        this.waiting = undefined;
        land(target);
      }
      return;
    }
    const lost = this.last;
    if (active || !lost || lost.isConnected) return;
    // The focused control was removed by this update: focus has fallen to <body>.
    this.last = undefined;
    const target = this.landing(lost, root);
    if (target) return land(target);
    const holding = this.holding(root);
    if (!holding) return;
    this.waiting = { lost, on: holding };
    land(holding);
  }
}

/** Focuses an element, making it focusable by script only if it is not focusable already. */
function land(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: false });
}
