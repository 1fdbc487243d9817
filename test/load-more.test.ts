import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { frames } from './helpers/frames.js';
import { rows, virtualised } from './helpers/list.js';
import './helpers/define.js';
import type { MessageStatusList, MessagesLoadDetail } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

function loadMoreButton(list: MessageStatusList) {
  return list.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more-button"]');
}

/** Presses "Show older messages" and resolves with the `messages-load` it brings. */
async function loadOlder(list: MessageStatusList): Promise<MessagesLoadDetail> {
  // Listening before the click: a fast answer could otherwise come before the listener.
  const loaded = oneEvent(list, 'messages-load');
  await click(loadMoreButton(list)!);
  return ((await loaded) as CustomEvent<MessagesLoadDetail>).detail;
}

/** Presses it until it is gone; resolves with the last `messages-load` (none when it was never offered). */
async function loadAllOlder(list: MessageStatusList): Promise<MessagesLoadDetail | undefined> {
  let last: MessagesLoadDetail | undefined;
  while (loadMoreButton(list)) last = await loadOlder(list);
  return last;
}

describe('older messages', () => {
  it('offers Show older messages while the server has more, and appends them', async () => {
    const contactId = freshContact('some');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${contactId}
        endpoint="/api/contacts/{contactId}/messages"
        page-size="10"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    expect(rows(list).length).to.equal(10);
    expect(list.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('10 messages');

    expect((await loadOlder(list)).messages.length).to.equal(20);
    expect(rows(list).length).to.equal(20);

    expect((await loadOlder(list)).messages.length).to.equal(25);
    expect(rows(list).length).to.equal(25);
    expect(list.shadowRoot!.querySelector('[part="showing"]')!.textContent!.trim()).to.equal('Showing 25 of 25');
    expect(loadMoreButton(list), 'no button once the history ends').to.be.null;
    const offsets = (await requestsFor(contactId)).map((request) => request.query.offset ?? '0');
    expect(offsets).to.deep.equal(['0', '10', '20']);
  });

  it('is accessible with the button shown and while it loads', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id="many"
        endpoint="/api/contacts/{contactId}/messages?delay=300"
        page-size="5"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    await expect(list).to.be.accessible();
    const more = oneEvent(list, 'messages-load');
    await click(loadMoreButton(list)!);
    await waitUntil(() => loadMoreButton(list)!.textContent!.trim() === 'Loading older messages…');
    expect(loadMoreButton(list)!.getAttribute('aria-disabled')).to.equal('true');
    await expect(list).to.be.accessible();
    await more;
    expect(rows(list).length).to.equal(10);
  });

  it('keeps the older pages through a refresh', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id="some"
        endpoint="/api/contacts/{contactId}/messages"
        page-size="10"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    await loadOlder(list);
    await list.refresh();
    expect(rows(list).length).to.equal(20);
    expect(loadMoreButton(list)).to.exist;
  });

  it('shows no button when everything fits on one page', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id="42" endpoint="/api/contacts/{contactId}/messages"></message-status-list>`,
    );
    await waitUntil(() => list.state === 'ready', '', { timeout: 8000 });
    expect(loadMoreButton(list)).to.be.null;
  });
});

describe('items left out of older pages', () => {
  it('are counted once each, and stay counted through a refresh', async () => {
    // The messy contact's unreadable items sort last (no date), so small pages put them on the older pages.
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="en"
        contact-id=${freshContact('messy')}
        endpoint="/api/contacts/{contactId}/messages"
        page-size="4"
      ></message-status-list>`,
    );
    const first = ((await oneEvent(list, 'messages-load')) as CustomEvent<MessagesLoadDetail>).detail;
    const all = ((await loadAllOlder(list)) ?? first).skipped;
    expect(all, 'the older pages had unreadable items').to.be.greaterThan(first.skipped);

    const refreshed = oneEvent(list, 'messages-load');
    await list.refresh();
    expect(((await refreshed) as CustomEvent<MessagesLoadDetail>).detail.skipped).to.equal(all);
    expect(list.shadowRoot!.querySelector('[part="skipped"]')!.textContent).to.contain(`${all} messages`);
  });

  it('are not counted twice when a count-only endpoint is asked again for more', async () => {
    const endpoint = '/api/v3/contacts/{contactId}/{channel}messages';
    const listOf = (pageSize: number) =>
      fixture<MessageStatusList>(
        html`<message-status-list
          lang="en"
          contact-id=${freshContact('messy')}
          endpoint=${endpoint}
          page-size=${pageSize}
        ></message-status-list>`,
      );
    // The truth: everything in one answer.
    const whole = await listOf(500);
    const truth = ((await oneEvent(whole, 'messages-load')) as CustomEvent<MessagesLoadDetail>).detail;

    const list = await listOf(3);
    await oneEvent(list, 'messages-load');
    const last = await loadAllOlder(list);
    expect(last, 'Load more was never offered').to.exist;
    expect(truth.skipped, 'the answer had unreadable items').to.be.greaterThan(0);
    expect([last!.messages.length, last!.skipped]).to.deep.equal([truth.messages.length, truth.skipped]);
  });
});

describe('older messages from a count-only endpoint (Voyado’s shape)', () => {
  const note = (list: MessageStatusList) =>
    list.shadowRoot!.querySelector('.load-more-note')?.textContent?.replace(/\s+/g, ' ').trim();

  it('asks again with a larger count while the answer was full, then says everything is loaded', async () => {
    const contactId = freshContact('some');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="en"
        contact-id=${contactId}
        endpoint="/api/v3/contacts/{contactId}/{channel}messages"
        page-size="10"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    // 17 emails and 8 SMS: the email answer is full, so there may be more.
    expect(rows(list).length).to.equal(18);
    expect(note(list)).to.be.undefined;

    expect((await loadOlder(list)).messages.length).to.equal(25);
    expect(loadMoreButton(list), 'no button once an answer was not full').to.be.null;
    expect(note(list)).to.equal('All messages are loaded (25).');
    // Said to screen readers with the outcome, through the list's one live region.
    const live = list.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await waitUntil(
      () => live.textContent!.includes('All messages are loaded (25).'),
      `live region: ${live.textContent}`,
    );
    const counts = (await requestsFor(contactId)).map(
      (request) => `${request.path.split('/').pop()} ${request.query.count}`,
    );
    expect(counts).to.have.members(['emailmessages 10', 'smsmessages 10', 'emailmessages 20', 'smsmessages 20']);
  });

  // The doubling from smaller counts is MessageHistory's rule (test/message-history.test.ts); here, the server's cap.
  it('stops at the 500 the API hands out, and says so', async function () {
    // 500 rows, virtualised: Firefox on a 2-core machine needs more than the default 10 s for them.
    this.timeout(20_000);
    const contactId = freshContact('long-history');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="sv"
        contact-id=${contactId}
        endpoint="/api/v2/contacts/{contactId}/messages/latest"
        page-size="300"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    // 300 rows are virtualised: until the virtualizer has loaded and laid them out, the button below them moves,
    // and a click aimed at it lands elsewhere (it did in whole Firefox runs). A person clicks once it stays put.
    await virtualised(list);
    await frames(3);
    await loadOlder(list);
    expect(loadMoreButton(list)).to.be.null;
    const counts = (await requestsFor(contactId)).map((request) => request.query.count);
    expect(counts).to.deep.equal(['300', '500']);
    // One of the 500 is a postal send-out, which has no delivery status.
    expect(note(list)).to.equal('De 499 senaste visas: fler lämnar servern inte ut.');
  });

  it('says everything is loaded after following next links to the end', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id="42"
        endpoint="/api/contacts/{contactId}/messages"
        page-size="5"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    await loadAllOlder(list);
    expect(note(list)).to.match(/^All messages are loaded \(\d+\)\.$/);
    await expect(list).to.be.accessible();
  });
});
