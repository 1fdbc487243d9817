import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import '../src/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

function rows(list: MessageStatusList) {
  return list.shadowRoot!.querySelectorAll('[part="row"]');
}

function loadMoreButton(list: MessageStatusList) {
  return list.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more-button"]');
}

describe('older messages', () => {
  it('offers Show older messages while the server has more, and appends them', async function () {
    // 250 rows, each with a chip of its own: heavy for a busy two-core machine.
    this.timeout(30_000);
    const contactId = freshContact('many');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${contactId}
        endpoint="/api/contacts/{contactId}/messages"
        page-size="100"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    expect(rows(list).length).to.equal(100);
    expect(list.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('100 messages');

    await click(loadMoreButton(list)!);
    const second = await oneEvent(list, 'messages-load');
    expect(second.detail.messages.length).to.equal(200);
    expect(rows(list).length).to.equal(200);

    await click(loadMoreButton(list)!);
    await oneEvent(list, 'messages-load');
    expect(rows(list).length).to.equal(250);
    expect(loadMoreButton(list), 'no button once the history ends').to.be.null;
    const offsets = (await requestsFor(contactId)).map((request) => request.query.offset ?? '0');
    expect(offsets).to.deep.equal(['0', '100', '200']);
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
        contact-id="many"
        endpoint="/api/contacts/{contactId}/messages"
        page-size="100"
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    await click(loadMoreButton(list)!);
    await oneEvent(list, 'messages-load');
    await list.refresh();
    expect(rows(list).length).to.equal(200);
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
