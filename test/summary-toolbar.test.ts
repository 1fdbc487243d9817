import { sendKeys } from '@web/test-runner-commands';
import { itExceptIn } from './helpers/engine.js';
import { expect, fixture, html } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { press } from './helpers/input.js';
import { part, settled } from './helpers/list.js';

// The summary's counts are one toolbar: one Tab stop, arrows between them (WAI-ARIA APG toolbar).

function summaryButtons(list: MessageStatusList): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="summary-button"]')];
}

const focused = (list: MessageStatusList) => list.shadowRoot!.activeElement;

describe('the summary toolbar', () => {
  itExceptIn(
    ['webkit'],
    'its WebDriver cannot hold Shift down for Shift+Tab',
    'costs one Tab press, and arrows, Home and End move between its counts',
    async () => {
      const list = await fixture<MessageStatusList>(
        html`<message-status-list contact-id="42" endpoint="/api/contacts/{contactId}/messages"></message-status-list>`,
      );
      await settled(list);
      const buttons = summaryButtons(list);
      expect(buttons.length).to.be.greaterThan(5);
      expect(part(list, 'summary')!.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).to.be.a('string');

      part(list, 'search')!.focus();
      await press('Tab');
      expect(focused(list), 'Tab from the search reaches the first count').to.equal(buttons[0]);
      await press('Tab');
      expect(buttons, 'the next Tab leaves the counts').to.not.include(focused(list));
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
      expect(focused(list)).to.equal(buttons[0]);

      await press('ArrowRight');
      expect(focused(list)).to.equal(buttons[1]);
      await press('End');
      expect(focused(list)).to.equal(buttons[buttons.length - 1]);
      await press('ArrowRight');
      expect(focused(list), 'past the last, round to the first').to.equal(buttons[0]);
      await press('ArrowLeft');
      expect(focused(list)).to.equal(buttons[buttons.length - 1]);
      await press('Home');
      expect(focused(list)).to.equal(buttons[0]);

      // The count in force stays the toolbar's Tab stop.
      await press('ArrowRight');
      await press('Enter');
      await list.updateComplete;
      const pressed = summaryButtons(list).filter((button) => button.getAttribute('aria-pressed') === 'true');
      expect(pressed).to.have.length(1);
      expect(summaryButtons(list).filter((button) => button.tabIndex === 0)).to.deep.equal(pressed);
    },
  );
});
