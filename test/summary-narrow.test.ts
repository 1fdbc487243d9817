import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { frames } from './helpers/frames.js';
import { click, press } from './helpers/input.js';
import { freshContact } from './helpers/mock-api.js';
import { loaded, part, rows } from './helpers/list.js';
import { openNarrowList } from './helpers/narrow-page.js';
import { closePage } from './helpers/page-frame.js';

// Issue 23: the summary counts what is shown, lists problems first, and in a narrow list folds the other counts
// behind one button, so that on a phone (320 × 640) the first message is in view without scrolling.

const ENDPOINT = '/api/contacts/{contactId}/messages';

const read = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shows = (element: Element) => element.getClientRects().length > 0;

function summaryItems(list: MessageStatusList): HTMLElement[] {
  return [...part(list, 'summary')!.querySelectorAll<HTMLElement>('.summary-item')];
}

/** Ada's problems, in the catalog's order: the summary's first counts. */
const PROBLEMS = ['Soft bounce', 'Hard bounce', 'Deferred', 'Not delivered', 'Failed', 'Expired'];

const moreButton = (list: MessageStatusList) => part(list, 'summary')!.querySelector<HTMLElement>('.summary-more');

describe('a summary that counts what is shown', () => {
  it('counts only the problems while "Only problems" is on, so its total is the rows shown', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${freshContact('42')} endpoint=${ENDPOINT}></message-status-list>`,
    );
    await loaded(list);
    expect(read(part(list, 'summary')!.querySelector('.total'))).to.equal('25 messages');
    const problems = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="filter-button"]')].find(
      (button) => read(button) === 'Only problems',
    )!;
    await click(problems);
    await waitUntil(() => problems.getAttribute('aria-pressed') === 'true');
    await list.updateComplete;
    const shown = rows(list).length;
    expect(read(part(list, 'summary')!.querySelector('.total'))).to.equal(`${shown} messages`);
    expect(read(part(list, 'showing'))).to.equal(`Showing ${shown} of 25`);
    const counted = summaryItems(list).map(read);
    expect(counted.join(' | ')).not.to.match(/Delivered|Unknown|Control group|Routed|Other/);
    // Each count is as many rows as pressing it shows.
    const sum = counted.map((item) => Number(/ (\d+)/.exec(item)![1])).reduce((a, b) => a + b, 0);
    expect(sum).to.equal(shown);
  });

  it('lists the problems first, then the rest, as its buttons and the arrow keys go', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${freshContact('42')} endpoint=${ENDPOINT}></message-status-list>`,
    );
    await loaded(list);
    const labels = summaryItems(list).map((item) => read(item).replace(/ \d+.*$/, ''));
    expect(labels).to.deep.equal([
      ...PROBLEMS,
      'Delivered',
      'Delivered (Opened)',
      'Unknown',
      'Control group',
      'Routed',
      'Other',
    ]);
    // A wide list shows every count and no button to fold them.
    expect(summaryItems(list).every(shows)).to.be.true;
    expect(shows(moreButton(list)!)).to.be.false;
  });
});

describe('a narrow list’s summary', () => {
  afterEach(() => closePage());

  async function phone() {
    const { win, list } = await openNarrowList('42', 320, 640);
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="summary"]'), 'the rest of the widget never came');
    await frames(2);
    return { win, list };
  }

  it('shows the first message without scrolling at 320 × 640, the counts that are no problem folded away', async () => {
    const { win, list } = await phone();
    expect(win.scrollY).to.equal(0);
    const first = rows(list)[0].getBoundingClientRect();
    // Before issue 23 it started 425 px down, under a legend of twelve counts on seven lines.
    expect(first.top, `the first row starts at ${first.top}px`).to.be.at.most(300);
    expect(first.bottom, `the first row ends at ${first.bottom}px`).to.be.at.most(640);
    // Nothing filtered out: "Showing 25 of 25" would only repeat the total.
    expect(shows(part(list, 'showing')!)).to.be.false;
    const items = summaryItems(list);
    expect(items.filter(shows).map((item) => read(item).replace(/ \d+.*$/, ''))).to.deep.equal(PROBLEMS);
    const more = moreButton(list)!;
    expect(read(more)).to.equal('+6 more');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows the rest behind its one button, and folds them again', async () => {
    const { list } = await phone();
    const more = moreButton(list)!;
    await click(more);
    await waitUntil(() => more.getAttribute('aria-expanded') === 'true', 'the button did not open the rest');
    expect(summaryItems(list).every(shows)).to.be.true;
    expect(read(more)).to.equal('Fewer');
    await click(more);
    await waitUntil(() => more.getAttribute('aria-expanded') === 'false');
    expect(summaryItems(list).filter(shows)).to.have.length(6);
  });

  it('moves with the arrow keys among the counts that show, the button last', async () => {
    const { win, list } = await phone();
    const buttons = [...part(list, 'summary')!.querySelectorAll<HTMLElement>('[role="toolbar"] button')];
    (win.frameElement as HTMLElement).focus();
    buttons[0].focus();
    await press('End');
    expect(list.shadowRoot!.activeElement).to.equal(moreButton(list));
    await press('ArrowRight');
    expect(list.shadowRoot!.activeElement, 'round to the first').to.equal(buttons[0]);
  });

  it('keeps a chosen count in view though it is folded away', async () => {
    const { list } = await phone();
    const more = moreButton(list)!;
    await click(more);
    const delivered = summaryItems(list).find((item) => read(item).startsWith('Delivered 5'))!;
    await click(delivered.querySelector('button')!);
    await waitUntil(() => rows(list).length === 5, 'the count did not filter');
    await click(more);
    await waitUntil(() => more.getAttribute('aria-expanded') === 'false');
    expect(shows(delivered), 'the chosen count stays').to.be.true;
  });
});
