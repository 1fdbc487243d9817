import { expect, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { loaded } from './helpers/list.js';
import { closePage, expectNoViolations, openPage, type FrameWindow } from './helpers/page-frame.js';
import type { MessageStatusChip } from '../src/message-status-chip.js';
import type { MessageStatusList } from '../src/message-status-list.js';

// The built script-tag bundle (dist/message-status-list.bundle.js, served by scripts/serve-bundle.mjs
// freshly built with the build's own settings) on plain pages: demo/bundle.html has one
// <script type="module" src> and nothing else; demo/bundle-csp.html adds a strict CSP.

const BUNDLE = '/dist/message-status-list.bundle.js';

async function openBundlePage(path: string): Promise<{ win: FrameWindow; doc: Document }> {
  const win = await openPage(path);
  return { win, doc: win.document };
}

function chipLabel(chip: MessageStatusChip): string {
  return chip.shadowRoot!.querySelector('[part~="chip"]')!.textContent!.trim();
}

describe('the script-tag bundle', () => {
  before(async function () {
    // The first request builds the bundle (a few seconds on a busy machine); the tests then share it.
    this.timeout(90_000);
    const response = await fetch(BUNDLE);
    expect(response.ok, `GET ${BUNDLE}: ${response.status}`).to.be.true;
  });

  afterEach(closePage);

  it('is one module with Lit inside: it imports nothing', async () => {
    const source = await (await fetch(BUNDLE)).text();
    expect(source).not.to.contain('The bundle did not build');
    // As the build writes it (minified), not re-transpiled by the dev server's esbuild on the way.
    expect(source.split('\n')[0].length, 'the bundle is not minified').to.be.greaterThan(1000);
    expect(source).not.to.contain('sourceMappingURL=data:');
    // Static and dynamic imports alike; a bare `import … from "lit"` would need an import map.
    expect(source).not.to.match(/(^|[;}\s])import\s*[\w{*"'(]/);
    expect(source).not.to.match(/\bfrom\s*["'](lit|@lit)/);
    expect(source).to.match(/export\s*\{[^}]*MessageStatusList/);
    // Lit's production build, not its development one.
    expect(source).not.to.contain('Lit is in dev mode');
  });

  it('works on a plain page with one <script type="module" src>', async () => {
    const { win, doc } = await openBundlePage('/demo/bundle.html');
    // The dev server adds its own reload socket to every page; that one is not the page's.
    const scripts = [...doc.querySelectorAll('script')].filter((s) => !s.src.includes('/__web-dev-server'));
    expect(scripts.map((script) => [script.type, script.getAttribute('src')])).to.deep.equal([['module', BUNDLE]]);
    expect(doc.querySelector('script[type="importmap"]')).to.be.null;

    for (const tag of ['message-status-list', 'message-status-chip', 'message-status-provider']) {
      expect(win.customElements.get(tag), `${tag} is not defined`).to.exist;
    }
    // The page's elements are instances of the bundle's classes, not of this test's.
    expect(win.customElements.get('message-status-list')).not.to.equal(customElements.get('message-status-list'));

    const list = doc.querySelector<MessageStatusList>('message-status-list')!;
    await loaded(list);
    const rows = list.shadowRoot!.querySelectorAll('[part="row"]');
    expect(rows.length).to.be.greaterThan(10);
    expect(list.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('@');

    const [bounced, delivered] = doc.querySelectorAll<MessageStatusChip>('.crm-grid message-status-chip');
    await bounced.updateComplete;
    expect(chipLabel(bounced)).to.equal('Hard bounce');
    expect(chipLabel(delivered)).to.equal('Delivered');
    expect(bounced.shadowRoot!.querySelector('[part~="chip-hard-bounce"]')).to.exist;
  });

  it('works under a strict CSP with no violation', async () => {
    const { win, doc } = await openBundlePage('/demo/bundle-csp.html');
    expect(win.cspViolations, 'the violation recorder did not run').to.be.an('array');
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content');
    expect(policy).to.contain("script-src 'self'").and.not.to.contain('unsafe');

    const list = doc.querySelector<MessageStatusList>('message-status-list')!;
    await loaded(list);
    expect(list.shadowRoot!.querySelectorAll('[part="row"]').length).to.be.greaterThan(10);
    // Styled: Lit's constructed stylesheets are not governed by style-src.
    expect(win.getComputedStyle(list).getPropertyValue('--_radius').trim()).to.equal('0.5rem');

    // The chip next to the list, given its wording by the provider, opens its explanation on focus.
    const chip = doc.querySelector<MessageStatusChip>('message-status-provider > message-status-chip')!;
    await chip.updateComplete;
    expect(chipLabel(chip)).to.equal('Soft bounce');
    chip.shadowRoot!.querySelector<HTMLElement>('[part~="chip"]')!.focus();
    const tip = chip.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    await waitUntil(() => tip.matches(':popover-open') || !tip.hidden, 'the explanation did not open');
    expect(tip.textContent!.trim().length).to.be.greaterThan(20);

    await expectNoViolations(win);
  });
});
