import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RefreshSchedule } from '../src/data/refresh-schedule.js';
import { RefreshTimer, type RefreshClock } from '../src/rest/controllers/refresh-timer.js';
import { setOnline, setPageHidden, resetPage } from './helpers/page-state.js';

/** A clock whose time moves only when the test says so. */
class FakeClock implements RefreshClock {
  private time = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  setTimeout(callback: () => void, ms: number): number {
    this.timers.set(this.nextId, { at: this.time + ms, callback });
    return this.nextId++;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  now(): number {
    return this.time;
  }
  random(): number {
    return 0;
  }
  /** Moves time on by `ms`, firing what falls due on the way. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const [id, next] = [...this.timers].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (!next || next.at > end) break;
      this.timers.delete(id!);
      this.time = next.at;
      next.callback();
    }
    this.time = end;
  }
}

/** A timer on `clock` with a stand-in host; `onRefresh` plays the load that a refresh starts. */
function timerWith(
  clock: FakeClock,
  onRefresh: (timer: RefreshTimer) => void = () => undefined,
  shared?: RefreshSchedule,
) {
  const controllers: ReactiveController[] = [];
  const host = { addController: (controller: ReactiveController) => controllers.push(controller) };
  const refreshes: number[] = [];
  const timer: RefreshTimer = new RefreshTimer(
    host as unknown as ReactiveControllerHost,
    () => {
      refreshes.push(clock.now());
      onRefresh(timer);
    },
    { clock, shared: () => shared },
  );
  controllers.forEach((controller) => controller.hostConnected?.());
  const disconnect = () => controllers.forEach((controller) => controller.hostDisconnected?.());
  return { timer, refreshes, disconnect };
}

describe('RefreshTimer', () => {
  afterEach(resetPage);

  it('refreshes every interval (at least 10 s), counted from the end of the last load', () => {
    const clock = new FakeClock();
    const { timer, refreshes, disconnect } = timerWith(clock);
    timer.restart(1, { failed: false });
    clock.advance(9_999);
    expect(refreshes).to.deep.equal([]);
    clock.advance(1);
    expect(refreshes).to.deep.equal([10_000]);
    // Nothing more until the load reports back: refreshes never overlap.
    clock.advance(60_000);
    expect(refreshes).to.have.length(1);
    disconnect();
  });

  it('against an always-failing API, refreshes once in the first 20 s and then ever more slowly', () => {
    const clock = new FakeClock();
    // Every refresh fails at once.
    const { timer, refreshes, disconnect } = timerWith(clock, (self) => self.restart(1, { failed: true }));
    timer.restart(1, { failed: true });
    clock.advance(10 * 60_000);
    disconnect();
    expect(refreshes).to.deep.equal([20_000, 60_000, 140_000, 300_000, 600_000]);
  });

  it('waits out a Retry-After of 120 s, even with refresh-interval 1', () => {
    const clock = new FakeClock();
    const { timer, refreshes, disconnect } = timerWith(clock);
    timer.restart(1, { failed: true, retryAfter: 120 });
    clock.advance(119_999);
    expect(refreshes).to.deep.equal([]);
    clock.advance(1);
    expect(refreshes).to.deep.equal([120_000]);
    disconnect();
  });

  it('keeps the failures when only the interval changes', () => {
    const clock = new FakeClock();
    const { timer, refreshes, disconnect } = timerWith(clock);
    timer.restart(10, { failed: true });
    timer.restart(10);
    clock.advance(19_999);
    expect(refreshes).to.deep.equal([]);
    clock.advance(1);
    expect(refreshes).to.have.length(1);
    disconnect();
  });

  for (const [what, sleep, wake] of [
    ['hidden', () => setPageHidden(true), () => setPageHidden(false)],
    ['offline', () => setOnline(false), () => setOnline(true)],
  ] as const) {
    it(`pauses while ${what} and catches up once when woken`, () => {
      const clock = new FakeClock();
      const { timer, refreshes, disconnect } = timerWith(clock);
      timer.restart(10, { failed: false });
      sleep();
      clock.advance(60_000);
      expect(refreshes).to.deep.equal([]);
      wake();
      expect(refreshes).to.deep.equal([60_000]);
      wake();
      expect(refreshes, 'once').to.have.length(1);
      disconnect();
    });
  }

  it('with a shared schedule, waits out a Retry-After another list met after this one was scheduled', () => {
    const clock = new FakeClock();
    const shared = new RefreshSchedule(() => 0);
    const healthy = timerWith(clock, () => undefined, shared);
    const limited = timerWith(clock, () => undefined, shared);
    healthy.timer.restart(10, { failed: false });
    clock.advance(1_000);
    limited.timer.restart(10, { failed: true, retryAfter: 120 });
    clock.advance(120_000);
    expect(healthy.refreshes, 'not at 10 s').to.deep.equal([121_000]);
    expect(limited.refreshes).to.deep.equal([121_000]);
    healthy.disconnect();
    limited.disconnect();
  });

  it('with a shared schedule, spreads the lists apart once a Retry-After is up, not all in the same millisecond', () => {
    const clock = new FakeClock();
    // The shared schedule's randomness (a provider's client draws from Math.random): a different draw each time.
    const draws = [0.1, 0.6, 0.3, 0.9];
    const shared = new RefreshSchedule(() => draws.shift() ?? 0.5);
    const healthy = timerWith(clock, () => undefined, shared);
    const limited = timerWith(clock, () => undefined, shared);
    healthy.timer.restart(10, { failed: false });
    limited.timer.restart(10, { failed: true, retryAfter: 60 });
    clock.advance(59_999);
    expect([...healthy.refreshes, ...limited.refreshes], 'inside the Retry-After').to.deep.equal([]);
    clock.advance(10_001);
    const [first, second] = [healthy.refreshes[0], limited.refreshes[0]];
    expect(first, 'the healthy list did not refresh').to.be.a('number');
    expect(second, 'the limited list did not refresh').to.be.a('number');
    expect(Math.abs(first - second), `both refreshed at ${first} ms`).to.be.at.least(100);
    healthy.disconnect();
    limited.disconnect();
  });

  it('with a shared schedule, a failure one list met doubles the next wait of the others', () => {
    const clock = new FakeClock();
    const shared = new RefreshSchedule(() => 0);
    const first = timerWith(clock, () => undefined, shared);
    const second = timerWith(clock, () => undefined, shared);
    first.timer.restart(10, { failed: true });
    second.timer.restart(10);
    clock.advance(20_000);
    expect(second.refreshes).to.deep.equal([20_000]);
    first.disconnect();
    second.disconnect();
  });

  it('stops when the element leaves the page', () => {
    const clock = new FakeClock();
    const { timer, refreshes, disconnect } = timerWith(clock);
    timer.restart(10, { failed: false });
    disconnect();
    clock.advance(60_000);
    expect(refreshes).to.deep.equal([]);
  });
});
