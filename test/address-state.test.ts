import { expect } from '@open-wc/testing';
import { addressStates, blockInferredFromHistory, unblockKey } from '../src/data/address-state.js';
import type { Message } from '../src/data/types.js';

function message(channel: 'email' | 'sms', status: string, sentAt: string): Message {
  return { id: `${channel}-${sentAt}`, channel, status, sentAt: new Date(sentAt) };
}

describe('blockInferredFromHistory', () => {
  it('is blocked when the newest hard bounce has no delivery after it', () => {
    const history = [message('email', 'Delivered', '2026-01-01'), message('email', 'HardBounce', '2026-02-01')];
    expect(blockInferredFromHistory(history, 'email')).to.be.true;
  });

  it('is not blocked when something was delivered or opened after the hard bounce', () => {
    const delivered = [message('email', 'hard_bounce', '2026-01-01'), message('email', 'Delivered', '2026-02-01')];
    const opened = [
      message('email', 'hard_bounce', '2026-01-01'),
      message('email', 'Delivered (Opened)', '2026-02-01'),
    ];
    expect(blockInferredFromHistory(delivered, 'email')).to.be.false;
    expect(blockInferredFromHistory(opened, 'email')).to.be.false;
  });

  it('keeps channels apart and ignores soft bounces', () => {
    const history = [
      message('sms', 'Hard bounce', '2026-02-01'),
      message('email', 'Soft bounce', '2026-03-01'),
      message('email', 'Blocked', '2026-03-02'),
    ];
    expect(blockInferredFromHistory(history, 'sms')).to.be.true;
    expect(blockInferredFromHistory(history, 'email')).to.be.false;
  });

  it('ignores messages without a send time', () => {
    const history: Message[] = [{ id: '1', channel: 'email', status: 'HardBounce', sentAt: null }];
    expect(blockInferredFromHistory(history, 'email')).to.be.false;
  });
});

describe('addressStates', () => {
  const bounced = [message('email', 'HardBounce', '2026-02-01')];

  it('takes each address and state from the first source that has it', () => {
    const states = addressStates(
      [
        { email: { address: 'server@example.com' } },
        { email: { address: 'server@example.com', blocked: true }, sms: { address: '+46 8 1' } },
      ],
      [],
      ['email', 'sms'],
    );
    // An email address also carries its soft-bounce health (address-health.test.ts); here only what states it.
    const { health, ...email } = states[0];
    expect(email).to.deep.equal({
      channel: 'email',
      address: 'server@example.com',
      blocked: true,
      inferred: false,
      unsubscribed: false,
      // Blocked with no history loaded: nothing explains it, and no date is made up (block-story.test.ts).
      story: { kind: 'unexplained' },
    });
    expect(health).to.include({ count: 0, limitReached: false });
    expect(states[1]).to.deep.equal({
      channel: 'sms',
      address: '+46 8 1',
      blocked: false,
      inferred: false,
      unsubscribed: false,
    });
  });

  it('takes a state only from a source about the same address, or about none', () => {
    const states = addressStates(
      [
        { email: { address: 'new@example.com' } },
        { email: { address: 'old@example.com', blocked: true } },
        { email: { address: '', unsubscribed: true } },
      ],
      [],
      ['email'],
    );
    expect(states[0]).to.include({ address: 'new@example.com', blocked: false, unsubscribed: true });
  });

  it('lets a stated blocked: false win over the history', () => {
    const states = addressStates([{ email: { address: 'a@example.com', blocked: false } }], bounced, ['email']);
    expect(states[0]).to.include({ blocked: false, inferred: false });
  });

  it('infers the block only when no source states it, and says it inferred it', () => {
    const states = addressStates([{ email: { address: 'a@example.com' } }], bounced, ['email']);
    expect(states[0]).to.include({ blocked: true, inferred: true, inferredFrom: 'hard-bounce' });
  });

  it('does not infer a block again for an address unblocked here', () => {
    const unblocked = new Set([unblockKey('email', 'a@example.com')]);
    const states = addressStates([{ email: { address: 'a@example.com' } }], bounced, ['email'], unblocked);
    expect(states[0]).to.include({ blocked: false, inferred: false });
  });

  it('leaves out channels not asked for and sources without an address', () => {
    const states = addressStates(
      [undefined, { email: { address: '' }, sms: { address: '+46 70 000 00 00', unsubscribed: true } }],
      [],
      ['sms'],
    );
    expect(states).to.deep.equal([
      { channel: 'sms', address: '+46 70 000 00 00', blocked: false, inferred: false, unsubscribed: true },
    ]);
  });
});
