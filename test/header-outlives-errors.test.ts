import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { freshContact, requestsFor } from './helpers/mock-api.js';
import { part, settled } from './helpers/list.js';

// Issue 23: the addresses, their block and Unblock stay in the header when a later load fails, and the failure is
// said in words a support agent acts on; the HTTP status is a technical detail. Real HTTP: the mock API answers,
// and its `from=n` fault mode fails a contact's requests from the nth on.

const ENDPOINT = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/unblock';

async function listFor(contactId: string, contact?: MessageStatusList['contact']) {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${contactId}
      endpoint=${ENDPOINT}
      unblock-endpoint=${UNBLOCK}
      .contact=${contact}
    ></message-status-list>`,
  );
  await settled(list);
  return list;
}

const read = (element: Element | null | undefined) =>
  element?.textContent
    ?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';

/** What the error notice says in words, its technical details left out. */
function wordsOf(list: MessageStatusList): string {
  const notice = part(list, 'error')!.cloneNode(true) as Element;
  notice.querySelector('details')?.remove();
  return read(notice);
}

const details = (list: MessageStatusList) => read(part(list, 'error')!.querySelector('details code'));

describe('a header that outlives a failed load', () => {
  it('keeps the addresses of an earlier answer for the contact, with the block, its story and Unblock', async () => {
    // The first request answers, every later one fails.
    const failing = `${freshContact('blocked-email')}~from=2~status=503`;
    const list = await listFor(failing);
    expect(list.state).to.equal('ready');
    const storyBefore = read(part(list, 'block-story'));

    list.contactId = freshContact('42');
    await waitUntil(() => list.state === 'ready' && read(part(list, 'header')).includes('ada.lindqvist'));
    const failed = oneEvent(list, 'messages-error');
    list.contactId = failing;
    await failed;
    await settled(list);
    expect(list.state).to.equal('error');
    // The load failed (and was tried three times, as a 503 is), but what the last answer said stays.
    expect((await requestsFor(failing)).filter((request) => request.method === 'GET')).to.have.length(4);
    expect(read(part(list, 'blocked-address'))).to.contain('erik.holm@nonexistent.example');
    expect(read(part(list, 'header'))).to.contain('+46 70 222 33 44');
    expect(read(part(list, 'block-story'))).to.equal(storyBefore.replace(' Show the message', ''));
    // No row to jump to while the rows could not be loaded.
    expect(part(list, 'block-story-button')).to.be.null;
    expect(wordsOf(list)).to.contain('The message service is failing at the moment');

    // And Unblock still asks, with the story, in the dialog.
    await click(part(list, 'unblock-button')!);
    const dialog = part(list, 'confirm-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'Unblock did not ask');
    expect(read(dialog.querySelector('#confirm-story'))).to.match(/^Blocked since /);
    await expect(list).to.be.accessible();
    dialog.close();
  });

  it('shows the addresses the host gave when the contact’s history cannot be loaded at all', async () => {
    const list = await listFor(freshContact('broken'), {
      email: { address: 'noor.ali@example.com', blocked: true },
      sms: { address: '+46 70 515 15 15' },
    });
    expect(list.state).to.equal('error');
    expect(read(part(list, 'blocked-address'))).to.contain('noor.ali@example.com');
    expect(part(list, 'unblock-button')).to.exist;
    // Stated by the host, with no history to read: nothing explains it, and no date is made up.
    expect(read(part(list, 'block-story'))).to.equal(
      'No bounce in the loaded messages explains this block: it may come from an older message, or have been set ' +
        'in the sending platform.',
    );
    await expect(list).to.be.accessible();
  });

  const cases: [string, string, string][] = [
    ['unauthorised', 'You seem to be signed out: sign in again, then try once more.', 'HTTP 401'],
    ['forbidden', 'Your account has no access to this contact’s messages.', 'HTTP 403'],
    ['not-found', 'This contact was not found in the message service.', 'HTTP 404'],
    ['broken', 'The message service is failing at the moment; try again in a little while.', 'HTTP 500'],
  ];
  for (const [scenario, words, code] of cases) {
    it(`says ${code} in an agent’s words, the code only among the technical details`, async () => {
      const list = await listFor(freshContact(scenario));
      expect(wordsOf(list)).to.equal(`The messages could not be loaded. ${words} Try again`);
      expect(wordsOf(list)).not.to.contain('HTTP');
      expect(details(list)).to.contain(code);
    });
  }

  it('says it in Swedish too', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="sv"
        contact-id=${freshContact('unauthorised')}
        endpoint=${ENDPOINT}
      ></message-status-list>`,
    );
    await settled(list);
    expect(wordsOf(list)).to.contain('Du verkar vara utloggad: logga in igen och försök sedan en gång till.');
  });
});
