// Part of `npm run bench`: time to first rows on a throttled connection. Each run opens a page in a fresh browser
// context (cold cache) under CDP network emulation (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and times
// from navigation to the first frame drawn with a message row in it, for two pages showing contact 42's messages:
//   bundle  the script-tag bundle as `npm run build` writes it, from one <script type="module" src>;
//   preload the bundle page, the page itself preloading the list's first request (<link rel=preload as=fetch>);
//   floor   no widget: an inline script fetches the same JSON and writes the rows as innerHTML;
//   against with `--against <ref>`: that commit's bundle (scripts/bundle-at-ref.mjs), the same way as `bundle`.
// It also reads, from resource timing, when the scripts were in and when the JSON was asked for and in, so the table
// shows where the time goes. The server gzips scripts, pages and JSON, as any real host would (the dev server alone
// does not).
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

export const FIRST_ROWS_PAGES = {
  bundle: '/bench/first-rows-bundle.html',
  preload: '/bench/first-rows-preload.html',
  floor: '/bench/first-rows-floor.html',
  against: '/bench/first-rows-against.html',
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
 * with a row (in the document, or in a list's shadow root). */
function watchForFirstRow() {
  window.firstRow = new Promise((resolve) => {
    const hasRow = () =>
      document.querySelector('.row') ||
      [...document.querySelectorAll('message-status-list')].some((list) =>
        list.shadowRoot?.querySelector('[part~="row"]'),
      );
    // rAF runs just before the frame is drawn: the first one that finds a row draws it.
    const check = () => (hasRow() ? resolve(performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
}

/**
 * One cold, throttled load of `path`: ms to first rows; when the scripts were in and when the JSON was asked for
 * and in (ms from navigation); the bytes transferred and the requests made.
 */
async function firstRowsOnce(browser, origin, path) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', THROTTLE);
    await page.evaluateOnNewDocument(watchForFirstRow);
    await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const ms = await Promise.race([
      page.evaluate(() => window.firstRow),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${path}: no row after 60 s`)), 60_000).unref()),
    ]);
    const timing = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource');
      const entries = [...performance.getEntriesByType('navigation'), ...resources];
      const scripts = resources.filter((entry) => entry.initiatorType === 'script' || /\.js$/.test(entry.name));
      const json = resources.find((entry) => entry.name.includes('/api/contacts/'));
      return {
        transfer: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
        requests: entries.length,
        scriptsIn: scripts.length ? Math.max(...scripts.map((entry) => entry.responseEnd)) : undefined,
        jsonAsked: json?.startTime,
        jsonIn: json?.responseEnd,
      };
    });
    if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
    return { ms, ...timing };
  } finally {
    await context.close();
  }
}

/**
 * Runs each page of `kinds` (names in FIRST_ROWS_PAGES) `runs` times, interleaved so drift hits all alike, after one warm-up each (which also
 * has the server build the bundle). Resolves to `{ bundle, floor, … }`, each with `stats()` of the times to first
 * rows and medians of the moments resource timing gives, and the bytes and requests of the last load.
 */
export async function benchFirstRows(browser, origin, runs, stats, kinds) {
  const loads = Object.fromEntries(kinds.map((kind) => [kind, []]));
  // The server builds the bundle on its first request (minutes on a busy machine): not within a timed load.
  await fetch(`${origin}/dist/message-status-list.bundle.js`);
  for (const kind of kinds) await firstRowsOnce(browser, origin, FIRST_ROWS_PAGES[kind]);
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
      return [
        kind,
        {
          ...stats(runsOf.map((run) => run.ms)),
          scriptsIn: moment('scriptsIn'),
          jsonAsked: moment('jsonAsked'),
          jsonIn: moment('jsonIn'),
          transfer: last.transfer,
          requests: last.requests,
        },
      ];
    }),
  );
}
