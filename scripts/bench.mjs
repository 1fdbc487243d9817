// `npm run bench`: times the built widget in headless Chromium against a plain-DOM baseline
// measured in the same run. Needs `npm run build` first (it measures dist/'s bundle, with
// Lit's production build). Everything stays on localhost; the script ends by itself.
//
//   npm run bench                 10 timed runs per row (after 3 warm-ups)
//   npm run bench -- --runs 30    more runs
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sharedServerConfig } from '../web-dev-server.config.mjs';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const RUNS = Math.min(Math.max(Number.parseInt(options.runs, 10) || 10, 1), 200);
const WARMUPS = 3;
// A hung browser or server must not keep the script (or CI) waiting forever.
const DEADLINE_MS = 10 * 60_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = new URL('../dist/message-status-list.bundle.js', import.meta.url);
const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

if (!existsSync(BUNDLE)) fail('dist/message-status-list.bundle.js is missing: run `npm run build` first.');
if (!executablePath) fail('No Chromium found: set CHROME_PATH.');

const deadline = setTimeout(() => fail(`Gave up after ${DEADLINE_MS / 60_000} minutes.`), DEADLINE_MS);

let server;
let browser;
try {
  const port = await freePort();
  server = await startDevServer({
    config: { ...sharedServerConfig, rootDir: root, hostname: '127.0.0.1', port, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-extensions',
      '--no-first-run',
      // For gc() before each heap reading.
      '--js-flags=--expose-gc',
    ],
  });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/bench/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench && customElements.get('message-status-list'), { timeout: 30_000 });

  const version = await browser.version();
  console.log(`message-status-list bench: ${version}, ${RUNS} runs per row after ${WARMUPS} warm-ups`);
  console.log(`(${process.platform} ${process.arch}, Node ${process.version}; times in ms, until the next frame)\n`);

  let fetchRun = 0;
  const rows = [
    {
      what: "contact-id='many' (250, HTTP) → messages-load",
      widget: () => page.evaluate((id) => window.bench.fetchWidget(id, 250), `many~bench-w${fetchRun++}`),
      plain: () => page.evaluate((id) => window.bench.fetchPlain(id, 250), `many~bench-p${fetchRun++}`),
    },
    {
      what: 'render 250 via `messages`',
      widget: () => page.evaluate(() => window.bench.renderWidget(250)),
      plain: () => page.evaluate(() => window.bench.renderPlain(250)),
    },
    {
      what: 'render 1000 via `messages`',
      widget: () => page.evaluate(() => window.bench.renderWidget(1000)),
      plain: () => page.evaluate(() => window.bench.renderPlain(1000)),
    },
  ];

  const table = [['', 'widget median', 'p90', 'plain DOM median', 'p90', 'widget / plain']];
  for (const row of rows) {
    const times = { widget: [], plain: [] };
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      // Alternate, so drift (heat, caches, GC) hits both sides alike.
      for (const kind of i % 2 ? ['plain', 'widget'] : ['widget', 'plain']) {
        const ms = await row[kind]();
        if (i >= WARMUPS) times[kind].push(ms);
      }
    }
    const w = stats(times.widget);
    const p = stats(times.plain);
    table.push([row.what, ms(w.median), ms(w.p90), ms(p.median), ms(p.p90), `${(w.median / p.median).toFixed(1)}×`]);
  }

  // With 1000 rows on the page, garbage collected first: the JS heap (Lit's template
  // instances live there; a plain DOM node's memory mostly does not) and the DOM nodes on the
  // stage, shadow roots included (counted in the page: Chromium's own counter lags behind GC).
  const readings = { widget: [], plain: [], empty: [] };
  for (let i = 0; i < Math.min(RUNS, 5); i++) {
    for (const kind of ['widget', 'plain']) {
      await page.evaluate(() => window.bench.clear());
      readings.empty.push(await memory(page));
      await page.evaluate((k) => window.bench.leave(k, 1000), kind);
      readings[kind].push(await memory(page));
    }
  }
  await page.evaluate(() => window.bench.clear());
  const median = (kind, key) => stats(readings[kind].map((reading) => reading[key])).median;
  const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
  const delta = (bytes) => `${bytes < 0 ? '-' : '+'}${mb(Math.abs(bytes))}`;
  const heap = (kind) => `${mb(median(kind, 'heap'))} (${delta(median(kind, 'heap') - median('empty', 'heap'))})`;
  const nodes = (kind) => `${median(kind, 'nodes') - median('empty', 'nodes')}`;
  const ratio = (key) =>
    `${((median('widget', key) - median('empty', key)) / Math.max(1, median('plain', key) - median('empty', key))).toFixed(1)}×`;
  table.push(['JS heap used, 1000 rows (over empty page)', heap('widget'), '', heap('plain'), '', '']);
  table.push(['DOM nodes added, 1000 rows', nodes('widget'), '', nodes('plain'), '', ratio('nodes')]);

  print(table);
  if (problems.length) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
} catch (error) {
  console.error(error?.stack ?? String(error));
  process.exitCode = 1;
} finally {
  clearTimeout(deadline);
  await browser?.close().catch(() => undefined);
  await server?.stop().catch(() => undefined);
}
// The dev server's keep-alive sockets would hold the process open for a while.
process.exit(process.exitCode ?? 0);

async function memory(page) {
  await page.evaluate(() => window.gc?.());
  const { JSHeapUsedSize } = await page.metrics();
  return { heap: JSHeapUsedSize, nodes: await page.evaluate(() => window.bench.countNodes()) };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank.
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p90: at(0.9) };
}

function ms(value) {
  return value.toFixed(1);
}

function print(table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  for (const [index, row] of table.entries()) {
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    );
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
