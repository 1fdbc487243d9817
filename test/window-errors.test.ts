import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { rows, virtualised } from './helpers/list.js';

// No helper swallows anything here: every error event on window during normal use is recorded.
const seen: string[] = [];
const record = (event: ErrorEvent) => seen.push(event.message);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const history = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    channel: i % 3 ? 'email' : 'sms',
    status: ['Delivered', 'SoftBounce', 'HardBounce'][i % 3],
    sentAt: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(),
    name: `Send-out ${i + 1}`,
    text: i % 5 ? `Text ${i + 1}` : 'A longer text that wraps onto a second line in a narrow list. '.repeat(3),
  }));

describe('no error events on window', function () {
  this.timeout(30_000);
  before(() => window.addEventListener('error', record));
  after(() => window.removeEventListener('error', record));

  it('while a long, virtualised list renders, scrolls, resizes and changes contacts', async () => {
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="en"
        style="--msl-list-max-height: 400px"
        .messages=${history(2000, 'a')}
      ></message-status-list>`,
    );
    await virtualised(list);
    const scroller = () => list.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    for (let step = 0; step < 20; step++) {
      scroller().scrollTop = step * 1500;
      await frame();
      if (step % 5 === 4) list.style.width = `${20 + step}rem`;
      if (step % 4 === 3) list.messages = history(1000 + step * 50, `c${step}`);
      await frame();
    }
    await waitUntil(() => rows(list).length > 0, 'no rows');
    await frame();
    await frame();
    expect(seen).to.deep.equal([]);
  });
});
