import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { press } from './helpers/input.js';
import { freshContact } from './helpers/mock-api.js';
import { chipOf, part, rows, settled } from './helpers/list.js';

// When the focused control goes away, focus must land somewhere meaningful inside the widget, never on
// <body> (WCAG 2.4.3): each test presses the control from the keyboard and follows where focus went.

const ENDPOINT = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/unblock';

async function listFor(contactId: string, pageSize = 100): Promise<MessageStatusList> {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${contactId}
      endpoint=${ENDPOINT}
      unblock-endpoint=${UNBLOCK}
      page-size=${pageSize}
    ></message-status-list>`,
  );
  await settled(list);
  return list;
}

/** The element that really has focus, through the list's shadow root. */
function focused(list: MessageStatusList): Element | null {
  return list.shadowRoot!.activeElement ?? document.activeElement;
}

async function pressOn(element: HTMLElement, key = 'Enter'): Promise<void> {
  element.focus();
  await press(key);
}

describe('focus is kept when the focused control goes away', () => {
  it('lands on the address line, which says the address is unblocked, after an unblock', async () => {
    const list = await listFor(freshContact('blocked-email'));
    await pressOn(part(list, 'unblock-button')!);
    await waitUntil(() => part(list, 'confirm-dialog')?.hasAttribute('open'), 'the dialog did not open');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => !part(list, 'unblock-button'), 'the address was not unblocked', { timeout: 8000 });
    await list.updateComplete;
    const landed = focused(list) as HTMLElement;
    expect(landed, 'focus fell out of the widget').to.not.equal(document.body);
    expect(landed.closest('.address-line')?.getAttribute('data-channel')).to.equal('email');
    expect(landed.textContent).to.match(/is unblocked/);
  });

  it('lands on the list once Retry has brought the messages back', async () => {
    // Not found once (a 4xx is not retried on its own), found on Retry.
    const list = await listFor(`${freshContact('some')}~status=404~times=1`);
    expect(list.state).to.equal('error');
    await pressOn(part(list, 'retry-button')!);
    await waitUntil(() => list.state === 'ready', `the list is ${list.state}`, { timeout: 8000 });
    await list.updateComplete;
    await waitUntil(() => focused(list) === part(list, 'list'), `focus is on ${focused(list)?.localName}`);
  });

  it('lands on the filters after "Show all" in the no-match notice', async () => {
    const list = await listFor(freshContact('some'));
    const search = part(list, 'search') as HTMLInputElement;
    search.focus();
    await press('z');
    await press('z');
    await press('q');
    await waitUntil(() => list.shadowRoot!.querySelector('.show-all'), 'no "Show all" in a no-match notice');
    await pressOn(list.shadowRoot!.querySelector<HTMLElement>('.show-all')!);
    await list.updateComplete;
    expect(rows(list).length, 'every message is back').to.equal(25);
    expect(focused(list)).to.equal(part(list, 'filters'));
  });

  it('lands on the first new row after the last "Show older messages"', async () => {
    const list = await listFor(freshContact('some'), 10);
    const loadOlder = async () => {
      const before = rows(list).length;
      await pressOn(part(list, 'load-more-button')!);
      await waitUntil(() => rows(list).length > before, 'no older messages came', { timeout: 8000 });
      await list.updateComplete;
    };
    await loadOlder();
    expect(focused(list), 'the button stays while there is more').to.equal(part(list, 'load-more-button'));
    await loadOlder();
    await waitUntil(() => !part(list, 'load-more-button'), 'the history did not end');
    expect(focused(list), 'focus fell out of the widget').to.equal(chipOf(rows(list)[20]));
  });

  it('lands on the first new row after the last "Show older messages" of a long history, rendered for it', async function () {
    // 700 messages, 100 a page: six presses, and past 200 only the rows in view are rendered.
    this.timeout(60_000);
    const list = await listFor(freshContact('long-history'), 100);
    for (let presses = 1; presses <= 6; presses++) {
      const before = rowCount(list);
      await pressOn(part(list, 'load-more-button')!);
      await waitUntil(() => rowCount(list) > before, `press ${presses} brought no older messages`, { timeout: 8000 });
      await waitUntil(() => part(list, 'load-more-button')?.getAttribute('aria-disabled') !== 'true', 'still loading');
      await list.updateComplete;
    }
    expect(part(list, 'load-more-button'), 'the history ended').to.equal(null);
    // The first of the rows the last press brought is message 601: it is rendered, scrolled to, and has focus.
    await waitUntil(
      () => focused(list)?.closest('[role="row"]')?.getAttribute('aria-rowindex') === String(601 + HEADER_ROWS),
      `focus is on ${whereIs(focused(list))}`,
      { timeout: 8000 },
    );
    expect(focused(list)).to.equal(chipOf(focused(list)!.closest('[role="row"]')!));
  });
});

/** Rows before the messages: the grid's row of column headers. */
const HEADER_ROWS = 1;

/** How many messages the list shows: a long list says so in `aria-rowcount`, a short one renders every row. */
function rowCount(list: MessageStatusList): number {
  const said = part(list, 'list')?.getAttribute('aria-rowcount');
  return said ? Number(said) - HEADER_ROWS : rows(list).length;
}

function whereIs(element: Element | null): string {
  if (!element) return 'nothing';
  const row = element.closest('[role="row"]');
  return row ? `row ${row.getAttribute('aria-rowindex')}, ${element.localName}` : element.localName;
}
