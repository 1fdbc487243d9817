import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedTicker, type Ticker } from './ticker.js';

/** Re-renders its host on every tick of the shared ticker while the host is in the page. */
export class TickController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ticker: Ticker = sharedTicker,
  ) {
    host.addController(this);
  }

  /** The time to render relative times against. */
  now(): number {
    return this.ticker.now();
  }

  hostConnected(): void {
    this.unsubscribe ??= this.ticker.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
