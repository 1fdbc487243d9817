import { expect } from '@open-wc/testing';
import {
  MAX_BACKOFF_SECONDS,
  MIN_REFRESH_SECONDS,
  RefreshSchedule,
  effectiveInterval,
} from '../src/internal/refresh-schedule.js';

const noJitter = () => 0;
const fullJitter = () => 0.999;

describe('RefreshSchedule', () => {
  it('raises intervals under 10 s to 10 s and treats nothing positive as off', () => {
    expect([0.01, 1, 9.9, 10, 60].map(effectiveInterval)).to.deep.equal([10, 10, 10, 10, 60]);
    expect([0, -5, NaN, Infinity].map(effectiveInterval)).to.deep.equal([0, 0, 0, 0]);
    expect(MIN_REFRESH_SECONDS).to.equal(10);
    expect(new RefreshSchedule(noJitter).delay(0, 0)).to.equal(undefined);
  });

  it('waits the interval after a success, plus at most 10 % jitter', () => {
    expect(new RefreshSchedule(noJitter).delay(1, 0)).to.equal(10_000);
    expect(new RefreshSchedule(fullJitter).delay(30, 0)).to.be.within(30_000, 33_000);
  });

  it('doubles the wait for each failure in a row, up to 5 minutes, and a success resets it', () => {
    const schedule = new RefreshSchedule(noJitter);
    const waits: number[] = [];
    for (let failure = 0; failure < 7; failure++) {
      schedule.failed(0);
      waits.push(schedule.delay(10, 0)! / 1000);
    }
    expect(waits).to.deep.equal([20, 40, 80, 160, 300, 300, 300]);
    expect(MAX_BACKOFF_SECONDS).to.equal(300);
    schedule.succeeded();
    expect(schedule.delay(10, 0)).to.equal(10_000);
  });

  it('never refreshes before the server’s Retry-After, remembered across later failures', () => {
    const schedule = new RefreshSchedule(noJitter);
    schedule.failed(1_000, 120);
    expect(schedule.delay(1, 1_000)).to.equal(120_000);
    // 50 s later another failure, this time without Retry-After: the 120 s still stand.
    schedule.failed(51_000);
    expect(schedule.delay(1, 51_000)).to.equal(70_000);
  });

  it('does not stretch an interval already longer than the cap', () => {
    const schedule = new RefreshSchedule(noJitter);
    schedule.failed(0);
    expect(schedule.delay(600, 0)).to.equal(600_000);
  });

  it('spreads many lists’ refreshes apart with jitter', () => {
    const delays = new Set(Array.from({ length: 20 }, () => new RefreshSchedule().delay(10, 0)));
    expect(delays.size).to.be.greaterThan(10);
  });
});
