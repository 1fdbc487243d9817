import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { chips, explanationOf, loaded, part, rows, tipOf, tipText } from './helpers/list.js';
import { click, hover, press } from './helpers/input.js';
import { freshContact } from './helpers/mock-api.js';
import { closePage, openMarkup, type FrameWindow } from './helpers/page-frame.js';

// The script-tag bundle draws the first rows from its first file alone and fetches the rest of the widget at once;
// on a slow link the rest arrives after the rows. Here the rest is held back (scripts/late-files.mjs) while a
// person already reads, presses and points: nothing they do is lost, and what cannot work yet is not shown.

const LATE_MS = 1500;

/** The bundle at a URL of its own (scripts/late-files.mjs): its files come from the server, late, not from a cache. */
const freshBundle = () => `/fresh/${Math.random().toString(36).slice(2)}/dist/message-status-list.bundle.js`;

async function openLatePage(
  contact: string,
  { late = 'bundle.rest-', lang = 'en' } = {},
): Promise<{ win: FrameWindow; list: MessageStatusList }> {
  document.cookie = `msl-late=${LATE_MS}:${late}; path=/`;
  const win = await openMarkup(
    `<!doctype html>
    <script type="module" src="${freshBundle()}"></script>
    <message-status-list lang="${lang}" contact-id="${freshContact(contact)}"
      endpoint="/api/contacts/{contactId}/messages" unblock-endpoint="/api/contacts/{contactId}/unblock">
    </message-status-list>`,
    { untilLoaded: false },
  );
  const list = win.document.querySelector<MessageStatusList>('message-status-list')!;
  await waitUntil(() => list.shadowRoot && rows(list).length > 0, 'no first rows', { timeout: 8000 });
  expect(!!win.customElements.get('message-status-chip'), 'the rest arrived before the first rows').to.be.false;
  return { win, list };
}

/** Resolves once the rest of the widget has arrived in the page and the list has drawn what it brings. */
async function restArrived(win: FrameWindow, list: MessageStatusList): Promise<void> {
  await win.customElements.whenDefined('message-status-chip');
  await waitUntil(() => part(list, 'filters'), 'the rest drew no filters');
}

const focusedIn = (list: MessageStatusList) => list.shadowRoot!.activeElement;

describe('pay as you go: the first rows before the rest of the widget', () => {
  before(async function () {
    // The first request builds the bundle (seconds on a busy machine); the tests then share the build.
    this.timeout(90_000);
    await fetch('/dist/message-status-list.bundle.js');
  });

  afterEach(async () => {
    document.cookie = 'msl-late=; path=/; max-age=0';
    closePage();
    await resetMouse();
  });

  it('draws rows from the first file alone, shows no control before it can work, and gains them with the rest', async () => {
    const { win, list } = await openLatePage('blocked-email');
    // The rows read in full: channel, name, status, text, time, link.
    expect(rows(list)[0].textContent).to.match(/Email|SMS/);
    // No header with its Unblock, no filters, no Show more, no explanation yet: nothing to press that would not work.
    for (const name of ['header', 'unblock-button', 'filters', 'summary', 'show-more-button']) {
      expect(part(list, name), `${name} before the rest arrived`).to.be.null;
    }
    // The grid's one Tab stop is already there: the first row's chip.
    const stops = [...list.shadowRoot!.querySelectorAll('[tabindex="0"]')];
    expect(stops.map((stop) => stop.getAttribute('part'))).to.deep.equal([chips(list)[0].getAttribute('part')]);
    expect(stops[0]).to.equal(chips(list)[0]);

    // Each row says when it was sent: its date and time, until the rest turns the last week's into how long ago.
    const times = () => rows(list).map((row) => row.querySelector('[part~="time"]')!);
    // (Drawn before the date formatter was built, as the rows never wait for it, a date follows a moment later.)
    await waitUntil(() => times().every((time) => /\d/.test(time.textContent!)), 'a row without its date');
    expect(list.shadowRoot!.querySelector('.relative-time')).to.be.null;
    expect(!!win.customElements.get('message-status-chip'), 'the rest arrived before the dates').to.be.false;

    await restArrived(win, list);
    expect(part(list, 'unblock-button')).to.exist;
    expect(explanationOf(chips(list)[0]).length).to.be.greaterThan(20);
    await waitUntil(() => times().some((time) => /\bago\b/.test(time.textContent!)), 'no time of the last week');

    // The rest was asked for once the first request was out, not before: it must not take the link the data needs.
    const resources = win.performance.getEntriesByType('resource');
    const started = (file: string) => resources.find((entry) => entry.name.includes(file))!.startTime;
    expect(started('bundle.rest-')).to.be.at.least(started('/api/contacts/'));
  });

  it('keeps the arrow keys pressed in the rows before the rest arrives, and moves by each once it has', async () => {
    const { win, list } = await openLatePage('42');
    const [first, , , fourth] = chips(list);
    // Keys go where the top page's focus is: into the page's frame, then onto the chip.
    (win.frameElement as HTMLElement).focus();
    first.focus();
    for (let i = 0; i < 3; i++) await press('ArrowDown');
    // Not handled yet, but not lost, and they did not scroll the page either.
    expect(focusedIn(list)).to.equal(first);
    await restArrived(win, list);
    // Each key moves on from where the one before it left focus, as they would have once the grid was here.
    await waitUntil(() => focusedIn(list) === fourth, 'the arrow keys were lost or done on the same row');
  });

  it('opens the explanation of a chip pointed at before the rest arrives, which Escape then closes', async () => {
    const { win, list } = await openLatePage('42');
    const chip = chips(list)[1];
    await hover(chip);
    await restArrived(win, list);
    const tip = tipOf(chip);
    await waitUntil(() => !tip.hidden && tipText(tip) === explanationOf(chip), 'no explanation shown');
    (win.frameElement as HTMLElement).focus();
    await press('Escape');
    await waitUntil(() => tip.hidden, 'Escape did not close it');
  });

  it('does a press on a chip made before the rest arrives once it has: its explanation opens', async () => {
    const { win, list } = await openLatePage('42');
    const chip = chips(list)[2];
    await click(chip);
    await resetMouse();
    await restArrived(win, list);
    const tip = tipOf(chip);
    await waitUntil(() => !tip.hidden && tipText(tip) === explanationOf(chip), 'the press was lost');
  });

  for (const [language, lang, delivered] of [
    ['Swedish', 'sv', 'Levererat'],
    ['Finnish', 'fi-FI', 'Toimitettu'],
  ]) {
    it(`shows a ${language} list no English while its words are on their way, then its rows in ${language}`, async () => {
      document.cookie = `msl-late=${LATE_MS}:bundle.${lang.slice(0, 2)}-; path=/`;
      const win = await openMarkup(
        `<!doctype html>
        <script type="module" src="${freshBundle()}"></script>
        <message-status-list lang="${lang}" contact-id="${freshContact('42')}"
          endpoint="/api/contacts/{contactId}/messages"></message-status-list>`,
        { untilLoaded: false },
      );
      const list = win.document.querySelector<MessageStatusList>('message-status-list')!;
      // Every text the list shows, from its first render on.
      const seen = new Set<string>();
      const note = () => seen.add(list.shadowRoot?.textContent ?? '');
      const watching = setInterval(note, 5);
      try {
        // The element has no shadow root until the bundle has arrived and defined it.
        await waitUntil(() => list.shadowRoot && rows(list).length > 0, 'no rows', { timeout: 8000 });
      } finally {
        clearInterval(watching);
      }
      note();
      expect(
        [...seen].some((text) => /Delivered|Opened|Loading|Email/.test(text)),
        'English was shown',
      ).to.be.false;
      expect(chips(list).map((chip) => chip.textContent)).to.include(delivered);
    });
  }

  it('shows Unblock only once it works, and it works from the first click', async () => {
    const { win, list } = await openLatePage('blocked-email');
    await restArrived(win, list);
    await click(part(list, 'unblock-button')!);
    const dialog = part(list, 'confirm-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'the first click on Unblock did nothing');
  });
});

describe('rows cost what they show', () => {
  it('at 100 rows, a row is at most 40 nodes and 16 elements, with no whitespace between its tags', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${freshContact('many')}
        endpoint="/api/contacts/{contactId}/messages"
      ></message-status-list>`,
    );
    await loaded(list);
    const shown = rows(list);
    expect(shown).to.have.length(100);
    // Every node of the grid, Lit's markers between rows included, shared among the rows.
    const grid = part(list, 'list')!;
    const walker = document.createTreeWalker(grid, NodeFilter.SHOW_ALL);
    const counts = { nodes: 0, elements: 0, blank: 0 };
    while (walker.nextNode()) {
      const node = walker.currentNode;
      counts.nodes++;
      if (node instanceof Element) counts.elements++;
      if (node.nodeType === Node.TEXT_NODE && !node.textContent!.trim()) counts.blank++;
    }
    expect(counts.nodes / shown.length, 'nodes a row').to.be.at.most(40);
    expect(counts.elements / shown.length, 'elements a row').to.be.at.most(16);
    expect(counts.blank, 'whitespace text nodes').to.equal(0);
    // Nothing in a row that nobody asked for: no explanation, no Show more where no text is cut.
    expect(grid.querySelector('[role="tooltip"], .tooltip, p[id]')).to.be.null;
  });
});
