import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList, UnblockDetail, UnblockErrorDetail } from '../src/message-status-list.js';
import type { UnblockRequestDetail } from '../src/events.js';
import { click, press } from './helpers/input.js';
import { freshContact, releaseHeld, requestsFor } from './helpers/mock-api.js';

const ENDPOINT = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/unblock';

async function loadedList(contactId: string, unblockEndpoint = UNBLOCK): Promise<MessageStatusList> {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${contactId}
      endpoint=${ENDPOINT}
      unblock-endpoint=${unblockEndpoint}
    ></message-status-list>`,
  );
  await waitUntil(() => list.state === 'ready', `list is ${list.state}`, { timeout: 8000 });
  await list.updateComplete;
  return list;
}

function $(list: MessageStatusList, selector: string): HTMLElement | null {
  return list.shadowRoot!.querySelector<HTMLElement>(selector);
}

function addressPart(list: MessageStatusList, address: string): HTMLElement {
  const found = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="address"]')].find((element) =>
    element.textContent?.includes(address),
  );
  if (!found) throw new Error(`no address part shows ${address}`);
  return found;
}

function line(list: MessageStatusList, address: string): HTMLElement {
  return addressPart(list, address).parentElement!;
}

function unblockButton(list: MessageStatusList): HTMLButtonElement | null {
  return list.shadowRoot!.querySelector<HTMLButtonElement>('[part="unblock-button"]');
}

function dialog(list: MessageStatusList): HTMLDialogElement {
  return list.shadowRoot!.querySelector('dialog')!;
}

async function posts(contactId: string) {
  return (await requestsFor(contactId)).filter((request) => request.method === 'POST');
}

function recordEvents(list: MessageStatusList) {
  const seen: { type: string; detail: unknown }[] = [];
  for (const type of ['unblock-request', 'unblock-success', 'unblock-error']) {
    list.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
  }
  return seen;
}

const BLOCKED_EMAIL = 'erik.holm@nonexistent.example';

describe('blocked and unsubscribed addresses', () => {
  it('shows the contact’s email address and phone number in the header', async () => {
    const list = await loadedList('42');
    const header = $(list, '[part="header"]')!;
    expect(header.textContent).to.contain('ada.lindqvist@example.com');
    expect(header.textContent).to.contain('+46 70 123 45 67');
    expect(unblockButton(list)).to.be.null;
    expect($(list, '[part~="blocked-address"]')).to.be.null;
  });

  it('shows a blocked address red and struck through, says “blocked” in text and offers Unblock', async () => {
    const list = await loadedList(freshContact('blocked-email'));
    const address = addressPart(list, BLOCKED_EMAIL);
    expect(address.getAttribute('part')).to.equal('address blocked-address');
    const style = getComputedStyle(address);
    expect(style.textDecorationLine).to.equal('line-through');
    const [r, g, b] = style.color.match(/\d+/g)!.map(Number);
    expect(r, `red, got ${style.color}`).to.be.greaterThan(150);
    expect(g).to.be.lessThan(80);
    expect(b).to.be.lessThan(80);
    expect(line(list, BLOCKED_EMAIL).textContent).to.match(/\bblocked\b/);
    const button = unblockButton(list)!;
    expect(button.getAttribute('aria-label')).to.equal(`Unblock ${BLOCKED_EMAIL}`);
    expect(line(list, '+46 70 222 33 44').querySelector('[part="unblock-button"]')).to.be.null;
    await expect(list).to.be.accessible();
  });

  it('shows a blocked phone number the same way', async () => {
    const list = await loadedList(freshContact('blocked-sms'));
    const number = [...list.shadowRoot!.querySelectorAll('[part~="blocked-address"]')];
    expect(number.map((element) => element.textContent?.trim())).to.deep.equal(['SMS: +46 70 999 99 99']);
    expect(unblockButton(list)!.getAttribute('aria-label')).to.equal('Unblock +46 70 999 99 99');
  });

  it('strikes an unsubscribed address through in the normal colour, with no Unblock', async () => {
    const list = await loadedList('unsubscribed');
    const address = addressPart(list, 'lars.oberg@example.com');
    expect(address.getAttribute('part')).to.equal('address unsubscribed-address');
    expect(getComputedStyle(address).textDecorationLine).to.equal('line-through');
    expect(getComputedStyle(address).color).to.equal(getComputedStyle(list).color);
    expect(line(list, 'lars.oberg@example.com').textContent).to.contain('unsubscribed');
    expect(unblockButton(list)).to.be.null;
  });

  it('infers a block from a hard bounce with nothing delivered after it, and says so', async () => {
    const list = await loadedList(freshContact('inferred-block'));
    expect(addressPart(list, 'maja.strand@example.com').getAttribute('part')).to.equal('address blocked-address');
    expect(line(list, 'maja.strand@example.com').textContent).to.contain('inferred');
  });

  it('takes addresses and states from attributes and the contact property when the data has none', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        email="host@example.com"
        email-blocked
        .contact=${{ sms: { address: '+46 8 123 456', unsubscribed: true } }}
        .messages=${[]}
      ></message-status-list>`,
    );
    expect(addressPart(list, 'host@example.com').getAttribute('part')).to.equal('address blocked-address');
    expect(addressPart(list, '+46 8 123 456').getAttribute('part')).to.equal('address unsubscribed-address');
  });
});

describe('unblocking', () => {
  it('asks for confirmation, saying why care is needed, and Cancel changes nothing', async () => {
    const contactId = freshContact('blocked-email');
    const list = await loadedList(contactId);
    const events = recordEvents(list);
    await click(unblockButton(list)!);
    expect(dialog(list).open).to.be.true;
    expect(dialog(list).textContent).to.match(/reputation/);
    expect(dialog(list).textContent).to.match(/soft bounces/);
    await expect(list).to.be.accessible();
    await click($(list, '[part="cancel-button"]')!);
    expect(dialog(list).open).to.be.false;
    await list.updateComplete;
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part')).to.equal('address blocked-address');
    expect(events).to.deep.equal([]);
    expect(await posts(contactId)).to.deep.equal([]);
  });

  it('on confirm, fires unblock-request, POSTs once, then shows the address unblocked and fires unblock-success', async () => {
    const contactId = freshContact('blocked-email');
    // The server holds its answer until released: the list is seen with the POST received and unanswered.
    const list = await loadedList(contactId, `${UNBLOCK}?hold=1`);
    const events = recordEvents(list);
    await click(unblockButton(list)!);
    const succeeded = oneEvent(list, 'unblock-success');
    await click($(list, '[part="confirm-button"]')!);
    const detail = { contactId, channel: 'email', address: BLOCKED_EMAIL };
    const { idempotencyKey, ...requested } = events[0].detail as UnblockRequestDetail;
    expect({ type: events[0].type, detail: requested }).to.deep.equal({ type: 'unblock-request', detail });
    await waitUntil(async () => (await posts(contactId)).length === 1, 'the unblock never reached the server');
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part'), 'not unblocked before the server said so').to.equal(
      'address blocked-address',
    );
    expect(await releaseHeld(contactId)).to.equal(1);
    expect((await succeeded).detail).to.deep.equal(detail);
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part')).to.equal('address');
    expect(getComputedStyle(addressPart(list, BLOCKED_EMAIL)).textDecorationLine).to.equal('none');
    expect(unblockButton(list)).to.be.null;
    expect(line(list, BLOCKED_EMAIL).textContent).to.contain('is unblocked');
    const sent = await posts(contactId);
    expect(sent.length).to.equal(1);
    expect(sent[0].body).to.deep.equal({ channel: 'email', address: BLOCKED_EMAIL });
    expect(sent[0].headers['idempotency-key'], 'the key the event gave').to.equal(idempotencyKey);
    await expect(list).to.be.accessible();

    // The server remembers: a reload shows it unblocked too.
    await list.refresh();
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part')).to.equal('address');
  });

  it('sends one request for a double click and for a second click while one is under way', async () => {
    const contactId = freshContact('blocked-email');
    const list = await loadedList(contactId, `${UNBLOCK}?delay=600`);
    await click(unblockButton(list)!);
    const confirm = $(list, '[part="confirm-button"]')!;
    confirm.click();
    confirm.click();
    await waitUntil(() => unblockButton(list)!.textContent?.trim() === 'Unblocking…', 'no pending state shown');
    expect(unblockButton(list)!.getAttribute('aria-disabled')).to.equal('true');
    await click(unblockButton(list)!);
    expect(dialog(list).open, 'no second confirmation while one is under way').to.be.false;
    const again = list.unblock('email');
    await oneEvent(list, 'unblock-success');
    await again;
    expect((await posts(contactId)).length).to.equal(1);
  });

  it('keeps the block when the server fails, says what happened, fires unblock-error, and lets the user try again', async () => {
    const contactId = freshContact('unblock-fails');
    const address = 'olof.dahl@nonexistent.example';
    const list = await loadedList(contactId);
    await click(unblockButton(list)!);
    const failed = oneEvent(list, 'unblock-error');
    await click($(list, '[part="confirm-button"]')!);
    const { detail } = (await failed) as CustomEvent<UnblockErrorDetail>;
    expect(detail).to.include({ contactId, channel: 'email', address });
    expect(detail.error).to.be.instanceOf(Error);
    expect(detail.error.message).to.contain('HTTP 500');
    await list.updateComplete;
    expect(addressPart(list, address).getAttribute('part')).to.equal('address blocked-address');
    const note = line(list, address).querySelector('[part="error"]')!;
    expect(note.textContent).to.contain('still blocked');
    expect(note.textContent).to.contain('The mail provider refused the unblock');
    expect(list.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.contain('still blocked');
    await expect(list).to.be.accessible();

    await click(unblockButton(list)!);
    const failedAgain = oneEvent(list, 'unblock-error');
    await click($(list, '[part="confirm-button"]')!);
    await failedAgain;
    expect((await posts(contactId)).length).to.equal(2);
  });

  it('says the agent may not unblock when the server answers 403, and keeps the block', async () => {
    const contactId = freshContact('blocked-email');
    const list = await loadedList(contactId, `${UNBLOCK}?status=403`);
    await click(unblockButton(list)!);
    const failed = oneEvent(list, 'unblock-error');
    await click($(list, '[part="confirm-button"]')!);
    await failed;
    await list.updateComplete;
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part')).to.equal('address blocked-address');
    const note = line(list, BLOCKED_EMAIL).querySelector('[part="error"]')!;
    expect(note.textContent).to.contain('Your account is not allowed to unblock addresses.');
    expect(note.textContent).not.to.contain('messages');
    // The status code only as a detail.
    expect(note.querySelector('details code')!.textContent).to.contain('HTTP 403');
  });

  it('keeps the block when the unblock times out, says so, and a retry then works, one POST per try', async () => {
    const contactId = freshContact('blocked-email');
    // The server takes 3 s to answer the first POST; the list gives up after 300 ms.
    const list = await loadedList(contactId, `${UNBLOCK}?delay=3000`);
    list.timeout = 300;
    const events = recordEvents(list);
    await click(unblockButton(list)!);
    const failed = oneEvent(list, 'unblock-error');
    await click($(list, '[part="confirm-button"]')!);
    const { detail } = (await failed) as CustomEvent<UnblockErrorDetail>;
    expect(detail.error.message).to.equal('The unblock service did not answer in time.');
    await list.updateComplete;
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part')).to.equal('address blocked-address');
    expect(line(list, BLOCKED_EMAIL).querySelector('[part="error"]')!.textContent).to.contain('still blocked');
    expect(unblockButton(list)!.getAttribute('aria-disabled')).to.equal('false');
    await waitUntil(async () => (await posts(contactId))[0]?.aborted, 'the timed-out POST was not aborted');

    // The server is quick again.
    list.unblockEndpoint = UNBLOCK;
    await click(unblockButton(list)!);
    const done = oneEvent(list, 'unblock-success');
    await click($(list, '[part="confirm-button"]')!);
    await done;
    await list.updateComplete;
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part')).to.equal('address');
    expect(await posts(contactId)).to.have.length(2);
    expect(events.map((event) => event.type)).to.deep.equal([
      'unblock-request',
      'unblock-error',
      'unblock-request',
      'unblock-success',
    ]);
  });

  it('lets the host do the request: preventDefault, then markUnblocked or markUnblockFailed', async () => {
    const contactId = freshContact('blocked-email');
    const list = await loadedList(contactId);
    const requests: UnblockRequestDetail[] = [];
    list.addEventListener('unblock-request', (event) => {
      event.preventDefault();
      requests.push(event.detail);
    });
    const events = recordEvents(list);
    await click(unblockButton(list)!);
    await click($(list, '[part="confirm-button"]')!);
    const { idempotencyKey, ...request } = requests[0];
    expect(request).to.deep.equal({ contactId, channel: 'email', address: BLOCKED_EMAIL });
    // The host sending the request itself gets the confirmation's Idempotency-Key to send along.
    expect(idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await list.updateComplete;
    expect(unblockButton(list)!.textContent?.trim()).to.equal('Unblocking…');

    list.markUnblockFailed('email', 'The CRM said no.');
    await oneEvent(list, 'unblock-error');
    await list.updateComplete;
    expect(line(list, BLOCKED_EMAIL).textContent).to.contain('The CRM said no.');
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part')).to.equal('address blocked-address');

    await click(unblockButton(list)!);
    await click($(list, '[part="confirm-button"]')!);
    list.markUnblocked('email');
    await oneEvent(list, 'unblock-success');
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part')).to.equal('address');
    expect(requests[1].idempotencyKey, 'a new confirmation, a new key').to.not.equal(idempotencyKey);
    expect(events.map((event) => event.type)).to.deep.equal([
      'unblock-request',
      'unblock-error',
      'unblock-request',
      'unblock-success',
    ]);
    expect(await posts(contactId), 'the widget sent nothing itself').to.deep.equal([]);
  });

  it('takes the host’s answer even when it comes from inside its unblock-request handler', async () => {
    const list = await loadedList(freshContact('blocked-email'));
    list.addEventListener('unblock-request', (event) => {
      event.preventDefault();
      list.markUnblockFailed(event.detail.channel, 'This address is on our do-not-contact list.');
    });
    await click(unblockButton(list)!);
    const failed = oneEvent(list, 'unblock-error');
    await click($(list, '[part="confirm-button"]')!);
    expect((await failed).detail.error.message).to.equal('This address is on our do-not-contact list.');
    await list.updateComplete;
    expect(unblockButton(list)!.textContent!.trim()).to.equal('Unblock');
    expect(line(list, BLOCKED_EMAIL).textContent).to.contain('This address is on our do-not-contact list.');
  });

  it('keeps unblocks of different contacts apart, and closes a confirmation when the contact changes', async () => {
    const first = freshContact('blocked-email');
    const list = await loadedList(first);
    const requests: UnblockDetail[] = [];
    list.addEventListener('unblock-request', (event) => {
      event.preventDefault();
      requests.push(event.detail);
    });
    await click(unblockButton(list)!);
    await click($(list, '[part="confirm-button"]')!);
    await waitUntil(() => unblockButton(list)!.getAttribute('aria-label') === `Unblocking ${BLOCKED_EMAIL}…`);

    const second = freshContact('unblock-fails');
    list.contactId = second;
    await list.updateComplete;
    await waitUntil(() => list.state === 'ready' && !!unblockButton(list), 'second contact not shown', {
      timeout: 8000,
    });
    await click(unblockButton(list)!);
    expect(dialog(list).open).to.be.true;
    list.contactId = first;
    await list.updateComplete;
    expect(dialog(list).open, 'no empty confirmation left over the page').to.be.false;
    list.contactId = second;
    await waitUntil(() => list.state === 'ready' && !!unblockButton(list), 'second contact not shown', {
      timeout: 8000,
    });
    void list.unblock('email');
    expect(requests.map((request) => request.contactId)).to.deep.equal([first, second]);
  });

  it('says unblocking is not set up when there is no endpoint and the host did not take it', async () => {
    const list = await loadedList(freshContact('blocked-email'), '');
    await click(unblockButton(list)!);
    const failed = oneEvent(list, 'unblock-error');
    await click($(list, '[part="confirm-button"]')!);
    expect((await failed).detail.error.message).to.match(/not set up/);
    expect(addressPart(list, BLOCKED_EMAIL).getAttribute('part')).to.equal('address blocked-address');
  });

  it('works with the keyboard alone: Tab, Enter, Escape', async () => {
    const contactId = freshContact('blocked-email');
    const list = await loadedList(contactId);
    await press('Tab');
    expect(list.shadowRoot!.activeElement).to.equal(unblockButton(list));
    await press('Enter');
    await waitUntil(() => dialog(list).open);
    expect(list.shadowRoot!.activeElement?.getAttribute('part'), 'Cancel is the safe default').to.equal(
      'cancel-button',
    );
    await press('Escape');
    expect(dialog(list).open).to.be.false;
    expect(await posts(contactId)).to.deep.equal([]);
    await waitUntil(() => list.shadowRoot!.activeElement === unblockButton(list), 'focus returns to Unblock');

    await press('Enter');
    await waitUntil(() => dialog(list).open);
    await press('Tab');
    expect(list.shadowRoot!.activeElement?.getAttribute('part')).to.equal('confirm-button');
    const succeeded = oneEvent(list, 'unblock-success');
    await press('Enter');
    await succeeded;
    expect((await posts(contactId)).length).to.equal(1);
  });
});
