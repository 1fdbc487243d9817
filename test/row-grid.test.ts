import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { frames } from './helpers/frames.js';
import { press, pressWith } from './helpers/input.js';
import { itExceptIn } from './helpers/engine.js';
import { part, rows, tipOf, virtualised } from './helpers/list.js';

// The rows are one grid with one Tab stop (WAI-ARIA APG grid, roving tabindex): arrows, Home, End, Page Up and
// Page Down move inside it, by the real keyboard.

const start = Date.parse('2026-06-01T12:00:00Z');
// Every 3rd message has a link (with "Copy link" after it), every 5th a long text (with "Show more"): rows with one,
// three and more items.
const items = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `g-${i}`,
    channel: i % 2 ? 'sms' : 'email',
    status: ['Delivered', 'SoftBounce', 'Opened'][i % 3],
    sentAt: new Date(start - i * 3_600_000).toISOString(),
    name: `Send-out ${i + 1}`,
    text: i % 5 === 4 ? `Long text ${i + 1} `.repeat(20) : `Text ${i + 1}`,
    ...(i % 3 === 1 && { link: `https://mail.example.com/view/${i}` }),
  }));

/** A list of `count` messages between two buttons of the page, laid out (virtualised past 200). */
async function listOf(count: number, { width = '', dir = 'ltr' } = {}) {
  const page = await fixture<HTMLElement>(
    html`<div dir=${dir} style=${width ? `width: ${width}` : ''}>
      <button id="before">Before</button>
      <message-status-list
        lang="en"
        style="--msl-list-max-height: 400px"
        .messages=${items(count)}
      ></message-status-list>
      <button id="after">After</button>
    </div>`,
  );
  const list = page.querySelector<MessageStatusList>('message-status-list')!;
  await list.updateComplete;
  // The virtualizer renders the rows of the part of its box in the window: none while below it.
  list.scrollIntoView();
  if (count > 200) {
    await virtualised(list, 20_000);
    const scroller = part(list, 'scroller')!;
    await waitUntil(() => scroller.scrollHeight > 2 * scroller.clientHeight, 'not laid out', { timeout: 8000 });
  }
  await frames(3);
  return {
    list,
    before: page.querySelector<HTMLElement>('#before')!,
    after: page.querySelector<HTMLElement>('#after')!,
  };
}

/** The element that has focus, through the list's shadow root. */
function focused(list: MessageStatusList): HTMLElement | null {
  return (list.shadowRoot!.activeElement ?? document.activeElement) as HTMLElement | null;
}

/** What has focus, as "<message number> <item>": "3 chip", "2 link", "2 copy-link", "5 show-more", "4 channel". */
function where(list: MessageStatusList): string {
  const active = focused(list);
  const row = active?.closest('[role="row"]');
  if (!active || !row) return `not in a row: ${active?.localName}`;
  return `${messageNumber(list, row)} ${itemName(active)}`;
}

/** A row item's name: a cell by its class (channel, name, text, meta), a control by its part. */
function itemName(item: Element): string {
  if (item.matches('[part~="chip"]')) return 'chip';
  if (item.getAttribute('role') === 'gridcell') return item.classList[0];
  return item.getAttribute('part')!.replace('-button', '');
}

/**
 * A row's message, counted from 1: a virtualised list's rows say where they sit (row 1 being the column headers'),
 * a short list's are all in the page, in order.
 */
function messageNumber(list: MessageStatusList, row: Element): number {
  const said = row.getAttribute('aria-rowindex');
  return said ? Number(said) - 1 : rows(list).indexOf(row as HTMLElement) + 1;
}

/** Tab presses from `before` until focus reaches `after`. */
async function tabsToPass(before: HTMLElement, after: HTMLElement): Promise<number> {
  before.focus();
  for (let presses = 1; presses <= 400; presses++) {
    await press('Tab');
    if (document.activeElement === after) return presses;
  }
  throw new Error('Tab never reached the button after the list');
}

describe('the rows as one grid', function () {
  // 250 messages parsed and laid out on a busy two-core machine.
  this.timeout(30_000);

  it('costs as many Tab presses for 250 messages as for 17, the rows being one stop', async () => {
    const short = await listOf(17);
    const few = await tabsToPass(short.before, short.after);
    short.list.parentElement!.remove();
    const long = await listOf(250);
    const many = await tabsToPass(long.before, long.after);
    expect(many, `${many} presses for 250 messages, ${few} for 17`)
      .to.be.at.most(few + 2)
      .and.at.most(30);
    const stops = [...long.list.shadowRoot!.querySelectorAll<HTMLElement>('[role="grid"] [tabindex="0"]')];
    expect(stops, 'one Tab stop in the rows').to.have.length(1);
  });

  it('moves between rows with ↑ ↓ and within a row with ← → Home End, keeping the stop where focus was', async () => {
    const { list, before, after } = await listOf(17);
    before.focus();
    while (!focused(list)?.closest('[role="row"]')) await press('Tab');
    expect(where(list), 'Tab enters the rows at the first chip').to.equal('1 chip');
    await press('ArrowDown');
    expect(where(list)).to.equal('2 chip');
    await press('ArrowRight');
    expect(where(list)).to.equal('2 text');
    await press('ArrowRight');
    expect(where(list)).to.equal('2 meta');
    await press('ArrowRight');
    expect(where(list), 'row 2 has a link').to.equal('2 link');
    await press('ArrowRight');
    expect(where(list), 'and Copy link beside it').to.equal('2 copy-link');
    await press('ArrowRight');
    expect(where(list), 'no further item: focus stays').to.equal('2 copy-link');
    await press('ArrowDown');
    expect(where(list), 'row 3 has no link: its last item').to.equal('3 meta');
    await press('ArrowDown');
    await press('ArrowDown');
    await press('End');
    expect(where(list), 'row 5 has Show more last').to.equal('5 show-more');
    await press('Home');
    expect(where(list)).to.equal('5 channel');
    await press('ArrowUp');
    expect(where(list)).to.equal('4 channel');
    await press('ArrowRight');
    await press('ArrowRight');
    expect(where(list)).to.equal('4 chip');
    await press('ArrowUp');
    await press('ArrowUp');
    await press('ArrowUp');
    await press('ArrowUp');
    expect(where(list), 'no row above the first').to.equal('1 chip');

    // Tab leaves the rows; coming back lands on the item last focused.
    await press('ArrowDown');
    await press('ArrowDown');
    await press('Tab');
    expect(focused(list)?.closest('[role="grid"]'), 'Tab left the rows').to.equal(null);
    before.focus();
    while (!focused(list)?.closest('[role="row"]') && document.activeElement !== after) await press('Tab');
    expect(where(list)).to.equal('3 chip');
  });

  it('toggles a chip’s explanation with Enter and opens a row with Show more by Space', async () => {
    const { list } = await listOf(17);
    const chip = rows(list)[1].querySelector<HTMLElement>('[part~="chip"]')!;
    chip.focus();
    await press('ArrowDown');
    await press('ArrowUp');
    expect(focused(list)).to.equal(chip);
    const tip = tipOf(chip);
    await press('Escape');
    await waitUntil(() => tip.hidden, 'Escape did not close the explanation');
    await press('Enter');
    await waitUntil(() => !tip.hidden, 'Enter did not open the explanation');
    await press('Enter');
    await waitUntil(() => tip.hidden, 'Enter again did not close it');

    await press('ArrowDown');
    await press('ArrowDown');
    await press('ArrowDown');
    await press('End');
    expect(where(list)).to.equal('5 show-more');
    await press(' ');
    await waitUntil(() => rows(list)[4].classList.contains('expanded'), 'Space did not open the row');
    expect(where(list), 'focus stays on Show less').to.equal('5 show-more');
  });

  it('hands the stop to the first row when the row that had it is filtered out', async () => {
    const { list } = await listOf(17);
    rows(list)[1].querySelector<HTMLElement>('[part~="chip"]')!.focus();
    const search = part(list, 'search')!;
    search.focus();
    await sendKeys({ type: 'Send-out 1' });
    await waitUntil(() => rows(list).length < 17, 'the search did not narrow the rows');
    while (!focused(list)?.closest('[role="row"]')) await press('Tab');
    expect(where(list)).to.equal('1 chip');
    expect(focused(list)!.closest('[role="row"]')!.querySelector('[part~="name"]')!.textContent).to.equal('Send-out 1');
  });

  it('moves past the rendered rows of a long list by Page Down to the last, and back to the stop by Tab', async () => {
    const { list, before } = await listOf(250);
    const scroller = part(list, 'scroller')!;
    const chip = rows(list)[0].querySelector<HTMLElement>('[part~="chip"]')!;
    chip.focus();
    expect(where(list)).to.equal('1 chip');
    const perBox = Math.floor(scroller.clientHeight / rows(list)[0].offsetHeight);
    await press('PageDown');
    await waitUntil(() => where(list) !== '1 chip', 'Page Down did not move');
    expect(Number(where(list).split(' ')[0]), 'about a scroll box of rows').to.equal(1 + perBox);

    for (let presses = 0; presses < 100 && !where(list).startsWith('250 '); presses++) {
      const from = where(list);
      await press('PageDown');
      await waitUntil(() => where(list) !== from, `Page Down did not move on from ${from}`);
    }
    expect(rows(list).length, 'still only the rows in view').to.be.below(100);
    expect(part(list, 'list')!.getAttribute('aria-rowcount'), '250 messages and the column headers').to.equal('251');
    const last = focused(list)!.closest('[role="row"]')!;
    expect(last.querySelector('[part~="name"]')!.textContent).to.equal('Send-out 250');

    // Scrolled back to the top, the stop's row is no longer rendered: Tab still comes back to it.
    await press('ArrowUp');
    await waitUntil(() => where(list).startsWith('249 '), 'ArrowUp did not move');
    before.focus();
    scroller.scrollTop = 0;
    await waitUntil(() => !rows(list).some((row) => messageNumber(list, row) === 249), 'row 249 stayed');
    await frames(2);
    while (!focused(list)?.closest('[role="grid"]')) await press('Tab');
    await waitUntil(() => where(list).startsWith('249 '), `Tab came back to ${where(list)}`);
    expect(focused(list)!.closest('[role="row"]')!.querySelector('[part~="name"]')!.textContent).to.equal(
      'Send-out 249',
    );
  });

  itExceptIn(
    ['webkit'],
    'its WebDriver cannot hold Control down',
    'goes to the first and last rows with Ctrl+Home and Ctrl+End, rendering them',
    async () => {
      const short = await listOf(17);
      rows(short.list)[3].querySelector<HTMLElement>('[part~="chip"]')!.focus();
      await pressWith('Control', 'End');
      expect(where(short.list), 'the last item of the last row').to.equal('17 copy-link');
      await pressWith('Control', 'Home');
      expect(where(short.list), 'the first cell of the first row').to.equal('1 channel');
      short.list.parentElement!.remove();

      const { list } = await listOf(250);
      rows(list)[0].querySelector<HTMLElement>('[part~="chip"]')!.focus();
      await pressWith('Control', 'End');
      await waitUntil(() => where(list).startsWith('250 '), `Ctrl+End reached ${where(list)}`);
      expect(rows(list).length, 'still only the rows in view').to.be.below(100);
      await pressWith('Control', 'Home');
      await waitUntil(() => where(list) === '1 channel', `Ctrl+Home reached ${where(list)}`);
    },
  );

  it('reaches every cell of a row by arrow keys: those without a control focusable only by script, named by its column', async () => {
    const { list } = await listOf(17);
    // Row 2 has a link, row 5 also Show more.
    const row = rows(list)[4];
    row.querySelector<HTMLElement>('[part~="chip"]')!.focus();
    await press('Home');
    const reached: string[] = [];
    for (let presses = 0; presses < 10; presses++) {
      const item = focused(list)!;
      if (reached.at(-1) === itemName(item)) break;
      reached.push(itemName(item));
      expect(item.closest('[role="row"]'), 'focus left the row').to.equal(row);
      await press('ArrowRight');
    }
    expect(reached).to.deep.equal(['channel', 'name', 'chip', 'text', 'meta', 'link', 'copy-link', 'show-more']);
    // Every cell is reached: itself, or the one control it holds (the status cell, its chip).
    const cells = [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')];
    expect(cells).to.have.length(5);
    for (const cell of cells) {
      const item = cell.matches('[data-row-item]') ? cell : cell.querySelector<HTMLElement>('[data-row-item]')!;
      expect(item, `${cell.className} cannot be reached`).to.exist;
      // Only the grid's one stop is in the Tab order.
      expect(item.tabIndex, itemName(item)).to.equal(item === focused(list) ? 0 : -1);
    }
    // One row of column headers, as many as a row has cells, seen by nobody and read by screen readers.
    const grid = part(list, 'list')!;
    const headerRows = [...grid.querySelectorAll('[role="row"]')].filter((each) =>
      each.querySelector('[role="columnheader"]'),
    );
    expect(headerRows).to.have.length(1);
    const headers = [...headerRows[0].querySelectorAll('[role="columnheader"]')].map((header) => header.textContent);
    expect(headers).to.deep.equal(['Channel', 'Send-out', 'Status', 'Subject or text', 'Sent']);
    expect(headerRows[0].getBoundingClientRect().height, 'the headers show').to.be.at.most(1);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    for (const width of ['1280px', '600px', '320px']) {
      it(`moves along a row in the order it is seen, ${dir.toUpperCase()} at ${width}`, async () => {
        const { list } = await listOf(17, { width, dir });
        const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
        const row = rows(list)[4];
        row.querySelector<HTMLElement>('[part~="chip"]')!.focus();
        await press('Home');
        const boxes: { name: string; box: DOMRect }[] = [];
        for (let presses = 0; presses < 10; presses++) {
          const item = focused(list)!;
          if (boxes.at(-1)?.name === itemName(item)) break;
          // Where it sits in its row: focus may scroll the page between two presses.
          const [box, at] = [item.getBoundingClientRect(), row.getBoundingClientRect()];
          boxes.push({ name: itemName(item), box: new DOMRect(box.x - at.x, box.y - at.y, box.width, box.height) });
          await press(forward);
        }
        // Every item of the row, Show more where its text is cut at this width.
        const shown = [...row.querySelectorAll('[data-row-item]')].filter((item) => item.getClientRects().length);
        expect(boxes.map(({ name }) => name))
          .to.have.length(shown.length)
          .and.length.to.be.at.least(6);
        // Each step goes on along the line the item is on (rightwards, or leftwards right to left), or down to a
        // line below: never back along a line, never up.
        for (let i = 1; i < boxes.length; i++) {
          const [from, to] = [boxes[i - 1], boxes[i]];
          const step = `${from.name} → ${to.name}`;
          const sameLine = to.box.top < from.box.bottom - 1 && from.box.top < to.box.bottom - 1;
          if (sameLine && dir === 'ltr') expect(to.box.left, `${step} went left`).to.be.at.least(from.box.left);
          else if (sameLine) expect(to.box.right, `${step} went right`).to.be.at.most(from.box.right);
          else expect(to.box.top, `${step} went up`).to.be.at.least(from.box.bottom - 1);
        }
      });
    }
  }
});
