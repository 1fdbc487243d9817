import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { filterMessages, foldForSearch, matchesSearch, matchesStatus, NO_FILTER } from '../src/data/filter-messages.js';
import type { Message } from '../src/data/types.js';
import { click, press } from './helpers/input.js';

const at = '2026-01-02T10:00:00Z';
const items = [
  { id: '1', channel: 'email', status: 'Delivered', sentAt: at, name: 'Vårkampanj', text: 'Årets bästa priser' },
  { id: '2', channel: 'email', status: 'SoftBounce', sentAt: at, name: 'Order confirmation', text: 'Thanks!' },
  { id: '3', channel: 'email', status: 'Blocked', sentAt: at, name: 'Bonus check', text: 'You got 100 kr' },
  { id: '4', channel: 'sms', status: 'Soft bounce', sentAt: at, name: 'Pickup', text: 'Your parcel is ready' },
  { id: '5', channel: 'sms', status: 'Delivered', sentAt: at, name: 'Order confirmation', text: 'Order shipped' },
  { id: '6', channel: 'sms', status: 'Queued at carrier', sentAt: at, name: 'Reminder', text: 'See you' },
];
const asMessages = (): Message[] => items.map((item) => ({ ...item, sentAt: new Date(item.sentAt) }) as Message);

describe('status and search filters (pure)', () => {
  it('counts blocked under soft bounce, as the summary does, and blocked alone as blocked', () => {
    expect(matchesStatus('Blocked', 'soft-bounce')).to.be.true;
    expect(matchesStatus('soft_bounce', 'soft-bounce')).to.be.true;
    expect(matchesStatus('Soft bounce', 'blocked')).to.be.false;
    expect(matchesStatus('BLOCKED', 'blocked')).to.be.true;
    expect(matchesStatus('Queued at carrier', 'other')).to.be.true;
    expect(matchesStatus('Delivered', 'other')).to.be.false;
  });

  it('finds every word in name or text, in any case, by the language’s rules', () => {
    const [spring] = asMessages();
    expect(matchesSearch(spring, 'VÅRKAMPANJ')).to.be.true;
    expect(matchesSearch(spring, 'årets  PRISER')).to.be.true;
    expect(matchesSearch(spring, 'årets sommar')).to.be.false;
    // Composed and decomposed å are the same letter to a reader.
    expect(matchesSearch(spring, 'va\u030Arkampanj')).to.be.true;
    // Turkish dotted capital İ lowercases to i only under Turkish rules.
    expect(foldForSearch('İSTANBUL', 'tr')).to.equal('istanbul');
    expect(matchesSearch(spring, '   ')).to.be.true;
  });

  it('combines channel, status and search', () => {
    const ids = (filter: Parameters<typeof filterMessages>[1]) => filterMessages(asMessages(), filter).map((m) => m.id);
    expect(ids({ ...NO_FILTER, status: 'soft-bounce' })).to.deep.equal(['2', '3', '4']);
    expect(ids({ ...NO_FILTER, status: 'soft-bounce', channel: 'sms' })).to.deep.equal(['4']);
    expect(ids({ ...NO_FILTER, search: 'order' })).to.deep.equal(['2', '5']);
    expect(ids({ ...NO_FILTER, search: 'order', status: 'delivered' })).to.deep.equal(['5']);
  });
});

describe('summary buttons, status filter and search in the list', () => {
  const names = (list: MessageStatusList) =>
    [...list.shadowRoot!.querySelectorAll('[part~="name"]')].map((element) => element.textContent!.trim());
  const showing = (list: MessageStatusList) =>
    list.shadowRoot!.querySelector('[part="showing"]')!.textContent!.replace(/\s+/g, ' ').trim();
  const summaryButton = (list: MessageStatusList, start: string) => {
    const found = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="summary-button"]')].find((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim().startsWith(start),
    );
    if (!found) throw new Error(`no summary button starting “${start}”`);
    return found;
  };

  async function listOf(lang = 'en') {
    return fixture<MessageStatusList>(
      html`<message-status-list lang=${lang} .messages=${items}></message-status-list>`,
    );
  }

  it('shows only one status when its count is pressed, and everything when pressed again', async () => {
    const list = await listOf();
    expect(showing(list)).to.equal('Showing 6 of 6');
    const soft = summaryButton(list, 'Soft bounce 3');
    expect(soft.getAttribute('aria-pressed')).to.equal('false');

    await click(soft);
    await list.updateComplete;
    // Blocked is a kind of soft bounce: it is counted and shown with them.
    expect(names(list)).to.deep.equal(['Order confirmation', 'Bonus check', 'Pickup']);
    expect(summaryButton(list, 'Soft bounce 3').getAttribute('aria-pressed')).to.equal('true');
    expect(showing(list)).to.equal('Showing 3 of 6');
    // The other counts stay, so another status is one click away.
    expect(summaryButton(list, 'Delivered 2').getAttribute('aria-pressed')).to.equal('false');

    await click(summaryButton(list, '(of which Blocked: 1)'));
    await list.updateComplete;
    expect(names(list)).to.deep.equal(['Bonus check']);

    await click(summaryButton(list, '(of which Blocked: 1)'));
    await list.updateComplete;
    expect(names(list)).to.have.length(6);
    await expect(list).to.be.accessible();
  });

  it('filters by status from the drop-down, with the keyboard', async () => {
    const list = await listOf();
    const select = list.shadowRoot!.querySelector<HTMLSelectElement>('[part="status-filter"]')!;
    const options = [...select.options].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['All statuses', 'Delivered', 'Soft bounce', 'Blocked', 'Other']);
    select.focus();
    await press('ArrowDown');
    await waitUntil(() => names(list).length === 2, 'ArrowDown did not choose Delivered');
    expect(names(list)).to.deep.equal(['Vårkampanj', 'Order confirmation']);
    expect(summaryButton(list, 'Delivered 2').getAttribute('aria-pressed')).to.equal('true');

    // The summary and the drop-down are one filter: pressing a count shows in the drop-down.
    await click(summaryButton(list, 'Soft bounce 3'));
    await list.updateComplete;
    expect(select.value).to.equal('soft-bounce');
    await click(summaryButton(list, 'Soft bounce 3'));
    await list.updateComplete;
    expect(select.value).to.equal('');
  });

  it('searches names and texts as the user types, and says how many match', async () => {
    const list = await listOf();
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    expect(search.labels?.[0]?.textContent).to.contain('Search');
    await click(search);
    await sendKeys({ type: 'ORDER' });
    await waitUntil(() => names(list).length === 2, 'typing did not filter');
    expect(showing(list)).to.equal('Showing 2 of 6');
    // A screen reader hears it too, through the list's one polite live region.
    const live = list.shadowRoot!.querySelector('[aria-live="polite"]')!;
    // Once typing has settled: one announcement, not one a key.
    await waitUntil(() => live.textContent!.includes('Showing 2 of 6'), `the live region says "${live.textContent}"`, {
      timeout: 3000,
    });
    // The summary counts what the search found.
    expect(list.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('2 messages');

    await sendKeys({ type: ' zzz' });
    await waitUntil(() => !!list.shadowRoot!.querySelector('[part="empty"]'), 'no "nothing matches" notice');
    await click(list.shadowRoot!.querySelector('[part="empty"] button')!);
    await list.updateComplete;
    expect(names(list)).to.have.length(6);
    expect(search.value, 'Show all empties the search').to.equal('');
    await expect(list).to.be.accessible();
  });

  it('speaks Swedish', async () => {
    const list = await listOf('sv');
    expect(showing(list)).to.equal('Visar 6 av 6');
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    expect(search.labels?.[0]?.textContent).to.contain('Sök');
    search.focus();
    await sendKeys({ type: 'årets' });
    await waitUntil(() => names(list).length === 1);
    expect(showing(list)).to.equal('Visar 1 av 6');
  });
});
