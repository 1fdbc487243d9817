import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusChip } from '../src/message-status-chip.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { chips, explanationOf } from './helpers/list.js';
import { hover, resetMouse } from './helpers/input.js';

// A chip alone in a CRM grid cell shows what the list's rows show: the same template and styles, so the
// same label, icon, explanation, look, styling hooks and accessibility, whichever statuses and spellings come in.

const CASES = [
  { status: 'HardBounce', channel: 'email', reason: '550 5.1.1 User unknown' },
  { status: 'soft_bounce', channel: 'sms', reason: '' },
  { status: 'Delivered (Opened)', channel: 'email', reason: '' },
  { status: 'Queued at carrier', channel: 'sms', reason: '' },
] as const;

const LOOK = [
  'color',
  'backgroundColor',
  'borderTopStyle',
  'borderRadius',
  'fontSize',
  'fontWeight',
  'padding',
  'height',
];

/** What a person sees of a chip (its button) and its explanation. */
function seen(button: HTMLElement) {
  const style = getComputedStyle(button);
  return {
    look: LOOK.map(
      (name) => `${name}: ${style.getPropertyValue(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))}`,
    ),
    label: button.textContent!.trim(),
    icon: button.querySelector('svg')!.outerHTML,
    part: button.getAttribute('part'),
    // Described by its explanation, which a list's chips share with the chips saying the same.
    describedBy: explanationOf(button) !== '',
    explanation: explanationOf(button),
  };
}

describe('a chip alone, in a grid cell', () => {
  afterEach(() => resetMouse());

  it('shows what the list shows for the same message', async () => {
    const messages = CASES.map(({ status, channel, reason }, index) => ({
      id: `m${index}`,
      channel,
      status,
      reason: reason || undefined,
      // Newest first, so no delivery follows the hard bounce: the list would add that the address worked since, which
      // a chip alone, knowing no history, cannot say.
      sentAt: `2024-03-0${CASES.length - index}T10:00:00Z`,
    }));
    const page = await fixture<HTMLElement>(html`
      <div>
        <message-status-list .messages=${messages}></message-status-list>
        <table>
          <tbody>
            ${CASES.map(
              ({ status, channel, reason }) =>
                html`<tr>
                  <td>${status}</td>
                  <td>
                    <message-status-chip status=${status} channel=${channel} reason=${reason}></message-status-chip>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `);
    const list = page.querySelector<MessageStatusList>('message-status-list')!;
    await list.updateComplete;
    const alone = [...page.querySelectorAll<MessageStatusChip>('td message-status-chip')];
    await Promise.all(alone.map((chip) => chip.updateComplete));
    const grid = alone.map((chip) => chip.shadowRoot!.querySelector<HTMLElement>('[part~="chip"]')!);
    // The list shows the newest first: the first case on top.
    const inList = chips(list);
    expect(inList).to.have.length(CASES.length);

    for (const [index, button] of grid.entries()) {
      expect(seen(button), CASES[index].status).to.deep.equal(seen(inList[index]));
      expect(seen(button).label).not.to.equal('');
    }
    expect(seen(grid[0]).explanation).to.contain('550 5.1.1 User unknown');
    // A chip alone is a Tab stop of its own; the list's are items of its rows' grid, reached by arrow keys.
    expect(grid.every((button) => button.tabIndex === 0)).to.be.true;
    expect(inList.every((button) => button.hasAttribute('data-row-item'))).to.be.true;
    await expect(page).to.be.accessible();
  });

  it('opens its explanation on hover inside a table cell, and stays accessible open', async () => {
    const table = await fixture<HTMLTableElement>(html`
      <table>
        <tbody>
          <tr>
            <td>Spring sale</td>
            <td><message-status-chip status="HardBounce" channel="email"></message-status-chip></td>
          </tr>
        </tbody>
      </table>
    `);
    const chip = table.querySelector<MessageStatusChip>('message-status-chip')!;
    await chip.updateComplete;
    const tooltip = chip.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
    await hover(chip.shadowRoot!.querySelector('[part~="chip"]')!);
    await waitUntil(() => tooltip.checkVisibility() && tooltip.getBoundingClientRect().height > 0, 'no explanation');
    // Not clipped by the cell: the explanation is as wide as its text needs.
    expect(tooltip.getBoundingClientRect().width).to.be.greaterThan(table.getBoundingClientRect().width / 2);
    await expect(table).to.be.accessible();
  });
});
