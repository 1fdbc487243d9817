import { expect, fixture, html } from '@open-wc/testing';
import './helpers/readable-failures.js';
import '../src/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { STATUS_KEYS } from '../src/statuses/catalog.js';
import { chipLabel, chips, loaded } from './helpers/list.js';

// From 44rem a row is one line with a fixed status column (rows.styles.ts), so chips line up from row to row. Every
// status's label, in every built-in language, must fit in that column whole: an ellipsis there hides the outcome.

const messages = STATUS_KEYS.flatMap((status, i) =>
  (['email', 'sms'] as const).map((channel) => ({
    id: `${channel}-${status}`,
    channel,
    status,
    name: `Send-out ${i}`,
    text: 'Text',
    sentAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  })),
);

for (const lang of ['en', 'sv', 'nb', 'da', 'fi']) {
  it(`at a wide width, every status label in "${lang}" fits its column whole`, async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="inline-size: 48rem">
        <message-status-list lang=${lang} .messages=${messages}></message-status-list>
      </div>`,
    );
    const list = page.querySelector<MessageStatusList>('message-status-list')!;
    await loaded(list);
    const shown = chips(list);
    expect(shown).to.have.length(messages.length);
    const cut = shown.filter((chip) => chip.scrollWidth > chip.clientWidth + 1).map(chipLabel);
    expect(cut, 'labels ending in an ellipsis').to.deep.equal([]);
  });
}
