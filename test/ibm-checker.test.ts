import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { emulateMedia } from './helpers/emulate.js';
import { itExceptIn } from './helpers/engine.js';
import { describeViolations, ibmViolations } from './helpers/ibm-checker.js';
import { freshContact, releaseHeld } from './helpers/mock-api.js';
import { part, settled } from './helpers/list.js';

// IBM's checker beside axe (test/accessibility.test.ts): a second set of rules, some axe has not (a focusable
// element with a non-interactive role, a toolbar's name), over every state a person can meet.

const ENDPOINT = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/unblock';
const NO_MEDIA_EMULATION = 'WebDriver cannot emulate media features';

type Theme = 'light' | 'dark' | undefined;

function listOf(contactId: string, theme: Theme): Promise<MessageStatusList> {
  return fixture<MessageStatusList>(
    html`<message-status-list
      contact-id=${contactId}
      endpoint=${ENDPOINT}
      unblock-endpoint=${UNBLOCK}
      page-size="10"
      theme=${ifDefined(theme)}
    ></message-status-list>`,
  );
}

/** Each state a person can meet, set up and then handed to `check`; one list on the page at a time. */
const STATES: Record<string, (theme: Theme) => Promise<MessageStatusList>> = {
  async loading(theme) {
    // Held by the mock API until released, so the placeholders are what is checked.
    const contactId = `${freshContact('42')}~hold=1`;
    const list = await listOf(contactId, theme);
    await waitUntil(() => list.state === 'loading', 'the list never started loading');
    await list.updateComplete;
    return list;
  },
  async ready(theme) {
    const list = await listOf(freshContact('42'), theme);
    await settled(list);
    return list;
  },
  async empty(theme) {
    const list = await listOf(freshContact('empty'), theme);
    await settled(list);
    return list;
  },
  async error(theme) {
    const list = await listOf(freshContact('broken'), theme);
    await settled(list);
    return list;
  },
  async 'blocked, with its story'(theme) {
    const list = await listOf(freshContact('blocked-email'), theme);
    await settled(list);
    return list;
  },
  async 'error, the host’s addresses kept'(theme) {
    const list = await listOf(freshContact('broken'), theme);
    list.contact = { email: { address: 'noor.ali@example.com', blocked: true }, sms: { address: '+46 70 515 15 15' } };
    await settled(list);
    return list;
  },
  async 'narrow, its summary folded'(theme) {
    const list = await listOf(freshContact('42'), theme);
    list.style.width = '20rem';
    await settled(list);
    return list;
  },
  async 'dialog open'(theme) {
    const list = await listOf(freshContact('blocked-email'), theme);
    await settled(list);
    part(list, 'unblock-button')!.click();
    const dialog = part(list, 'confirm-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'the confirmation did not open');
    return list;
  },
};

/** Runs the checker over every state; the failure names each state and each violation. */
async function checkEveryState(theme: Theme): Promise<void> {
  const found: string[] = [];
  for (const [state, setUp] of Object.entries(STATES)) {
    const list = await setUp(theme);
    const violations = await ibmViolations(list);
    found.push(...describeViolations(violations).map((line) => `${state}: ${line}`));
    // Let a held load go, so no request waits out its 10 s after the test.
    if (list.state === 'loading') await releaseHeld(list.contactId!);
    fixtureCleanup();
  }
  expect(found, found.join('\n')).to.deep.equal([]);
}

describe("IBM's accessibility checker", () => {
  afterEach(async () => {
    await emulateMedia(null);
    document.documentElement.style.colorScheme = '';
  });

  it('loads, and finds a violation inside a shadow root', async () => {
    // So that "no violations" below means the checker looked where the widget renders: a button with no name.
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button></button>';
    const violations = await ibmViolations(host);
    expect(violations.map((result) => result.ruleId)).to.include('input_label_exists');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`finds no violation in the ${theme} theme: loading, ready, empty, error, blocked, narrow, dialog open`, async function () {
      // Eight states, each loaded and checked: well over the default on a busy machine.
      this.timeout(90_000);
      await checkEveryState(theme);
    });
  }

  it('finds no violation with two lists on one page: each toolbar is named after its contact', async function () {
    this.timeout(30_000);
    // Two contacts' lists side by side, as a CRM's page may have them: the summaries' toolbars must differ by name.
    const page = await fixture<HTMLElement>(
      html`<div>
        <message-status-list contact-id=${freshContact('42')} endpoint=${ENDPOINT}></message-status-list>
        <message-status-list contact-id=${freshContact('blocked-email')} endpoint=${ENDPOINT}></message-status-list>
      </div>`,
    );
    for (const list of page.querySelectorAll('message-status-list')) await settled(list);
    expect(describeViolations(await ibmViolations(page))).to.deep.equal([]);
  });

  it('finds no violation with two lists for one contact on one page, as the demo has its main list and side panel', async function () {
    this.timeout(30_000);
    const contactId = freshContact('42');
    const page = await fixture<HTMLElement>(
      html`<div>
        <message-status-list contact-id=${contactId} endpoint=${ENDPOINT}></message-status-list>
        <message-status-list contact-id=${contactId} endpoint=${ENDPOINT} page-size="5"></message-status-list>
      </div>`,
    );
    for (const list of page.querySelectorAll('message-status-list')) await settled(list);
    expect(describeViolations(await ibmViolations(page))).to.deep.equal([]);
  });

  itExceptIn(
    ['firefox', 'webkit'],
    NO_MEDIA_EMULATION,
    'finds no violation when the page follows a dark system setting (prefers-color-scheme)',
    async function () {
      this.timeout(90_000);
      await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }]);
      // The widget follows the page's color-scheme, which follows the system where the page allows both.
      document.documentElement.style.colorScheme = 'light dark';
      const list = await STATES.ready(undefined);
      expect(getComputedStyle(list).colorScheme).to.equal('light dark');
      fixtureCleanup();
      await checkEveryState(undefined);
    },
  );

  itExceptIn(['firefox', 'webkit'], NO_MEDIA_EMULATION, 'finds no violation with forced colours', async function () {
    this.timeout(90_000);
    await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await checkEveryState(undefined);
  });
});
