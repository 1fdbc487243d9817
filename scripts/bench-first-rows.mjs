// Part of `npm run bench`: time to first rows on a throttled connection. Each run opens a page in a fresh browser
// context (cold cache) under CDP network emulation (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and times
// from navigation to the first frame drawn with a message row in it, for three pages showing contact 42's messages:
//   split   the script-tag bundle as `npm run build` writes it: Lit, data and controller first, views beside it;
//   single  the same source with the views inside the first file, as the bundle was before the split (built here);
//   floor   no widget: an inline script fetches the same JSON and writes the rows as innerHTML.
// The server gzips scripts, pages and JSON, as any real host would (the dev server alone does not).
import { rollup } from 'rollup';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { BUNDLE_OUTPUT, bundleInputOptions } from './bundle.mjs';

export const FIRST_ROWS_PAGES = {
  split: '/bench/first-rows-split.html',
  single: '/bench/first-rows-single.html',
  floor: '/bench/first-rows-floor.html',
};

const THROTTLE = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

const root = fileURLToPath(new URL('..', import.meta.url));
const SINGLE_ENTRY = '\0single-bundle-entry';

/**
 * The baseline bundle: the views imported up front, so rollup keeps them in the first file (their lazy import then
 * resolves at once, with no request), which is the bundle as it was before they moved to a companion.
 */
export async function buildSingleBundle() {
  const options = bundleInputOptions();
  const entry = {
    name: 'single-bundle-entry',
    resolveId: (id) => (id === SINGLE_ENTRY ? id : null),
    load: (id) =>
      id === SINGLE_ENTRY
        ? `import ${JSON.stringify(`${root}src/views/list-views.ts`)};\nexport * from ${JSON.stringify(`${root}src/define.ts`)};`
        : null,
  };
  const bundle = await rollup({ ...options, input: SINGLE_ENTRY, plugins: [entry, ...options.plugins], onwarn() {} });
  try {
    // In dist/ (the TypeScript plugin's outDir), under bench/single/: beside the React baseline.
    const dir = fileURLToPath(new URL('../dist/', import.meta.url));
    const { output } = await bundle.write({
      ...BUNDLE_OUTPUT,
      dir,
      entryFileNames: `bench/single/${BUNDLE_OUTPUT.entryFileNames}`,
      chunkFileNames: `bench/single/${BUNDLE_OUTPUT.chunkFileNames}`,
    });
    return output.filter((file) => file.type === 'chunk').map((file) => file.fileName);
  } finally {
    await bundle.close();
  }
}

/**
 * Koa middleware for the bench's server: serves the single bundle byte for byte as built (the dev server's
 * esbuild plugin would re-transpile it), and gzips what it sends, as a real host would.
 */
export function gzipMiddleware() {
  return async (ctx, next) => {
    if (/^\/dist\/bench\/single\/[\w.-]+\.js$/.test(ctx.path)) {
      ctx.body = await readFile(`${root}${ctx.path.slice(1)}`);
      ctx.type = 'js';
    } else {
      await next();
    }
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

/** One cold, throttled load of `path`: ms to first rows, the bytes transferred and the requests made. */
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
    const transfer = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce(
        (sum, entry) => sum + entry.transferSize,
        0,
      ),
    );
    if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
    return { ms, transfer };
  } finally {
    await context.close();
  }
}

/**
 * Runs each page `runs` times, interleaved (split, single, floor, then again) so drift hits all alike, after one
 * warm-up each (which also has the server build the bundle). Resolves to `{ split, single, floor }` of
 * `{ median, p90, transfer }`.
 */
export async function benchFirstRows(browser, origin, runs, stats) {
  const kinds = Object.keys(FIRST_ROWS_PAGES);
  const times = Object.fromEntries(kinds.map((kind) => [kind, []]));
  const transfer = {};
  // The server builds the bundle on its first request (minutes on a busy machine): not within a timed load.
  await fetch(`${origin}/dist/message-status-list.bundle.js`);
  for (const kind of kinds) await firstRowsOnce(browser, origin, FIRST_ROWS_PAGES[kind]);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(i + k) % kinds.length];
      const run = await firstRowsOnce(browser, origin, FIRST_ROWS_PAGES[kind]);
      times[kind].push(run.ms);
      transfer[kind] = run.transfer;
    }
  }
  return Object.fromEntries(kinds.map((kind) => [kind, { ...stats(times[kind]), transfer: transfer[kind] }]));
}
