import { expect, waitUntil } from '@open-wc/testing';
import './helpers/readable-failures.js';
import { loaded, rows, virtualised } from './helpers/list.js';
import { closePage, expectNoViolations, openMarkup, openPage, type FrameWindow } from './helpers/page-frame.js';
import type { MessageStatusChip } from '../src/message-status-chip.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { da } from '../src/languages/da.js';
import { en } from '../src/languages/en.js';
import { fi } from '../src/languages/fi.js';
import { nb } from '../src/languages/nb.js';
import { sv } from '../src/languages/sv.js';
import type { LanguagePack } from '../src/languages/pack.js';

// The built script-tag bundle (dist/message-status-list.bundle.js, served by scripts/serve-bundle.mjs
// freshly built with the build's own settings) on plain pages: demo/bundle.html has one
// <script type="module" src> and nothing else; demo/bundle-csp.html adds a strict CSP.

const BUNDLE = '/dist/message-status-list.bundle.js';

async function openBundlePage(path: string): Promise<{ win: FrameWindow; doc: Document }> {
  const win = await openPage(path);
  return { win, doc: win.document };
}

/** The first file as served, fetched once for all tests. */
let bundleSource = '';

/** The names of the files a file of the bundle imports lazily (`import("./…")`), beside it. */
function lazyImports(source: string): string[] {
  return [...source.matchAll(/\bimport\(\s*["'`]\.\/(message-status-list\.bundle\.[\w-]+\.js)["'`]\s*\)/g)].map(
    (m) => m[1],
  );
}

/** The companion file of this kind (`rest`, `sv`, `virtualize-flow`…) that `source` imports lazily. */
function companion(source: string, kind: string): string {
  const name = lazyImports(source).find((file) => file.startsWith(`message-status-list.bundle.${kind}-`));
  expect(name, `no lazy import of the ${kind} file`).to.be.a('string');
  return name!;
}

/** A file the rest of the widget imports lazily: the virtualizer (past 200 messages), HTTP errors' wording. */
async function restCompanion(kind: 'virtualize-flow' | 'http-error'): Promise<string> {
  const rest = await (await fetch(`/dist/${companion(bundleSource, 'rest')}`)).text();
  return companion(rest, kind);
}

const virtualizerName = () => restCompanion('virtualize-flow');

/** Files of the bundle (the entry and its companions) the page has fetched. */
function bundleFilesFetched(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/message-status-list.bundle'));
}

/** Switches a demo page's list to a contact with 250 messages, in one answer, and waits until it virtualises. */
async function showLongHistory(list: MessageStatusList): Promise<void> {
  list.setAttribute('page-size', '300');
  list.setAttribute('contact-id', 'many');
  await virtualised(list);
}

/** A pack's own words: its texts that neither English nor Swedish shares, placeholders and all, long enough to tell. */
function ownWords(pack: LanguagePack): string[] {
  const all = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Object.values(value as object).flatMap(all);
  const elsewhere = new Set([...all(en), ...all(sv)]);
  return all(pack).filter((text) => text.length >= 6 && !elsewhere.has(text));
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
    bundleSource = await response.text();
  });

  afterEach(closePage);

  it('is a first file with Lit inside that imports the rest of the widget and its language packs lazily', async () => {
    const source = bundleSource;
    expect(source).not.to.contain('The bundle did not build');
    // As the build writes it (minified), not re-transpiled by the dev server's esbuild on the way.
    expect(source.split('\n')[0].length, 'the bundle is not minified').to.be.greaterThan(1000);
    expect(source).not.to.contain('sourceMappingURL=data:');
    // No static import at all (the first rows wait for this file alone), and no bare one, which would need an
    // import map: everything else is a file beside it, imported when it is wanted.
    expect(source).not.to.match(/(^|[;}\s])import\s*[\w{*"']/);
    expect(source).not.to.match(/\bfrom\s*["'](lit|@lit)/);
    // Each named by its module, then a hash of its content (eight characters).
    const kinds = lazyImports(source).map((file) => file.replace(/^message-status-list\.bundle\.|-[\w-]{8}\.js$/g, ''));
    expect(kinds.sort()).to.deep.equal(['da', 'fi', 'nb', 'rest', 'sv']);
    expect(source).to.match(/export\s*\{[^}]*MessageStatusList/);
    // Lit's production build, not its development one.
    expect(source).not.to.contain('Lit is in dev mode');

    // Each lazy file takes Lit and the rest from the first file, by its own name: no second Lit, and nothing that
    // would be fetched only after it arrived; the rest's own lazy files lean on it, which is in the page by then.
    const files = [...lazyImports(source), await virtualizerName(), await restCompanion('http-error')];
    for (const file of files) {
      const text = await (await fetch(`/dist/${file}`)).text();
      const imports = [...text.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((match) => match[1]);
      const allowed = ['./message-status-list.bundle.js', `./${companion(source, 'rest')}`];
      expect(
        imports.every((name) => allowed.includes(name)),
        `${file} imports ${imports.join(', ')}`,
      ).to.be.true;
    }
  });

  it('carries none of the Norwegian, Danish or Finnish words in its first file: each language is a file of its own', async () => {
    for (const [language, pack] of Object.entries({ nb, da, fi })) {
      const words = ownWords(pack);
      expect(words.length, language).to.be.greaterThan(100);
      const inFirst = words.filter((text) => bundleSource.includes(text));
      expect(inFirst, `${language} words in the first file`).to.deep.equal([]);
      // The same search finds them in the language's own file, as the build wrote them.
      const own = await (await fetch(`/dist/${companion(bundleSource, language)}`)).text();
      expect(
        words.filter((text) => !own.includes(text)),
        `${language} words missing from its file`,
      ).to.deep.equal([]);
    }
  });

  it('fetches a Finnish list’s words beside the rest of the widget, and no other language', async () => {
    const win = await openMarkup(`<!doctype html>
      <script type="module" src="${BUNDLE}"></script>
      <message-status-list lang="fi-FI" contact-id="42" endpoint="/api/contacts/{contactId}/messages">
      </message-status-list>`);
    await waitUntil(() => win.customElements.get('message-status-list'), 'the bundle did not load', { timeout: 8000 });
    const list = win.document.querySelector<MessageStatusList>('message-status-list')!;
    await loaded(list);
    await win.customElements.whenDefined('message-status-chip');
    const expected = [BUNDLE, ...['rest', 'fi'].map((kind) => `/dist/${companion(bundleSource, kind)}`)];
    expect(bundleFilesFetched(win).sort()).to.deep.equal(expected.sort());
    const labels = [...list.shadowRoot!.querySelectorAll('[part~="chip"]')].map((chip) => chip.textContent!.trim());
    expect(labels).to.include(fi.statuses.statuses.delivered.label);
  });

  it('works on a plain page with one <script type="module" src>', async () => {
    const { win, doc } = await openBundlePage('/demo/bundle.html');
    // The dev server adds its own reload socket to every page; that one is not the page's.
    const scripts = [...doc.querySelectorAll('script')].filter((s) => !s.src.includes('/__web-dev-server'));
    expect(scripts.map((script) => [script.type, script.getAttribute('src')])).to.deep.equal([['module', BUNDLE]]);
    expect(doc.querySelector('script[type="importmap"]')).to.be.null;

    expect(win.customElements.get('message-status-list'), 'the list is not defined').to.exist;
    // The provider and the chip come with the rest of the widget, which the first file fetches at once.
    await Promise.all(
      ['message-status-chip', 'message-status-provider'].map((tag) => win.customElements.whenDefined(tag)),
    );
    // The page's elements are instances of the bundle's classes, not of this test's.
    expect(win.customElements.get('message-status-list')).not.to.equal(customElements.get('message-status-list'));

    const list = doc.querySelector<MessageStatusList>('message-status-list')!;
    await loaded(list);
    const shown = rows(list);
    expect(shown.length).to.be.greaterThan(10);
    expect(list.shadowRoot!.querySelector('[part="header"]')!.textContent).to.contain('@');

    const [bounced, delivered] = doc.querySelectorAll<MessageStatusChip>('.crm-grid message-status-chip');
    await bounced.updateComplete;
    expect(chipLabel(bounced)).to.equal('Hard bounce');
    expect(chipLabel(delivered)).to.equal('Delivered');
    expect(bounced.shadowRoot!.querySelector('[part~="chip-hard-bounce"]')).to.exist;
  });

  it('fetches the virtualizer only when a list passes 200 messages, then shows only the rows in view', async () => {
    const { win, doc } = await openBundlePage('/demo/bundle.html');
    const list = doc.querySelector<MessageStatusList>('message-status-list')!;
    await loaded(list);
    await win.customElements.whenDefined('message-status-chip');
    expect(rows(list).length).to.be.within(1, 200);
    // An English page: the first file and the rest, no language pack, no virtualizer.
    const rest = `/dist/${companion(bundleSource, 'rest')}`;
    expect(bundleFilesFetched(win), 'a short history fetched more').to.deep.equal([BUNDLE, rest]);

    await showLongHistory(list);
    expect(bundleFilesFetched(win)).to.deep.equal([BUNDLE, rest, `/dist/${await virtualizerName()}`]);
    expect(rows(list).length).to.be.within(3, 100);
    // 250 messages and the column headers' row.
    expect(list.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-rowcount')).to.equal('251');
  });

  it('shows every row when the virtualizer cannot load, with nothing uncaught', async () => {
    // An import map sends the virtualizer's URL to a file that is not there, as when it was not copied.
    const missing = { imports: { [`/dist/${await virtualizerName()}`]: '/dist/not-deployed.js' } };
    const win = await openMarkup(`<!doctype html>
      <script>
        window.uncaught = [];
        addEventListener('error', (event) => uncaught.push(String(event.message)));
        addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));
      </script>
      <script type="importmap">${JSON.stringify(missing)}</script>
      <script type="module" src="${BUNDLE}"></script>
      <message-status-list contact-id="many" page-size="300" endpoint="/api/contacts/{contactId}/messages"></message-status-list>`);
    await waitUntil(() => win.customElements.get('message-status-list'), 'the bundle did not load', { timeout: 8000 });
    const list = win.document.querySelector<MessageStatusList>('message-status-list')!;
    await loaded(list);
    await waitUntil(() => rows(list).length === 250, `${rows(list).length} rows of 250 shown`, { timeout: 8000 });
    expect(list.shadowRoot!.querySelector('.list.virtual')).to.be.null;
    expect(bundleFilesFetched(win), 'the virtualizer loaded after all').not.to.include(
      `/dist/${await virtualizerName()}`,
    );
    expect((win as FrameWindow & { uncaught: string[] }).uncaught).to.deep.equal([]);
  });

  it('works under a strict CSP with no violation', async () => {
    const { win, doc } = await openBundlePage('/demo/bundle-csp.html');
    expect(win.cspViolations, 'the violation recorder did not run').to.be.an('array');
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content');
    expect(policy).to.contain("script-src 'self'").and.not.to.contain('unsafe');

    const list = doc.querySelector<MessageStatusList>('message-status-list')!;
    await loaded(list);
    expect(rows(list).length).to.be.greaterThan(10);
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

    // The virtualizer's file loads under the same policy (same origin).
    await showLongHistory(list);

    await expectNoViolations(win);
  });
});
