import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList, UnblockErrorDetail } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';

const BLOCKED_EMAIL = 'erik.holm@nonexistent.example';

async function blockedList(contactId: string, lang = 'en'): Promise<MessageStatusList> {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      lang=${lang}
      contact-id=${contactId}
      endpoint="/api/contacts/{contactId}/messages"
      unblock-endpoint="/api/contacts/{contactId}/unblock"
    ></message-status-list>`,
  );
  await waitUntil(() => list.state === 'ready', `list is ${list.state}`, { timeout: 8000 });
  return list;
}

const part = (list: MessageStatusList, name: string) =>
  list.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function confirmUnblock(list: MessageStatusList): Promise<UnblockErrorDetail> {
  await click(part(list, 'unblock-button'));
  const failed = oneEvent(list, 'unblock-error');
  await click(part(list, 'confirm-button'));
  const { detail } = (await failed) as CustomEvent<UnblockErrorDetail>;
  await list.updateComplete;
  return detail;
}

describe('an unblock without proof is a failure', () => {
  const faults = [
    ['unblock-login', 'a redirect to a sign-in page', 'usually to a sign-in page — are you signed in?'],
    ['unblock-html', 'a web page served with 200', 'The server answered with a web page — are you signed in?'],
    ['unblock-drop', 'a connection dropped after the 200 headers', 'broke before it confirmed anything'],
  ] as const;

  for (const [scenario, what, words] of faults) {
    it(`keeps the address blocked after ${what}, says why, and a retry can succeed`, async () => {
      const contactId = freshContact(scenario);
      const list = await blockedList(contactId);
      const events: string[] = [];
      for (const type of ['unblock-success', 'unblock-error']) list.addEventListener(type, () => events.push(type));
      const detail = await confirmUnblock(list);
      expect(detail).to.include({ contactId, channel: 'email', address: BLOCKED_EMAIL });
      expect(events).to.deep.equal(['unblock-error']);
      expect(part(list, 'blocked-address').textContent).to.contain(BLOCKED_EMAIL);
      const note = part(list, 'error').textContent!;
      expect(note).to.contain('still blocked');
      expect(note).to.contain(words);
      expect(note, 'not the load path’s words').not.to.contain('message service');

      // The server behaves again (the same address on a healthy contact): Retry goes through.
      list.unblockEndpoint = `/api/contacts/${freshContact('blocked-email')}/unblock`;
      await click(part(list, 'unblock-button'));
      const succeeded = oneEvent(list, 'unblock-success');
      await click(part(list, 'confirm-button'));
      await succeeded;
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('[part~="blocked-address"]')).to.be.null;
      expect((await requestsFor(contactId)).filter((request) => request.method === 'POST')).to.have.length(1);
    });
  }

  it('words unblock failures as the unblock’s, not as loading messages, in Swedish too', async () => {
    const list = await blockedList(freshContact('unblock-fails'));
    await confirmUnblock(list);
    expect(part(list, 'error').textContent).to.contain(
      'The unblock service is failing at the moment; nothing was confirmed.',
    );
    expect(part(list, 'error').querySelector('details code')!.textContent).to.contain('HTTP 500');
    expect(part(list, 'error').textContent).not.to.contain('The message service failed');

    const swedish = await blockedList(freshContact('unblock-html'), 'sv');
    await confirmUnblock(swedish);
    expect(part(swedish, 'error').textContent).to.contain('Servern svarade med en webbsida — är du inloggad?');
  });

  it('going A → B → A while A’s unblock is pending shows it pending, then unblocked', async () => {
    const first = freshContact('blocked-email');
    const list = await blockedList(first);
    list.unblockEndpoint = '/api/contacts/{contactId}/unblock?delay=1500';
    await click(part(list, 'unblock-button'));
    const succeeded = oneEvent(list, 'unblock-success');
    await click(part(list, 'confirm-button'));
    list.contactId = freshContact('42');
    await waitUntil(() => list.state === 'ready' && !list.shadowRoot!.querySelector('[part~="blocked-address"]'));
    list.contactId = first;
    await waitUntil(() => list.state === 'ready' && !!part(list, 'blocked-address'), 'A shown again', {
      timeout: 8000,
    });
    expect(part(list, 'unblock-button').textContent!.trim(), 'still under way').to.equal('Unblocking…');
    await succeeded;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part~="blocked-address"]'), 'A shown unblocked').to.be.null;
    expect(part(list, 'address').closest('.address-line')!.textContent).to.contain('is unblocked');
  });
});
