import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { freshContact } from './helpers/mock-api.js';
import { part, settled } from './helpers/list.js';

// What a screen reader says, read with a virtual one (@guidepup/virtual-screen-reader) moving item by item
// with its next and previous commands, as a person reading the widget line by line hears it.
//
// Its tree builder follows child nodes and does not enter shadow roots (0.33.0), so the reader is started
// on the region inside the list's shadow root: everything the widget renders is in that one root (chips,
// dialog and live region included), so nothing is left out. Names and descriptions come from the
// library's own computation (dom-accessibility-api), not from the browser's: a second opinion beside
// test/accessible-names.test.ts, which reads Chromium's tree.

const ENDPOINT = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/unblock';
/** A date and time as the rows write them in English: "Nov 27, 2026, 11:14 AM". */
const DATE_TIME = /[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M/g;
// Longer than the live region waits for typing to settle (700 ms), so a second announcement would be heard.
const SETTLED_MS = 1200;

async function listFor(scenario: string): Promise<MessageStatusList> {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${freshContact(scenario)}
      endpoint=${ENDPOINT}
      unblock-endpoint=${UNBLOCK}
    ></message-status-list>`,
  );
  await settled(list);
  return list;
}

async function readerOn(list: MessageStatusList): Promise<void> {
  await virtual.start({ container: list.shadowRoot!.querySelector<HTMLElement>('section.region')! });
}

/** Moves with `step` until the phrase said matches `target`, at most `limit` moves; the phrase said. */
async function moveUntil(step: () => Promise<void>, target: RegExp, limit = 60): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await step();
    const said = await virtual.lastSpokenPhrase();
    if (target.test(said)) return said;
  }
  throw new Error(`the reader never reached ${target} (last said: ${await virtual.lastSpokenPhrase()})`);
}

/** What the reader said since it was last cleared, then clears it. */
async function heard(): Promise<string[]> {
  const log = [...(await virtual.spokenPhraseLog())];
  await virtual.clearSpokenPhraseLog();
  return log;
}

const next = () => virtual.next();
const previous = () => virtual.previous();
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('what a screen reader says', () => {
  afterEach(() => virtual.stop());

  it('reads a row: the channel, the message, its status with the explanation, when, and its link', async function () {
    this.timeout(30_000);
    const list = await listFor('42');
    await readerOn(list);
    // The first link is Ada's order confirmation, the newest message with a link.
    await virtual.perform(virtual.commands.moveToNextLink);
    const link = 'link, View message: Order confirmation #10433 (opens in a new window)';
    expect(await virtual.lastSpokenPhrase()).to.equal(link);

    // Back to where the row starts, then through it to its end.
    const start = await moveUntil(previous, /^(listitem|row|article)\b/);
    await virtual.clearSpokenPhraseLog();
    const end = await moveUntil(next, /^end of (listitem|row|article)\b/);
    const forward = await heard();
    // A grid row, named by its content; a screen reader counts rows in a grid itself ("row 3 of 25").
    expect(start).to.match(/^row, Email Order confirmation #10433 Delivered \(Opened\) /);
    expect(end).to.match(/^end of row, Email Order confirmation #10433 /);

    const explanation =
      'The email was delivered and then opened. Mail apps that load images automatically also count as an ' +
      'open, so this does not prove that someone read it.';
    // The row's absolute date depends on today; everything else is said word for word.
    const said = forward.map((line) => line.replace(DATE_TIME, '<date>'));
    // After the explanation, when the status was set: this message's data gives that time.
    const chip = `button, Delivered (Opened) — Order confirmation #10433, ${explanation} Status last changed <date>.`;
    const meta = `2 hours ago , <date> Via Webshop Transactional ${link.slice('link, '.length)} Copy link`;
    const copy = 'button, Copy link: Order confirmation #10433';
    // A grid: a screen reader says each cell as it enters it, and the row's controls (chip, link, Copy link) inside
    // their cells. The cells that hold only text (channel, name, text) are said in one line each.
    expect(said).to.deep.equal([
      'gridcell, Email',
      'gridcell, Order confirmation #10433',
      'gridcell, Delivered (Opened)',
      chip,
      'Delivered (Opened)',
      `end of ${chip}`,
      'end of gridcell, Delivered (Opened)',
      'gridcell, Tack för din beställning, Ada! (#10433)',
      `gridcell, ${meta}`,
      'time',
      '2 hours ago',
      ',',
      '<date>',
      'end of time',
      'Via',
      'Webshop',
      'Transactional',
      link,
      'View message',
      `end of ${link}`,
      copy,
      'Copy link',
      `end of ${copy}`,
      `end of gridcell, ${meta}`,
      `end of row, Email Order confirmation #10433 Delivered (Opened) Tack för din beställning, Ada! (#10433) ${meta}`,
    ]);

    // Read backwards, the same row says the same things in the opposite order.
    await moveUntil(previous, /^(listitem|row|article)\b/);
    expect(await heard()).to.deep.equal([...forward.slice(0, -1).reverse(), start]);
  });

  it('reads the grid’s column headers once, before its first row', async function () {
    this.timeout(30_000);
    const list = await listFor('42');
    await readerOn(list);
    await moveUntil(next, /^grid\b/, 300);
    await virtual.clearSpokenPhraseLog();
    await moveUntil(next, /^end of row\b/);
    const headers = ['Channel', 'Send-out', 'Status', 'Subject or text', 'Sent'];
    expect(await heard()).to.deep.equal([
      `row, ${headers.join(' ')}`,
      ...headers.map((header) => `columnheader, ${header}`),
      `end of row, ${headers.join(' ')}`,
    ]);
    // Then the rowgroup of messages, whose first row is Ada's newest message.
    await moveUntil(next, /^row\b/);
    expect(await virtual.lastSpokenPhrase()).to.match(/^row, (Email|SMS) /);
  });

  it('reads a blocked address and Unblock, the warning with the question, and then that it is unblocked', async function () {
    this.timeout(30_000);
    const list = await listFor('blocked-email');
    const address = 'erik.holm@nonexistent.example';
    await readerOn(list);
    await moveUntil(next, /^button, Unblock/);
    // The block's story: since when (the bounce's date, which moves with the mock's clock), what blocked it, and the
    // receiving server's words. Data inside a sentence is isolated (FSI … PDI), which a listener does not hear.
    const story =
      'Blocked since <date>, when “Spring sale 2026 – last chance” came back as a hard bounce. ' +
      `Receiving server said: 550 5.1.1 <${address}>: User unknown`;
    const plain = (line: string) => line.replace(/[\u2068\u2069]/g, '').replace(DATE_TIME, '<date>');
    // The channel once, the address, that it is blocked, then the button naming what it unblocks, described by the story.
    expect((await heard()).map(plain)).to.deep.equal([
      `region, Messages for ${address}`,
      'group, Contact details',
      'Email',
      ':',
      address,
      'blocked',
      `button, Unblock ${address}, ${story}, not disabled`,
    ]);
    // Read on, the story itself, and the way to the row it names.
    await moveUntil(next, /^button, Show the message/);
    expect((await heard()).map(plain)).to.deep.equal([
      'Unblock',
      `end of button, Unblock ${address}, ${story}, not disabled`,
      'paragraph',
      'Blocked since <date>, when “Spring sale 2026 – last chance” came back as a hard bounce.',
      'end of paragraph',
      'paragraph',
      'Receiving server said:',
      'code',
      `550 5.1.1 <${address}>: User unknown`,
      'end of code',
      'end of paragraph',
      `button, Show the message that blocked ${address}`,
    ]);

    // Opening the confirmation: its title, then the story and the warning (aria-describedby), then Cancel, which has
    // focus.
    await moveUntil(previous, /^button, Unblock/);
    await virtual.act();
    const dialog = part(list, 'confirm-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'the confirmation did not open');
    await moveUntil(async () => wait(20), /^button, Cancel/, 250);
    const warning =
      'Only unblock it if you know the address works now. Sending to an invalid address again harms the ' +
      'sender’s reputation with mail and SMS providers, so later messages to everyone may land in spam or be ' +
      'refused. A block can also come from soft bounces that kept repeating (10 within 90 days), so look through ' +
      'the latest messages first.';
    const opened = (await heard()).map(plain);
    expect(opened.slice(-2)).to.deep.equal([
      `dialog, Unblock ${address}?, ${story} ${warning}`,
      'button, Cancel, cancel',
    ]);
    // Inside the dialog, before its warning: the latest emails, each with its status and date.
    await moveUntil(previous, /^heading, Latest emails to this contact/);
    const first = plain(await moveUntil(next, /^listitem/));
    await virtual.clearSpokenPhraseLog();
    await moveUntil(next, /^end of listitem/);
    expect(first).to.equal('listitem, level 1, position 1, set size 5');
    const item = (await heard()).map(plain).filter((line) => !/^(time|end of)/.test(line));
    expect(item).to.deep.equal(['Hard bounce', '<date>', 'Spring sale 2026 – last chance']);
    await moveUntil(next, /^button, Cancel/, 100);

    await moveUntil(next, /^button, Unblock, confirm$/);
    await virtual.clearSpokenPhraseLog();
    const done = oneEvent(list, 'unblock-success');
    await virtual.act();
    await done;
    await list.updateComplete;
    await moveUntil(async () => wait(20), /is unblocked\.$/, 250);
    // Progress and outcome once each, and focus on the address line's note, which says it again.
    const said = await heard();
    expect(said.filter((line) => line.startsWith('polite:'))).to.deep.equal([
      `polite: Unblocking ${address}…`,
      `polite: ${address} is unblocked.`,
    ]);
    await next();
    expect(await virtual.lastSpokenPhrase()).to.equal(`${address} is unblocked.`);
  });

  it('announces a search once typing has settled, and a filter once', async function () {
    this.timeout(30_000);
    const list = await listFor('42');
    await readerOn(list);
    await moveUntil(next, /^searchbox, Search/);
    await virtual.clearSpokenPhraseLog();
    await virtual.type('order');
    await moveUntil(async () => wait(50), /^polite:/, 100);
    await wait(SETTLED_MS);
    const typed = await heard();
    expect(typed.filter((line) => line.startsWith('polite:'))).to.deep.equal(['polite: Showing 3 of 25']);

    // Clear the search, then a filter button pressed through the reader.
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await wait(SETTLED_MS);
    // The search box's value changed under the reader, which then loses its place: start it again.
    await virtual.stop();
    await readerOn(list);
    await moveUntil(next, /^button, Only problems, not pressed$/);
    await virtual.clearSpokenPhraseLog();
    await virtual.act();
    await moveUntil(async () => wait(50), /^polite:/, 100);
    await wait(SETTLED_MS);
    const filtered = (await heard()).filter((line) => line.startsWith('polite:'));
    expect(filtered).to.have.length(1);
    expect(filtered[0]).to.match(/^polite: Showing \d+ of 25$/);
  });
});
