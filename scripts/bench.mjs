// `npm run bench`: the built widget in headless Chromium beside baselines measured in the same run, the pages taking
// turns, in three sections (each alone with `--only`):
//   render      (scripts/bench-render.mjs) rendering 100, 500 and 10,000 messages, DOM nodes (a row's too) and JS heap,
//               mutations of a one-status refresh and frames scrolling 10,000 rows, beside a shadow root's
//               innerHTML and a plain React 19 list;
//   100k        (scripts/bench-100k.mjs) 100,000 messages handed over: first rows, heap growth ÷ the JSON's size, the
//               longest frame while typing a word into the search field and choosing a status, beside a plain page;
//   first-rows  (scripts/bench-first-rows.mjs) time to first rows on a throttled connection, cold cache: the widget's
//               script-tag page beside (a) an inline floor, (b) the same script from a file and (c) a small Lit list,
//               with the sizes of the files each loads.
// The widget is the script-tag bundle built in memory from the current source with the build's own settings
// (scripts/serve-bundle.mjs), byte for byte as `npm run build` writes it, so a stale dist/ is never measured; the
// baselines are built into dist/bench/ (scripts/bench-baselines.mjs). The bench reaches the widget through its public
// surface only: the bundle, the element, its `messages` property and the parts of its shadow DOM. Everything stays
// on localhost; the script ends by itself, in about five minutes with the defaults.
//
//   npm run bench                          every section: 10 timed runs per row (after 3 warm-ups), 10 throttled
//                                          loads per page, 3 runs at 100k
//   npm run bench -- --runs 3              fewer runs (quicker, noisier); --runs 30 for more
//   npm run bench -- --only first-rows     one section: first-rows, render or 100k (or a comma-separated list)
//   npm run bench -- --against main~3      first rows of that commit's bundle too, in the same run
//   npm run bench -- --server-ms 200       the messages API takes 200 ms to answer (a real one is not instant)
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath, launchChromium, startLocalServer } from './local-server.mjs';
import { gzipMiddleware, printFirstRows, servePagesAsWritten, serverTimeMiddleware } from './bench-first-rows.mjs';
import { BASELINE_DIR, buildBaselines } from './bench-baselines.mjs';
import { openBenchPage } from './bench-page.mjs';
import { benchRendering } from './bench-render.mjs';
import { benchHundredK } from './bench-100k.mjs';
import { buildBundleAt, serveBuiltFiles } from './bundle-at-ref.mjs';

const SECTIONS = ['render', '100k', 'first-rows'];
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    only: { type: 'string' },
    against: { type: 'string' },
    'server-ms': { type: 'string', default: '0' },
  },
});
const only = options.only === undefined ? SECTIONS : options.only.split(',').map((name) => name.trim());
const unknown = only.filter((name) => !SECTIONS.includes(name));
if (unknown.length || !only.length)
  fail(`--only takes ${SECTIONS.join(', ')} (or several, comma-separated), not ${JSON.stringify(options.only)}.`);
const runs = (max) => Math.min(Math.max(Number.parseInt(options.runs, 10) || 10, 1), max);
// Each throttled load takes a second or two: at most 15 of them; a 100k run takes 10–30 s: at most 3.
const FIRST_ROWS_RUNS = runs(15);
const RENDER_RUNS = runs(200);
const HUNDRED_K_RUNS = runs(3);
const SERVER_MS = Math.min(Math.max(Number.parseInt(options['server-ms'], 10) || 0, 0), 5_000);
const WARMUPS = 3;
// A hung browser or server must not keep the script (or CI) waiting forever.
const DEADLINE_MS = 20 * 60_000;

const root = fileURLToPath(new URL('..', import.meta.url));

if (!chromiumPath) fail('No Chromium found: set CHROME_PATH.');
await buildBaselines();
const AGAINST_DIR = `${BASELINE_DIR}against/`;
const against = options.against && only.includes('first-rows') && buildBundleAt(root, options.against, AGAINST_DIR);

const deadline = setTimeout(() => fail(`Gave up after ${DEADLINE_MS / 60_000} minutes.`), DEADLINE_MS);

let server;
let browser;
try {
  let origin;
  ({ server, origin } = await startLocalServer(root, {
    middleware: [
      gzipMiddleware(),
      serverTimeMiddleware(SERVER_MS),
      servePagesAsWritten(),
      serveBuiltFiles('/dist/bench/against/', AGAINST_DIR),
      serveBuiltFiles('/dist/bench/', BASELINE_DIR),
    ],
  }));
  // --expose-gc: for gc() before each heap reading.
  browser = await launchChromium(['--disable-extensions', '--js-flags=--expose-gc']);
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const counts = [
    only.includes('render') && `render: ${RENDER_RUNS} runs per row after ${WARMUPS} warm-ups`,
    only.includes('100k') && `100k: ${HUNDRED_K_RUNS} runs`,
    only.includes('first-rows') && `first rows: ${FIRST_ROWS_RUNS} loads per page`,
  ];
  console.log(`message-status-list bench: ${await browser.version()}; ${counts.filter(Boolean).join(', ')}`);
  console.log(
    `(${process.platform} ${process.arch}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version})`,
  );
  if (only.includes('render') || only.includes('100k')) {
    const { page, problems } = await openBenchPage(browser, origin);
    if (only.includes('render')) await benchRendering(page, { runs: RENDER_RUNS, warmups: WARMUPS });
    if (only.includes('100k')) await benchHundredK(page, { runs: HUNDRED_K_RUNS });
    await page.close();
    if (problems.length) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
  }
  if (only.includes('first-rows')) {
    await printFirstRows(browser, origin, { runs: FIRST_ROWS_RUNS, serverMs: SERVER_MS, against });
  }
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

function fail(message) {
  console.error(message);
  process.exit(1);
}
