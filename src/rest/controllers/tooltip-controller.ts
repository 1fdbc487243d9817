import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { placeTooltip } from '../dom/place-tooltip.js';

/** How long the explanation waits after the pointer leaves, so it can be reached with the mouse (WCAG 1.4.13). */
export const HIDE_GRACE_MS = 300;

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

// At most one explanation is open in the page: opening one closes the one left behind by a
// pointer or a tap, so a touch user never collects a pile of them.
let openController: TooltipController | undefined;

/** Where a controller listens, and how it finds a chip (a trigger and its explanation) from an event. */
export interface TooltipTargets {
  /** Where the events are listened for: the chip element, or a list's shadow root holding many chips. */
  root(): EventTarget;
  /** The chip an event happened in (the element holding a trigger and its tooltip), if any. */
  chipOf(target: EventTarget | null): Element | undefined;
  /** The chip's trigger button and its tooltip. */
  partsOf(chip: Element): { trigger: HTMLElement | null; tip: HTMLElement | null };
  /** Fills a tooltip shared by many chips with this chip's explanation, before it shows (and after each render). */
  prepare?(chip: Element): void;
}

/**
 * The WAI-ARIA tooltip pattern's behaviour, as state: shown while hovered (mouse)
 * or focused, hoverable with a short grace period, dismissed by Escape without
 * moving focus or pointer, and toggled by a tap on touch screens, where there is
 * no hover. One controller serves one chip element, or every chip of a list
 * through event delegation (the 100 chips of a list then cost no listeners
 * each); it follows the one chip last hovered, focused or tapped.
 *
 * It shows, hides and places the tooltip itself (a popover, positioned through
 * the CSSOM, which a strict style-src CSP allows), so hovering re-renders nothing.
 */
export class TooltipController implements ReactiveController {
  /** The chip whose explanation is open, or would open again (hovered or focused but dismissed). */
  private chip?: Element;
  private hovered = false;
  private focused = false;
  private pinned = false;
  private dismissed = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPointerType = '';
  private openAtPointerDown = false;
  private following = false;
  private listeningOn?: EventTarget;

  constructor(
    host: ReactiveControllerHost,
    private readonly targets: TooltipTargets,
  ) {
    host.addController(this);
  }

  private get open(): boolean {
    return !this.dismissed && (this.hovered || this.focused || this.pinned);
  }

  hostConnected(): void {
    this.listeningOn = this.targets.root();
    for (const [type, listener] of this.listeners()) this.listeningOn.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.listeners()) this.listeningOn?.removeEventListener(type, listener);
    this.reset();
    this.sync();
  }

  private listeners(): [string, EventListener][] {
    return [
      ['pointerover', this.onPointerOver as EventListener],
      ['pointerout', this.onPointerOut as EventListener],
      ['pointerdown', this.onPointerDown as EventListener],
      ['focusin', this.onFocusIn as EventListener],
      ['focusout', this.onFocusOut as EventListener],
      ['click', this.onClick],
    ];
  }

  /** After a render: a chip that left the page (filtered out, refreshed away) takes its explanation with it. */
  hostUpdated(): void {
    if (this.chip && !this.chip.isConnected) {
      this.reset();
      this.sync();
    } else if (this.open) {
      // Its text may have changed (a deferred email's hours, a new language): its size too.
      this.targets.prepare?.(this.chip!);
      this.place();
    }
  }

  /** Follows `chip` from now on; another chip's explanation closes. */
  private follow(chip: Element): void {
    if (chip === this.chip) return;
    this.reset();
    this.sync();
    this.chip = chip;
    this.targets.prepare?.(chip);
  }

  private reset(): void {
    clearTimeout(this.hideTimer);
    this.hovered = this.focused = this.pinned = this.dismissed = false;
  }

  /** Close now, as Escape does; it reopens on the next hover, focus or tap. */
  private dismiss(): void {
    this.dismissed = true;
    this.pinned = false;
    this.sync();
  }

  /** The pointer crossed into or out of a chip (not just between its button and its tooltip). */
  private crossing(event: PointerEvent): Element | undefined {
    if (event.pointerType !== 'mouse') return undefined;
    const chip = this.targets.chipOf(event.target);
    return chip && this.targets.chipOf(event.relatedTarget) !== chip ? chip : undefined;
  }

  private readonly onPointerOver = (event: PointerEvent) => {
    const chip = this.crossing(event);
    if (!chip) return;
    this.follow(chip);
    clearTimeout(this.hideTimer);
    if (!this.hovered) this.dismissed = false;
    this.hovered = true;
    this.sync();
  };

  private readonly onPointerOut = (event: PointerEvent) => {
    if (this.crossing(event) !== this.chip || !this.chip) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      this.hovered = false;
      this.sync();
    }, HIDE_GRACE_MS);
  };

  private readonly onPointerDown = (event: PointerEvent) => {
    const chip = this.targets.chipOf(event.target);
    if (!chip) return;
    this.follow(chip);
    this.lastPointerType = event.pointerType;
    this.openAtPointerDown = this.open;
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const chip = this.targets.chipOf(event.target);
    if (!chip) return;
    this.follow(chip);
    if (!this.focused) this.dismissed = false;
    this.focused = true;
    this.sync();
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const chip = this.targets.chipOf(event.target);
    if (!chip || chip !== this.chip || this.targets.chipOf(event.relatedTarget) === chip) return;
    this.focused = false;
    this.pinned = false;
    this.sync();
  };

  /** The trigger was activated: a tap or Enter/Space toggles; a mouse click keeps it open. */
  private readonly onClick = (event: Event) => {
    const chip = this.targets.chipOf(event.target);
    const trigger = chip && this.targets.partsOf(chip).trigger;
    if (!trigger || !event.composedPath().includes(trigger)) return;
    this.follow(chip);
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
  };

  private readonly onDocumentKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    // The Escape was for this explanation: the page's own Escape handlers (a drawer, a panel) should not act on it too.
    event.stopPropagation();
    this.dismiss();
  };

  private readonly onDocumentPointerDown = (event: PointerEvent) => {
    if (this.chip && event.composedPath().includes(this.chip)) return;
    this.pinned = false;
    this.sync();
  };

  /** Shows or hides the followed chip's explanation to match the state, and keeps the page's one-open rule. */
  private sync(): void {
    const open = this.open;
    if (open && openController !== this) {
      openController?.closeForAnother();
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the module remembers which explanation is open
      openController = this;
      document.addEventListener('keydown', this.onDocumentKeyDown, true);
      document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    } else if (!open && openController === this) {
      this.stopListening();
    }
    this.show(open);
  }

  private closeForAnother(): void {
    clearTimeout(this.hideTimer);
    this.hovered = false;
    this.pinned = false;
    // A focused chip left behind closes too, so two explanations never overlap.
    this.dismissed = true;
    this.stopListening();
    this.show(false);
  }

  private stopListening(): void {
    openController = undefined;
    document.removeEventListener('keydown', this.onDocumentKeyDown, true);
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  private show(open: boolean): void {
    const tip = this.chip && this.targets.partsOf(this.chip).tip;
    if (tip && open === tip.hidden) {
      tip.hidden = !open;
      // A popover (the top layer: above any overflow or stacking context of the page) only while open.
      if (supportsPopover && open) {
        tip.setAttribute('popover', 'manual');
        tip.showPopover();
      } else if (supportsPopover) {
        tip.removeAttribute('popover');
      }
    }
    if (open && tip) {
      this.place();
      if (!this.following) {
        this.following = true;
        window.addEventListener('scroll', this.place, { capture: true, passive: true });
        window.addEventListener('resize', this.place, { passive: true });
      }
    } else if (this.following) {
      this.following = false;
      window.removeEventListener('scroll', this.place, { capture: true });
      window.removeEventListener('resize', this.place);
    }
  }

  /** Below the trigger, or above it near the viewport's bottom; inside the viewport. */
  private readonly place = () => {
    const { trigger, tip } = this.chip ? this.targets.partsOf(this.chip) : { trigger: null, tip: null };
    if (!trigger || !tip) return;
    const { top, left, side } = placeTooltip(
      trigger.getBoundingClientRect(),
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    tip.style.top = `${top}px`;
    tip.style.left = `${left}px`;
    tip.dataset.side = side;
  };
}
