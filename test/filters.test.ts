import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { filterMessages, isProblem } from '../src/data/filter-messages.js';
import type { Message } from '../src/data/types.js';
import { click, press } from './helpers/input.js';

const at = new Date('2026-01-02T10:00:00Z');
const messages: Message[] = [
  { id: '1', channel: 'email', status: 'Delivered', sentAt: at },
  { id: '2', channel: 'email', status: 'HardBounce', sentAt: at },
  { id: '3', channel: 'sms', status: 'Delivered', sentAt: at },
  { id: '4', channel: 'sms', status: 'Expired', sentAt: at },
  { id: '5', channel: 'sms', status: 'Queued at carrier', sentAt: at },
];

describe('filterMessages', () => {
  it('keeps one channel', () => {
    expect(filterMessages(messages, { channel: 'sms', problemsOnly: false }).map((m) => m.id)).to.deep.equal([
      '3',
      '4',
      '5',
    ]);
  });

  it('keeps only warnings and failures, not what the widget does not know', () => {
    expect(filterMessages(messages, { channel: 'all', problemsOnly: true }).map((m) => m.id)).to.deep.equal(['2', '4']);
    expect(isProblem('Soft bounce')).to.be.true;
    expect(isProblem('Control group')).to.be.false;
  });

  it('combines both', () => {
    expect(filterMessages(messages, { channel: 'email', problemsOnly: true }).map((m) => m.id)).to.deep.equal(['2']);
  });
});

describe('filters in the list', () => {
  function buttons(list: MessageStatusList) {
    return [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="filter-button"]')];
  }
  function button(list: MessageStatusList, label: string) {
    const found = buttons(list).find((candidate) => candidate.textContent!.trim() === label);
    if (!found) throw new Error(`no filter button “${label}”`);
    return found;
  }
  function channels(list: MessageStatusList) {
    return [...list.shadowRoot!.querySelectorAll('[part="channel"]')].map((element) => element.textContent!.trim());
  }

  it('shows one channel, or only the problems, and says what is pressed', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        .messages=${messages.map((m) => ({ ...m, sentAt: m.sentAt!.toISOString() }))}
      ></message-status-list>`,
    );
    expect(buttons(list).map((b) => b.textContent!.trim())).to.deep.equal(['All', 'Email', 'SMS', 'Only problems']);
    expect(button(list, 'All').getAttribute('aria-pressed')).to.equal('true');

    await click(button(list, 'SMS'));
    await list.updateComplete;
    expect(channels(list)).to.deep.equal(['SMS', 'SMS', 'SMS']);
    expect(button(list, 'SMS').getAttribute('aria-pressed')).to.equal('true');
    expect(button(list, 'All').getAttribute('aria-pressed')).to.equal('false');
    expect(list.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('3 messages');

    await click(button(list, 'Only problems'));
    await list.updateComplete;
    expect(channels(list)).to.deep.equal(['SMS']);
    await expect(list).to.be.accessible();
  });

  it('says when nothing matches, and Show all brings everything back', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        .messages=${[{ id: '1', channel: 'email', status: 'Delivered', sentAt: at.toISOString() }]}
      ></message-status-list>`,
    );
    await click(button(list, 'Only problems'));
    await list.updateComplete;
    const empty = list.shadowRoot!.querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('No message shown matches the filter.');
    await click(empty.querySelector('button')!);
    await list.updateComplete;
    expect(channels(list)).to.deep.equal(['Email']);
  });

  it('works from the keyboard', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        channels="email"
        .messages=${messages.map((m) => ({ ...m, sentAt: m.sentAt!.toISOString() }))}
      ></message-status-list>`,
    );
    // With one channel there is nothing to choose between: only the problems toggle.
    expect(buttons(list).map((b) => b.textContent!.trim())).to.deep.equal(['Only problems']);
    await press('Tab');
    expect(list.shadowRoot!.activeElement).to.equal(button(list, 'Only problems'));
    await press(' ');
    await waitUntil(() => channels(list).length === 1, 'Space did not apply the filter');
  });
});
