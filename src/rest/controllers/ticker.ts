/** What a ticker needs from the outside world; tests pass a fake one. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Listener = (now: number) => void;

/**
 * One timer for every relative time on the page ("3 minutes ago"), however many lists
 * and rows there are. Ticks fall on whole multiples of the interval, so every list
 * changes at the same moment; no timer runs while nothing listens.
 */
export class Ticker {
  private readonly listeners = new Set<Listener>();
  private handle: unknown;

  constructor(
    private clock: Clock = browserClock,
    readonly intervalMs = 30_000,
  ) {}

  /** The time every listener should render against. */
  now(): number {
    return this.clock.now();
  }

  /** Calls `listener` on every tick until the returned function is called. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.handle === undefined) this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.stop();
    };
  }

  /** Whether a timer is pending (for tests: one at most, and none without listeners). */
  get running(): boolean {
    return this.handle !== undefined;
  }

  /** Ticks at once, then resumes the regular rhythm. Also the test seam for pages that cannot wait 30 s. */
  tick(): void {
    this.stop();
    const now = this.clock.now();
    for (const listener of [...this.listeners]) listener(now);
    if (this.listeners.size) this.schedule();
  }

  /** Replaces the clock (tests), restarting the timer on the new one. */
  useClock(clock: Clock): void {
    const wasRunning = this.running;
    this.stop();
    this.clock = clock;
    if (wasRunning) this.schedule();
  }

  private schedule(): void {
    const now = this.clock.now();
    const delay = this.intervalMs - (((now % this.intervalMs) + this.intervalMs) % this.intervalMs);
    this.handle = this.clock.setTimeout(() => {
      this.handle = undefined;
      this.tick();
    }, delay);
  }

  private stop(): void {
    if (this.handle === undefined) return;
    this.clock.clearTimeout(this.handle);
    this.handle = undefined;
  }
}

/** The page's one ticker, shared by every list. */
export const sharedTicker = new Ticker();
