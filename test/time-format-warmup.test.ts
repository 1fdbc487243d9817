import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { rows } from './helpers/list.js';
import { resetPage } from './helpers/page-state.js';

type Built = { lang: string; timeZone?: string; while: string };

/**
 * Notes every date formatter built, with the state of the list in the page at that moment; the formatters
 * themselves are the browser's own, untouched. Each test uses a zone no other test uses, so the widget's cache
 * has none for it yet.
 */
function watchDateFormatters(): { built: Built[]; stop: () => void } {
  const list = () => document.querySelector<MessageStatusList>('message-status-list');
  const original = Intl.DateTimeFormat;
  const built: Built[] = [];
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      const [lang, options] = args;
      built.push({ lang: String(lang), timeZone: options?.timeZone, while: list()?.state ?? 'no list' });
      return new target(...args);
    },
  });
  return { built, stop: () => (Intl.DateTimeFormat = original) };
}

describe('time formats are built while the first request is out', () => {
  let stop = () => {};
  afterEach(async () => {
    stop();
    await resetPage();
  });

  it("builds the rows' date formatter before the answer comes, in the list's language and zone", async () => {
    const watch = watchDateFormatters();
    stop = watch.stop;
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        contact-id="42"
        lang="sv"
        time-zone="Pacific/Chatham"
        endpoint="/api/contacts/{contactId}/messages?delay=600"
      ></message-status-list>`,
    );
    const own = () => watch.built.filter((entry) => entry.timeZone === 'Pacific/Chatham');
    await waitUntil(() => own().length > 0, 'no formatter for the zone while loading', { timeout: 500 });
    expect(list.state).to.equal('loading');
    expect(own()).to.deep.equal([{ lang: 'sv', timeZone: 'Pacific/Chatham', while: 'loading' }]);

    await oneEvent(list, 'messages-load');
    await list.updateComplete;
    expect(rows(list).length).to.be.greaterThan(0);
    // The rows used the one built early: no second formatter for the same language and zone.
    expect(own()).to.have.length(1);
  });

  it('builds nothing ahead for a list handed its messages, which never waits', async () => {
    const watch = watchDateFormatters();
    stop = watch.stop;
    const sentAt = new Date(Date.now() - 3 * 86_400_000 * 30).toISOString();
    const messages = [{ id: '1', channel: 'email', status: 'delivered', sentAt, subject: 'Hello' }];
    await fixture<MessageStatusList>(
      html`<message-status-list time-zone="America/St_Johns" .messages=${messages}></message-status-list>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const own = watch.built.filter((entry) => entry.timeZone === 'America/St_Johns');
    // One, built by the row's own render, not a warm-up while loading.
    expect(own.map((entry) => entry.while)).to.deep.equal(['ready']);
  });
});
