import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { chipOf, explanationOf, rows, tipOf, tipText, virtualised } from './helpers/list.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { frames } from './helpers/frames.js';
import { hover, press, resetMouse } from './helpers/input.js';

const COUNT = 10_000;
const start = Date.parse('2026-06-01T12:00:00Z');
// Every 7th row has a link, so the arrow keys meet chips and links in the order a reader sees them.
const items = Array.from({ length: COUNT }, (_, i) => ({
  id: `v-${i}`,
  channel: i % 3 === 2 ? 'sms' : 'email',
  status: ['Delivered', 'SoftBounce', 'HardBounce', 'Opened'][i % 4],
  sentAt: new Date(start - i * 3_600_000).toISOString(),
  name: `Send-out ${i + 1}`,
  text: `Text ${i + 1}`,
  ...(i % 7 === 1 && { link: `https://mail.example.com/view/${i}` }),
}));

const nameOf = (element: Element) =>
  element.closest('[part~="row"]')!.querySelector('[part~="name"]')!.textContent!.trim();

async function longList(): Promise<MessageStatusList> {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list lang="en" style="--msl-list-max-height: 400px" .messages=${items}></message-status-list>`,
  );
  await virtualised(list);
  // The virtualizer measures the first rows, then sizes the list: only then can anything scroll.
  const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
  await waitUntil(
    () => scroller.scrollHeight > 10 * scroller.clientHeight && scroller.clientHeight > 0,
    'not laid out',
    {
      timeout: 8000,
    },
  );
  await frames(3);
  return list;
}

describe('a long list (virtualised)', function () {
  // 10,000 messages parsed and filtered on a busy two-core machine.
  this.timeout(30_000);
  afterEach(async () => {
    await resetMouse();
  });

  it('keeps a bounded number of rows in the page, in a scroll box of the height asked for', async () => {
    const list = await longList();
    expect(rows(list).length).to.be.greaterThan(3).and.below(300);
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(scroller.getBoundingClientRect().height).to.be.closeTo(400, 1);
    expect(list.shadowRoot!.querySelector('[part="showing"]')!.textContent!.trim()).to.equal('Showing 10000 of 10000');
    await expect(list).to.be.accessible();
  });

  it('scrolls to the end and shows the last message', async () => {
    const list = await longList();
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(
      () => rows(list).some((row) => nameOf(row) === `Send-out ${COUNT}`),
      'the last message never appeared',
      { timeout: 8000 },
    );
    expect(rows(list).length).to.be.below(300);
    // Each row rendered says where it sits in the whole list, for screen readers.
    const last = rows(list).find((row) => nameOf(row) === `Send-out ${COUNT}`)!;
    // Row 1 is the column headers: the last message is row 10,001 of 10,001.
    expect(last.getAttribute('aria-rowindex')).to.equal(String(COUNT + 1));
    expect(list.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-rowcount')).to.equal(String(COUNT + 1));
    expect(
      rows(list).some((row) => nameOf(row) === 'Send-out 1'),
      'the first rows left the page',
    ).to.be.false;
  });

  it('moves by arrow keys from row to row past the rows first rendered, the rows costing one Tab stop', async () => {
    const list = await longList();
    const summaryButtons = list.shadowRoot!.querySelectorAll<HTMLElement>('[part="summary-button"]');
    summaryButtons[summaryButtons.length - 1].focus();
    await press('Tab');
    const visited: string[] = [];
    const note = () => {
      const active = list.shadowRoot!.activeElement!;
      // A chip, another control by its part, a cell by its class.
      const what = active.matches('[part~="chip"]')
        ? 'chip'
        : active.getAttribute('role') === 'gridcell'
          ? active.classList[0]
          : active.getAttribute('part');
      visited.push(`${nameOf(active)} ${what}`);
    };
    note();
    // Down the chips, and along to the row's last item (Copy link where it has a link, else when it was sent) and back.
    for (let i = 1; i < 60; i++) {
      await press('ArrowDown');
      note();
      if (i % 5 === 0 || items[i].link) {
        await press('End');
        note();
        await press('Home');
        await press('ArrowRight');
        await press('ArrowRight');
      }
    }
    const expected = items
      .slice(0, 60)
      .flatMap((item, i) => [
        `${item.name} chip`,
        ...(i > 0 && (i % 5 === 0 || item.link) ? [`${item.name} ${item.link ? 'copy-link-button' : 'meta'}`] : []),
      ]);
    expect(visited).to.deep.equal(expected);
    // The focused row was rendered on the way and scrolled into view; its position is that in the whole list.
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(scroller.scrollTop).to.be.greaterThan(0);
    expect(list.shadowRoot!.activeElement!.closest('[part~="row"]')!.getAttribute('aria-rowindex')).to.equal('61');
    // Tab leaves the rows at once, whichever row has focus: here for the page's next stop (in Firefox, Tab from
    // a page's last stop leaves the page, and the window with it).
    const after = Object.assign(document.createElement('button'), { textContent: 'After' });
    list.after(after);
    await press('Tab');
    expect(document.activeElement).to.equal(after);
    after.remove();
  });

  it('scrolls a long list again after a short one replaced it (a new scroll box, the virtualizer already loaded)', async () => {
    const list = await longList();
    list.messages = items.slice(0, 5);
    await waitUntil(() => !list.shadowRoot!.querySelector('[part="scroller"]'), 'the short list kept a scroll box');
    list.messages = items.slice(0, 600);
    await virtualised(list);
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    await waitUntil(() => scroller.scrollHeight > 10 * scroller.clientHeight, 'not laid out', { timeout: 8000 });
    // Once the rows are measured nothing else moves: only the scroll itself can bring other rows.
    await frames(5);
    scroller.scrollTop = 10_000;
    await waitUntil(
      () => rows(list).some((row) => Number(nameOf(row).split(' ')[1]) > 50),
      `rows ${rows(list).map(nameOf)[0]} to ${rows(list).map(nameOf).at(-1)} at scrollTop 10,000`,
      { timeout: 5000 },
    );
  });

  it('explains a status on hover and on focus inside a virtualised row', async () => {
    const list = await longList();
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    scroller.scrollTop = 200_000;
    await waitUntil(() => rows(list).some((row) => Number(nameOf(row).split(' ')[1]) > 1000), 'did not scroll');
    await frames();
    const inView = rows(list)
      .map(chipOf)
      .filter((chip) => {
        const box = chip.getBoundingClientRect();
        const area = scroller.getBoundingClientRect();
        return box.top > area.top + 10 && box.bottom < area.bottom - 10;
      });
    // The rows share one tooltip: it must be showing this chip's explanation.
    const shown = (chip: HTMLElement) =>
      tipOf(chip).checkVisibility() &&
      tipOf(chip).getBoundingClientRect().height > 0 &&
      tipText(tipOf(chip)) === explanationOf(chip);

    await hover(inView[0]);
    await waitUntil(() => shown(inView[0]), 'no explanation on hover');
    expect(tipOf(inView[0]).textContent!.trim()).not.to.equal('');
    await resetMouse();

    inView[1].focus();
    await waitUntil(() => shown(inView[1]), 'no explanation on focus');
    await press('Escape');
    await waitUntil(() => !shown(inView[1]), 'Escape did not dismiss it');
  });
});
