import { expect } from '@open-wc/testing';
import { MessageLoadError } from '../src/data/errors.js';
import { MessageHistory } from '../src/data/message-history.js';
import {
  grownCount,
  hasMore,
  historyEnd,
  olderRequest,
  withOlder,
  withOlderFailure,
  withUnblocked,
} from '../src/data/history-changes.js';
import type { LoadMessagesResult } from '../src/data/load-messages.js';
import type { Channel, Message } from '../src/data/types.js';

// The paging rules of one list, without an element or a server: what pages add up to, what to ask for next,
// and when the history ends.

const BOTH: Channel[] = ['email', 'sms'];

/** A message sent `minutesAgo` before a fixed time, so the order is known. */
function message(id: string, minutesAgo: number, channel: Channel = 'email', status = 'Delivered'): Message {
  return { id, channel, status, sentAt: new Date(Date.UTC(2026, 0, 1) - minutesAgo * 60_000) };
}

function result(messages: Message[], extra: Partial<LoadMessagesResult> = {}): LoadMessagesResult {
  return { messages, errors: [], ...extra };
}

const ids = (history: MessageHistory) => history.messages.map((m) => `${m.channel}:${m.id}`);

describe('MessageHistory', () => {
  describe('a first page', () => {
    it('is shown newest first, stamped with when it arrived', () => {
      const history = MessageHistory.loaded('42', result([message('a', 1), message('b', 2)]), undefined, BOTH, 1000);
      expect(ids(history)).to.deep.equal(['email:a', 'email:b']);
      expect(history.loadedAt).to.equal(1000);
      expect(history.errorsFrom).to.equal('load');
    });

    it('replaces the previous contact outright', () => {
      const before = MessageHistory.loaded('1', result([message('old', 1)]), undefined, BOTH, 1);
      const after = MessageHistory.loaded('2', result([message('new', 1)]), before, BOTH, 2);
      expect(ids(after)).to.deep.equal(['email:new']);
    });

    it('keeps the rows of a channel that failed this time, and drops the rest of the old answer', () => {
      const before = MessageHistory.loaded(
        '1',
        result([message('e1', 1), message('s1', 2, 'sms')]),
        undefined,
        BOTH,
        1,
      );
      const smsDown = new MessageLoadError('http', 'down', { status: 503, channel: 'sms' });
      const after = MessageHistory.loaded('1', result([message('e2', 0)], { errors: [smsDown] }), before, BOTH, 2);
      expect(ids(after)).to.deep.equal(['email:e2', 'sms:s1']);
      expect(after.errors).to.deep.equal([smsDown]);
    });
  });

  describe('older messages through next links', () => {
    const first = MessageHistory.loaded(
      '1',
      result([message('a', 1), message('b', 2)], { next: { all: '/page/2' }, skipped: 1 }),
      undefined,
      BOTH,
      1,
    );

    it('asks for the next link while there is one', () => {
      expect(olderRequest(first, 100)).to.deep.equal({ kind: 'next', links: { all: '/page/2' } });
      expect(hasMore(first, 100)).to.equal(true);
      expect(historyEnd(first, 100)).to.equal(undefined);
    });

    it('adds the older page after what is shown, adds up what was skipped, and ends when no link is left', () => {
      const request = olderRequest(first, 100)!;
      const grown = withOlder(first, result([message('c', 3)], { skipped: 2 }), request, BOTH);
      expect(ids(grown)).to.deep.equal(['email:a', 'email:b', 'email:c']);
      expect(grown.skipped).to.equal(3);
      expect(grown.olderSkipped).to.equal(2);
      expect(hasMore(grown, 100)).to.equal(false);
      expect(historyEnd(grown, 100)).to.equal('all-loaded');
      expect(grown.errorsFrom).to.equal('more');
      expect(first.messages, 'the history it grew from is untouched').to.have.length(2);
    });

    it("keeps a failed channel's link, so trying again asks for the same page", () => {
      const split = MessageHistory.loaded(
        '1',
        result([message('e', 1), message('s', 2, 'sms')], { next: { email: '/e/2', sms: '/s/2' } }),
        undefined,
        BOTH,
        1,
      );
      const smsDown = new MessageLoadError('network', 'dropped', { channel: 'sms' });
      const request = olderRequest(split, 100)!;
      const grown = withOlder(split, result([message('e-old', 5)], { errors: [smsDown] }), request, BOTH);
      expect(grown.next).to.deep.equal({ sms: '/s/2' });
      expect(olderRequest(grown, 100)).to.deep.equal({ kind: 'next', links: { sms: '/s/2' } });
    });

    it('a refresh of the first page keeps the older pages, their links and their skipped items', () => {
      const grown = withOlder(
        first,
        result([message('c', 3)], { next: { all: '/page/3' }, skipped: 2 }),
        olderRequest(first, 100)!,
        BOTH,
      );
      const refreshed = MessageHistory.loaded(
        '1',
        result([message('new', 0), message('a', 1)], { skipped: 0 }),
        grown,
        BOTH,
        9,
      );
      expect(ids(refreshed)).to.deep.equal(['email:new', 'email:a', 'email:b', 'email:c']);
      expect(refreshed.next).to.deep.equal({ all: '/page/3' });
      expect(refreshed.skipped, 'the first page now skips none; the older pages still skipped 2').to.equal(2);
      expect(refreshed.extended).to.equal(true);
    });
  });

  describe("older messages from a count-only endpoint (Voyado's shape)", () => {
    const full = MessageHistory.loaded(
      '1',
      result([message('a', 1), message('b', 2)], { full: true, skipped: 1 }),
      undefined,
      BOTH,
      1,
    );

    it('asks again for twice the count, up to 500', () => {
      expect(olderRequest(full, 100)).to.deep.equal({ kind: 'count', count: 200 });
      expect([grownCount(1), grownCount(100), grownCount(300), grownCount(500)]).to.deep.equal([2, 200, 500, 500]);
    });

    it('takes the larger answer in place of the first, counting its skipped items once', () => {
      const request = olderRequest(full, 100)!;
      // The larger answer holds the first page again, with its 1 skipped item, plus 2 older ones skipped.
      const grown = withOlder(
        full,
        result([message('b', 2), message('a', 1), message('c', 3)], { full: true, skipped: 3 }),
        request,
        BOTH,
      );
      expect(ids(grown)).to.deep.equal(['email:a', 'email:b', 'email:c']);
      expect(grown.skipped).to.equal(3);
      expect(grown.olderSkipped).to.equal(2);
      expect(grown.askedCount).to.equal(200);
      expect(olderRequest(grown, 100)).to.deep.equal({ kind: 'count', count: 400 });
    });

    it("prefers the newer answer's status for a message both answers have", () => {
      const grown = withOlder(
        full,
        result([message('a', 1, 'email', 'Hard bounce'), message('c', 3)], { full: false }),
        olderRequest(full, 100)!,
        BOTH,
      );
      expect(grown.messages.find((m) => m.id === 'a')!.status).to.equal('Hard bounce');
    });

    it('ends at the server limit, or when an answer was not full', () => {
      const atLimit = withOlder(full, result([message('c', 3)], { full: true }), { kind: 'count', count: 500 }, BOTH);
      expect(hasMore(atLimit, 100)).to.equal(false);
      expect(historyEnd(atLimit, 100)).to.equal('limit-reached');
      const notFull = withOlder(full, result([message('c', 3)], { full: false }), olderRequest(full, 100)!, BOTH);
      expect(historyEnd(notFull, 100)).to.equal('all-loaded');
    });

    it('a first page that was not full never offers more and says nothing of an end', () => {
      const short = MessageHistory.loaded('1', result([message('a', 1)]), undefined, BOTH, 1);
      expect(olderRequest(short, 100)).to.equal(undefined);
      expect(historyEnd(short, 100)).to.equal(undefined);
    });
  });

  it('a failure to load older messages keeps what is shown, with the error to retry', () => {
    const history = MessageHistory.loaded('1', result([message('a', 1)], { next: { all: '/2' } }), undefined, BOTH, 1);
    const error = new MessageLoadError('timeout', 'slow');
    const failed = withOlderFailure(history, error);
    expect(ids(failed)).to.deep.equal(['email:a']);
    expect(failed.errors).to.deep.equal([error]);
    expect(failed.errorsFrom).to.equal('more');
    expect(olderRequest(failed, 100)).to.deep.equal({ kind: 'next', links: { all: '/2' } });
  });

  it('messages handed over are read in any item shape, for the chosen channels only, with nothing more to load', () => {
    const given = MessageHistory.given(
      '7',
      [
        { id: '1', channel: 'email', status: 'delivered', sentAt: '2026-01-01T10:00:00Z' },
        { messageId: '2', type: 'SmsMessage', status: 'Delivered', sendDateTime: '2026-01-01T11:00:00Z' },
      ],
      ['email'],
    );
    expect(ids(given)).to.deep.equal(['email:1']);
    expect(hasMore(given, 100)).to.equal(false);
    expect(MessageHistory.given('7', 'not a list' as unknown as unknown[], BOTH).messages).to.deep.equal([]);
  });

  it('an unblock clears the blocked state of that channel only', () => {
    const history = MessageHistory.loaded(
      '1',
      result([], {
        contact: { email: { address: 'a@b.se', blocked: true }, sms: { address: '+4670', blocked: true } },
      }),
      undefined,
      BOTH,
      1,
    );
    const unblocked = withUnblocked(history, 'email');
    expect(unblocked.contact).to.deep.equal({
      email: { address: 'a@b.se', blocked: false },
      sms: { address: '+4670', blocked: true },
    });
    expect(history.contact!.email!.blocked, 'the old history is untouched').to.equal(true);
  });
});
