// Part of `npm run bench` (`--only first-rows` alone): time to first rows on a throttled connection. Each load opens a
// page in a fresh browser context (cold cache) under CDP network emulation (150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up) and times from navigation to the first frame drawn with a `[part~="row"]` element in it (in the
// document or in any element's shadow root). The pages all show contact 42's messages from the same JSON
// (`/api/contacts/42/messages?count=100`):
//   bundle   the widget: the script-tag bundle as `npm run build` writes it, from one <script type="module" src>;
//   finnish  the same page in Finnish (<html lang="fi">): its words a file of their own, fetched beside the JSON;
//   against  with `--against <ref>`: that commit's bundle (scripts/bundle-at-ref.mjs), the same way;
//   preload  the bundle page, the page itself preloading the list's first request (<link rel=preload as=fetch>);
//   floor    (a) an inline script fetches the JSON and writes the rows as one innerHTML: no file to load first;
//   script   (b) that same script from a file of its own: the floor of any widget a page loads from a script tag;
//   lit      (c) a small LitElement list (bench/lit-list.js), bundled with Lit as the widget is.
// Resource timing gives when the page's first file was in and when the JSON was asked for and in, so the table shows
// where the time goes; an untimed first load of each page waits until the network is idle and sums the scripts it
// fetched, the widget's later files included. The server gzips scripts, pages and JSON, as any real host would.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { kb, medianP90, print, ratio, stats } from './bench-table.mjs';

/** Each page: where it is, the first file it loads (undefined: its script is inline) and its column's heading. */
export const FIRST_ROWS_PAGES = {
  bundle: {
    path: '/bench/first-rows-bundle.html',
    firstFile: '/dist/message-status-list.bundle.js',
    heading: 'widget',
  },
  finnish: {
    path: '/bench/first-rows-finnish.html',
    firstFile: '/dist/message-status-list.bundle.js',
    heading: 'widget, Finnish',
  },
  against: {
    path: '/bench/first-rows-against.html',
    firstFile: '/dist/bench/against/message-status-list.bundle.js',
    heading: 'widget at',
  },
  preload: {
    path: '/bench/first-rows-preload.html',
    firstFile: '/dist/message-status-list.bundle.js',
    heading: 'widget, JSON preloaded',
  },
  floor: { path: '/bench/first-rows-floor.html', firstFile: undefined, heading: '(a) inline floor' },
  script: {
    path: '/bench/first-rows-script.html',
    firstFile: '/dist/bench/first-rows-floor.js',
    heading: '(b) floor script',
  },
  lit: { path: '/bench/first-rows-lit.html', firstFile: '/dist/bench/lit-list.js', heading: '(c) Lit list' },
};

const THROTTLE = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** Koa middleware for the bench's server: gzips what it sends, as a real host would. */
export function gzipMiddleware() {
  return async (ctx, next) => {
    await next();
    const type = String(ctx.response.type);
    if (ctx.status !== 200 || !/javascript|json|html|css/.test(type) || ctx.response.get('Content-Encoding')) return;
    let body = ctx.body;
    if (body instanceof Readable) {
      const parts = [];
      for await (const part of body) parts.push(Buffer.from(part));
      body = Buffer.concat(parts);
    }
    if (typeof body !== 'string' && !Buffer.isBuffer(body)) return;
    ctx.body = gzipSync(body);
    ctx.set('Content-Encoding', 'gzip');
    ctx.remove('Content-Length');
  };
}

/**
 * Koa middleware for the bench's server: the first-rows pages as written, byte for byte. The dev server would compile
 * page (a)'s inline script and append its source map, doubling the page.
 */
export function servePagesAsWritten() {
  const pages = new Set(Object.values(FIRST_ROWS_PAGES).map((page) => page.path));
  return async (ctx, next) => {
    if (!pages.has(ctx.path)) return next();
    ctx.type = 'html';
    ctx.body = await readFile(fileURLToPath(new URL(`..${ctx.path}`, import.meta.url)));
  };
}

/**
 * Koa middleware for the bench's server: the messages API takes `ms` to answer, as a real one does while it reads
 * its database (the mock answers at once). Every page waits the same, the floor too.
 */
export function serverTimeMiddleware(ms) {
  return async (ctx, next) => {
    if (ms > 0 && ctx.path.startsWith('/api/contacts/')) await new Promise((resolve) => setTimeout(resolve, ms));
    await next();
  };
}

/** Runs in the page before anything else: `window.firstRow` resolves with ms from navigation to the first frame drawn
 * with a row (in the document, or in any element's shadow root: the widget's, the Lit list's). */
function watchForFirstRow() {
  window.firstRow = new Promise((resolve) => {
    const ROW = '[part~="row"]';
    const hasRow = () =>
      document.querySelector(ROW) ||
      [...(document.body?.querySelectorAll('*') ?? [])].some((element) => element.shadowRoot?.querySelector(ROW));
    // rAF runs just before the frame is drawn: the first one that finds a row draws it.
    const check = () => (hasRow() ? resolve(performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
  // The widget's rest (filters, explanations, the keyboard grid…) has arrived and run once its chip is defined.
  window.restReady = customElements.whenDefined('message-status-chip').then(() => performance.now());
}

/** What resource timing says about a load, read in the page: `firstFile` is the page's own first script. */
function readTiming(firstFile) {
  const resources = performance.getEntriesByType('resource');
  const navigation = performance.getEntriesByType('navigation');
  const entries = [...navigation, ...resources];
  const scripts = resources.filter((entry) => entry.initiatorType === 'script' || /\.js$/.test(entry.name));
  const first = firstFile && resources.find((entry) => new URL(entry.name).pathname === firstFile);
  const json = resources.find((entry) => entry.name.includes('/api/contacts/'));
  return {
    transfer: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
    requests: entries.length,
    pageBytes: navigation[0]?.encodedBodySize,
    firstFileBytes: first?.encodedBodySize,
    scriptBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    scriptCount: scripts.length,
    firstFileIn: first?.responseEnd,
    jsonAsked: json?.startTime,
    jsonIn: json?.responseEnd,
  };
}

/**
 * One cold, throttled load of `page`: ms to first rows, and what `readTiming` gives. With `settle`, the timing is
 * read once the network has been idle for half a second, so it holds the files that come after the first rows too.
 */
async function firstRowsOnce(browser, origin, page, { settle = false } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    await tab.setCacheEnabled(false);
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', THROTTLE);
    await tab.evaluateOnNewDocument(watchForFirstRow);
    await tab.goto(`${origin}${page.path}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const ms = await Promise.race([
      tab.evaluate(() => window.firstRow),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`${page.path}: no row after 60 s`)), 60_000).unref(),
      ),
    ]);
    if (settle) await tab.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 });
    const timing = await tab.evaluate(readTiming, page.firstFile);
    // Only the widget's pages have a rest to wait for (read after the timing, which is as of the first rows).
    const restReady = await tab.evaluate(() =>
      document.querySelector('message-status-list')
        ? Promise.race([window.restReady, new Promise((resolve) => setTimeout(resolve, 10_000))])
        : undefined,
    );
    if (problems.length) throw new Error(`${page.path}: ${problems.join('; ')}`);
    return { ms, restReady, restAfterRows: restReady === undefined ? undefined : restReady - ms, ...timing };
  } finally {
    await context.close();
  }
}

/**
 * Runs each page of `kinds` (names in FIRST_ROWS_PAGES) `runs` times, interleaved so drift hits all alike, after one
 * settled warm-up each (which also has the server build the bundle). Resolves to `{ bundle, floor, … }`, each with
 * `stats()` of the times to first rows, medians of the moments resource timing gives, the bytes and requests of the
 * last load, and the sizes the warm-up read.
 */
export async function benchFirstRows(browser, origin, runs, kinds) {
  const loads = Object.fromEntries(kinds.map((kind) => [kind, []]));
  // The server builds the bundle on its first request (minutes on a busy machine): not within a timed load.
  await fetch(`${origin}/dist/message-status-list.bundle.js`);
  const settled = {};
  for (const kind of kinds)
    settled[kind] = await firstRowsOnce(browser, origin, FIRST_ROWS_PAGES[kind], { settle: true });
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(i + k) % kinds.length];
      loads[kind].push(await firstRowsOnce(browser, origin, FIRST_ROWS_PAGES[kind]));
    }
  }
  const median = (values) => (values.length ? stats(values).median : undefined);
  return Object.fromEntries(
    kinds.map((kind) => {
      const runsOf = loads[kind];
      const moment = (key) => median(runsOf.map((run) => run[key]).filter((value) => value !== undefined));
      const last = runsOf[runsOf.length - 1];
      const { pageBytes, firstFileBytes, scriptBytes, scriptCount } = settled[kind];
      return [
        kind,
        {
          ...stats(runsOf.map((run) => run.ms)),
          firstFileIn: moment('firstFileIn'),
          jsonAsked: moment('jsonAsked'),
          jsonIn: moment('jsonIn'),
          restReady: moment('restReady'),
          restAfterRows: moment('restAfterRows'),
          transfer: last.transfer,
          requests: last.requests,
          pageBytes,
          firstFileBytes,
          scriptBytes,
          scriptCount,
        },
      ];
    }),
  );
}

/**
 * The section: every page's first rows and ÷ (b), the first file each loads and all the scripts it fetched by idle
 * (gzip, as sent), and when (medians, ms from navigation) the first file was in and the JSON asked for and in.
 * `against` is the commit `--against` built, if any.
 */
export async function printFirstRows(browser, origin, { runs, serverMs, against }) {
  const kinds = ['bundle', 'finnish', ...(against ? ['against'] : []), 'preload', 'floor', 'script', 'lit'];
  const s = await benchFirstRows(browser, origin, runs, kinds);
  const server = serverMs ? `, the API answering in ${serverMs} ms` : '';
  console.log(
    `\nTime to first rows: ms from navigation to the first frame drawn with a row, cold cache, 150 ms RTT, 1.6 Mbit/s${server}; median (p90) of ${runs}. Sizes gzip, as sent.\n`,
  );
  const heading = (kind) => (kind === 'against' ? `widget at ${against}` : FIRST_ROWS_PAGES[kind].heading);
  const at = (value) => (value === undefined ? '—' : Math.round(value).toLocaleString('en'));
  const row = (label, cell, target = '') => [label, ...kinds.map((k) => cell(s[k], k)), target];
  const floor = s.script.median;
  print([
    row('', (_, k) => heading(k), 'target'),
    row('first rows', (x) => medianP90(x)),
    row('÷ (b)', (x) => ratio(x.median, floor), 'widget ≤ 1.25×'),
    // A language other than English must not cost the first rows a round trip (issue 26).
    row('÷ widget', (x) => ratio(x.median, s.bundle.median), 'Finnish ≈ 1×'),
    row(
      'first file',
      (x) => (x.firstFileBytes === undefined ? `inline, page ${kb(x.pageBytes)}` : kb(x.firstFileBytes)),
      'widget ≤ 20 kB',
    ),
    row('scripts fetched by idle', (x) => `${kb(x.scriptBytes)} in ${x.scriptCount}`, 'widget ≤ 45.7 kB'),
    row('first file in at', (x) => at(x.firstFileIn)),
    row('JSON asked for at', (x) => at(x.jsonAsked)),
    row('JSON in at', (x) => at(x.jsonIn)),
    row('rest of the widget ready at', (x) => at(x.restReady)),
    row('… after first rows', (x) => at(x.restAfterRows), 'widget ≤ 300'),
    row('bytes in by first rows', (x) => kb(x.transfer)),
    row('requests by first rows', (x) => String(x.requests)),
  ]);
}
