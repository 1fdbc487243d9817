import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { chipOf, explanationOf, rows } from './helpers/list.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { click } from './helpers/input.js';
import { freshContact } from './helpers/mock-api.js';
import { deepMarkup } from './helpers/shadow.js';
import { FLAG, foreignElements, forgetHostileRun, hostileRan, liveLinks } from './helpers/hostile.js';

// Data from the server is text, never markup or a live script link; the host's credentials never
// reach the page, an event or an error message.

const HOSTILE_LINKS = [
  'javascript:' + FLAG,
  'JavaScript:' + FLAG,
  ' javascript:' + FLAG,
  'java\tscript:' + FLAG,
  'data:text/html,<script>' + FLAG + '</script>',
  'vbscript:msgbox(1)',
  'blob:https://evil.example/1',
  'file:///etc/passwd',
];

const HOSTILE_TEXTS = [
  `<img src=x onerror="${FLAG}">`,
  `<script>${FLAG}</script>`,
  `<b>bold</b><iframe src="javascript:${FLAG}"></iframe>`,
  `"><svg onload="${FLAG}">`,
  `{{constructor.constructor('${FLAG}')()}}`,
  '${' + FLAG + '}',
];

describe('hostile data', () => {
  afterEach(forgetHostileRun);

  it('shows markup in names, texts, reasons and statuses as text, served over HTTP', async () => {
    const messages = HOSTILE_TEXTS.map((text, i) => ({
      id: `h${i}`,
      channel: i % 2 ? 'sms' : 'email',
      status: i === 0 ? text : 'Hard bounce',
      sentAt: `2026-01-0${i + 1}T10:00:00Z`,
      name: text,
      text,
      reason: text,
      source: text,
      link: HOSTILE_LINKS[i],
    }));
    const body = JSON.stringify({
      contact: { email: { address: HOSTILE_TEXTS[0], blocked: true }, sms: { address: HOSTILE_TEXTS[1] } },
      messages,
    });
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id=${freshContact('anyone')}
        endpoint=${`/api/contacts/{contactId}/messages?raw=${encodeURIComponent(body)}`}
      ></message-status-list>`,
    );
    await oneEvent(list, 'messages-load');
    await list.updateComplete;
    const shown = rows(list);
    expect(shown).to.have.length(HOSTILE_TEXTS.length);

    // Newest first: h5 … h0.
    const shownNames = shown.map((row) => row.querySelector('[part="name"]')!.textContent);
    expect(shownNames).to.deep.equal([...HOSTILE_TEXTS].reverse());
    const shownTexts = shown.map((row) => row.querySelector('[part="text"]')!.textContent);
    expect(shownTexts).to.deep.equal([...HOSTILE_TEXTS].reverse());
    const header = list.shadowRoot!.querySelector('[part="header"]')!.textContent!;
    expect(header).to.contain(HOSTILE_TEXTS[0]).and.to.contain(HOSTILE_TEXTS[1]);
    // The unknown status is shown as the server's text, and the bounce reason in the explanation.
    const chipText = (row: HTMLElement) => `${chipOf(row).textContent} ${explanationOf(chipOf(row))}`;
    expect(chipText(shown[shown.length - 1])).to.contain(HOSTILE_TEXTS[0]);
    expect(chipText(shown[0])).to.contain(HOSTILE_TEXTS[5]);

    expect(foreignElements(list)).to.deep.equal([]);
    expect(liveLinks(list)).to.deep.equal([]);
    // The links are shown as text, so a support agent still sees what the server sent.
    const linkTexts = shown.map((row) => row.querySelector('[part="link"]')?.textContent);
    expect(linkTexts.filter(Boolean)).to.have.length(HOSTILE_TEXTS.length);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hostileRan()).to.equal(undefined);
  });

  it('links only http and https addresses, relative ones resolved against the page', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        .messages=${[
          { id: '1', channel: 'email', status: 'Delivered', sentAt: '2026-01-03T10:00:00Z', link: '/view/1' },
          {
            id: '2',
            channel: 'email',
            status: 'Delivered',
            sentAt: '2026-01-02T10:00:00Z',
            link: 'HTTPS://x.example/',
          },
          ...HOSTILE_LINKS.map((link, i) => ({ id: `x${i}`, channel: 'sms', status: 'Delivered', link })),
        ]}
      ></message-status-list>`,
    );
    const links = liveLinks(list);
    expect(links).to.deep.equal([new URL('/view/1', document.baseURI).href, 'https://x.example/']);
    for (const anchor of list.shadowRoot!.querySelectorAll('a')) {
      expect(anchor.getAttribute('rel')).to.contain('noopener');
    }
  });

  describe('credentials', () => {
    const SECRET = 'Bearer s3cr3t-t0ken';

    it('never puts requestInit’s credentials in the DOM, an event or an error, whatever fails', async function () {
      this.timeout(30_000);
      const details: unknown[] = [];
      const record = (event: Event) => {
        const { detail } = event as CustomEvent<Record<string, unknown>>;
        details.push(detail);
        // An error's own properties (message, stack, cause) count too: a host may log them.
        if (detail.error instanceof Error) {
          const error = detail.error;
          details.push(error.message, String(error), error.stack, String(error.cause));
          details.push(JSON.stringify(error, Object.getOwnPropertyNames(error)));
        }
      };
      const list = await fixture<MessageStatusList>(
        html`<message-status-list
          timeout="300"
          contact-id=${freshContact('unblock-fails')}
          endpoint="/api/contacts/{contactId}/messages?channel={channel}"
          unblock-endpoint="/api/contacts/{contactId}/unblock"
          .requestInit=${{ headers: { Authorization: SECRET, 'X-Api-Key': SECRET }, credentials: 'include' }}
          @messages-load=${record}
          @messages-error=${record}
          @unblock-request=${record}
          @unblock-error=${record}
          @unblock-success=${record}
        ></message-status-list>`,
      );
      const seen: string[] = [];
      const look = async () => {
        await list.updateComplete;
        seen.push(deepMarkup(list), list.shadowRoot!.textContent ?? '');
      };

      await waitUntil(() => list.state === 'ready', `still ${list.state}`, { timeout: 8000 });
      await look();
      // A failed unblock (HTTP 500 with the server's reason).
      await click(list.shadowRoot!.querySelector('[part="unblock-button"]')!);
      const failed = oneEvent(list, 'unblock-error');
      await click(list.shadowRoot!.querySelector('[part="confirm-button"]')!);
      await failed;
      await look();
      // Loads that fail every way there is.
      for (const query of ['status=500', 'status=401', 'status=404', 'delay=2000', 'drop=1', 'truncate=20']) {
        list.contactId = freshContact('42');
        list.endpoint = `/api/contacts/{contactId}/messages?${query}`;
        await oneEvent(list, 'messages-error');
        await look();
      }
      list.contactId = freshContact('html');
      await oneEvent(list, 'messages-error');
      await look();

      expect(details.length).to.be.greaterThan(8);
      const everything = [...seen, ...details.map((detail) => JSON.stringify(detail) ?? '')].join('\n');
      expect(everything).to.contain('could not be loaded');
      expect(everything).not.to.contain('s3cr3t');
      expect(everything).not.to.contain('Bearer');
    });
  });
});
