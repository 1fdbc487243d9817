// Part of `npm run bench`: time to first rows on a throttled connection. Each run opens a page in a fresh browser
// context (cold cache) under CDP network emulation (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and times
// from navigation to the first frame drawn with a message row in it, for three pages showing contact 42's messages:
//   split   the script-tag bundle as `npm run build` writes it: Lit, data and controller first, views beside it;
//   single  the same source with the views inside the first file (built here);
//   late    the single bundle without the early request (src/early-requests.ts): the list asks for its messages
//           once the whole bundle is evaluated and the element has rendered, as before (built here);
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
  late: '/bench/first-rows-late.html',
  floor: '/bench/first-rows-floor.html',
};

const THROTTLE = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

const root = fileURLToPath(new URL('..', import.meta.url));
const SINGLE_ENTRY = '\0single-bundle-entry';

/**
 * A baseline bundle: the views' lazy import made a static one, so they are in the first file and their promise
 * resolves at once, with no request: the bundle as it was before they moved to a companion (only the virtualizer
 * beside it). With `late`, also without the early request, written under dist/bench/late/, else dist/bench/single/.
 */
export async function buildSingleBundle({ late = false } = {}) {
  const options = bundleInputOptions();
  const folder = late ? 'late' : 'single';
  const entry = {
    name: 'single-bundle-entry',
    resolveId: (id) => (id === SINGLE_ENTRY ? id : null),
    load: (id) => {
      if (id === SINGLE_ENTRY) return `export * from ${JSON.stringify(`${root}src/define.ts`)};`;
      return late && id.endsWith('src/early-requests.ts') ? 'export {};' : null;
    },
    transform: (code, id) => {
      if (!id.endsWith('src/views/lazy-views.ts')) return null;
      const lazy = "import('./list-views.js').then(";
      if (!code.includes(lazy)) throw new Error(`src/views/lazy-views.ts no longer has ${lazy}: update the bench.`);
      return `import * as allListViews from './list-views.js';\n${code.replace(lazy, 'Promise.resolve(allListViews).then(')}`;
    },
  };
  const bundle = await rollup({ ...options, input: SINGLE_ENTRY, plugins: [entry, ...options.plugins], onwarn() {} });
  try {
    // In dist/ (the TypeScript plugin's outDir), under bench/single/: beside the React baseline.
    const dir = fileURLToPath(new URL('../dist/', import.meta.url));
    const { output } = await bundle.write({
      ...BUNDLE_OUTPUT,
      dir,
      entryFileNames: `bench/${folder}/${BUNDLE_OUTPUT.entryFileNames}`,
      chunkFileNames: `bench/${folder}/${BUNDLE_OUTPUT.chunkFileNames}`,
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
    if (/^\/dist\/bench\/(single|late)\/[\w.-]+\.js$/.test(ctx.path)) {
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

/** One cold, throttled load of `path`: ms to first rows, the bytes transferred and the requests made for scripts. */
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
    const { transfer, requests } = await page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      return { transfer: entries.reduce((sum, entry) => sum + entry.transferSize, 0), requests: entries.length };
    });
    if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
    return { ms, transfer, requests };
  } finally {
    await context.close();
  }
}

/**
 * Runs each page `runs` times, interleaved (split, single, late, floor, then again) so drift hits all alike, after
 * one warm-up each (which also has the server build the bundle). Resolves to `{ split, single, late, floor }` of
 * `{ median, p90, transfer, requests }`.
 */
export async function benchFirstRows(browser, origin, runs, stats) {
  const kinds = Object.keys(FIRST_ROWS_PAGES);
  const times = Object.fromEntries(kinds.map((kind) => [kind, []]));
  const transfer = {};
  const requests = {};
  // The server builds the bundle on its first request (minutes on a busy machine): not within a timed load.
  await fetch(`${origin}/dist/message-status-list.bundle.js`);
  for (const kind of kinds) await firstRowsOnce(browser, origin, FIRST_ROWS_PAGES[kind]);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(i + k) % kinds.length];
      const run = await firstRowsOnce(browser, origin, FIRST_ROWS_PAGES[kind]);
      times[kind].push(run.ms);
      transfer[kind] = run.transfer;
      requests[kind] = run.requests;
    }
  }
  return Object.fromEntries(
    kinds.map((kind) => [kind, { ...stats(times[kind]), transfer: transfer[kind], requests: requests[kind] }]),
  );
}
