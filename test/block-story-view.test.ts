import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { Message } from '../src/data/types.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { formatTime } from '../src/first/format-time.js';
import { click } from './helpers/input.js';
import { freshContact } from './helpers/mock-api.js';
import { chipOf, explanationOf, loaded, part, rows } from './helpers/list.js';

// Issue 23: why and since when an address is blocked, beside the address and in the unblock dialog, and
// explanations that read the history around a message. Every list fetches the mock API over real HTTP; what is
// expected is worked out from the very answer the list got (the mock's dates move with the clock).

const ENDPOINT = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/unblock';

/** Loads a scenario over HTTP; `messages` are those the list shows, as its `messages-load` event gave them. */
async function listFor(scenario: string, lang = 'en') {
  let messages: readonly Message[] = [];
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${freshContact(scenario)}
      endpoint=${ENDPOINT}
      unblock-endpoint=${UNBLOCK}
      lang=${lang}
      @messages-load=${(event: CustomEvent<{ messages: readonly Message[] }>) => (messages = event.detail.messages)}
    ></message-status-list>`,
  );
  await loaded(list);
  await waitUntil(() => messages.length, 'no messages-load');
  const byId = (id: string) => messages.find((message) => message.id === id)!;
  return { list, messages, byId };
}

/** What a person reads, spaces collapsed, the invisible isolates around data taken out. */
const read = (element: Element | null | undefined) => plain(element?.textContent ?? '');
const plain = (text: string) =>
  text
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A date as the list writes it in English, in the browser's zone. */
const written = (date: Date) => formatTime(date, 'en');

/** The element that really has focus, through the list's shadow root. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const story = (list: MessageStatusList) => part(list, 'block-story');
const isHardBounce = (message: Message) => /hard.?bounce/i.test(message.status);

describe('the block story beside a blocked address', () => {
  it('says since when and which hard bounce blocked it, with the server’s words; Unblock is described by it', async () => {
    const { list, messages } = await listFor('blocked-email');
    const bounce = messages.find(isHardBounce)!;
    expect(bounce.statusAt, 'the bounce has a status time').to.be.instanceOf(Date);
    const sentence = `Blocked since ${written(bounce.statusAt!)}, when “${bounce.name}” came back as a hard bounce.`;
    expect(read(story(list))).to.equal(`${sentence} Receiving server said: ${bounce.reason} Show the message`);
    const unblock = part(list, 'unblock-button')!;
    const description = list.shadowRoot!.getElementById(unblock.getAttribute('aria-describedby')!);
    expect(read(description)).to.equal(`${sentence} Receiving server said: ${bounce.reason}`);
  });

  it('jumps to the row that blocked it, lifting a filter that hid the row', async () => {
    const { list, messages } = await listFor('blocked-email');
    const bounce = messages.find(isHardBounce)!;
    const smsOnly = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="filter-button"]')].find(
      (button) => read(button) === 'SMS',
    )!;
    await click(smsOnly);
    await waitUntil(() => rows(list).every((row) => row.dataset.key!.startsWith('sms')), 'the SMS filter did nothing');
    await click(part(list, 'block-story-button')!);
    const row = () => rows(list).find((each) => each.dataset.key === `email\n${bounce.id}`);
    await waitUntil(() => row() && focused() === chipOf(row()!), 'focus did not go to the row that blocked it');
    expect(smsOnly.getAttribute('aria-pressed')).to.equal('false');
    const box = chipOf(row()!).getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, 'the row is in view').to.be.true;
  });

  it('names the soft bounces that reached the limit for an inferred block, and shows them', async () => {
    const { list, messages } = await listFor('soft-bounces-at-limit');
    const bounces = messages.filter(
      (message) => message.channel === 'email' && /SoftBounce|Blocked/.test(message.status),
    );
    expect(bounces).to.have.length(10);
    // Newest first: the newest reached the limit; the oldest was the first.
    const sentence =
      `Blocked since ${written(bounces[0].sentAt!)}, after 10 soft bounces within 90 days ` +
      `(the first on ${written(bounces[9].sentAt!)}).`;
    expect(read(story(list))).to.equal(`${sentence} Show these bounces`);
    const show = story(list)!.querySelector<HTMLElement>('button[aria-pressed]')!;
    await click(show);
    await waitUntil(() => rows(list).length === 10, 'the bounces were not shown');
    expect(show.getAttribute('aria-pressed')).to.equal('true');
  });

  it('says when no bounce in the loaded history explains a stated block, and when it last worked', async () => {
    const { list, messages } = await listFor('blocked-unexplained');
    const lastDelivery = messages.find(
      (message) => message.channel === 'email' && /Delivered|Opened/.test(message.status),
    )!;
    expect(read(story(list))).to.equal(
      'No bounce in the loaded messages explains this block: it may come from an older message, or have been set ' +
        `in the sending platform. The last message delivered to it was sent on ${written(lastDelivery.sentAt!)}.`,
    );
    // Nothing to jump to.
    expect(part(list, 'block-story-button')).to.be.null;
    await expect(list).to.be.accessible();
  });

  it('tells the story in the list’s language', async () => {
    const { list, messages } = await listFor('blocked-email', 'sv');
    const bounce = messages.find(isHardBounce)!;
    const when = formatTime(bounce.statusAt!, 'sv');
    expect(read(story(list))).to.contain(`Spärrad sedan ${when}, då ”${bounce.name}” kom tillbaka som en hård studs.`);
    expect(read(part(list, 'block-story-button'))).to.equal('Visa meddelandet');
  });

  it('takes the host’s own words for the story, as for every text', async () => {
    const strings = {
      en: {
        ui: { blockStoryUnexplained: 'Ask the deliverability team.', blockStoryLastDelivery: 'Last worked {date}.' },
      },
    };
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${freshContact('blocked-unexplained')}
        endpoint=${ENDPOINT}
        .strings=${strings}
      ></message-status-list>`,
    );
    await loaded(list);
    expect(read(story(list))).to.match(/^Ask the deliverability team\. Last worked .+\.$/);
  });
});

describe('the unblock dialog', () => {
  async function open(list: MessageStatusList): Promise<HTMLDialogElement> {
    await click(part(list, 'unblock-button')!);
    const dialog = part(list, 'confirm-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'the confirmation did not open');
    return dialog;
  }

  it('tells the story and lists the latest messages on the channel, each with its status and date', async () => {
    const { list, messages } = await listFor('blocked-email');
    const header = read(story(list)!.querySelector('[id]'));
    const dialog = await open(list);
    expect(read(dialog.querySelector('#confirm-story'))).to.equal(header);
    expect(dialog.getAttribute('aria-describedby')!.split(' ')).to.include('confirm-story');
    const recent = part(list, 'recent-messages')!;
    expect(read(recent.querySelector('h3'))).to.equal('Latest emails to this contact');
    const items = [...recent.querySelectorAll('li')].map(read);
    const emails = messages.filter((message) => message.channel === 'email').slice(0, 5);
    const label = (status: string) =>
      /hard/i.test(status)
        ? 'Hard bounce'
        : /open/i.test(status)
          ? 'Delivered (Opened)'
          : /soft/i.test(status)
            ? 'Soft bounce'
            : 'Delivered';
    expect(items).to.deep.equal(
      emails.map((message) => `${label(message.status)} ${written(message.sentAt!)} ${message.name}`),
    );
    dialog.close();
  });

  it('lists a blocked number’s latest texts', async () => {
    const { list } = await listFor('blocked-sms');
    const dialog = await open(list);
    const recent = part(list, 'recent-messages')!;
    expect(read(recent.querySelector('h3'))).to.equal('Latest texts to this contact');
    expect(read(recent.querySelector('li'))).to.match(/^Hard bounce /);
    expect(read(dialog.querySelector('#confirm-story'))).to.match(
      /^Blocked since .+, when “Spring sale 2026 SMS” came back/,
    );
    await expect(list).to.be.accessible();
    dialog.close();
  });
});

describe('explanations that read the history', () => {
  const chipFor = (list: MessageStatusList, id: string) =>
    chipOf(rows(list).find((row) => row.dataset.key!.endsWith(`\n${id}`))!);

  it('says a bounced address worked again later, naming the delivery that shows it', async () => {
    const { list, byId } = await listFor('42');
    expect(plain(explanationOf(chipFor(list, 'm-1011')))).to.contain(
      `The address has worked since: an email sent to it on ${written(byId('m-1009').sentAt!)}, “Recensera ditt köp”, was delivered.`,
    );
    expect(plain(explanationOf(chipFor(list, 's-2009')))).to.contain(
      `The number has worked since: a text sent to it on ${written(byId('s-2002').sentAt!)}, “Order shipped #10433”, was delivered.`,
    );
    // A bounce with nothing delivered after it says no such thing.
    const { list: blocked, messages } = await listFor('blocked-email');
    expect(explanationOf(chipFor(blocked, messages.find(isHardBounce)!.id))).not.to.contain('has worked since');
  });

  it('gives a status’s own time where the data has one', async () => {
    const { list, byId } = await listFor('42');
    expect(explanationOf(chipFor(list, 'm-1001'))).to.contain(
      `Status last changed ${written(byId('m-1001').statusAt!)}.`,
    );
    expect(explanationOf(chipFor(list, 'm-1003'))).not.to.contain('Status last changed');
  });
});
