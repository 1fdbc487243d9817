import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { click, press } from './helpers/input.js';
import { freshContact } from './helpers/mock-api.js';
import { loaded, part, rows } from './helpers/list.js';

// Issue 23: "Copy link" beside "View message", to hand a message to a colleague or the customer. The clipboard is
// what these tests are about, so it is the one thing stubbed: the API's writeText recorded (or refused), and the
// older copy of a selection seen through the page's own `copy` event. Everything else is real (mock API, clicks).

const ENDPOINT = '/api/contacts/{contactId}/messages';

async function listFor(scenario: string) {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list contact-id=${freshContact(scenario)} endpoint=${ENDPOINT}></message-status-list>`,
  );
  await loaded(list);
  return list;
}

const liveText = (list: MessageStatusList) =>
  list.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.replace(/\s+/g, ' ').trim();

function rowOf(list: MessageStatusList, id: string): HTMLElement {
  return rows(list).find((row) => row.dataset.key!.endsWith(`\n${id}`))!;
}

const copyButton = (row: Element) => row.querySelector<HTMLElement>('[part~="copy-link-button"]');

/** Replaces the Clipboard API's writeText for one test; `undefined` takes the API away. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

describe('Copy link', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('sits beside View message on rows with a safe link, and only there', async () => {
    const list = await listFor('42');
    const linked = rowOf(list, 'm-1001');
    const link = linked.querySelector('[part~="link"]')!;
    const button = copyButton(linked)!;
    expect(link.nextElementSibling).to.equal(button);
    expect(button.textContent).to.equal('Copy link');
    expect(button.getAttribute('aria-label')).to.equal('Copy link: Order confirmation #10433');
    // An item of the rows' grid, not a Tab stop of its own.
    expect(button.hasAttribute('data-row-item')).to.be.true;
    expect(button.tabIndex).to.equal(-1);
    expect(copyButton(rowOf(list, 'm-1002')), 'a row without a link').to.be.null;
    const hostile = await listFor('hostile');
    expect(copyButton(rowOf(hostile, 'h-js')), 'a javascript: link, shown as text').to.be.null;
  });

  it('copies the link through the Clipboard API, shows it was copied and says so', async () => {
    const copied: string[] = [];
    restore = stubClipboard(async (text) => void copied.push(text));
    const list = await listFor('42');
    const row = rowOf(list, 'm-1001');
    await click(copyButton(row)!);
    await waitUntil(() => copied.length === 1, 'nothing was copied');
    expect(copied).to.deep.equal(['https://mail.example.com/view/m-1001']);
    await waitUntil(() => liveText(list) === 'Link copied', `the live region said "${liveText(list)}"`);
    expect(row.querySelector('.copied')!.textContent).to.equal('Link copied');
    // Copied again: said again (the region's text changes), so a screen reader hears it a second time.
    const before = list.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent;
    await click(copyButton(row)!);
    await waitUntil(() => copied.length === 2, 'the second copy did nothing');
    await waitUntil(() => list.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent !== before);
    expect(liveText(list)).to.equal('Link copied');
  });

  it('is reached by the arrow keys and pressed with Enter', async () => {
    const copied: string[] = [];
    restore = stubClipboard(async (text) => void copied.push(text));
    const list = await listFor('42');
    const row = rowOf(list, 'm-1001');
    row.querySelector<HTMLElement>('[part~="chip"]')!.focus();
    // After the chip: the text's cell, the cell of when it was sent, View message, then Copy link.
    for (let i = 0; i < 4; i++) await press('ArrowRight');
    expect(list.shadowRoot!.activeElement).to.equal(copyButton(row));
    await press('Enter');
    await waitUntil(() => copied.length === 1, 'Enter copied nothing');
  });

  it('falls back to copying a selection when the Clipboard API refuses, keeping focus where it was', async () => {
    restore = stubClipboard(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const list = await listFor('42');
    const row = rowOf(list, 'm-1001');
    const seen: string[] = [];
    const onCopy = (event: Event) => {
      const source = event.composedPath()[0];
      if (source instanceof HTMLTextAreaElement) seen.push(source.value);
    };
    document.addEventListener('copy', onCopy);
    try {
      await click(copyButton(row)!);
      await waitUntil(() => liveText(list) !== '' && liveText(list) !== 'Loaded 25 messages.', 'nothing was said');
    } finally {
      document.removeEventListener('copy', onCopy);
    }
    expect(seen).to.deep.equal(['https://mail.example.com/view/m-1001']);
    expect(liveText(list)).to.equal('Link copied');
    expect(list.shadowRoot!.activeElement).to.equal(copyButton(row));
    expect(list.shadowRoot!.querySelector('textarea'), 'the field it copied from is gone').to.be.null;
  });

  it('says so when the link cannot be copied at all, and points to View message', async () => {
    restore = stubClipboard(undefined);
    const list = await listFor('42');
    // Where the selection cannot be copied either (a browser without the command, or one that refuses it).
    const original = document.execCommand;
    document.execCommand = () => false;
    try {
      await click(copyButton(rowOf(list, 'm-1001'))!);
      await waitUntil(() => /could not be copied/.test(liveText(list)), `the live region said "${liveText(list)}"`);
    } finally {
      document.execCommand = original;
    }
    expect(liveText(list)).to.equal('The link could not be copied; open it with View message and copy it from there.');
    expect(rowOf(list, 'm-1001').querySelector('.copied')).to.be.null;
  });

  it('speaks Swedish in a Swedish list', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list lang="sv" contact-id=${freshContact('42')} endpoint=${ENDPOINT}></message-status-list>`,
    );
    await loaded(list);
    const button = copyButton(rowOf(list, 'm-1001'))!;
    expect(button.textContent).to.equal('Kopiera länken');
    expect(part(list, 'copy-link-button')).to.equal(button);
  });
});
