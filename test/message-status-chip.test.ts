import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import '../src/define.js';
import type { MessageStatusChip } from '../src/message-status-chip.js';
import { HIDE_GRACE_MS } from '../src/internal/tooltip-controller.js';
import { click, hover, moveMouseAway, press, resetMouse, tap } from './helpers/input.js';

function parts(chip: MessageStatusChip) {
  const root = chip.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('[part~="chip"]')!,
    tooltip: root.querySelector<HTMLElement>('[role="tooltip"]')!,
  };
}

/** Whether a person can see the explanation: rendered, and with a size on screen. */
function isShown(chip: MessageStatusChip): boolean {
  const { tooltip } = parts(chip);
  return tooltip.checkVisibility() && tooltip.getBoundingClientRect().height > 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

  it('opens on hover, stays while the pointer moves onto it, and closes after the pointer leaves', async () => {
    const chip = await fixture<MessageStatusChip>(html`<message-status-chip status="Delivered"></message-status-chip>`);
    expect(isShown(chip)).to.be.false;
    await hover(parts(chip).button);
    await waitUntil(() => isShown(chip), 'explanation did not open on hover');
    await hover(parts(chip).tooltip);
    await sleep(HIDE_GRACE_MS + 100);
    expect(isShown(chip), 'explanation should stay while hovered').to.be.true;
    await moveMouseAway();
    await waitUntil(() => !isShown(chip), 'explanation did not close after the pointer left');
  });

  it('opens on keyboard focus and closes with Escape without moving focus', async () => {
    const chip = await fixture<MessageStatusChip>(html`<message-status-chip status="Expired"></message-status-chip>`);
    await press('Tab');
    expect(chip.shadowRoot!.activeElement).to.equal(parts(chip).button);
    await waitUntil(() => isShown(chip), 'explanation did not open on focus');
    await press('Escape');
    await waitUntil(() => !isShown(chip), 'Escape did not close the explanation');
    expect(chip.shadowRoot!.activeElement, 'focus stays on the chip').to.equal(parts(chip).button);
    await press('Enter');
    await waitUntil(() => isShown(chip), 'Enter did not reopen the explanation');
  });

  it('closes a hovered explanation with Escape, wherever focus is', async () => {
    const chip = await fixture<MessageStatusChip>(
      html`<message-status-chip status="Routed" channel="sms"></message-status-chip>`,
    );
    await hover(parts(chip).button);
    await waitUntil(() => isShown(chip));
    await press('Escape');
    await waitUntil(() => !isShown(chip), 'Escape did not close the hovered explanation');
  });

  it('toggles on tap, and closes when the user taps elsewhere', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <message-status-chip status="Control group"></message-status-chip>
        <p style="margin-top: 200px">elsewhere</p>
      </div>`,
    );
    const chip = wrapper.querySelector('message-status-chip')!;
    await tap(parts(chip).button);
    await waitUntil(() => isShown(chip), 'a tap did not open the explanation');
    await tap(parts(chip).button);
    await waitUntil(() => !isShown(chip), 'a second tap did not close it');
    await tap(parts(chip).button);
    await waitUntil(() => isShown(chip));
    await tap(wrapper.querySelector('p')!);
    await waitUntil(() => !isShown(chip), 'a tap elsewhere did not close it');
  });

  it('keeps a clicked explanation open rather than toggling it shut', async () => {
    const chip = await fixture<MessageStatusChip>(html`<message-status-chip status="Opened"></message-status-chip>`);
    await click(parts(chip).button);
    await waitUntil(() => isShown(chip));
    await sleep(50);
    expect(isShown(chip)).to.be.true;
  });

  it('shows one explanation at a time', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <message-status-chip status="Delivered"></message-status-chip>
        <message-status-chip status="Failed" channel="sms"></message-status-chip>
      </div>`,
    );
    const [first, second] = wrapper.querySelectorAll('message-status-chip');
    await tap(parts(first).button);
    await waitUntil(() => isShown(first));
    await tap(parts(second).button);
    await waitUntil(() => isShown(second));
    expect(isShown(first)).to.be.false;
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

  it('is accessible, closed and open', async () => {
    const chip = await fixture<MessageStatusChip>(
      html`<message-status-chip status="Soft bounce"></message-status-chip>`,
    );
    await expect(chip).to.be.accessible();
    await press('Tab');
    await waitUntil(() => isShown(chip));
    await expect(chip).to.be.accessible();
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
    expect(button(pending).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Deferred, pending: a later status is expected',
    );
    expect(button(final).textContent!.trim()).to.equal('Delivered');
    await expect(pending).to.be.accessible();
  });
});
