import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusChip } from '../src/message-status-chip.js';
import { HIDE_GRACE_MS } from '../src/rest/controllers/tooltip-controller.js';
import { click, hover, moveMouseAway, press, resetMouse, tap } from './helpers/input.js';
import { itExceptIn } from './helpers/engine.js';
import { chips, explanationOf, tipOf } from './helpers/list.js';

function parts(chip: MessageStatusChip) {
  const root = chip.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('[part~="chip"]')!,
    tooltip: root.querySelector<HTMLElement>('[role="tooltip"]')!,
  };
}

/** Whether a person can see a chip's explanation: rendered, and with a size on screen. */
function isShown(button: HTMLElement): boolean {
  const tooltip = tipOf(button);
  const seen = tooltip.checkVisibility() && tooltip.getBoundingClientRect().height > 0;
  // A list's rows share one tooltip: it must be showing this chip's explanation.
  return seen && tooltip.textContent!.replace(/\s+/g, ' ').trim() === explanationOf(button);
}

// Firefox's WebDriver BiDi tap first moves the mouse onto the spot (hovering the chip); WebKitGTK's is a mouse.
const TAP_IS_MOUSE = 'its WebDriver tap comes with a mouse pointer';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Stage {
  /** What axe checks. */
  page: HTMLElement;
  /** The chips' buttons, in the order given. */
  buttons: HTMLElement[];
  /** Something to tap that is no chip. */
  elsewhere: HTMLElement;
}

type Status = { status: string; channel?: 'email' | 'sms' };

/**
 * The same behaviour, wherever a chip is: a chip element alone (its own listeners), and the chips a list
 * renders in its rows (one set of listeners for them all).
 */
const STAGES: Record<string, (statuses: Status[]) => Promise<Stage>> = {
  async 'a chip alone'(statuses) {
    const page = await fixture<HTMLElement>(
      html`<div>
        ${statuses.map(
          ({ status, channel = 'email' }) =>
            html`<message-status-chip status=${status} channel=${channel}></message-status-chip>`,
        )}
        <p style="margin-top: 200px">elsewhere</p>
      </div>`,
    );
    const chips = [...page.querySelectorAll('message-status-chip')];
    await Promise.all(chips.map((chip) => chip.updateComplete));
    return { page, buttons: chips.map((chip) => parts(chip).button), elsewhere: page.querySelector('p')! };
  },
  async 'the chips of a list'(statuses) {
    const now = Date.now();
    // Newest first, as the list shows them.
    const messages = statuses.map(({ status, channel = 'email' }, index) => ({
      id: String(index),
      channel,
      status,
      sentAt: new Date(now - (index + 1) * 3_600_000).toISOString(),
    }));
    const page = await fixture<HTMLElement>(
      html`<div>
        <message-status-list .messages=${messages}></message-status-list>
        <p style="margin-top: 200px">elsewhere</p>
      </div>`,
    );
    const list = page.querySelector('message-status-list')!;
    await list.updateComplete;
    return { page, buttons: chips(list), elsewhere: page.querySelector('p')! };
  },
};

/** Tabs until `button` has the keyboard focus (a list has filters before its rows). */
async function tabTo(button: HTMLElement): Promise<void> {
  const root = button.getRootNode() as ShadowRoot;
  for (let i = 0; i < 20 && root.activeElement !== button; i++) await press('Tab');
  expect(root.activeElement, 'Tab reaches the chip').to.equal(button);
}

describe('<message-status-chip>', () => {
  afterEach(async () => {
    await resetMouse();
    (document.activeElement as HTMLElement | null)?.blur();
  });

  it('shows an icon and a label for a known status, and a status part for styling', async () => {
    const chip = await fixture<MessageStatusChip>(
      html`<message-status-chip status="soft_bounce"></message-status-chip>`,
    );
    const { button } = parts(chip);
    expect(button.textContent?.trim()).to.equal('Soft bounce');
    expect(button.querySelector('svg')).to.exist;
    expect(button.getAttribute('part')).to.equal('chip chip-soft-bounce');
    expect(chip.statusKey).to.equal('soft-bounce');
  });

  it('explains the status in its tooltip, by channel, tied to the chip with aria-describedby', async () => {
    const email = await fixture<MessageStatusChip>(
      html`<message-status-chip status="HardBounce" channel="email"></message-status-chip>`,
    );
    const sms = await fixture<MessageStatusChip>(
      html`<message-status-chip status="HardBounce" channel="sms"></message-status-chip>`,
    );
    const emailTip = parts(email).tooltip;
    expect(parts(email).button.getAttribute('aria-describedby')).to.equal(emailTip.id);
    expect(emailTip.textContent).to.match(/address/i);
    expect(parts(sms).tooltip.textContent).to.match(/number/i);
    expect(emailTip.textContent).not.to.equal(parts(sms).tooltip.textContent);
  });

  it('shows the server text in a neutral chip for a status it does not know', async () => {
    const chip = await fixture<MessageStatusChip>(
      html`<message-status-chip status="Queued at carrier"></message-status-chip>`,
    );
    const { button, tooltip } = parts(chip);
    expect(button.textContent?.trim()).to.equal('Queued at carrier');
    expect(button.getAttribute('part')).to.equal('chip chip-other');
    expect(button.classList.contains('neutral')).to.be.true;
    expect(tooltip.textContent).to.contain('Queued at carrier');
  });

  it('never shows an empty chip, even without a status', async () => {
    const chip = await fixture<MessageStatusChip>(html`<message-status-chip></message-status-chip>`);
    expect(parts(chip).button.textContent?.trim()).to.equal('No status');
    expect(parts(chip).tooltip.textContent?.trim()).not.to.equal('');
  });

  it('shows the receiving server’s diagnostic under the explanation', async () => {
    const chip = await fixture<MessageStatusChip>(
      html`<message-status-chip status="Hard bounce" reason="550 5.1.1 User unknown"></message-status-chip>`,
    );
    expect(parts(chip).tooltip.querySelector('code')?.textContent).to.equal('550 5.1.1 User unknown');
  });

  it('says how long a deferred email is still retried', async () => {
    const sentAt = new Date(Date.now() - 20 * 3_600_000).toISOString();
    const chip = await fixture<MessageStatusChip>(
      html`<message-status-chip status="Deferred" channel="email" sent-at=${sentAt}></message-status-chip>`,
    );
    expect(parts(chip).tooltip.textContent).to.match(/52 h/);
  });

  it('follows the nearest lang up the tree', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="sv-SE">
        <message-status-chip status="Hard bounce"></message-status-chip>
      </div>`,
    );
    const chip = wrapper.querySelector('message-status-chip')!;
    expect(parts(chip).button.textContent?.trim()).to.equal('Hård studs');
  });

  it('speaks its own lang over an ancestor’s, and follows the ancestor again once its own is gone', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="sv">
        <message-status-chip lang="en" status="Hard bounce"></message-status-chip>
      </div>`,
    );
    const chip = wrapper.querySelector('message-status-chip')!;
    const label = () => parts(chip).button.textContent?.trim();
    expect(label()).to.equal('Hard bounce');
    chip.removeAttribute('lang');
    await waitUntil(() => label() === 'Hård studs', 'the chip did not fall back to the ancestor’s lang');
    // Watched from then on: a later change up the tree reaches it.
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => label() === 'Hard bounce', 'the chip did not follow the ancestor’s new lang');
    wrapper.setAttribute('lang', 'sv');
    await waitUntil(() => label() === 'Hård studs', 'the chip did not follow the ancestor back');
    chip.setAttribute('lang', 'en');
    await waitUntil(() => label() === 'Hard bounce', 'the chip did not take its own lang again');
  });

  it('uses the host’s own wording where given', async () => {
    const chip = await fixture<MessageStatusChip>(
      html`<message-status-chip
        status="Soft bounce"
        .strings=${{ en: { statuses: { 'soft-bounce': { label: 'Temporary bounce' } } } }}
      ></message-status-chip>`,
    );
    expect(parts(chip).button.textContent?.trim()).to.equal('Temporary bounce');
  });
});

describe('<message-status-chip> pending statuses', () => {
  it('tells a pending status from a final one, to the eye and in words', async () => {
    const pending = await fixture<MessageStatusChip>(
      html`<message-status-chip status="Deferred" channel="email"></message-status-chip>`,
    );
    const final = await fixture<MessageStatusChip>(
      html`<message-status-chip status="Delivered" channel="email"></message-status-chip>`,
    );
    const button = (chip: MessageStatusChip) => chip.shadowRoot!.querySelector<HTMLElement>('[part~="chip"]')!;
    expect(button(pending).getAttribute('part')).to.equal('chip chip-deferred chip-pending');
    expect(getComputedStyle(button(pending)).borderTopStyle).to.equal('dashed');
    expect(getComputedStyle(button(final)).borderTopStyle).to.equal('solid');
    // Its name spelled out whole: hidden text in a span would read "Deferred , pending".
    expect(button(pending).getAttribute('aria-label')).to.equal('Deferred, pending: a later status is expected');
    expect(button(pending).textContent!.trim()).to.equal('Deferred');
    expect(button(final).textContent!.trim()).to.equal('Delivered');
    await expect(pending).to.be.accessible();
  });
});

for (const [where, mount] of Object.entries(STAGES)) {
  describe(`explanations, ${where}`, () => {
    afterEach(async () => {
      await resetMouse();
      (document.activeElement as HTMLElement | null)?.blur();
    });

    it('opens on hover, stays while the pointer moves onto it, and closes after the pointer leaves', async () => {
      const [button] = (await mount([{ status: 'Delivered' }])).buttons;
      expect(isShown(button)).to.be.false;
      await hover(button);
      await waitUntil(() => isShown(button), 'explanation did not open on hover');
      await hover(tipOf(button));
      await sleep(HIDE_GRACE_MS + 100);
      expect(isShown(button), 'explanation should stay while hovered').to.be.true;
      await moveMouseAway();
      // The grace period, then a hide: allowed two seconds more, as WebKit's driver delivers the move late under load.
      await waitUntil(() => !isShown(button), 'explanation did not close after the pointer left', {
        timeout: HIDE_GRACE_MS + 2000,
      });
    });

    it('opens on keyboard focus and closes with Escape without moving focus', async () => {
      const [button] = (await mount([{ status: 'Expired' }])).buttons;
      await tabTo(button);
      await waitUntil(() => isShown(button), 'explanation did not open on focus');
      await press('Escape');
      await waitUntil(() => !isShown(button), 'Escape did not close the explanation');
      expect((button.getRootNode() as ShadowRoot).activeElement, 'focus stays on the chip').to.equal(button);
      await press('Enter');
      await waitUntil(() => isShown(button), 'Enter did not reopen the explanation');
    });

    it('closes a hovered explanation with Escape, wherever focus is', async () => {
      const [button] = (await mount([{ status: 'Routed', channel: 'sms' }])).buttons;
      await hover(button);
      await waitUntil(() => isShown(button));
      await press('Escape');
      await waitUntil(() => !isShown(button), 'Escape did not close the hovered explanation');
    });

    itExceptIn(
      ['firefox', 'webkit'],
      TAP_IS_MOUSE,
      'toggles on tap, and closes when the user taps elsewhere',
      async () => {
        const {
          buttons: [button],
          elsewhere,
        } = await mount([{ status: 'Control group' }]);
        await tap(button);
        await waitUntil(() => isShown(button), 'a tap did not open the explanation');
        await tap(button);
        await waitUntil(() => !isShown(button), 'a second tap did not close it');
        await tap(button);
        await waitUntil(() => isShown(button));
        await tap(elsewhere);
        await waitUntil(() => !isShown(button), 'a tap elsewhere did not close it');
      },
    );

    it('keeps a clicked explanation open rather than toggling it shut', async () => {
      const [button] = (await mount([{ status: 'Opened' }])).buttons;
      await click(button);
      await waitUntil(() => isShown(button));
      await sleep(50);
      expect(isShown(button)).to.be.true;
    });

    itExceptIn(['firefox'], TAP_IS_MOUSE, 'shows one explanation at a time', async () => {
      const [first, second] = (await mount([{ status: 'Delivered' }, { status: 'Failed', channel: 'sms' }])).buttons;
      // The second first: in a list it is the row below, which the first's explanation would cover.
      await tap(second);
      await waitUntil(() => isShown(second));
      await tap(first);
      await waitUntil(() => isShown(first));
      expect(isShown(second)).to.be.false;
      await press('Escape');
      await waitUntil(() => !isShown(first));
      await hover(second);
      await waitUntil(() => isShown(second), 'hovering another chip did not open it');
      expect(isShown(first)).to.be.false;
    });

    it('is accessible, closed and open', async () => {
      const {
        page,
        buttons: [button],
      } = await mount([{ status: 'Soft bounce' }]);
      await expect(page).to.be.accessible();
      await tabTo(button);
      await waitUntil(() => isShown(button));
      await expect(page).to.be.accessible();
    });
  });
}
