import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedTicker, type Ticker } from './ticker.js';

/** Re-renders its host on every tick of the shared ticker while the host is in the page and wants it. */
export class TickController implements ReactiveController {
  private unsubscribe?: () => void;
  private connected = false;
  private wanted: boolean;

  constructor(
    private readonly host: ReactiveControllerHost,
    { active = true, ticker = sharedTicker }: { active?: boolean; ticker?: Ticker } = {},
  ) {
    this.wanted = active;
    this.ticker = ticker;
    host.addController(this);
  }

  private readonly ticker: Ticker;

  /** The time to render relative times against. */
  now(): number {
    return this.ticker.now();
  }

  /** Whether the host needs ticks at all (a chip only while its text depends on the time). */
  set active(active: boolean) {
    this.wanted = active;
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  private sync(): void {
    const listen = this.connected && this.wanted;
    if (listen && !this.unsubscribe) this.unsubscribe = this.ticker.subscribe(() => this.host.requestUpdate());
    if (!listen && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    }
  }
}
