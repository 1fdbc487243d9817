import { expect, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { frames } from './helpers/frames.js';
import { click } from './helpers/input.js';
import { loaded, part, rows, virtualised } from './helpers/list.js';
import { closePage, openPage, type FrameWindow } from './helpers/page-frame.js';
import type { MessageStatusList } from '../src/message-status-list.js';

// The demo page (demo/index.html), driven through its own controls as someone trying the widget would.

async function openDemo(): Promise<{ win: FrameWindow; list: MessageStatusList }> {
  const win = await openPage('/demo/index.html');
  await waitUntil(() => win.customElements.get('message-status-list'), 'the demo did not load', { timeout: 8000 });
  const list = win.document.querySelector<MessageStatusList>('#list')!;
  await loaded(list);
  // The rest of the widget (filters, older messages…) has arrived, as it does moments after the first rows.
  await win.customElements.whenDefined('message-status-chip');
  await list.updateComplete;
  return { win, list };
}

/** Picks an option of one of the demo's drop-downs, as a person choosing it does (the page hears `change`). */
function choose(win: FrameWindow, id: string, value: string): void {
  const select = win.document.querySelector<HTMLSelectElement>(`#${id}`)!;
  expect([...select.options].map((option) => option.value)).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the demo page', function () {
  // 10,000 generated, parsed and filtered on a busy two-core machine.
  this.timeout(30_000);
  afterEach(closePage);

  it('opens on a clean showcase, and keeps what the page knows of a contact whose history fails', async () => {
    const { win, list } = await openDemo();
    // The first contact shows every status, and nothing hostile: no link shown as text, no markup as text.
    expect(list.shadowRoot!.querySelector('[part~="row"] .plain-link')).to.be.null;
    expect(rows(list).some((row) => /[<>]/.test(row.textContent!))).to.be.false;
    // The hostile cases have a contact of their own.
    choose(win, 'contact', 'hostile');
    await waitUntil(
      () => list.state === 'ready' && part(list, 'header')?.textContent?.includes('hostile.data@example.com'),
      'the hostile contact did not load',
    );
    expect(list.shadowRoot!.querySelector('[part~="row"] .plain-link')!.textContent).to.equal('javascript:alert(1)');
    // A history that fails: the page, like a CRM's contact card, knows the addresses, and the header shows them.
    choose(win, 'contact', 'broken');
    await waitUntil(() => list.state === 'error', 'the broken contact did not fail', { timeout: 8000 });
    await list.updateComplete;
    expect(part(list, 'blocked-address')!.textContent).to.contain('noor.ali@example.com');
    expect(part(list, 'unblock-button')).to.exist;
  });

  it('asks for the page size chosen, and offers older messages past it', async () => {
    const { win, list } = await openDemo();
    choose(win, 'contact', 'many');
    await waitUntil(() => list.contactId === 'many' && list.state === 'ready', 'the contact did not load');
    choose(win, 'page-size', '25');
    await waitUntil(() => rows(list).length === 25, `${rows(list).length} rows, not 25`, { timeout: 8000 });
    expect(part(list, 'load-more-button'), 'no way to older messages').to.exist;
  });

  it('hands over 10,000 messages and renders only the rows in view; a contact chosen after them is fetched', async () => {
    const { win, list } = await openDemo();
    await click(win.document.querySelector<HTMLButtonElement>('#ten-thousand')!);
    await virtualised(list, 15_000);
    expect(rows(list).length).to.be.within(3, 299);
    expect(part(list, 'list')!.getAttribute('aria-rowcount'), 'the messages and the column headers').to.equal('10001');
    expect(part(list, 'header')!.textContent).to.contain('many.messages@example.com');

    choose(win, 'contact', 'blocked-email');
    await waitUntil(() => list.state === 'ready' && !list.shadowRoot!.querySelector('.list.virtual'), 'not fetched');
    await waitUntil(() => part(list, 'header')!.textContent!.includes('@'), 'no header');
    expect(part(list, 'header')!.textContent).not.to.contain('many.messages@example.com');
    expect(rows(list).length).to.be.within(1, 100);
  });

  it('after 10,000 handed-over messages, a 700-message contact at page size 500 scrolls with rows in view', async () => {
    const { win, list } = await openDemo();
    await click(win.document.querySelector<HTMLButtonElement>('#ten-thousand')!);
    await virtualised(list, 15_000);
    choose(win, 'page-size', '500');
    choose(win, 'contact', 'long-history');
    await waitUntil(
      // 500 messages and the column headers.
      () => list.state === 'ready' && part(list, 'list')?.getAttribute('aria-rowcount') === '501',
      'the 700-message contact did not load 500',
      { timeout: 15_000 },
    );
    const scroller = part(list, 'scroller')!;
    await waitUntil(() => scroller.scrollHeight > 10_000 + scroller.clientHeight, 'not laid out', { timeout: 8000 });
    // Once the rows are measured nothing else moves them: only the scroll itself can bring other rows.
    await frames(5, win);
    scroller.scrollTop = 10_000;
    const inView = () => rows(list).map((row) => Number(row.getAttribute('aria-rowindex')));
    await waitUntil(
      () => Math.min(...inView()) > 25,
      `rows ${Math.min(...inView())}–${Math.max(...inView())} at scrollTop 10,000`,
      {
        timeout: 5000,
      },
    );
    const box = scroller.getBoundingClientRect();
    const visible = rows(list).filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.bottom > box.top && rect.top < box.bottom;
    });
    expect(visible.length, 'rows fill the scroll box').to.be.greaterThan(0);
  });

  it('gives each of its lists a region and a toolbar named apart from the others', async () => {
    const { win } = await openDemo();
    const lists = [...win.document.querySelectorAll<MessageStatusList>('message-status-list')];
    expect(lists.length, 'the main list and the side panels').to.be.at.least(4);
    for (const list of lists) await loaded(list);
    const named = (selector: string) =>
      lists.map((list) => list.shadowRoot!.querySelector(selector)?.getAttribute('aria-label'));
    for (const selector of ['section.region', '[role="toolbar"]']) {
      const names = named(selector);
      expect(new Set(names).size, `${selector}: ${names.join(' | ')}`).to.equal(lists.length);
    }
  });
});
