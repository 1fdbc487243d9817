import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { chipLabel, chips, loaded, rows } from './helpers/list.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import type { MessageStatusProvider } from '../src/message-status-provider.js';
import { click } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

const ENDPOINT = '/api/contacts/{contactId}/messages';

describe('<message-status-provider>', () => {
  it('gives the lists inside its endpoint, auth and time zone', async () => {
    const contactId = freshContact('42');
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider
        endpoint=${ENDPOINT}
        time-zone="Asia/Tokyo"
        .requestInit=${{ headers: { Authorization: 'Bearer shared' } }}
      >
        <message-status-list contact-id=${contactId}></message-status-list>
      </message-status-provider>`,
    );
    const list = provider.querySelector('message-status-list')!;
    await loaded(list);
    expect(rows(list).length).to.be.greaterThan(20);
    const [request] = await requestsFor(contactId);
    expect(request.headers.authorization).to.equal('Bearer shared');
    const time = list.shadowRoot!.querySelector('time')!;
    const utc = new Date(time.dateTime);
    const tokyoHour = (utc.getUTCHours() + 9) % 24;
    expect(time.textContent).to.contain(`${tokyoHour % 12 || 12}:`);
  });

  it('sends one request for many lists of the same contact', async () => {
    const contactId = freshContact('42');
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider endpoint=${ENDPOINT}>
        <message-status-list contact-id=${contactId}></message-status-list>
        <message-status-list contact-id=${contactId}></message-status-list>
        <message-status-list contact-id=${contactId} channels="sms"></message-status-list>
      </message-status-provider>`,
    );
    const lists = [...provider.querySelectorAll('message-status-list')];
    for (const list of lists) await loaded(list);
    expect(rows(lists[0]).length).to.equal(rows(lists[1]).length);
    // The third asks for another channel set, so it is another request.
    expect((await requestsFor(contactId)).length).to.equal(2);
  });

  it('slows every list on its client when one meets a Retry-After: no list refreshes before it is up', async function () {
    // The shortest refresh interval is 10 s: the test waits past it.
    this.timeout(25_000);
    const limited = freshContact('always-429');
    const healthy = freshContact('42');
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider endpoint=${ENDPOINT}>
        <message-status-list contact-id=${limited} refresh-interval="1"></message-status-list>
        <message-status-list contact-id=${healthy} refresh-interval="1"></message-status-list>
      </message-status-provider>`,
    );
    const [, list] = provider.querySelectorAll('message-status-list');
    await loaded(list);
    await waitUntil(async () => (await requestsFor(limited)).length > 0, 'the rate-limited contact was not asked');
    // Alone, the healthy list would refresh after 10–11 s; the server asked for 120 s.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    expect(await requestsFor(healthy), 'the healthy list refreshed inside the Retry-After').to.have.length(1);
    expect(await requestsFor(limited)).to.have.length(1);
    for (const each of provider.querySelectorAll('message-status-list')) each.refreshInterval = 0;
  });

  it('holds the first load of a list added while a Retry-After another list met stands', async () => {
    // Over 30 s, so the first list gives up at once rather than waiting it out between tries.
    const limited = `${freshContact('42')}~status=429~retryAfter=40`;
    const added = freshContact('42');
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider endpoint=${ENDPOINT}>
        <message-status-list contact-id=${limited}></message-status-list>
      </message-status-provider>`,
    );
    const first = provider.querySelector('message-status-list')!;
    await waitUntil(() => first.state === 'error', `the first list is ${first.state}`, { timeout: 8000 });
    const list = document.createElement('message-status-list');
    list.contactId = added;
    provider.append(list);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await requestsFor(added), 'the new list asked inside the Retry-After').to.have.length(0);
    expect(list.state, 'it says it is loading meanwhile').to.equal('loading');
    // Taken out of the page, it gives up the wait: nothing is sent once the 40 s are up.
    list.remove();
  });

  it('reuses nothing with max-age="0", set in markup', async () => {
    const contactId = freshContact('42');
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider endpoint=${ENDPOINT} max-age="0">
        <message-status-list contact-id=${contactId}></message-status-list>
      </message-status-provider>`,
    );
    await loaded(provider.querySelector('message-status-list')!);
    const second = document.createElement('message-status-list');
    second.contactId = contactId;
    provider.append(second);
    await loaded(second);
    expect((await requestsFor(contactId)).length).to.equal(2);
  });

  it('lets a list’s own settings win', async () => {
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider endpoint="/api/nothing/{contactId}">
        <message-status-list contact-id="42" endpoint=${ENDPOINT}></message-status-list>
      </message-status-provider>`,
    );
    const list = provider.querySelector('message-status-list')!;
    await loaded(list);
    expect(rows(list).length).to.be.greaterThan(0);
  });

  it('keeps loading for one list when another sharing its request changes contact', async () => {
    const contactId = freshContact('slow');
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider endpoint=${ENDPOINT}>
        <message-status-list contact-id=${contactId}></message-status-list>
        <message-status-list contact-id=${contactId}></message-status-list>
      </message-status-provider>`,
    );
    const [first, second] = provider.querySelectorAll('message-status-list');
    first.contactId = 'empty';
    await loaded(first);
    await waitUntil(() => second.state === 'ready', 'the other list still loads', { timeout: 6000 });
    expect(rows(second).length).to.be.greaterThan(0);
    expect((await requestsFor(contactId)).filter((request) => request.aborted)).to.deep.equal([]);
  });

  it('asks the server again on refresh() and after an unblock', async () => {
    const contactId = freshContact('blocked-email');
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider endpoint=${ENDPOINT} unblock-endpoint="/api/contacts/{contactId}/unblock">
        <message-status-list contact-id=${contactId}></message-status-list>
      </message-status-provider>`,
    );
    const list = provider.querySelector('message-status-list')!;
    await loaded(list);
    await list.refresh();
    expect((await requestsFor(contactId)).length).to.equal(2);

    await click(list.shadowRoot!.querySelector('[part="unblock-button"]')!);
    const done = oneEvent(list, 'unblock-success');
    await click(list.shadowRoot!.querySelector('[part="confirm-button"]')!);
    await done;
    // A second list for the same contact, added now, must not get the answer from before the unblock.
    const late = document.createElement('message-status-list');
    late.contactId = contactId;
    provider.append(late);
    await loaded(late);
    expect(late.shadowRoot!.querySelector('[part~="blocked-address"]')).to.be.null;
    expect((await requestsFor(contactId)).filter((request) => request.method === 'GET').length).to.equal(3);
  });

  it('shares its wording with the chips and lists inside, and theirs wins', async () => {
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider
        .strings=${{
          en: { statuses: { 'soft-bounce': { label: 'Bounced for now' }, delivered: { label: 'Arrived' } } },
        }}
      >
        <message-status-chip status="Soft bounce"></message-status-chip>
        <message-status-chip
          status="Delivered"
          .strings=${{ en: { statuses: { delivered: { label: 'Got there' } } } }}
        ></message-status-chip>
      </message-status-provider>`,
    );
    const [soft, delivered] = provider.querySelectorAll('message-status-chip');
    await waitUntil(() => soft.shadowRoot!.textContent!.includes('Bounced for now'), 'provider wording not used');
    expect(delivered.shadowRoot!.querySelector('[part~="chip"]')!.textContent!.trim()).to.equal('Got there');
    // The explanation still comes from the widget where only the label was replaced.
    expect(soft.shadowRoot!.querySelector('[role="tooltip"]')!.textContent!.trim().length).to.be.greaterThan(20);
  });

  it('sends one request per channel for two lists of the same contact, counted at the server', async () => {
    const contactId = freshContact('42');
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider endpoint="/api/contacts/{contactId}/messages?channel={channel}">
        <message-status-list contact-id=${contactId}></message-status-list>
        <message-status-list contact-id=${contactId}></message-status-list>
      </message-status-provider>`,
    );
    const lists = [...provider.querySelectorAll('message-status-list')];
    for (const list of lists) await loaded(list);
    expect(rows(lists[0]).length).to.be.greaterThan(10);
    expect(rows(lists[1]).length).to.equal(rows(lists[0]).length);
    const requests = await requestsFor(contactId);
    expect(requests.map((request) => request.query.channel).sort()).to.deep.equal(['email', 'sms']);
  });

  it('gives the lists inside its fetcher, and a list’s own fetcher wins', async () => {
    const contactId = freshContact('42');
    const viaProvider: string[] = [];
    const viaList: string[] = [];
    // Both go to the real mock API; they only count what passes through them.
    const providerFetcher = (url: string, init?: RequestInit) => (viaProvider.push(url), fetch(url, init));
    const listFetcher = (url: string, init?: RequestInit) => (viaList.push(url), fetch(url, init));
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider endpoint=${ENDPOINT} .fetcher=${providerFetcher}>
        <message-status-list contact-id=${contactId}></message-status-list>
        <message-status-list contact-id=${contactId}></message-status-list>
        <message-status-list contact-id="empty" .fetcher=${listFetcher}></message-status-list>
      </message-status-provider>`,
    );
    for (const list of provider.querySelectorAll('message-status-list')) await loaded(list);
    expect(viaProvider).to.have.length(1);
    expect(viaProvider[0]).to.contain(`/api/contacts/${encodeURIComponent(contactId)}/messages`);
    expect(viaList).to.have.length(1);
    expect(viaList[0]).to.contain('/api/contacts/empty/messages');
    expect(await requestsFor(contactId)).to.have.length(1);
  });

  it('gives its language to the lists and chips inside, and follows a change of it', async () => {
    const messages = [{ id: 'a', channel: 'email', status: 'Delivered', sentAt: '2024-03-01T10:00:00Z' }];
    const provider = await fixture<MessageStatusProvider>(
      html`<message-status-provider lang="sv">
        <message-status-list .messages=${messages}></message-status-list>
        <message-status-list lang="en" .messages=${messages}></message-status-list>
        <message-status-chip status="Soft bounce"></message-status-chip>
      </message-status-provider>`,
    );
    const [swedish, english] = provider.querySelectorAll('message-status-list');
    const chip = provider.querySelector('message-status-chip')!;
    const chipText = () => chip.shadowRoot!.querySelector('[part~="chip"]')!.textContent!.trim();
    const listChipText = async (list: MessageStatusList) => {
      await list.updateComplete;
      return chipLabel(chips(list)[0]);
    };
    await chip.updateComplete;
    expect(chipText()).to.equal('Mjuk studs');
    expect(await listChipText(swedish)).to.equal('Levererat');
    expect(await listChipText(english)).to.equal('Delivered');

    provider.lang = 'en';
    await provider.updateComplete;
    await waitUntil(() => chipText() === 'Soft bounce', `the chip still says ${chipText()}`);
    expect(await listChipText(swedish)).to.equal('Delivered');
  });
});
