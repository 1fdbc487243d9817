import { expect } from '@open-wc/testing';
import { Ticker, type Clock } from '../src/rest/controllers/ticker.js';

/** A clock whose time moves only when the test says so. */
class FakeClock implements Clock {
  time = 1_000_000;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  now() {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number) {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown) {
    this.timers.delete(handle as number);
  }
  get pending() {
    return this.timers.size;
  }
  advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}

describe('Ticker', () => {
  it('runs one timer however many listen, and none when nobody does', () => {
    const clock = new FakeClock();
    const ticker = new Ticker(clock, 30_000);
    expect(ticker.running).to.equal(false);
    const stops = [1, 2, 3].map(() => ticker.subscribe(() => undefined));
    expect(clock.pending).to.equal(1);
    stops[0]();
    stops[1]();
    expect(ticker.running).to.equal(true);
    stops[2]();
    expect(ticker.running).to.equal(false);
    expect(clock.pending).to.equal(0);
  });

  it('ticks every listener on whole multiples of the interval', () => {
    const clock = new FakeClock();
    clock.time = 45_000;
    const ticker = new Ticker(clock, 30_000);
    const seen: number[][] = [[], []];
    ticker.subscribe((now) => seen[0].push(now));
    ticker.subscribe((now) => seen[1].push(now));
    clock.advance(14_999);
    expect(seen[0]).to.deep.equal([]);
    clock.advance(1);
    clock.advance(60_000);
    expect(seen[0]).to.deep.equal([60_000, 90_000, 120_000]);
    expect(seen[1]).to.deep.equal(seen[0]);
    expect(clock.pending).to.equal(1);
  });

  it('stops ticking a listener that left, and ticks on demand', () => {
    const clock = new FakeClock();
    const ticker = new Ticker(clock, 30_000);
    let count = 0;
    const stop = ticker.subscribe(() => count++);
    ticker.tick();
    expect(count).to.equal(1);
    expect(clock.pending).to.equal(1);
    stop();
    clock.advance(120_000);
    expect(count).to.equal(1);
  });
});
