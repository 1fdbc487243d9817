import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { SETTLE_MS } from '../src/rest/controllers/live-region.js';
import { freshContact } from './helpers/mock-api.js';
import { part, settled } from './helpers/list.js';

const ENDPOINT = '/api/contacts/{contactId}/messages';

function liveRegion(list: MessageStatusList): HTMLElement {
  return list.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
}

/** Every text the live region takes on while `action` runs and for a while after, in order. */
async function heard(list: MessageStatusList, action: () => Promise<void>, listenFor: number): Promise<string[]> {
  const region = liveRegion(list);
  const said: string[] = [];
  const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
  observer.observe(region, { subtree: true, childList: true, characterData: true });
  await action();
  await new Promise((resolve) => setTimeout(resolve, listenFor));
  observer.disconnect();
  return said.filter((text, index) => text && text !== said[index - 1]);
}

describe('the live region', () => {
  it('says how many messages match once typing settles, not once a key', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list contact-id=${freshContact('some')} endpoint=${ENDPOINT}></message-status-list>`,
    );
    await settled(list);
    part(list, 'search')!.focus();
    // "message 1", "message 10"…: each key changes how many of the 25 match.
    const said = await heard(list, () => sendKeys({ type: '1' }).then(() => sendKeys({ type: '2' })), SETTLE_MS * 2);
    const shown = list.shadowRoot!.querySelectorAll('[part~="row"]').length;
    expect(said).to.deep.equal([`Showing ${shown} of 25`]);
  });

  it('names its list while another list on the page speaks too', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <message-status-list contact-id="42" endpoint=${ENDPOINT}></message-status-list>
        <message-status-list contact-id=${freshContact('blocked-email')} endpoint=${ENDPOINT}></message-status-list>
      </div>`,
    );
    const [ada, blocked] = [...page.querySelectorAll('message-status-list')];
    await settled(ada);
    await settled(blocked);
    expect(liveRegion(ada).textContent!.trim()).to.match(
      /^Messages for ada\.lindqvist@example\.com: Loaded \d+ messages\.$/,
    );
    expect(liveRegion(blocked).textContent!.trim()).to.match(/^Messages for \S+@\S+: Loaded \d+ messages\.$/);

    // Alone on the page, a list has no need to say which it is.
    blocked.remove();
    await ada.refresh();
    await waitUntil(() => /^Loaded/.test(liveRegion(ada).textContent!.trim()), liveRegion(ada).textContent!);
  });
});
