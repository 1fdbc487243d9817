import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import { withoutBidiControls } from '../src/data/bidi-controls.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { frames } from './helpers/frames.js';
import { press } from './helpers/input.js';
import { part, rows } from './helpers/list.js';

const LONG = 'x'.repeat(100_000);
const SENT_AT = '2024-03-01T10:00:00Z';

function listOf(messages: unknown[], contact?: unknown, width = '40rem') {
  return fixture<MessageStatusList>(
    html`<div style="width: ${width}">
      <message-status-list lang="en" .messages=${messages} .contact=${contact}></message-status-list>
    </div>`,
  ).then((wrapper) => wrapper.querySelector('message-status-list')!);
}

// A row has a Show more only where its text is cut (or it is open): none is the same as none shown.
const showMore = (row: Element) => row.querySelector<HTMLButtonElement>('[part~="show-more-button"]');
const shown = (element: HTMLElement | null) => !!element?.checkVisibility();

const message = (fields: Record<string, unknown>) => ({
  id: String(Math.random()),
  channel: 'email',
  status: 'delivered',
  sentAt: SENT_AT,
  ...fields,
});

describe('text that cannot spoof or break layout', () => {
  it('strips bidi controls from an address, and only those', () => {
    expect(withoutBidiControls('\u202E+46 70 123')).to.equal('+46 70 123');
    expect(withoutBidiControls('\u2067a\u200F@\u200Eb.se\u2069\u061C')).to.equal('a@b.se');
    expect(withoutBidiControls('namn@exempel.se')).to.equal('namn@exempel.se');
  });

  it('shows and unblocks an address with zero-width characters as the address it is', async () => {
    const list = await listOf([], { email: { address: 'ada\u200B@exam\u2060ple.com\uFEFF', blocked: true } });
    expect(part(list, 'address')!.querySelector('.value')!.textContent).to.equal('ada@example.com');
    const requested = oneEvent(list, 'unblock-request');
    // No handler and no unblock URL on this page: the request still names the clean address, then fails plainly.
    const outcome = list.unblock('email').then(
      () => 'unblocked',
      (error: Error) => error.message,
    );
    expect((await requested).detail.address).to.equal('ada@example.com');
    expect(await outcome).to.equal('Unblocking is not set up on this page.');
  });

  it('shows a phone number with a right-to-left override as the number it is', async () => {
    const list = await listOf([], { sms: { address: '\u202E+46 70 123', blocked: true } });
    const shown = part(list, 'address')!.querySelector('.value')!;
    expect(shown.textContent).to.equal('+46 70 123');
    expect(part(list, 'unblock-button')!.getAttribute('aria-label')).to.equal('Unblock +46 70 123');
  });

  it('isolates every data field, so right-to-left text stays inside it', async () => {
    const list = await listOf([
      message({ name: 'עברית', text: 'مرحبا', source: 'אוטומציה', link: 'ftp://example.com/x', status: 'Weird' }),
    ]);
    const row = rows(list)[0];
    for (const selector of ['[part~="name"]', '[part~="text"]', '[part~="link"]', '[part~="chip"]']) {
      const field = row.querySelector(selector)!;
      expect(field.getAttribute('dir'), selector).to.equal('auto');
      expect(getComputedStyle(field).unicodeBidi, selector).to.equal('isolate');
    }
    const source = row.querySelector('.source bdi')!;
    expect(source.textContent).to.equal('אוטומציה');
    expect(row.querySelector('.source')!.textContent!.trim()).to.equal('Via אוטומציה');
  });

  it('lays out at most 2,000 characters of a field until its row is opened, then all of it', async () => {
    // Laying out 100,000 unbroken characters in a clamped cell took WebKit over half a second; a clamp shows far less.
    const list = await listOf([message({ name: LONG, text: LONG, source: LONG, link: `ftp://${LONG}` })]);
    const row = rows(list)[0];
    const fields = () => [...row.querySelectorAll('[part~="name"], [part~="text"], .source bdi, [part~="link"]')];
    expect(fields()).to.have.length(4);
    for (const field of fields()) expect(field.textContent!.length, field.className).to.be.at.most(2000);
    // The chip and the row's names for screen readers are bounded too.
    expect(row.querySelector('[part~="chip"]')!.getAttribute('aria-label')!.length).to.be.below(300);
    await waitUntil(() => showMore(row), 'no Show more on the cut row');
    showMore(row)!.click();
    await list.updateComplete;
    expect(row.querySelector('[part~="text"]')!.textContent).to.equal(LONG);
    expect(row.querySelector('.source bdi')!.textContent).to.equal(LONG);
  });

  it('wraps a 100,000-character unbroken source, name and text inside the list', async () => {
    const list = await listOf([message({ name: LONG, text: LONG, source: LONG })]);
    expect(list.scrollWidth, 'nothing wider than the list').to.be.at.most(list.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth + 1);
    const row = rows(list)[0];
    expect(row.getBoundingClientRect().height, 'a bounded row').to.be.below(320);
    const name = row.querySelector('[part~="name"]')!.getBoundingClientRect();
    const chip = row.querySelector('[part~="chip"]')!.getBoundingClientRect();
    expect(name.right <= chip.left || name.bottom <= chip.top, 'the name does not run under the chip').to.be.true;
  });

  it('bounds a 100,000-character address in the header and the unblock dialog, and shows it whole on request', async () => {
    const address = `${'a'.repeat(100_000)}@example.com`;
    const list = await listOf([], { email: { address, blocked: true } });
    const header = part(list, 'header')!;
    expect(header.getBoundingClientRect().height, 'the header stretched').to.be.below(200);
    expect(list.scrollWidth, 'nothing wider than the list').to.be.at.most(list.clientWidth + 1);
    // Named in sentences by its start: the region, Unblock, the dialog's question.
    const region = list.shadowRoot!.querySelector('section.region')!;
    expect(region.getAttribute('aria-label')!.length).to.be.below(200);
    expect(part(list, 'unblock-button')!.getAttribute('aria-label')!.length).to.be.below(200);
    part(list, 'unblock-button')!.click();
    const dialog = part(list, 'confirm-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'the confirmation did not open');
    expect(dialog.getBoundingClientRect().height, 'the dialog stretched').to.be.below(innerHeight);
    expect(dialog.querySelector('h2')!.textContent!.length).to.be.below(200);
    dialog.close();
    await list.updateComplete;

    // The whole address, from the keyboard: Show more beside it, which says whether it is open.
    const value = part(list, 'address')!.querySelector('.value')!;
    const more = part(list, 'address')!.parentElement!.querySelector<HTMLButtonElement>('.show-more')!;
    expect(more, 'no Show more beside the address').to.exist;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await press('Enter');
    await list.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(value.textContent).to.equal(address);
    expect(header.getBoundingClientRect().height, 'opened, all of it shows').to.be.above(1000);
    await press('Enter');
    await list.updateComplete;
    expect(header.getBoundingClientRect().height).to.be.below(200);
    // The unblock request carries the address whole.
    const requested = oneEvent(list, 'unblock-request');
    // No unblock endpoint here: the request is only fired, then fails.
    list.unblock('email').catch(() => {});
    expect((await requested).detail.address).to.equal(address);
    // What is announced of it quotes the address as the names do.
    const status = list.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => /still blocked/.test(status.textContent!), 'the failed unblock was not announced');
    expect(status.textContent!.length).to.be.below(300);
  });

  it('offers no Show more beside an address as long as a real one can be', async () => {
    const list = await listOf([], { email: { address: `${'a'.repeat(242)}@example.com`, blocked: true } });
    expect(part(list, 'header')!.querySelector('.show-more')).to.equal(null);
    expect(part(list, 'address')!.querySelector('.value')!.textContent!.length).to.equal(254);
  });

  it('offers a keyboard-reachable, announced Show more on a long row, which reveals it', async () => {
    const list = await listOf([message({ name: 'Short' }), message({ name: 'A long name '.repeat(200) })]);
    const [short, long] = rows(list);
    await waitUntil(() => shown(showMore(long)), 'no Show more on the long row');
    const button = showMore(long)!;
    expect(shown(showMore(short)), 'only where text is cut').to.be.false;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const clampedHeight = long.getBoundingClientRect().height;
    button.focus();
    await press('Enter');
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show less');
    expect(long.getBoundingClientRect().height).to.be.greaterThan(clampedHeight * 2);
    await press('Enter');
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(long.getBoundingClientRect().height).to.equal(clampedHeight);
    expect(list.shadowRoot!.activeElement, 'the button keeps focus as the row closes').to.equal(button);
    await frames(3);
    expect(shown(button), 'still offered once measured again').to.be.true;
  });

  // Whether text is cut depends on width, font and spacing, not on its length: the row measures it.
  const SMS = 'Your parcel 4471 is waiting at the pick-up point on Storgatan 12; bring ID. Reply STOP to end.';

  it('offers Show more for a short SMS cut at 320 px with WCAG text spacing, and shows its end', async () => {
    const list = await listOf([message({ channel: 'sms', text: SMS })], undefined, '320px');
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }',
    );
    list.shadowRoot!.adoptedStyleSheets = [...list.shadowRoot!.adoptedStyleSheets, spacing];
    const row = rows(list)[0];
    await waitUntil(() => shown(showMore(row)), 'the cut SMS has no Show more');
    const text = row.querySelector<HTMLElement>('[part~="text"]')!;
    expect(text.scrollHeight, 'the SMS is cut').to.be.greaterThan(text.clientHeight);
    showMore(row)!.focus();
    await press('Enter');
    await list.updateComplete;
    expect(text.scrollHeight, 'all of it shows').to.be.at.most(text.clientHeight + 1);
  });

  it('offers no Show more for long text that fits at the width given', async () => {
    const list = await listOf(
      [message({ name: 'A name of some length, '.repeat(2), text: SMS.repeat(2) })],
      undefined,
      '80rem',
    );
    await frames(3);
    expect(shown(showMore(rows(list)[0]))).to.be.false;
  });
});
