import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { emulateMedia } from './helpers/emulate.js';
import { itExceptIn } from './helpers/engine.js';
import { click, moveMouseAway, press } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { chips, rows, tipOf } from './helpers/list.js';

const ENDPOINT = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/unblock';
const NO_MEDIA_EMULATION = 'WebDriver cannot emulate media features';

async function loadedList(contactId: string, extra: { pageSize?: number; theme?: string } = {}) {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${contactId}
      endpoint=${ENDPOINT}
      unblock-endpoint=${UNBLOCK}
      page-size=${extra.pageSize ?? 100}
      theme=${extra.theme ?? 'light'}
    ></message-status-list>`,
  );
  await waitUntil(() => list.state === 'ready' || list.state === 'error', `still ${list.state}`, { timeout: 8000 });
  await list.updateComplete;
  return list;
}

function $(list: MessageStatusList, selector: string): HTMLElement | null {
  return list.shadowRoot!.querySelector<HTMLElement>(selector);
}

function liveText(list: MessageStatusList): string {
  return $(list, '[aria-live="polite"]')!.textContent!.trim();
}

/** The element that really has focus, through the list's and a chip's shadow roots. */
function focused(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

function describe_(element: HTMLElement): string {
  return `${element.localName}[part="${element.getAttribute('part') ?? ''}"] ${element.textContent?.trim().slice(0, 30)}`;
}

describe('accessibility', () => {
  afterEach(async () => {
    await emulateMedia(null);
    await moveMouseAway();
  });

  it('can be used by keyboard alone, with a visible focus ring on every stop', async function () {
    this.timeout(20_000);
    const start = await fixture<HTMLElement>(html`<div><button id="before">Before</button></div>`);
    const contactId = freshContact('blocked-email');
    const list = await loadedList(contactId, { pageSize: 4 });
    start.after(list);
    // A stop after the list, as a real page has: in Firefox, Tab from a page's last stop leaves the page.
    list.after(Object.assign(document.createElement('button'), { textContent: 'After' }));
    start.querySelector<HTMLButtonElement>('#before')!.focus();

    // Tab through the whole list, noting each stop and whether its focus ring shows.
    const stops: HTMLElement[] = [];
    for (let i = 0; i < 40; i++) {
      await press('Tab');
      const element = focused();
      if (!element || !isInside(list, element)) break;
      stops.push(element);
      const style = getComputedStyle(element);
      expect(style.outlineStyle, `no focus ring on ${describe_(element)}`).to.equal('solid');
      expect(parseFloat(style.outlineWidth), `thin focus ring on ${describe_(element)}`).to.be.at.least(2);
    }
    const parts = stops.map((element) => element.getAttribute('part') ?? element.localName);
    expect(parts[0]).to.equal('unblock-button');
    expect(parts).to.include('filter-button');
    // The rows are one stop, their first chip; the arrow keys reach the rest (test/row-grid.test.ts).
    expect(
      parts.filter((part) => part.startsWith('chip ')),
      'the rows are one stop',
    ).to.have.length(1);
    expect(parts).not.to.include('link');
    expect(parts).to.include('load-more-button');
    expect(parts).to.include('refresh-button');
    expect(parts.indexOf('load-more-button')).to.be.lessThan(parts.indexOf('refresh-button'));

    // A filter by Space, a chip's explanation by Enter and Escape.
    const problems = stops.find((element) => element.textContent?.includes('Only problems'))!;
    problems.focus();
    await press(' ');
    await waitUntil(() => problems.getAttribute('aria-pressed') === 'true', 'Space did not press the filter');
    await press(' ');
    await waitUntil(() => problems.getAttribute('aria-pressed') === 'false', 'Space did not release the filter');

    const chipButton = stops.find((element) => element.getAttribute('part')?.startsWith('chip '))!;
    chipButton.focus();
    const tip = tipOf(chipButton);
    await waitUntil(() => tip.matches(':popover-open'), 'focus did not open the explanation');
    await press('Escape');
    await waitUntil(() => !tip.matches(':popover-open'), 'Escape did not close the explanation');

    // Unblock: Enter opens the confirmation, Escape cancels it, and focus comes back.
    const unblock = stops[0];
    unblock.focus();
    await press('Enter');
    const dialog = $(list, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'Enter did not open the confirmation');
    expect(focused()?.getAttribute('part')).to.equal('cancel-button');
    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape did not close the confirmation');
    expect(focused()).to.equal(unblock);

    // Older messages by Enter.
    const rowsBefore = rows(list).length;
    stops.find((element) => element.getAttribute('part') === 'load-more-button')!.focus();
    await press('Enter');
    await waitUntil(() => rows(list).length > rowsBefore, 'Enter did not load older messages', { timeout: 8000 });
  });

  it('reaches the technical details and Retry of an error by keyboard, and retries with Enter', async function () {
    this.timeout(20_000);
    const start = await fixture<HTMLElement>(html`<div><button id="before">Before</button></div>`);
    const contactId = freshContact('broken');
    const list = await loadedList(contactId);
    start.after(list);
    start.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(focused()?.localName).to.equal('summary');
    expect(getComputedStyle(focused()!).outlineStyle).to.not.equal('none');
    await press('Enter');
    expect(($(list, 'details') as HTMLDetailsElement).open).to.equal(true);
    await press('Tab');
    expect(focused()?.getAttribute('part')).to.equal('retry-button');
    expect(getComputedStyle(focused()!).outlineStyle).to.equal('solid');
    const before = (await requestsFor(contactId)).length;
    await press('Enter');
    await oneEvent(list, 'messages-error');
    expect((await requestsFor(contactId)).length).to.be.greaterThan(before);
  });

  it('announces loading, the outcome, errors and unblocks through one polite live region', async () => {
    const slow = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${freshContact('slow')} endpoint=${ENDPOINT}></message-status-list>`,
    );
    const regions = () => slow.shadowRoot!.querySelectorAll('[aria-live], [role="status"], [role="alert"]');
    expect(regions().length).to.equal(1);
    expect(liveText(slow)).to.equal('Loading messages…');
    await waitUntil(() => slow.state === 'ready', 'still loading', { timeout: 8000 });
    await slow.updateComplete;
    expect(liveText(slow)).to.match(/^Loaded \d+ messages\.$/);
    expect(regions().length).to.equal(1);

    const broken = await loadedList(freshContact('broken'));
    // In an agent's words: the status code is for the technical details, not for what is said.
    expect(liveText(broken))
      .to.contain('The messages could not be loaded. The message service is failing at the moment')
      .and.not.to.contain('HTTP');

    const sv = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="sv"
        contact-id=${freshContact('empty')}
        endpoint=${ENDPOINT}
      ></message-status-list>`,
    );
    await waitUntil(() => sv.state === 'ready', 'still loading', { timeout: 8000 });
    await sv.updateComplete;
    // Several lists are on the page by now, so each names its list first.
    expect(liveText(sv)).to.match(/: Hämtade 0 meddelanden\.$/);

    const blocked = await loadedList(freshContact('blocked-email'));
    await click($(blocked, '[part="unblock-button"]')!);
    const done = oneEvent(blocked, 'unblock-success');
    await click($(blocked, '[part="confirm-button"]')!);
    await done;
    await blocked.updateComplete;
    expect(liveText(blocked)).to.match(/is unblocked\.$/);
  });

  it('keeps a background refresh quiet, and speaks up for a refresh a person asked for', async function () {
    // A real background refresh: the shortest interval there is, 10 s (plus up to 10 % jitter).
    this.timeout(25_000);
    const contactId = freshContact('42');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${contactId}
        endpoint=${ENDPOINT}
        refresh-interval="1"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    await list.updateComplete;
    const region = $(list, '[aria-live="polite"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    await oneEvent(list, 'messages-load');
    await list.updateComplete;
    expect((await requestsFor(contactId)).length).to.equal(2);
    expect(said).to.deep.equal([]);

    list.refreshInterval = 0;
    await list.updateComplete;
    $(list, '[part="refresh-button"]')!.click();
    await oneEvent(list, 'messages-load');
    await list.updateComplete;
    expect(said[0]).to.equal('Loading messages…');
    expect(said.at(-1)).to.match(/^Loaded \d+ messages\.$/);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme: ready, blocked (each story), error, empty, hostile`, async function () {
      // Seven loads and seven axe runs: WebKit on a busy machine takes well over 20 s.
      this.timeout(90_000);
      const scenarios = ['42', 'blocked-email', 'blocked-unexplained', 'soft-bounces-at-limit', 'broken', 'empty'];
      for (const scenario of [...scenarios, 'hostile']) {
        const list = await loadedList(freshContact(scenario), { theme });
        await expect(list, scenario).to.be.accessible();
      }
    });
  }

  itExceptIn(
    ['firefox', 'webkit'],
    NO_MEDIA_EMULATION,
    'passes axe, keeps chip borders, the blocked style and focus rings with forced colours',
    async function () {
      this.timeout(20_000);
      await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const list = await loadedList(freshContact('blocked-email'));
      await expect(list).to.be.accessible();

      const chipButton = chips(list)[0];
      const chipStyle = getComputedStyle(chipButton);
      expect(chipStyle.borderTopStyle).to.not.equal('none');
      expect(chipStyle.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');

      const blocked = $(list, '[part~="blocked-address"]')!;
      expect(getComputedStyle(blocked).textDecorationLine).to.equal('line-through');

      chipButton.focus();
      await press('Shift');
      expect(getComputedStyle(chipButton).outlineStyle).to.equal('solid');
    },
  );

  it('gives every button and chip a touch target of at least 24 by 24 px', async () => {
    const list = await loadedList(freshContact('blocked-email'), { pageSize: 4 });
    const targets = [...list.shadowRoot!.querySelectorAll<HTMLElement>('button')].filter(
      (element) => element.getClientRects().length,
    );
    expect(targets.length).to.be.greaterThan(8);
    // The rows' chips are buttons of the list's own.
    expect(chips(list)).to.have.length(4);
    expect(targets).to.include.members(chips(list));
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, describe_(target)).to.be.at.least(24);
      expect(box.width, describe_(target)).to.be.at.least(24);
    }
  });

  itExceptIn(
    ['firefox', 'webkit'],
    NO_MEDIA_EMULATION,
    'stops the loading animation when reduced motion is asked for',
    async () => {
      const animated = await fixture<MessageStatusList>(
        html`<message-status-list contact-id=${freshContact('slow')} endpoint=${ENDPOINT}></message-status-list>`,
      );
      const pulse = (list: MessageStatusList) => getComputedStyle($(list, '.skeleton span')!).animationName;
      expect(pulse(animated)).to.equal('pulse');

      await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const still = await fixture<MessageStatusList>(
        html`<message-status-list contact-id=${freshContact('slow')} endpoint=${ENDPOINT}></message-status-list>`,
      );
      expect(pulse(still)).to.equal('none');
    },
  );
});

function isInside(list: MessageStatusList, element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node === list) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}
