// `npm run bench`: times the built widget in headless Chromium beside two baselines measured in the same
// run: (a) the same rows as an HTML string set as a shadow root's innerHTML (the practical floor), and
// (b) the same list as a plain React 19 component (bench/react-list.js). The widget is the script-tag
// bundle built in memory from the current source with the build's own settings (scripts/serve-bundle.mjs),
// byte for byte as `npm run build` writes it, so a stale dist/ is never measured; the React baseline is
// built into dist/bench/. Then time to first rows on a throttled connection, cold cache: the bundle beside a floor
// page (scripts/bench-first-rows.mjs), with the size of the first file the page loads. Everything stays on
// localhost; the script ends by itself.
//
//   npm run bench                          10 timed runs per row (after 3 warm-ups), 10 throttled loads per page
//   npm run bench -- --runs 30             more runs
//   npm run bench -- --only first-rows     the throttled first rows alone
//   npm run bench -- --against main~3      first rows of that commit's bundle too, in the same run
//   npm run bench -- --server-ms 200       the messages API takes 200 ms to answer (a real one is not instant)
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromiumPath, launchChromium, startLocalServer } from './local-server.mjs';
import { benchFirstRows, gzipMiddleware, serverTimeMiddleware } from './bench-first-rows.mjs';
import { buildBundleAt, serveBuiltFiles } from './bundle-at-ref.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    only: { type: 'string' },
    against: { type: 'string' },
    'server-ms': { type: 'string', default: '0' },
  },
});
if (options.only && options.only !== 'first-rows') fail(`--only takes first-rows, not ${options.only}.`);
const ONLY_FIRST_ROWS = options.only === 'first-rows';
// Each throttled load takes a second or two: at most 15 of them.
const FIRST_ROWS_RUNS = Math.min(Math.max(Number.parseInt(options.runs, 10) || 7, 1), 15);
const RUNS = Math.min(Math.max(Number.parseInt(options.runs, 10) || 10, 1), 200);
const SERVER_MS = Math.min(Math.max(Number.parseInt(options['server-ms'], 10) || 0, 0), 5_000);
const WARMUPS = 3;
const COUNTS = [100, 500, 10_000];
const KINDS = ['widget', 'innerHTML', 'react'];
// A hung browser or server must not keep the script (or CI) waiting forever.
const DEADLINE_MS = 15 * 60_000;

const root = fileURLToPath(new URL('..', import.meta.url));

if (!chromiumPath) fail('No Chromium found: set CHROME_PATH.');
await buildReactBaseline();
const AGAINST_DIR = fileURLToPath(new URL('../dist/bench/against/', import.meta.url));
const against = options.against && buildBundleAt(root, options.against, AGAINST_DIR);

const deadline = setTimeout(() => fail(`Gave up after ${DEADLINE_MS / 60_000} minutes.`), DEADLINE_MS);

let server;
let browser;
try {
  let origin;
  ({ server, origin } = await startLocalServer(root, {
    middleware: [
      gzipMiddleware(),
      serverTimeMiddleware(SERVER_MS),
      serveBuiltFiles('/dist/bench/against/', AGAINST_DIR),
    ],
  }));
  // --expose-gc: for gc() before each heap reading.
  browser = await launchChromium(['--disable-extensions', '--js-flags=--expose-gc']);
  const version = await browser.version();
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const runs = ONLY_FIRST_ROWS ? `${FIRST_ROWS_RUNS} loads per page` : `${RUNS} runs per row after ${WARMUPS} warm-ups`;
  console.log(`message-status-list bench: ${version}, ${runs}`);
  console.log(
    `(${process.platform} ${process.arch}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version})`,
  );
  if (!ONLY_FIRST_ROWS) await benchRendering(browser, origin);
  await printFirstRows(browser, origin);
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

/**
 * Time to first rows, throttled and cold, beside the floor (and `--against`'s commit), with the size of the first
 * file each page loads and when (medians, ms from navigation) the scripts were in and the JSON asked for and in:
 * where the time goes.
 */
async function printFirstRows(browser, origin) {
  const kinds = ['bundle', ...(against ? ['against'] : []), 'preload', 'floor'];
  const s = await benchFirstRows(browser, origin, FIRST_ROWS_RUNS, stats, kinds);
  const gzipped = async (path) => {
    const code = Buffer.from(await (await fetch(`${origin}${path}`)).arrayBuffer());
    return `${(gzipSync(code).length / 1000).toFixed(1)} kB`;
  };
  const bundleSize = await gzipped('/dist/message-status-list.bundle.js');
  const firstFile = {
    bundle: bundleSize,
    against: against && (await gzipped('/dist/bench/against/message-status-list.bundle.js')),
    preload: bundleSize,
    floor: 'inline',
  };
  const server = SERVER_MS ? `, the API answering in ${SERVER_MS} ms` : '';
  console.log(
    `\nTime to first rows: ms from navigation to the first row drawn, cold cache, 150 ms RTT, 1.6 Mbit/s${server}; median (p90) of ${FIRST_ROWS_RUNS}.\n`,
  );
  const heading = {
    bundle: 'script-tag bundle',
    against: `bundle at ${against}`,
    preload: 'bundle, JSON preloaded',
    floor: 'floor',
  };
  const at = (value) => (value === undefined ? '—' : ms(value));
  const row = (label, cell, ...tail) => [label, ...kinds.map((k) => cell(k)), ...tail];
  print([
    row('', (k) => heading[k], 'bundle / floor', 'target'),
    row(
      'first rows',
      (k) => `${ms(s[k].median)} (${ms(s[k].p90)})`,
      ratio(s.bundle.median, s.floor.median),
      '≤ 1.3× floor',
    ),
    row('first file, gzip', (k) => firstFile[k], '', '≤ 16 kB'),
    row('scripts in at', (k) => at(s[k].scriptsIn), '', ''),
    row('JSON asked for at', (k) => at(s[k].jsonAsked), '', ''),
    row('JSON in at', (k) => at(s[k].jsonIn), '', ''),
    row('bytes transferred', (k) => `${(s[k].transfer / 1000).toFixed(1)} kB`, '', ''),
    row('requests', (k) => String(s[k].requests), '', ''),
  ]);
}

/** Rendering, memory, mutations and scrolling, beside innerHTML and React, on one page. */
async function benchRendering(browser, origin) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}/bench/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench && window.mountReactList && customElements.get('message-status-list'), {
    timeout: 30_000,
  });

  console.log('Times: ms from handing over the data to the next frame drawn, median (p90).\n');

  const table = [['', 'widget', '(a) innerHTML', '(b) React 19', 'widget / (a)', 'widget / (b)', 'target']];
  const medians = {};
  for (const count of COUNTS) {
    const times = Object.fromEntries(KINDS.map((kind) => [kind, []]));
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      // Rotate the order, so drift (heat, caches, GC) hits every side alike.
      for (let k = 0; k < KINDS.length; k++) {
        const kind = KINDS[(i + k) % KINDS.length];
        const ms = await page.evaluate((kind, count) => window.bench.render(kind, count), kind, count);
        if (i >= WARMUPS) times[kind].push(ms);
      }
    }
    const s = Object.fromEntries(KINDS.map((kind) => [kind, stats(times[kind])]));
    medians[count] = s;
    const target = count === 500 ? '≤ 1.5× (a), < (b)' : count === 10_000 ? '< 50 ms, < (b)' : '< (b)';
    table.push([
      `render ${count.toLocaleString('en')} messages`,
      ...KINDS.map((kind) => `${ms(s[kind].median)} (${ms(s[kind].p90)})`),
      ratio(s.widget.median, s.innerHTML.median),
      ratio(s.widget.median, s.react.median),
      target,
    ]);
  }

  // Garbage collected first; nodes counted in the page, shadow roots included (Chromium's own counter lags).
  for (const count of [500, 10_000]) {
    const readings = Object.fromEntries([...KINDS, 'empty'].map((kind) => [kind, []]));
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      for (const kind of KINDS) {
        await page.evaluate(() => window.bench.clear());
        readings.empty.push(await memory(page));
        await page.evaluate((kind, count) => window.bench.leave(kind, count), kind, count);
        readings[kind].push(await memory(page));
      }
    }
    await page.evaluate(() => window.bench.clear());
    const median = (kind, key) => stats(readings[kind].map((reading) => reading[key])).median;
    const label = count.toLocaleString('en');
    table.push([
      `DOM nodes (rows) after ${label}`,
      ...KINDS.map((kind) => `${median(kind, 'nodes')} (${median(kind, 'rows')})`),
      '',
      '',
      count === 10_000 ? '< 300 rows' : '',
    ]);
    table.push([
      `JS heap after ${label} (growth)`,
      ...KINDS.map((kind) => {
        const growth = median(kind, 'heap') - median('empty', 'heap');
        return `${mb(median(kind, 'heap'))} (${growth < 0 ? '−' : '+'}${mb(Math.abs(growth))})`;
      }),
      '',
      '',
      '',
    ]);
  }

  for (const count of [500, 10_000]) {
    const counts = {};
    for (const kind of KINDS) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        runs.push(await page.evaluate((kind, count) => window.bench.refreshMutations(kind, count), kind, count));
      }
      counts[kind] = stats(runs).median;
    }
    table.push([
      `mutations, one-status refresh of ${count.toLocaleString('en')}`,
      ...KINDS.map((kind) => String(counts[kind])),
      '',
      '',
      '< 10',
    ]);
  }

  // Smooth scrolling: frame gaps while scrolling through 10,000 rows, fast (a fling covers about 3,000 px a second;
  // this goes 300 px a frame), pooled over the runs.
  {
    const gaps = Object.fromEntries(KINDS.map((kind) => [kind, []]));
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      for (const kind of KINDS) {
        gaps[kind].push(...(await page.evaluate((kind) => window.bench.scrollFrames(kind, 10_000, 120, 300), kind)));
      }
    }
    await page.evaluate(() => window.bench.clear());
    table.push([
      'scroll 10,000: ms a frame, median (p90)',
      ...KINDS.map((kind) => `${ms(stats(gaps[kind]).median)} (${ms(stats(gaps[kind]).p90)})`),
      '',
      '',
      'smooth: ~16.7',
    ]);
    table.push([
      'scroll 10,000: frames over 50 ms',
      ...KINDS.map((kind) => `${gaps[kind].filter((gap) => gap > 50).length} of ${gaps[kind].length}`),
      '',
      '',
      '',
    ]);
  }

  print(table);
  await page.close();
  if (problems.length) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
}

async function memory(page) {
  await page.evaluate(() => window.gc?.());
  const { JSHeapUsedSize } = await page.metrics();
  return { heap: JSHeapUsedSize, ...(await page.evaluate(() => window.bench.countNodes())) };
}

/** Bundles bench/react-list.js with React's production build (what an app would ship) into dist/bench/. */
async function buildReactBaseline() {
  const bundle = await rollup({
    input: fileURLToPath(new URL('../bench/react-list.js', import.meta.url)),
    onwarn: () => undefined,
    plugins: [
      {
        name: 'node-env-production',
        transform: (code) =>
          code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"production"') : null,
      },
      nodeResolve({ browser: true }),
      commonjs(),
      terser({ module: true }),
    ],
  });
  await bundle.write({ file: fileURLToPath(new URL('../dist/bench/react-list.js', import.meta.url)), format: 'esm' });
  await bundle.close();
}

function mb(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

function ratio(a, b) {
  return `${(a / b).toFixed(2)}×`;
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

function fail(message) {
  console.error(message);
  process.exit(1);
}
