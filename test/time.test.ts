import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { itExceptIn } from './helpers/engine.js';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { sharedTicker, type Clock } from '../src/rest/controllers/ticker.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { hover, moveMouseAway, press } from './helpers/input.js';

const HOUR = 3_600_000;
const OLD = '2026-01-02T23:30:00Z';

function timeOf(list: MessageStatusList, index = 0): HTMLElement {
  return list.shadowRoot!.querySelectorAll<HTMLElement>('[part="time"]')[index];
}

function message(sentAt: string, id = '1') {
  return { id, channel: 'email', status: 'Delivered', sentAt, name: 'Newsletter' };
}

/** A recent time's words ("3 hours ago"): the time's own text, without the date after it. */
function relativeText(time: Element): string {
  return [...time.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('');
}

/** Whether the absolute date is on screen (not just in the accessibility tree). */
function absoluteShown(time: HTMLElement): boolean {
  // Drawn by the time's ::after from its data-date; the text screen readers hear stays hidden.
  const { content } = getComputedStyle(time, '::after');
  return content !== 'none' && content !== 'normal' && !!time.dataset.date;
}

describe('times', () => {
  // The test runner starts every browser in this zone (scripts/browser-launchers.mjs), whatever the machine's.
  before(() => expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York'));
  afterEach(() => moveMouseAway());

  it('shows old messages’ date and time in the browser’s zone, or in the time-zone attribute’s', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list .messages=${[message(OLD)]}></message-status-list>`,
    );
    expect(timeOf(list).textContent).to.contain('Jan 2, 2026').and.to.contain('6:30 PM');
    expect(timeOf(list).getAttribute('datetime')).to.equal('2026-01-02T23:30:00.000Z');
    expect(timeOf(list).getAttribute('tabindex')).to.equal(null);

    const tokyo = await fixture<MessageStatusList>(
      html`<message-status-list time-zone="Asia/Tokyo" .messages=${[message(OLD)]}></message-status-list>`,
    );
    expect(timeOf(tokyo).textContent).to.contain('Jan 3, 2026').and.to.contain('8:30 AM');
  });

  it('takes the provider’s zone, and falls back to the browser’s for a zone it does not know', async () => {
    const provider = await fixture<HTMLElement>(
      html`<message-status-provider time-zone="Europe/Stockholm">
        <message-status-list lang="sv" .messages=${[message(OLD)]}></message-status-list>
      </message-status-provider>`,
    );
    const list = provider.querySelector('message-status-list')!;
    await list.updateComplete;
    expect(timeOf(list).textContent).to.contain('3 jan. 2026').and.to.contain('00:30');

    const unknown = await fixture<MessageStatusList>(
      html`<message-status-list time-zone="Mars/Olympus_Mons" .messages=${[message(OLD)]}></message-status-list>`,
    );
    expect(unknown.state).to.equal('ready');
    expect(timeOf(unknown).textContent).to.contain('Jan 2, 2026').and.to.contain('6:30 PM');
  });

  itExceptIn(
    ['webkit'],
    'a script focus then a key press does not make WebKit match :focus-visible',
    'says how long ago a recent message went out, with the date and time on hover and while its row has focus',
    async () => {
      const sentAt = new Date(Date.now() - 3 * HOUR - 60_000).toISOString();
      const list = await fixture<MessageStatusList>(
        html`<message-status-list time-zone="Europe/Stockholm" .messages=${[message(sentAt)]}></message-status-list>`,
      );
      const time = timeOf(list);
      expect(time.getAttribute('datetime')).to.equal(sentAt);
      expect(relativeText(time)).to.equal('3 hours ago');
      // A dotted underline says there is more to see.
      const { textDecorationLine, textDecorationStyle } = getComputedStyle(time);
      expect([textDecorationLine, textDecorationStyle]).to.deep.equal(['underline', 'dotted']);
      const absolute = new Intl.DateTimeFormat('en', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Stockholm',
      }).format(new Date(sentAt));
      // Screen readers always get the date and time; the eye only on hover or focus.
      expect(time.textContent).to.contain(absolute);
      expect(absoluteShown(time)).to.equal(false);

      await hover(time);
      await waitUntil(() => absoluteShown(time), 'hovering did not show the date');
      await press('Escape');
      await waitUntil(() => !absoluteShown(time), 'Escape did not hide the date');
      await moveMouseAway();

      // Not a Tab stop (a time is no control): keyboard focus anywhere in its row shows the date beside it.
      expect(time.tabIndex).to.equal(-1);
      time.closest('[part~="row"]')!.querySelector<HTMLElement>('[part~="chip"]')!.focus();
      // Focused from the keyboard, so :focus-visible applies as it would after Tab.
      await press('Shift');
      await waitUntil(() => absoluteShown(time), 'focus in the row did not show the date');
    },
  );

  it('words recent times in Swedish', async () => {
    const sentAt = new Date(Date.now() - 2 * 24 * HOUR - HOUR).toISOString();
    const list = await fixture<MessageStatusList>(
      html`<message-status-list lang="sv" .messages=${[message(sentAt)]}></message-status-list>`,
    );
    expect(relativeText(timeOf(list))).to.equal('för 2 dagar sedan');
  });

  describe('while the list stays open', () => {
    let now = Date.now();
    const clock: Clock = {
      now: () => now,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    };
    before(() => sharedTicker.useClock(clock));
    after(() =>
      sharedTicker.useClock({
        now: () => Date.now(),
        setTimeout: (callback, ms) => setTimeout(callback, ms),
        clearTimeout: (handle) => clearTimeout(handle as number),
      }),
    );

    it('keeps relative times fresh on the shared ticker, one timer for every list', async () => {
      now = Date.now();
      const sentAt = new Date(now - 20_000).toISOString();
      const lists = await fixture<HTMLElement>(
        html`<div>
          <message-status-list .messages=${[message(sentAt)]}></message-status-list>
          <message-status-list lang="sv" .messages=${[message(sentAt)]}></message-status-list>
        </div>`,
      );
      const [en, sv] = [...lists.querySelectorAll('message-status-list')];
      await Promise.all([en.updateComplete, sv.updateComplete]);
      const relative = (list: MessageStatusList) => relativeText(timeOf(list));
      expect(relative(en)).to.equal('now');
      expect(relative(sv)).to.equal('nu');
      expect(sharedTicker.running).to.equal(true);

      now += 5 * 60_000;
      sharedTicker.tick();
      await waitUntil(() => relative(en) === '5 minutes ago', `still "${relative(en)}"`);
      await waitUntil(() => relative(sv) === 'för 5 minuter sedan', `still "${relative(sv)}"`);

      lists.remove();
      expect(sharedTicker.running).to.equal(false);
    });

    it('counts down a deferred email’s retry window; other chips need no timer', async () => {
      now = Date.now();
      const sentAt = new Date(now - 2 * HOUR).toISOString();
      const delivered = await fixture<HTMLElement>(
        html`<message-status-chip status="Delivered" sent-at=${sentAt}></message-status-chip>`,
      );
      expect(sharedTicker.running).to.equal(false);
      delivered.remove();

      const chip = await fixture<HTMLElement>(
        html`<message-status-chip status="Deferred" channel="email" sent-at=${sentAt}></message-status-chip>`,
      );
      const tip = () => chip.shadowRoot!.querySelector('[role="tooltip"]')!.textContent!;
      expect(tip()).to.contain('70 h more');
      expect(sharedTicker.running).to.equal(true);
      now += 29 * HOUR;
      sharedTicker.tick();
      await waitUntil(() => tip().includes('41 h more'), `still "${tip()}"`);
      now += 50 * HOUR;
      sharedTicker.tick();
      await waitUntil(() => tip().includes('soon be reported as a soft bounce'), `still "${tip()}"`);
      expect(tip()).not.to.contain(' h more');
    });

    it('says when the messages were last loaded, keeps that fresh, and reloads on Refresh', async () => {
      now = Date.now();
      const contactId = freshContact('42');
      const list = await fixture<MessageStatusList>(
        html`<message-status-list
          contact-id=${contactId}
          endpoint="/api/contacts/{contactId}/messages"
        ></message-status-list>`,
      );
      await waitUntil(() => list.state === 'ready', `still ${list.state}`, { timeout: 8000 });
      await list.updateComplete;
      const updated = () => list.shadowRoot!.querySelector('[part="updated"]')?.textContent?.replace(/\s+/g, ' ');
      expect(updated()).to.contain('Updated now');
      now += 2 * HOUR;
      sharedTicker.tick();
      await waitUntil(() => updated()?.includes('Updated 2 hours ago'), `still "${updated()}"`);

      expect((await requestsFor(contactId)).length).to.equal(1);
      const button = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="refresh-button"]')!;
      expect(button.textContent!.trim()).to.equal('Refresh');
      button.click();
      await waitUntil(() => updated()?.includes('Updated now'), `still "${updated()}"`, { timeout: 8000 });
      expect((await requestsFor(contactId)).length).to.equal(2);
    });
  });
});
