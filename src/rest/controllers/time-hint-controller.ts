import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element whose absolute time shows on hover and focus; CSS reads `data-dismissed`. */
export const TIME_HINT_SELECTOR = '.relative-time';

/**
 * Escape hides a relative time's absolute date (shown by CSS on hover and focus) without moving
 * focus or pointer, as WCAG 1.4.13 asks; it shows again once pointer and focus have left.
 */
export class TimeHintController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown, true);
    this.host.addEventListener('pointerout', this.onLeave);
    this.host.addEventListener('focusout', this.onLeave);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown, true);
    this.host.removeEventListener('pointerout', this.onLeave);
    this.host.removeEventListener('focusout', this.onLeave);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const shown = [...this.host.renderRoot.querySelectorAll<HTMLElement>(TIME_HINT_SELECTOR)].filter(
      (time) => !time.hasAttribute('data-dismissed') && (time.matches(':hover') || time.matches(':focus')),
    );
    for (const time of shown) time.setAttribute('data-dismissed', '');
  };

  private readonly onLeave = (event: Event) => {
    const time = event.composedPath().find((node) => node instanceof HTMLElement && node.matches(TIME_HINT_SELECTOR));
    if (!(time instanceof HTMLElement)) return;
    // Left for good only when neither the pointer nor the focus is on it any more.
    requestAnimationFrame(() => {
      if (!time.matches(':hover') && !time.matches(':focus')) time.removeAttribute('data-dismissed');
    });
  };
}
