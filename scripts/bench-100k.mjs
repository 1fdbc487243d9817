// Part of `npm run bench` (`--only 100k` alone): 100,000 messages, made in the page (bench/huge.ts), handed to the
// widget's `messages` property: ms to the first frame with a row, and the JS heap's growth after garbage collection
// beside the size of the messages' JSON. Then, with all of them shown, the word "spring" typed into the widget's
// search field one key at a time, as a person types (real key events, a key every 135 ms), and a status chosen in its
// status filter: the longest frame meanwhile and for a second after. Beside the same on a plain page (an input, a
// select and a list: `Array.filter` over the same strings and 20 rows of `innerHTML` per change), taking turns.
import { heapAfterGc } from './bench-page.mjs';
import { mb, medianP90, print, ratio, stats } from './bench-table.mjs';

const COUNT = 100_000;
const WORD = 'spring';
const KEY_GAP_MS = 135;
// Frames are recorded this long after the last key or the choice: a debounced search runs within it.
const AFTER_MS = 1000;
// Settling after the hand-over, before the heap is read: later files in, anything built when idle built.
const SETTLE_MS = 1000;
const STATUS = 'hard-bounce';
const KINDS = ['widget', 'plain'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Runs the section on `page` (see scripts/bench-page.mjs) `runs` times and prints its table and any problems. */
export async function benchHundredK(page, { runs }) {
  const jsonBytes = await page.evaluate((count) => window.hundredK.prepare(count), COUNT);
  // Untimed: the widget's later files and the virtualizer loaded, as on a page that has shown a list before.
  await page.evaluate(() => window.hundredK.mountWidget());
  await page.evaluate(() => window.hundredK.handOverToWidget());
  await control(page, 'searchField');

  const results = Object.fromEntries(KINDS.map((kind) => [kind, []]));
  const problems = new Set();
  for (let i = 0; i < runs; i++) {
    for (const kind of i % 2 ? [...KINDS].reverse() : KINDS) results[kind].push(await oneRun(page, kind, problems));
  }
  await page.evaluate(() => window.bench.clear());

  const s = (kind, key) => stats(results[kind].map((run) => run[key]));
  const cells = (key, format = medianP90) => KINDS.map((kind) => format(s(kind, key)));
  const versus = (key) => ratio(s('widget', key).median, s('plain', key).median);
  const growth = (x) => `${x.median < 0 ? '−' : '+'}${mb(Math.abs(x.median))}`;
  const perJson = (x) => ratio(x.median, jsonBytes);
  // Chromium reports animation frames over 50 ms only.
  const loaf = (x) => (x.p90 === 0 ? 'none' : medianP90(x).replace(/^0\.0 /, 'none '));
  console.log(
    `\n${COUNT.toLocaleString('en')} messages (their JSON: ${mb(jsonBytes)}), median (p90) of ${runs}; frames: the longest gap between two, while "${WORD}" is typed a key every ${KEY_GAP_MS} ms and for ${AFTER_MS / 1000} s after, or a status is chosen and ${AFTER_MS / 1000} s after.\n`,
  );
  print([
    ['', 'widget', 'plain page', 'widget / plain', 'target'],
    ['first rows after handing over, ms', ...cells('firstRows'), versus('firstRows'), 'widget ≤ 500'],
    ['JS heap growth after gc, rows shown', ...cells('heapGrowth', growth), versus('heapGrowth'), ''],
    ['  ÷ the JSON’s size', ...cells('heapGrowth', perJson), '', 'widget ≤ 2×'],
    [
      'JS heap growth after the search and filter',
      ...cells('heapGrowthAfterUse', growth),
      versus('heapGrowthAfterUse'),
      '',
    ],
    ['  ÷ the JSON’s size', ...cells('heapGrowthAfterUse', perJson), '', 'widget ≤ 2×'],
    [`typing "${WORD}": longest frame, ms`, ...cells('typingFrame'), versus('typingFrame'), '≤ 3× plain'],
    ['  longest animation frame (LoAF), ms', ...cells('typingLoaf', loaf), '', ''],
    [`status filter "${STATUS}": longest frame, ms`, ...cells('statusFrame'), versus('statusFrame'), ''],
    ['  longest animation frame (LoAF), ms', ...cells('statusLoaf', loaf), '', ''],
  ]);
  for (const problem of problems) console.log(`Note: ${problem}`);
}

/** One run of `kind` from a clean stage; what went wrong (a key not taken, no matching row) goes to `problems`. */
async function oneRun(page, kind, problems) {
  await page.evaluate(() => window.bench.clear());
  // New objects each time, as parsed from an answer: nothing the widget keyed on the last ones helps it.
  await page.evaluate((count) => window.hundredK.prepare(count), COUNT);
  if (kind === 'widget') await page.evaluate(() => window.hundredK.mountWidget());
  const heapBefore = await heapAfterGc(page);
  const firstRows = await page.evaluate(
    (kind) => (kind === 'widget' ? window.hundredK.handOverToWidget() : window.hundredK.handOverToPlain()),
    kind,
  );
  const search = await control(page, 'searchField');
  await sleep(SETTLE_MS);
  const heapGrowth = (await heapAfterGc(page)) - heapBefore;

  const typing = await recordFrames(page, async () => {
    await search.focus();
    const start = Date.now();
    for (const [i, key] of [...WORD].entries()) {
      await sleep(start + i * KEY_GAP_MS - Date.now());
      await page.keyboard.press(key);
    }
  });
  if ((await search.evaluate((input) => input.value)) !== WORD)
    problems.add(`${kind}: the search field did not take every key.`);
  if (!(await page.evaluate(() => window.hundredK.firstRowText())).includes(WORD)) {
    problems.add(`${kind}: after typing "${WORD}", the first row does not contain it.`);
  }
  // Back to every message, untimed: the whole field selected, then one real Backspace.
  await search.evaluate((input) => input.select());
  await page.keyboard.press('Backspace');
  await sleep(SETTLE_MS);

  const filter = await control(page, 'statusFilter');
  let chosen = [];
  const status = await recordFrames(page, async () => {
    chosen = await filter.select(STATUS);
  });
  if (!chosen.includes(STATUS)) problems.add(`${kind}: the status filter has no "${STATUS}" to choose.`);
  const topRow = (await page.evaluate(() => window.hundredK.firstRowText())).replace(/[^a-z]/g, '');
  if (!topRow.includes(STATUS.replace(/[^a-z]/g, '')))
    problems.add(`${kind}: after choosing "${STATUS}", the first row is not one.`);
  const heapGrowthAfterUse = (await heapAfterGc(page)) - heapBefore;
  return {
    firstRows,
    heapGrowth,
    heapGrowthAfterUse,
    typingFrame: typing.longest,
    typingLoaf: typing.loaf,
    statusFrame: status.longest,
    statusLoaf: status.loaf,
  };
}

/** The longest frame (and long animation frame) while `act` runs and for AFTER_MS after. */
async function recordFrames(page, act) {
  await page.evaluate(() => window.hundredK.startFrames());
  await act();
  await sleep(AFTER_MS);
  return page.evaluate(() => window.hundredK.stopFrames());
}

/** The search field or the status filter of what is shown, once there (the widget may load its filters later). */
async function control(page, which) {
  const handle = await page.waitForFunction(
    (which) => window.hundredK[which](),
    { timeout: 60_000, polling: 100 },
    which,
  );
  return handle.asElement();
}
