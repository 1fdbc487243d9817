import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Background refreshes every N seconds. The next one is scheduled only when the
 * last has finished, so they never overlap; none runs while the page is hidden,
 * and one that fell due meanwhile runs as soon as the page is seen again.
 */
export class RefreshTimer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = false;
  private seconds = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  /** Call after every load, background or not: counts the interval from its end. */
  restart(seconds: number): void {
    this.stop();
    this.seconds = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
    if (!this.seconds) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (document.hidden) this.due = true;
      else this.refresh();
    }, this.seconds * 1000);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
  }

  private readonly onVisibilityChange = () => {
    if (document.hidden || !this.due) return;
    this.due = false;
    this.refresh();
  };
}
