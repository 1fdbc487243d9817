import { expect, fixture, html } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { freshContact } from './helpers/mock-api.js';
import { loaded, part } from './helpers/list.js';

// What axe does not measure: the contrast of a form field's border against what is beside it (WCAG 1.4.11, 3:1),
// and the size of the rows' links as targets (WCAG 2.5.8, 24 by 24 px), read from what the browser rendered.

async function listIn(theme: 'light' | 'dark'): Promise<MessageStatusList> {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      theme=${theme}
      contact-id=${freshContact('42')}
      endpoint="/api/contacts/{contactId}/messages"
    ></message-status-list>`,
  );
  await loaded(list);
  return list;
}

/** A computed colour's red, green and blue (0–255) and alpha. */
function channels(color: string): [number, number, number, number] {
  const numbers = color.match(/[\d.]+/g)?.map(Number) ?? [];
  if (numbers.length < 3) throw new Error(`cannot read the colour ${color}`);
  const [red, green, blue, alpha = 1] = numbers;
  return [red, green, blue, alpha];
}

/** WCAG's relative luminance of an opaque colour. */
function luminance([red, green, blue]: readonly number[]): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

function contrast(one: string, other: string): number {
  const [a, b] = [one, other].map((color) => {
    const rgba = channels(color);
    expect(rgba[3], `${color} is not opaque`).to.equal(1);
    return luminance(rgba);
  });
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('non-text contrast and target size', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`gives the search field and the status drop-down borders of at least 3:1 in the ${theme} theme`, async () => {
      const list = await listIn(theme);
      const surface = getComputedStyle(list).backgroundColor;
      for (const name of ['search', 'status-filter']) {
        const field = part(list, name)!;
        const control = field.matches('input, select') ? field : field.querySelector('input, select')!;
        const style = getComputedStyle(control);
        const border = style.borderTopColor;
        expect(Number.parseFloat(style.borderTopWidth), `${name} has no border`).to.be.at.least(1);
        // Beside the border: the field's own background inside it, the widget's outside it.
        for (const [where, beside] of [
          ['inside', style.backgroundColor],
          ['outside', surface],
        ]) {
          const ratio = contrast(border, beside);
          expect(ratio, `${name}'s border against ${where} (${border} on ${beside})`).to.be.at.least(3);
        }
      }
    });
  }

  it('makes every "View message" link a target at least 24 by 24 px, without moving the row', async () => {
    const list = await listIn('light');
    const links = [...list.shadowRoot!.querySelectorAll<HTMLElement>('a[part~="link"]')];
    expect(links.length, 'no links to measure').to.be.greaterThan(3);
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(box.height, `"${link.textContent}" is ${box.height.toFixed(1)} px tall`).to.be.at.least(24);
      expect(box.width, `"${link.textContent}" is ${box.width.toFixed(1)} px wide`).to.be.at.least(24);
      // The larger target takes no room of its own: its text sits on the line of the time beside it.
      const time = link.closest('[part~="row"]')!.querySelector('[part~="time"]')!;
      const [linkText, timeText] = [link, time].map((element) => {
        const range = document.createRange();
        range.selectNodeContents(element.firstChild!);
        return range.getBoundingClientRect();
      });
      if (Math.abs(linkText.top - timeText.top) < linkText.height)
        expect(linkText.bottom, 'the link’s text left the line it shares with the time').to.be.closeTo(
          timeText.bottom,
          1,
        );
    }
  });
});
