import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { freshContact } from './helpers/mock-api.js';
import { describeStatus } from '../src/languages/describe-status.js';
import { chipOf, explanationOf, rows } from './helpers/list.js';

/**
 * Records every DOM change in the list (its rows' chips included), and sorts it by the row it happened in
 * (`undefined`: outside any row, e.g. the summary).
 */
function watch(list: MessageStatusList) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  observer.observe(list.shadowRoot!, options);
  const rowOf = (node: Node): Element | undefined => {
    let current: Node | null = node;
    while (current) {
      if (current instanceof Element && current.matches('[part~="row"]')) return current;
      current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
    }
    return undefined;
  };
  return {
    /** Changes inside rows, by row name; and how many touched the list element itself (rows added or removed). */
    stop() {
      records.push(...observer.takeRecords());
      observer.disconnect();
      const byRow = new Map<string, number>();
      let listItself = 0;
      for (const record of records) {
        // The rows' one Tab stop following a new first row is the roving tabindex, not a row rendered again.
        if (record.attributeName === 'tabindex') continue;
        const row = rowOf(record.target);
        if (row) {
          const name = row.querySelector('[part~="name"]')!.textContent!.trim();
          byRow.set(name, (byRow.get(name) ?? 0) + 1);
        } else if (record.target instanceof Element && record.target.matches('[part~="list"]')) {
          listItself += record.type === 'childList' ? record.addedNodes.length + record.removedNodes.length : 0;
        }
      }
      return { byRow, listItself };
    },
  };
}

const statusText = (list: MessageStatusList, name: string) => {
  const row = rows(list).find((candidate) => candidate.querySelector('[part~="name"]')!.textContent!.trim() === name)!;
  const chip = chipOf(row);
  return `${chip.textContent} ${explanationOf(chip)}`.replace(/\s+/g, ' ').trim();
};

describe('keyed rows', () => {
  it('a background refresh where one status changed touches that row only (real HTTP)', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="en"
        contact-id=${freshContact('status-change')}
        endpoint="/api/contacts/{contactId}/messages"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    // Complete, times written (the rows draw theirs once the first Intl formatter is built): only the refresh is watched.
    await list.updateComplete;
    expect(statusText(list, 'Welcome to the club')).to.contain('Unknown');

    const watcher = watch(list);
    await list.refresh();
    const { byRow, listItself } = watcher.stop();

    expect(statusText(list, 'Welcome to the club')).to.contain('Delivered');
    expect([...byRow.keys()], 'rows that changed').to.deep.equal(['Welcome to the club']);
    expect(byRow.get('Welcome to the club')).to.be.below(10);
    expect(listItself, 'rows added or removed').to.equal(0);
  });

  it('a new message at the top adds one row and leaves the others alone', async () => {
    const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T10:00:00Z`;
    const old = Array.from({ length: 10 }, (_, i) => ({
      id: `k-${i}`,
      channel: 'email',
      status: i % 2 ? 'Delivered' : 'SoftBounce',
      sentAt: at(20 - i),
      name: `Send-out ${i}`,
    }));
    const list = await fixture<MessageStatusList>(html`<message-status-list .messages=${old}></message-status-list>`);

    const watcher = watch(list);
    list.messages = [{ id: 'k-new', channel: 'sms', status: 'Delivered', sentAt: at(25), name: 'Brand new' }, ...old];
    await list.updateComplete;
    const { byRow, listItself } = watcher.stop();

    // Rendered by position rather than by id, every row would have taken its neighbour's content.
    expect([...byRow.keys()], 'rows changed inside').to.deep.equal([]);
    // One row: its element and Lit's two markers around it.
    expect(listItself, 'nodes added to the list').to.be.at.most(3);
    expect(rows(list)).to.have.length(11);
  });

  it('describes every chip by its explanation, one copy a text, whatever characters the message ids hold', async () => {
    // Ids that differ only in characters an id reference cannot carry as they are, and one spelling out another.
    const ids = ['a b', 'a\tb', 'a.20.b', 'a"b', 'å'];
    const messages = ids.map((id, i) => ({ id, channel: 'email', status: 'Delivered', name: `Send-out ${i}` }));
    // The same id on the other channel is another message.
    messages.push({ id: 'a b', channel: 'sms', status: 'Failed', name: 'Send-out sms' });
    const list = await fixture<MessageStatusList>(
      html`<message-status-list .messages=${messages}></message-status-list>`,
    );

    const chips = rows(list).map((row) => chipOf(row));
    const said = chips.map((chip) => explanationOf(chip));
    expect(said.slice(0, 5)).to.deep.equal(Array(5).fill(describeStatus('Delivered', 'email').explanation));
    expect(said[5]).to.equal(describeStatus('Failed', 'sms').explanation);
    // A row carries a reference, not a paragraph: the five delivered emails share one hidden copy.
    const references = new Set(chips.map((chip) => chip.getAttribute('aria-describedby')));
    expect(references.size, 'copies of the explanations').to.equal(2);
    for (const row of rows(list))
      expect(row.querySelector('[id], [role="tooltip"]'), 'an explanation in a row').to.equal(null);
  });
});
