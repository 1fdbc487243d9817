import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { chips } from './helpers/list.js';

const MESSAGES = [
  { id: '1', channel: 'email', status: 'Hard bounce', sentAt: '2026-01-02T10:00:00Z', name: 'Vårkampanj' },
  { id: '2', channel: 'sms', status: 'Delivered', sentAt: '2026-01-01T10:00:00Z', name: 'Påminnelse' },
];

function channelText(list: MessageStatusList): string {
  return list.shadowRoot!.querySelector('[part="channel"]')!.textContent!.trim();
}

async function chipLabel(list: MessageStatusList): Promise<string> {
  await list.updateComplete;
  return chips(list)[0].textContent!.trim();
}

describe('language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('speaks the nearest lang up the tree, and English when it has no such language', async () => {
    const swedish = await fixture<HTMLElement>(
      html`<div lang="sv-SE">
        <section><message-status-list .messages=${MESSAGES}></message-status-list></section>
      </div>`,
    );
    const list = swedish.querySelector('message-status-list')!;
    await list.updateComplete;
    expect(channelText(list)).to.equal('Mejl');
    expect(await chipLabel(list)).to.equal('Hård studs');

    const french = await fixture<MessageStatusList>(
      html`<message-status-list lang="fr" .messages=${MESSAGES}></message-status-list>`,
    );
    expect(channelText(french)).to.equal('Email');
    expect(await chipLabel(french)).to.equal('Hard bounce');
  });

  it('follows a change of <html lang> and of an ancestor’s lang while open', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list .messages=${MESSAGES}></message-status-list>`,
    );
    expect(channelText(list)).to.equal('Email');
    document.documentElement.setAttribute('lang', 'sv');
    await waitUntil(() => channelText(list) === 'Mejl', 'the list did not follow <html lang>');
    expect(await chipLabel(list)).to.equal('Hård studs');

    const wrapper = await fixture<HTMLElement>(
      html`<div><message-status-list .messages=${MESSAGES}></message-status-list></div>`,
    );
    const inner = wrapper.querySelector('message-status-list')!;
    await inner.updateComplete;
    expect(channelText(inner)).to.equal('Mejl');
    wrapper.setAttribute('lang', 'en-GB');
    await waitUntil(() => channelText(inner) === 'Email', 'the list did not follow its ancestor');
    expect(await chipLabel(inner)).to.equal('Hard bounce');
  });

  it('takes the host’s wording for any text, and a language the host adds', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        .messages=${MESSAGES}
        .strings=${{
          en: { ui: { email: 'E-mail', noText: '' }, statuses: { 'hard-bounce': { label: 'Bad address' } } },
        }}
      ></message-status-list>`,
    );
    expect(channelText(list)).to.equal('E-mail');
    expect(await chipLabel(list)).to.equal('Bad address');
    // A blank override leaves the built-in text.
    expect(list.shadowRoot!.querySelector('[part="text"]')!.textContent!.trim()).to.equal('No subject or text');

    const german = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="de"
        .messages=${MESSAGES}
        .strings=${{ de: { ui: { email: 'E-Mail' }, statuses: { 'hard-bounce': { label: 'Harter Bounce' } } } }}
      ></message-status-list>`,
    );
    expect(channelText(german)).to.equal('E-Mail');
    expect(await chipLabel(german)).to.equal('Harter Bounce');
    // What the host did not translate falls back to English; dates follow the added language through Intl.
    expect(german.shadowRoot!.querySelector('[part="text"]')!.textContent!.trim()).to.equal('No subject or text');
    expect(german.shadowRoot!.querySelector('[part="time"]')!.textContent).to.contain('02.01.2026');
  });

  it('shares a provider’s wording with every list inside, the list’s own winning', async () => {
    const provider = await fixture<HTMLElement>(
      html`<message-status-provider .strings=${{ sv: { ui: { email: 'E-post', sms: 'Textmeddelande' } } }}>
        <message-status-list lang="sv" .messages=${MESSAGES} .strings=${{ sv: { ui: { email: 'Epost' } } }}>
        </message-status-list>
      </message-status-provider>`,
    );
    const list = provider.querySelector('message-status-list')!;
    await list.updateComplete;
    const channels = [...list.shadowRoot!.querySelectorAll('[part="channel"]')].map((el) => el.textContent!.trim());
    expect(channels).to.deep.equal(['Epost', 'Textmeddelande']);
  });
});
