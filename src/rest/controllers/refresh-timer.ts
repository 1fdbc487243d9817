import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RefreshSchedule } from '../../data/refresh-schedule.js';
import type { MessageLoadError } from '../../data/errors.js';

/** How a load went, for the refresh schedule: failed (in whole or for a channel), and the server's `Retry-After`. */
export interface LoadOutcome {
  failed: boolean;
  retryAfter?: number;
}

/** A load's errors as the refresh schedule counts them: any failure, and the longest `Retry-After`. */
export function outcomeOf(errors: readonly MessageLoadError[]): LoadOutcome {
  const waits = errors.map((error) => error.retryAfter ?? 0);
  return { failed: errors.length > 0, retryAfter: waits.length ? Math.max(...waits) : undefined };
}

/** The timers, clock and randomness the refresh timer runs on; tests hand in a fake one. */
export interface RefreshClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
  random(): number;
}

const realClock: RefreshClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
  random: () => Math.random(),
};

export interface RefreshTimerOptions {
  clock?: RefreshClock;
  shared?: () => RefreshSchedule | undefined;
}

/**
 * Background refreshes, scheduled by {@link RefreshSchedule}. The next one is scheduled only when the
 * last has finished, so they never overlap; none runs while the page is hidden or the browser is
 * offline, and one that fell due meanwhile runs as soon as the page is seen and online again.
 */
export class RefreshTimer implements ReactiveController {
  private timer: unknown;
  private due = false;
  private readonly own: RefreshSchedule;

  private readonly clock: RefreshClock;
  private readonly shared: () => RefreshSchedule | undefined;

  /**
   * `shared` gives the schedule of a provider's client, when the list has one; otherwise the timer keeps its own.
   * `clock` is the browser's unless a test gives a fake one.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => void,
    { clock = realClock, shared = () => undefined }: RefreshTimerOptions = {},
  ) {
    this.clock = clock;
    this.shared = shared;
    this.own = new RefreshSchedule(() => clock.random());
    host.addController(this);
  }

  private get schedule(): RefreshSchedule {
    return this.shared() ?? this.own;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onWake);
    window.addEventListener('online', this.onWake);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onWake);
    window.removeEventListener('online', this.onWake);
    this.stop();
  }

  /**
   * Call after every load, background or not, with how it went: counts the interval from its end,
   * stretched after failures and never before the server's `Retry-After` (seconds). Without an
   * outcome (the interval changed), the failures so far still count.
   */
  restart(seconds: number, outcome?: LoadOutcome): void {
    this.stop();
    if (outcome?.failed) this.schedule.failed(this.clock.now(), outcome.retryAfter);
    else if (outcome) this.schedule.succeeded();
    const delay = this.schedule.delay(seconds, this.clock.now());
    if (delay !== undefined) this.wait(delay);
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
  }

  private wait(delay: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      // Another list on the same client may have met a Retry-After since this wait began: wait it out, jittered
      // like every list that shares it, so they do not all come back in the same millisecond.
      const left = this.schedule.holdLeft(this.clock.now());
      if (left > 0) this.wait(left);
      else if (asleep()) this.due = true;
      else this.refresh();
    }, delay);
  }

  private readonly onWake = () => {
    if (asleep() || !this.due) return;
    this.due = false;
    this.refresh();
  };
}

// Hidden: nobody reads it; offline: the request could only fail.
function asleep(): boolean {
  return document.hidden || navigator.onLine === false;
}
