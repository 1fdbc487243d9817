import { expect, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { chipOf, rows, tipOf } from './helpers/list.js';
import { closePage, expectNoViolations, openPage, type FrameWindow } from './helpers/page-frame.js';
import type { MessageStatusList } from '../src/message-status-list.js';

// demo/csp.html carries a strict policy (`script-src 'self'; style-src 'self'`: no inline script
// or style, no eval) and records every violation from its first script on, in `cspViolations`.
// Loading it in an iframe runs the widget's real source under that policy, nothing built first.

async function openCspPage(): Promise<{ win: FrameWindow; list: MessageStatusList }> {
  const win = await openPage('/demo/csp.html');
  const list = win.document.querySelector('message-status-list') as MessageStatusList;
  return { win, list };
}

describe('under a strict Content Security Policy', () => {
  afterEach(closePage);

  it('loads, renders and styles the list with no violation', async () => {
    const { win, list } = await openCspPage();
    // The recorder itself ran: without it, "no violations" would prove nothing.
    expect(win.cspViolations, 'the violation recorder did not run').to.be.an('array');
    expect(win.customElements.get('message-status-list'), 'the element was not defined').to.exist;

    await waitUntil(() => list.state === 'ready' || list.state === 'error', `still ${list.state}`, { timeout: 8000 });
    expect(list.state).to.equal('ready');
    await list.updateComplete;
    const shown = rows(list);
    expect(shown.length).to.be.greaterThan(0);

    // Lit's styles arrive as constructed (adopted) stylesheets, which style-src does not govern.
    expect(list.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(win.getComputedStyle(list).getPropertyValue('--_radius').trim()).to.equal('0.5rem');

    // The rest of the widget, a file of its own, arrives under the policy too.
    await win.customElements.whenDefined('message-status-chip');
    await list.updateComplete;
    // An explanation opens and is placed through the CSSOM, which the policy allows.
    const button = chipOf(shown[0]);
    button.focus();
    const tip = tipOf(button);
    await waitUntil(() => tip.matches(':popover-open') || !tip.hidden, 'the explanation did not open');
    expect(tip.style.top).to.match(/px$/);

    await expectNoViolations(win);
  });

  it('shows hostile data, skipped items and errors with no violation', async () => {
    const { win, list } = await openCspPage();
    await waitUntil(() => list.state === 'ready', `still ${list.state}`, { timeout: 8000 });
    // Markup with inline handlers: rendered as elements, it would run (and be reported) under this policy.
    const hostile = `<img src=x onerror="window.inlineScriptRan=true"><a href="javascript:window.inlineScriptRan=true">x</a>`;
    const body = JSON.stringify({
      messages: [
        { id: '1', channel: 'email', status: hostile, sentAt: '2026-01-01T10:00:00Z', name: hostile, text: hostile },
        { id: '2', channel: 'sms', status: 'Delivered', link: 'javascript:window.inlineScriptRan=true' },
        null,
      ],
    });
    list.endpoint = `/api/contacts/{contactId}/messages?raw=${encodeURIComponent(body)}`;
    await waitUntil(() => list.shadowRoot!.querySelector('[part="skipped"]'), 'the hostile answer was not shown');
    // A new contact, so nothing is left to show: the whole list is in error.
    list.contactId = 'not-found';
    list.endpoint = '/api/contacts/{contactId}/messages';
    await waitUntil(() => list.state === 'error', `still ${list.state}`, { timeout: 8000 });
    await list.updateComplete;
    await expectNoViolations(win);
    expect(win.inlineScriptRan).to.equal(undefined);
  });

  it('does report a violation when there is one (the check above can fail)', async () => {
    const { win } = await openCspPage();
    const script = win.document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    win.document.body.append(script);
    const recorded = () => win.cspViolations?.find((v) => v.directive === 'script-src-elem');
    await waitUntil(recorded, 'no violation was recorded for an inline script');
    expect(win.inlineScriptRan).to.equal(undefined);
    expect(recorded()!.blocked).to.equal('inline');
  });
});
