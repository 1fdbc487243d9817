import { expect, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { frames } from './helpers/frames.js';
import { chipOf, rows } from './helpers/list.js';
import { openNarrowList } from './helpers/narrow-page.js';
import { closePage, type FrameWindow } from './helpers/page-frame.js';

// WCAG 1.4.10 (reflow: 320 CSS px wide, no scrolling sideways) and 1.4.12 (text spacing: a reader's own line,
// paragraph, letter and word spacing lose no content), together, as a person zoomed in with a spacing bookmarklet
// meets them. The list is in a page of its own in a 320 px wide frame: a real 320 px viewport in every engine
// (the runner's setViewport has no WebDriver version, so WebKit could not be narrowed otherwise).

const NARROW = 320;

/** WCAG 1.4.12's spacing, with `!important` as a reader's user style has it, put inside the shadow root. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

async function narrowListWithSpacing(scenario: string): Promise<{ win: FrameWindow; list: MessageStatusList }> {
  const { win, list } = await openNarrowList(scenario, NARROW);
  // A sheet of the frame's own document: a constructed sheet can only be adopted where it was made.
  const spacing = new win.CSSStyleSheet();
  spacing.replaceSync(TEXT_SPACING);
  const root = list.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
  // The spacing is in force: a line 1.5 times the font size, not the widget's own.
  const style = win.getComputedStyle(root.querySelector('[part~="text"]')!);
  expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
  return { win, list };
}

/** What sticks out sideways past the list: elements that show, and are wider than the list lets them be. */
function outside(list: MessageStatusList): string[] {
  const box = list.getBoundingClientRect();
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.getClientRects().length && !element.closest('.visually-hidden, [popover], dialog'))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1);
    })
    .map((element) => `${element.localName}.${element.className} ${element.textContent!.trim().slice(0, 40)}`);
}

/** Whether an element's content is cut off at its bottom (a clamp or a fixed height hides its end). */
function cutOff(element: HTMLElement): boolean {
  return element.scrollHeight > element.clientHeight + 1;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

describe('reflow at 320 px with text spacing (WCAG 1.4.10, 1.4.12)', () => {
  afterEach(() => closePage());

  it('scrolls no sideways, cuts off no short text, and lets nothing cover a chip', async function () {
    this.timeout(20_000);
    const { win, list } = await narrowListWithSpacing('42');
    expect(win.document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(NARROW);
    expect(list.scrollWidth, 'the widget scrolls sideways').to.be.at.most(list.clientWidth + 1);
    expect(outside(list), 'sticks out of the widget').to.deep.equal([]);

    const all = rows(list);
    expect(all.length).to.be.greaterThan(10);
    for (const row of all) {
      // Seen as a reader sees it: rows far out of view are not laid out (content-visibility) until scrolled to,
      // and a row measures whether its text is cut once laid out.
      row.scrollIntoView({ block: 'center' });
      await frames(3, win);
      const name = row.querySelector<HTMLElement>('[part~="name"]')!.textContent!.trim();
      // A row that offers no "Show more" has nothing cut off: the end of a short SMS is there to read.
      if (!row.querySelector<HTMLElement>('[part~="show-more-button"]')?.checkVisibility()) {
        for (const field of row.querySelectorAll<HTMLElement>('[part~="name"], [part~="text"], .source')) {
          expect(cutOff(field), `the end of "${field.textContent!.trim()}" is cut off`).to.equal(false);
        }
      }
      const chip = chipOf(row).getBoundingClientRect();
      for (const field of row.querySelectorAll<HTMLElement>(
        '[part~="channel"], [part~="name"], [part~="text"], .meta > *',
      )) {
        expect(
          overlaps(chip, field.getBoundingClientRect()),
          `"${name}": its chip is covered by ${field.className || field.localName}`,
        ).to.equal(false);
      }
    }
  });

  it('reaches the whole of a 2,000-character SMS through Show more', async function () {
    this.timeout(20_000);
    const { win, list } = await narrowListWithSpacing('messy');
    const row = rows(list).find((each) => each.querySelector('[part~="name"]')!.textContent === 'Very long text')!;
    const text = row.querySelector<HTMLElement>('[part~="text"]')!;
    expect(text.textContent!.length).to.equal(2000);
    expect(cutOff(text), 'clamped before Show more').to.equal(true);
    // The row measures its text cut, then offers Show more.
    const showMore = () => row.querySelector<HTMLButtonElement>('[part~="show-more-button"]');
    await waitUntil(showMore, 'no Show more on the cut SMS');
    showMore()!.click();
    await list.updateComplete;
    expect(cutOff(text), 'still cut off after Show more').to.equal(false);
    expect(list.scrollWidth).to.be.at.most(list.clientWidth + 1);
    expect(outside(list)).to.deep.equal([]);
    expect(win.document.documentElement.scrollWidth).to.be.at.most(NARROW);
  });
});
