import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { chips, explanationOf, loaded, part, rows, statusKeyOf, tipOf } from './helpers/list.js';
import { click, hover, moveMouseAway, press } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

// The mock API's soft-bounce contacts (demo/mock-data.mjs), each fetched over real HTTP.
const ENDPOINT = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/unblock';

async function listFor(scenario: string, attributes: { limit?: number; days?: number; lang?: string } = {}) {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${freshContact(scenario)}
      endpoint=${ENDPOINT}
      unblock-endpoint=${UNBLOCK}
      lang=${attributes.lang ?? 'en'}
      soft-bounce-limit=${attributes.limit ?? ''}
      soft-bounce-days=${attributes.days ?? ''}
    ></message-status-list>`,
  );
  await loaded(list);
  return list;
}

/** What a person reads, spaces collapsed. */
const read = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function emailAddress(list: MessageStatusList): HTMLElement {
  return list.shadowRoot!.querySelector<HTMLElement>('[part~="address"]')!;
}

const warning = (list: MessageStatusList) => part(list, 'address-warning');
const warningTrigger = (list: MessageStatusList) => warning(list)!.querySelector<HTMLElement>('.tip-trigger')!;
const showButton = (list: MessageStatusList) =>
  [...warning(list)!.querySelectorAll('button')].find((button) => button.getAttribute('aria-pressed'))!;

describe('soft-bounce warning and inferred block', () => {
  afterEach(() => moveMouseAway());

  it('warns at 6 soft bounces in the window, in words, without blocking', async () => {
    const list = await listFor('soft-bounces-near');
    expect(emailAddress(list).getAttribute('part')).to.equal('address');
    expect(part(list, 'unblock-button')).to.be.null;
    expect(read(warning(list))).to.contain('6 soft bounces in the last 90 days — the address gets blocked at 10');
    await expect(list).to.be.accessible();
  });

  it('explains the rule on focus and on hover, as the chips do, and Escape closes it', async () => {
    const list = await listFor('soft-bounces-near');
    const trigger = warningTrigger(list);
    const tip = tipOf(trigger);
    expect(tip.hidden).to.be.true;
    trigger.focus();
    await waitUntil(() => !tip.hidden, 'the explanation did not open on focus');
    expect(read(tip)).to.contain('One soft bounce does not block an email address, but 10 of them within 90 days');
    await press('Escape');
    expect(tip.hidden).to.be.true;
    trigger.blur();
    await hover(trigger);
    await waitUntil(() => !tip.hidden, 'the explanation did not open on hover');
  });

  it('shows only the email soft bounces in one click, and everything again with a second', async () => {
    const list = await listFor('soft-bounces-near');
    const all = rows(list).length;
    await click(showButton(list));
    await list.updateComplete;
    const shown = chips(list).map(statusKeyOf);
    expect(shown).to.have.length(6);
    expect(new Set(shown)).to.deep.equal(new Set(['soft-bounce', 'blocked']));
    expect(showButton(list).getAttribute('aria-pressed')).to.equal('true');
    const pressed = list.shadowRoot!.querySelector('[part~="summary-button"][aria-pressed="true"]');
    expect(read(pressed)).to.contain('Soft bounce');
    await click(showButton(list));
    await list.updateComplete;
    expect(rows(list)).to.have.length(all);
    expect(showButton(list).getAttribute('aria-pressed')).to.equal('false');
  });

  it('infers a block from 10 soft bounces in 60 days, says so, and unblocks it like any block', async () => {
    const list = await listFor('soft-bounces-at-limit');
    expect(emailAddress(list).getAttribute('part')).to.equal('address blocked-address');
    expect(read(emailAddress(list).parentElement)).to.contain('blocked — inferred from 10 soft bounces in 90 days');
    expect(warning(list)).to.be.null;
    await click(part(list, 'unblock-button')!);
    const dialog = list.shadowRoot!.querySelector('dialog')!;
    expect(read(dialog)).to.contain('soft bounces that kept repeating (10 within 90 days)');
    await click(part(list, 'confirm-button')!);
    await waitUntil(() => emailAddress(list).getAttribute('part') === 'address', 'the address stayed blocked');
    const posted = (await requestsFor(list.contactId)).filter((request) => request.method === 'POST');
    expect(posted).to.have.length(1);
    // Unblocked, the bounces are still there: the line now says the limit is reached without a block.
    expect(read(warning(list))).to.contain('the limit of 10 is reached, yet the address is not blocked');
  });

  it('neither blocks nor warns for 10 soft bounces spread over eight months', async () => {
    const list = await listFor('soft-bounces-spread');
    expect(chips(list).filter((chip) => /soft-bounce|blocked/.test(statusKeyOf(chip)))).to.have.length(10);
    expect(emailAddress(list).getAttribute('part')).to.equal('address');
    expect(warning(list)).to.be.null;
  });

  it('starts the count again after a delivery', async () => {
    const list = await listFor('soft-bounces-then-delivered');
    expect(emailAddress(list).getAttribute('part')).to.equal('address');
    expect(part(list, 'unblock-button')).to.be.null;
    expect(warning(list)).to.be.null;
  });

  it('never overrides the server’s blocked: false, but says the limit is reached', async () => {
    const list = await listFor('soft-bounces-stated-unblocked');
    expect(emailAddress(list).getAttribute('part')).to.equal('address');
    expect(part(list, 'unblock-button')).to.be.null;
    expect(read(warning(list))).to.contain(
      '10 soft bounces in the last 90 days: the limit of 10 is reached, yet the address is not blocked',
    );
  });

  it('takes other numbers from the attributes, in the warning and in the chips’ explanations', async () => {
    // Ages 2, 7, 12… days: two in the last 10 days, half of a limit of 4.
    const list = await listFor('soft-bounces-near', { limit: 4, days: 10 });
    expect(read(warning(list))).to.contain('2 soft bounces in the last 10 days — the address gets blocked at 4');
    const softBounce = chips(list).find((chip) => statusKeyOf(chip) === 'soft-bounce')!;
    expect(explanationOf(softBounce)).to.contain('4 soft bounces within 10 days block it');
    const stricter = await listFor('soft-bounces-near', { limit: 6 });
    expect(read(emailAddress(stricter).parentElement)).to.contain('blocked — inferred from 6 soft bounces in 90 days');
  });

  it('takes the numbers from a provider, and the list’s own win', async () => {
    const provider = await fixture(
      html`<message-status-provider endpoint=${ENDPOINT} soft-bounce-limit="6" soft-bounce-days="60">
        <message-status-list contact-id=${freshContact('soft-bounces-near')}></message-status-list>
        <message-status-list
          contact-id=${freshContact('soft-bounces-near')}
          soft-bounce-limit="10"
        ></message-status-list>
      </message-status-provider>`,
    );
    const [shared, own] = [...provider.querySelectorAll('message-status-list')];
    await Promise.all([loaded(shared), loaded(own)]);
    expect(read(emailAddress(shared).parentElement)).to.contain('blocked — inferred from 6 soft bounces in 60 days');
    expect(read(warning(own))).to.contain('6 soft bounces in the last 60 days — the address gets blocked at 10');
  });

  it('falls back to 10 in 90 days for numbers that make no sense', async () => {
    const list = await listFor('soft-bounces-near', { limit: -3, days: 0 });
    expect(read(warning(list))).to.contain('6 soft bounces in the last 90 days — the address gets blocked at 10');
  });

  it('speaks Swedish', async () => {
    const list = await listFor('soft-bounces-near', { lang: 'sv' });
    expect(read(warning(list))).to.contain('6 mjuka studsar de senaste 90 dagarna – vid 10 spärras adressen');
    const blocked = await listFor('soft-bounces-at-limit', { lang: 'sv' });
    expect(read(emailAddress(blocked).parentElement)).to.contain('spärrad – härlett från 10 mjuka studsar på 90 dagar');
  });
});
