import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the explanation waits after the pointer leaves, so it can be reached with the mouse (WCAG 1.4.13). */
export const HIDE_GRACE_MS = 300;

// At most one explanation is open: opening one closes the one left behind by a
// pointer or a tap, so a touch user never collects a pile of them.
let openController: TooltipController | undefined;

/**
 * The WAI-ARIA tooltip pattern's behaviour for one trigger, as state:
 * shown while hovered (mouse) or focused, hoverable with a short grace period,
 * dismissed by Escape without moving focus or pointer, and toggled by a tap on
 * touch screens, where there is no hover.
 */
export class TooltipController implements ReactiveController {
  private hovered = false;
  private focused = false;
  private pinned = false;
  private dismissed = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPointerType = '';
  private openAtPointerDown = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get open(): boolean {
    return !this.dismissed && (this.hovered || this.focused || this.pinned);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerenter', this.onPointerEnter);
    this.host.addEventListener('pointerleave', this.onPointerLeave);
    this.host.addEventListener('pointerdown', this.onPointerDown);
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    clearTimeout(this.hideTimer);
    this.host.removeEventListener('pointerenter', this.onPointerEnter);
    this.host.removeEventListener('pointerleave', this.onPointerLeave);
    this.host.removeEventListener('pointerdown', this.onPointerDown);
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.hovered = this.focused = this.pinned = false;
    this.sync();
  }

  /** The trigger was activated: a tap or Enter/Space toggles; a mouse click keeps it open. */
  activate(): void {
    const byMouse = this.lastPointerType === 'mouse';
    // A tap focuses the button before the click, which already opens it: toggle from the state before the tap.
    const wasOpen = this.lastPointerType ? this.openAtPointerDown : this.open;
    this.lastPointerType = '';
    if (byMouse) {
      this.dismissed = false;
      this.hovered = true;
    } else if (wasOpen) {
      this.dismiss();
      return;
    } else {
      this.dismissed = false;
      this.pinned = true;
    }
    this.sync();
  }

  /** Close now, as Escape does; it reopens on the next hover, focus or tap. */
  dismiss(): void {
    this.dismissed = true;
    this.pinned = false;
    this.sync();
  }

  private readonly onPointerEnter = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    clearTimeout(this.hideTimer);
    if (!this.hovered) this.dismissed = false;
    this.hovered = true;
    this.sync();
  };

  private readonly onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      this.hovered = false;
      this.sync();
    }, HIDE_GRACE_MS);
  };

  private readonly onPointerDown = (event: PointerEvent) => {
    this.lastPointerType = event.pointerType;
    this.openAtPointerDown = this.open;
  };

  private readonly onFocusIn = () => {
    if (!this.focused) this.dismissed = false;
    this.focused = true;
    this.sync();
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && this.host.contains(event.relatedTarget)) return;
    this.focused = false;
    this.pinned = false;
    this.sync();
  };

  private readonly onDocumentKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    // The Escape was for this explanation: the page's own Escape handlers (a drawer, a panel) should not act on it too.
    event.stopPropagation();
    this.dismiss();
  };

  private readonly onDocumentPointerDown = (event: PointerEvent) => {
    if (event.composedPath().includes(this.host)) return;
    this.pinned = false;
    this.sync();
  };

  private sync(): void {
    const open = this.open;
    if (open && openController !== this) {
      openController?.closeForAnother();
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the module remembers which explanation is open
      openController = this;
      document.addEventListener('keydown', this.onDocumentKeyDown, true);
      document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    } else if (!open && openController === this) {
      openController = undefined;
      document.removeEventListener('keydown', this.onDocumentKeyDown, true);
      document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    }
    this.host.requestUpdate();
  }

  private closeForAnother(): void {
    clearTimeout(this.hideTimer);
    this.hovered = false;
    this.pinned = false;
    // A focused chip left behind closes too, so two explanations never overlap.
    this.dismissed = true;
    openController = undefined;
    document.removeEventListener('keydown', this.onDocumentKeyDown, true);
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.host.requestUpdate();
  }
}
