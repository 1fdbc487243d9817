import { expect } from '@open-wc/testing';
import { pickAnnouncement, type ListSnapshot } from '../src/rest/wording/announcement.js';

const base: ListSnapshot = {
  state: 'idle',
  rowsShown: false,
  quiet: false,
  count: 0,
  loadingMore: false,
  unblocks: [undefined, undefined],
  filter: {},
};
const at = (change: Partial<ListSnapshot>): ListSnapshot => ({ ...base, ...change });

describe('pickAnnouncement', () => {
  it('announces a first load and its outcome', () => {
    const loading = at({ state: 'loading' });
    expect(pickAnnouncement(base, loading)).to.deep.equal({ kind: 'loading' });
    expect(pickAnnouncement(loading, loading)).to.equal(undefined);
    const ready = at({ state: 'ready', rowsShown: true, shown: {}, count: 12 });
    expect(pickAnnouncement(loading, ready)).to.deep.equal({ kind: 'loaded', count: 12 });
    expect(pickAnnouncement(ready, { ...ready })).to.equal(undefined);
    expect(pickAnnouncement(loading, at({ state: 'error' }))).to.deep.equal({ kind: 'error' });
  });

  it('keeps a background refresh quiet unless the number of messages changed', () => {
    const ready = at({ state: 'ready', rowsShown: true, shown: {}, count: 12 });
    const refreshing = { ...ready, state: 'loading' as const, quiet: true };
    expect(pickAnnouncement(ready, refreshing)).to.equal(undefined);
    expect(pickAnnouncement(refreshing, { ...ready, shown: {} })).to.equal(undefined);
    expect(pickAnnouncement(refreshing, { ...ready, shown: {}, count: 13 })).to.deep.equal({
      kind: 'loaded',
      count: 13,
    });
    const asked = { ...refreshing, quiet: false };
    expect(pickAnnouncement(ready, asked)).to.deep.equal({ kind: 'loading' });
    expect(pickAnnouncement(asked, { ...ready, shown: {} })).to.deep.equal({ kind: 'loaded', count: 12 });
    expect(pickAnnouncement(refreshing, { ...ready, refreshFailure: {} })).to.deep.equal({ kind: 'refresh-failed' });
  });

  it('announces older pages and unblocks', () => {
    const ready = at({ state: 'ready', rowsShown: true, shown: {}, count: 100 });
    const more = { ...ready, loadingMore: true };
    expect(pickAnnouncement(ready, more)).to.deep.equal({ kind: 'loading-more' });
    expect(pickAnnouncement(more, { ...ready, shown: {}, count: 150 })).to.deep.equal({ kind: 'loaded', count: 150 });
    const pending = { ...ready, unblocks: [undefined, { phase: 'pending' }] };
    expect(pickAnnouncement(ready, pending)).to.deep.equal({ kind: 'unblock', channel: 1 });
    expect(pickAnnouncement(pending, { ...pending })).to.equal(undefined);
    expect(pickAnnouncement(pending, { ...ready, unblocks: [undefined, { phase: 'done' }] })).to.deep.equal({
      kind: 'unblock',
      channel: 1,
    });
  });

  it('says how many rows are left when a filter or the search changes, not on every update', () => {
    const ready = at({ state: 'ready', rowsShown: true, shown: {}, count: 12 });
    expect(pickAnnouncement(ready, { ...ready, filter: {} })).to.deep.equal({ kind: 'filtered' });
    expect(pickAnnouncement(ready, { ...ready })).to.equal(undefined);
    expect(pickAnnouncement(undefined, ready)).to.deep.equal({ kind: 'loaded', count: 12 });
  });
});
