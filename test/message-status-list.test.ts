import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { chipLabel, chipOf, explanationOf, part, rows, settled, statusKeyOf } from './helpers/list.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { STATUS_CATALOG, STATUS_KEYS } from '../src/statuses/catalog.js';
import { click } from './helpers/input.js';
import { freshContact, releaseHeld, requestsFor } from './helpers/mock-api.js';

const OWN = '/api/contacts/{contactId}/messages';
const OWN_PER_CHANNEL = '/api/contacts/{contactId}/messages?channel={channel}';
const V3 = '/api/v3/contacts/{contactId}/{channel}messages';
const V2 = '/api/v2/contacts/{contactId}/messages/latest';

function rowText(row: HTMLElement, name: string): string {
  return row.querySelector(`[part="${name}"]`)?.textContent?.trim() ?? '';
}

describe('<message-status-list>', () => {
  it('loads a contact’s messages over HTTP and shows each as a row, newest first', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id="42" endpoint=${OWN}></message-status-list>`,
    );
    expect(list.state).to.equal('loading');
    expect(part(list, 'loading')?.textContent).to.contain('Loading messages');
    await settled(list);
    expect(list.getAttribute('state')).to.equal('ready');
    const shown = rows(list);
    expect(shown.length).to.be.greaterThan(20);
    const first = shown[0];
    expect(rowText(first, 'channel')).to.match(/^(Email|SMS)$/);
    expect(rowText(first, 'name')).not.to.equal('');
    expect(rowText(first, 'text')).not.to.equal('');
    const times = shown.map((row) => row.querySelector('time')?.getAttribute('datetime') ?? '');
    const known = times.filter(Boolean);
    expect(known).to.deep.equal([...known].sort().reverse());
  });

  it('shows every status of both channels with its label, part and explanation', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id="42" endpoint=${OWN}></message-status-list>`,
    );
    await settled(list);
    const seen = new Map<string, HTMLElement>();
    for (const row of rows(list)) {
      const channel = rowText(row, 'channel') === 'SMS' ? 'sms' : 'email';
      seen.set(`${channel}:${statusKeyOf(chipOf(row))}`, chipOf(row));
    }
    for (const key of STATUS_KEYS) {
      for (const channel of STATUS_CATALOG[key].channels) {
        const button = seen.get(`${channel}:${key}`)!;
        expect(button, `${channel} ${key} is in the demo history`).to.exist;
        const pending = STATUS_CATALOG[key].pending ? ' chip-pending' : '';
        expect(button.getAttribute('part')).to.equal(`chip chip-${key}${pending}`);
        expect(button.textContent?.trim()).not.to.equal('');
        expect(explanationOf(button).length).to.be.greaterThan(20);
      }
    }
    expect(seen.has('sms:other'), 'the unknown SMS status is shown as it came').to.be.true;
  });

  it('fires messages-load with the contact and the messages once they are shown', async () => {
    const list = document.createElement('message-status-list');
    list.endpoint = OWN;
    list.contactId = 'empty';
    const loaded = oneEvent(list, 'messages-load');
    document.body.append(list);
    try {
      const event = await loaded;
      expect(event.detail.contactId).to.equal('empty');
      expect(event.detail.messages).to.deep.equal([]);
      expect(event.bubbles && event.composed).to.be.true;
      expect(part(list, 'empty')?.textContent).to.contain('No email or SMS');
    } finally {
      list.remove();
    }
  });

  it('shows an error with a retry button when the API fails, and tries again on click', async () => {
    const contactId = freshContact('broken');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${contactId} endpoint=${OWN}></message-status-list>`,
    );
    const failed = await oneEvent(list, 'messages-error');
    expect(failed.detail).to.include({ contactId, status: 500 });
    await list.updateComplete;
    expect(list.getAttribute('state')).to.equal('error');
    const error = part(list, 'error')!;
    // Announced once, politely, through the list's live region rather than as an alert.
    const live = list.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.contain('could not be loaded');
    expect(live.textContent).to.contain('The message service is failing at the moment');
    expect(error.textContent).to.contain('could not be loaded');
    // The status code is a detail, for whoever fixes it.
    expect(error.querySelector('details code')!.textContent).to.contain('HTTP 500');
    // Server errors are retried (three tries) before the user sees them.
    expect((await requestsFor(contactId)).length).to.equal(3);

    await click(part(list, 'retry-button')!);
    await waitUntil(() => list.state === 'loading', 'retry did not start a load');
    await oneEvent(list, 'messages-error');
    expect((await requestsFor(contactId)).length).to.equal(6);
  });

  it('says what went wrong without retrying a 404 or a 403', async () => {
    const missing = freshContact('not-found');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${missing} endpoint=${OWN}></message-status-list>`,
    );
    await oneEvent(list, 'messages-error');
    await list.updateComplete;
    expect(part(list, 'error')!.textContent).to.match(/not found/i);
    expect((await requestsFor(missing)).length).to.equal(1);

    list.contactId = freshContact('forbidden');
    await oneEvent(list, 'messages-error');
    await list.updateComplete;
    expect(part(list, 'error')!.textContent).to.contain('Your account has no access to this contact’s messages.');
  });

  it('says what went wrong in the reader’s language, with the technical message one click away', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list lang="sv" contact-id=${freshContact('broken')} endpoint=${OWN}></message-status-list>`,
    );
    await oneEvent(list, 'messages-error');
    await list.updateComplete;
    const error = part(list, 'error')!;
    expect(error.querySelector('strong')!.textContent).to.equal('Meddelandena kunde inte hämtas.');
    expect(error.textContent).to.contain('Meddelandetjänsten fungerar inte just nu; försök igen om en liten stund.');
    const details = error.querySelector('details')!;
    expect(details.open).to.be.false;
    await click(details.querySelector('summary')!);
    expect(details.open).to.be.true;
    expect(details.querySelector('code')!.textContent).to.equal('The message service failed (HTTP 500).');
    await expect(list).to.be.accessible();
  });

  it('explains an HTML page served as 200 instead of crashing', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id="html" endpoint=${OWN}></message-status-list>`,
    );
    await oneEvent(list, 'messages-error');
    await list.updateComplete;
    expect(part(list, 'error')!.textContent).to.match(/web page/i);
  });

  it('refuses a 10 MB answer and invalid JSON with a message that says so', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id="huge" endpoint=${OWN}></message-status-list>`,
    );
    await oneEvent(list, 'messages-error');
    await list.updateComplete;
    expect(part(list, 'error')!.textContent).to.contain('too large');

    list.contactId = 'bad-json';
    await oneEvent(list, 'messages-error');
    await list.updateComplete;
    expect(part(list, 'error')!.textContent).to.contain('not valid JSON');
  });

  it('waits as a 429’s Retry-After asks, then shows the messages', async () => {
    const contactId = freshContact('rate-limited');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${contactId} endpoint=${OWN}></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    const [first, second] = await requestsFor(contactId);
    const waited = Date.parse(second.at) - Date.parse(first.at);
    expect(waited, 'Retry-After: 1 was honoured').to.be.at.least(950);
    expect(rows(list).length).to.be.greaterThan(0);
  });

  it('makes one request per channel with {channel}, sends page-size as count, and merges them', async () => {
    const contactId = freshContact('42');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${contactId}
        endpoint=${OWN_PER_CHANNEL}
        page-size="7"
      ></message-status-list>`,
    );
    await settled(list);
    const requests = await requestsFor(contactId);
    expect(requests.map((r) => r.query.channel).sort()).to.deep.equal(['email', 'sms']);
    expect(requests.every((r) => r.query.count === '7')).to.be.true;
    const channels = rows(list).map((row) => rowText(row, 'channel'));
    expect(channels.filter((c) => c === 'Email').length).to.equal(7);
    expect(channels.filter((c) => c === 'SMS').length).to.equal(7);
  });

  it('reads the Voyado Engage v3 shape, per channel', async () => {
    const contactId = freshContact('42');
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${contactId} endpoint=${V3}></message-status-list>`,
    );
    await settled(list);
    const paths = (await requestsFor(contactId)).map((r) => r.path).sort();
    expect(paths).to.deep.equal([
      `/api/v3/contacts/${encodeURIComponent(contactId)}/emailmessages`,
      `/api/v3/contacts/${encodeURIComponent(contactId)}/smsmessages`,
    ]);
    const keys = rows(list).map((row) => statusKeyOf(chipOf(row)));
    expect(keys).to.include.members(['opened', 'soft-bounce', 'hard-bounce', 'control-group', 'routed']);
  });

  it('reads the Voyado v2 shape and leaves postal messages out', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id="42" endpoint=${V2}></message-status-list>`,
    );
    await settled(list);
    const channels = new Set(rows(list).map((row) => rowText(row, 'channel')));
    expect([...channels].sort()).to.deep.equal(['Email', 'SMS']);
  });

  it('shows the other channel when one fails, and says which one failed', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${freshContact('sms-down')}
        endpoint=${OWN_PER_CHANNEL}
      ></message-status-list>`,
    );
    const failed = await oneEvent(list, 'messages-error');
    expect(failed.detail.channel).to.equal('sms');
    await settled(list);
    expect(list.state).to.equal('ready');
    expect(rows(list).length).to.be.greaterThan(0);
    expect(rows(list).every((row) => rowText(row, 'channel') === 'Email')).to.be.true;
    expect(part(list, 'error')!.textContent).to.contain('SMS messages could not be loaded');
  });

  it('shows only the channels asked for', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id="42" endpoint=${OWN} channels="sms"></message-status-list>`,
    );
    await settled(list);
    expect(rows(list).length).to.be.greaterThan(0);
    expect(rows(list).every((row) => rowText(row, 'channel') === 'SMS')).to.be.true;
  });

  it('reloads when the contact changes, and the last contact asked for wins', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id="42" endpoint=${OWN}></message-status-list>`,
    );
    await settled(list);
    // Held by the server until released, so its answer could only land if the list let it.
    const slow = `${freshContact('42')}~hold=1`;
    list.contactId = slow;
    await list.updateComplete;
    expect(list.state).to.equal('loading');
    expect(rows(list).length, 'the old contact’s rows are gone at once').to.equal(0);
    list.contactId = 'empty';
    await settled(list);
    // Dropped, not merely ignored: what reached the server was aborted (Firefox may drop it before sending).
    await waitUntil(async () => (await requestsFor(slow)).every((request) => request.aborted), 'the request was kept');
    expect(await releaseHeld(slow), 'an answer still waiting to be sent').to.equal(0);
    expect(part(list, 'empty')?.textContent).to.contain('No email or SMS');
    expect(rows(list).length, 'the slow answer never lands').to.equal(0);
  });

  it('says what is missing when there is no contact or no endpoint', async () => {
    const list = await fixture<MessageStatusList>(html`<message-status-list endpoint=${OWN}></message-status-list>`);
    expect(list.state).to.equal('idle');
    expect(part(list, 'empty')!.textContent).to.contain('No contact is chosen.');
    list.endpoint = '';
    list.contactId = '42';
    await list.updateComplete;
    expect(part(list, 'empty')!.textContent).to.contain('No endpoint is set');
  });

  it('finishes its load after being moved in the page mid-load, without reporting an error', async () => {
    const contactId = freshContact('slow');
    const errors: unknown[] = [];
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${contactId}
        endpoint=${OWN}
        @messages-error=${(event: CustomEvent) => errors.push(event.detail)}
      ></message-status-list>`,
    );
    const parent = list.parentElement!;
    list.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    parent.append(list);
    await settled(list);
    expect(list.state).to.equal('ready');
    expect(rows(list).length).to.be.greaterThan(0);
    expect(errors).to.deep.equal([]);
  });

  it('shows messages given as a property without fetching', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        .messages=${[
          { id: '1', channel: 'sms', status: 'NotDelivered', sentAt: '2026-01-02T10:00:00Z', name: 'Reminder' },
          { messageId: 2, type: 'EmailMessage', status: 'Delivered (Opened)', sendDateTime: '2026-01-03T10:00:00Z' },
        ]}
      ></message-status-list>`,
    );
    await list.updateComplete;
    expect(list.state).to.equal('ready');
    expect(rows(list).map((row) => statusKeyOf(chipOf(row)))).to.deep.equal(['opened', 'not-delivered']);
  });

  it('sums the statuses up, counting blocked under soft bounces and saying how many were blocked', async () => {
    const at = '2026-01-02T10:00:00Z';
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        .messages=${[
          { id: '1', channel: 'email', status: 'Soft bounce', sentAt: at },
          { id: '2', channel: 'email', status: 'Blocked', sentAt: at },
          { id: '3', channel: 'email', status: 'Delivered', sentAt: at },
          { id: '4', channel: 'sms', status: 'Queued at carrier', sentAt: at },
        ]}
      ></message-status-list>`,
    );
    const summary = part(list, 'summary')!;
    const items = [...summary.querySelectorAll('.summary-item')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(summary.textContent).to.contain('4 messages');
    // Problems first: a support agent looks for those.
    expect(items).to.deep.equal(['Soft bounce 2 (of which Blocked: 1)', 'Delivered 1', 'Other 1']);
  });

  it('shows times in the chosen time zone and language', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="sv"
        time-zone="Asia/Tokyo"
        .messages=${[{ id: '1', channel: 'email', status: 'Delivered', sentAt: '2026-01-02T23:30:00Z', name: 'x' }]}
      ></message-status-list>`,
    );
    await list.updateComplete;
    const row = rows(list)[0];
    expect(rowText(row, 'time')).to.contain('3 jan. 2026');
    expect(rowText(row, 'time')).to.contain('08:30');
    expect(rowText(row, 'channel')).to.equal('Mejl');
  });

  it('speaks the new language when its lang attribute changes', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        .messages=${[{ id: '1', channel: 'email', status: 'Hard bounce', sentAt: '2026-01-02T10:00:00Z' }]}
      ></message-status-list>`,
    );
    expect(rowText(rows(list)[0], 'channel')).to.equal('Email');
    list.lang = 'sv';
    await waitUntil(() => rowText(rows(list)[0], 'channel') === 'Mejl', 'the list did not switch to Swedish');
    expect(chipLabel(chipOf(rows(list)[0]))).to.equal('Hård studs');
  });

  it('links only to http and https, and shows anything else as text', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        .messages=${[
          {
            id: '1',
            channel: 'email',
            status: 'Delivered',
            sentAt: '2026-01-02T10:00:00Z',
            link: 'https://example.com/m/1',
          },
          {
            id: '2',
            channel: 'email',
            status: 'Delivered',
            sentAt: '2026-01-01T10:00:00Z',
            link: 'javascript:alert(1)',
          },
          {
            id: '3',
            channel: 'email',
            status: 'Delivered',
            sentAt: '2025-12-31T10:00:00Z',
            text: '<img src=x onerror=alert(1)>',
          },
        ]}
      ></message-status-list>`,
    );
    await list.updateComplete;
    const [safe, unsafe, markup] = rows(list);
    expect(safe.querySelector('a[part="link"]')?.getAttribute('href')).to.equal('https://example.com/m/1');
    expect(unsafe.querySelector('a')).to.be.null;
    expect(rowText(unsafe, 'link')).to.equal('javascript:alert(1)');
    expect(markup.querySelector('img')).to.be.null;
    expect(rowText(markup, 'text')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('is accessible while loading, ready, empty and in error', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${freshContact('slow')} endpoint=${OWN}></message-status-list>`,
    );
    expect(list.state).to.equal('loading');
    await expect(list).to.be.accessible();
    list.contactId = '42';
    await settled(list);
    await expect(list).to.be.accessible();
    list.contactId = 'empty';
    await settled(list);
    await expect(list).to.be.accessible();
    list.contactId = 'not-found';
    await oneEvent(list, 'messages-error');
    await list.updateComplete;
    await expect(list).to.be.accessible();
  });
});
