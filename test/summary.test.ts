import { expect } from '@open-wc/testing';
import { summarizeStatuses } from '../src/statuses/summary.js';

const of = (...statuses: string[]) => statuses.map((status) => ({ status }));

describe('summarizeStatuses', () => {
  it('counts each status in catalog order, whatever the spelling', () => {
    expect(summarizeStatuses(of('Delivered', 'hard_bounce', 'delivered', 'Delivered (Opened)'))).to.deep.equal([
      { key: 'delivered', count: 2, within: [] },
      { key: 'opened', count: 1, within: [] },
      { key: 'hard-bounce', count: 1, within: [] },
    ]);
  });

  it('counts blocked under soft bounces and still says how many were blocked', () => {
    expect(summarizeStatuses(of('Soft bounce', 'Blocked', 'BLOCKED', 'softBounce'))).to.deep.equal([
      { key: 'soft-bounce', count: 4, within: [{ key: 'blocked', count: 2 }] },
    ]);
  });

  it('puts statuses it does not know last, under other', () => {
    expect(summarizeStatuses(of('Queued at carrier', '', 'Failed'))).to.deep.equal([
      { key: 'failed', count: 1, within: [] },
      { key: 'other', count: 2, within: [] },
    ]);
  });

  it('is empty for no messages', () => {
    expect(summarizeStatuses([])).to.deep.equal([]);
  });
});
