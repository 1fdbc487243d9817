import { expect } from '@open-wc/testing';
import { RELATIVE_LIMIT_MS, formatRelativeTime, relativeAge } from '../src/rest/wording/relative-time.js';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relative time', () => {
  it('picks seconds, then minutes, hours and days, rounding down', () => {
    expect(relativeAge(ago(0), NOW)).to.deep.equal({ value: 0, unit: 'now' });
    expect(relativeAge(ago(59_999), NOW)).to.deep.equal({ value: 0, unit: 'now' });
    expect(relativeAge(ago(MIN), NOW)).to.deep.equal({ value: 1, unit: 'minute' });
    expect(relativeAge(ago(59 * MIN + 59_000), NOW)).to.deep.equal({ value: 59, unit: 'minute' });
    expect(relativeAge(ago(HOUR), NOW)).to.deep.equal({ value: 1, unit: 'hour' });
    expect(relativeAge(ago(23.9 * HOUR), NOW)).to.deep.equal({ value: 23, unit: 'hour' });
    expect(relativeAge(ago(DAY), NOW)).to.deep.equal({ value: 1, unit: 'day' });
    expect(relativeAge(ago(6.9 * DAY), NOW)).to.deep.equal({ value: 6, unit: 'day' });
  });

  it('gives up beyond a week, in the future and on invalid dates, so the date is shown instead', () => {
    expect(relativeAge(ago(RELATIVE_LIMIT_MS), NOW)).to.equal(undefined);
    expect(relativeAge(ago(-5 * MIN), NOW)).to.equal(undefined);
    expect(relativeAge(new Date(Number.NaN), NOW)).to.equal(undefined);
    // A server clock a few seconds ahead still reads as now.
    expect(relativeAge(ago(-20_000), NOW)).to.deep.equal({ value: 0, unit: 'now' });
  });

  it('words it in English and Swedish through Intl', () => {
    expect(formatRelativeTime(ago(10_000), NOW, 'en')).to.equal('now');
    expect(formatRelativeTime(ago(3 * HOUR), NOW, 'en')).to.equal('3 hours ago');
    expect(formatRelativeTime(ago(1 * DAY), NOW, 'en')).to.equal('1 day ago');
    expect(formatRelativeTime(ago(10_000), NOW, 'sv')).to.equal('nu');
    expect(formatRelativeTime(ago(5 * MIN), NOW, 'sv')).to.equal('för 5 minuter sedan');
    expect(formatRelativeTime(ago(2 * DAY), NOW, 'sv')).to.equal('för 2 dagar sedan');
    expect(formatRelativeTime(ago(8 * DAY), NOW, 'en')).to.equal(undefined);
  });
});
