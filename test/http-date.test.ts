import { expect } from '@open-wc/testing';
import { parseHttpDate } from '../src/data/http-date.js';

describe('parseHttpDate', () => {
  const noon = Date.UTC(2024, 2, 1, 12, 0, 0);

  const readable: [string, number][] = [
    ['Fri, 01 Mar 2024 12:00:00 GMT', noon],
    // WebKit's Date.parse rejects fractional seconds; a server that sends them still means them.
    ['Fri, 01 Mar 2024 12:00:00.500 GMT', noon + 500],
    ['Fri, 01 Mar 2024 12:00:07.25 GMT', noon + 7_250],
    ['  fri, 01 mar 2024 12:00:45 gmt ', noon + 45_000],
    ['Friday, 01-Mar-24 12:00:00 GMT', noon],
    ['Fri Mar  1 12:00:00 2024', noon],
    ['Fri Mar 11 12:00:00 2024', Date.UTC(2024, 2, 11, 12)],
    ['Thu, 29 Feb 2024 23:59:59 GMT', Date.UTC(2024, 1, 29, 23, 59, 59)],
  ];
  for (const [text, expected] of readable) {
    it(`reads ${JSON.stringify(text)} as ${new Date(expected).toISOString()}`, () => {
      expect(parseHttpDate(text, noon)).to.equal(expected);
    });
  }

  it('reads an RFC 850 two-digit year more than 50 years ahead as the century before', () => {
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', noon)).to.equal(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Monday, 06-Nov-74 08:49:37 GMT', noon)).to.equal(Date.UTC(2074, 10, 6, 8, 49, 37));
  });

  const unreadable = [
    '',
    '1.5',
    '120',
    'soon',
    '2024-03-01T12:00:00Z',
    'Fri, 01 Mar 2024 12:00:00',
    'Fri, 01 Mar 2024 12:00:00 PST',
    'Fri, 1 Mar 2024 12:00:00 GMT',
    'Fri, 30 Feb 2024 12:00:00 GMT',
    'Fri, 01 Mar 2024 24:00:00 GMT',
    'Fri, 01 Mar 2024 12:60:00 GMT',
    'Fri, 01 Foo 2024 12:00:00 GMT',
    'Fri, 01 Mar 2024 12:00:00 GMT trailing',
  ];
  for (const text of unreadable) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      expect(parseHttpDate(text, noon)).to.equal(undefined);
    });
  }
});
