// Part of `npm run bench` (`--only render` alone): the widget beside a shadow root's innerHTML and React 19 on one page
// (bench/index.html, bench/bench.ts), taking turns: rendering 100, 500 and 10,000 messages; DOM nodes and JS heap
// after; what one row costs in nodes at 100 messages; DOM mutations of a one-status refresh; frames while scrolling
// 10,000 rows.
import { heapAfterGc } from './bench-page.mjs';
import { countRatio, mb, medianP90, ms, print, ratio, stats } from './bench-table.mjs';

const COUNTS = [100, 500, 10_000];
const KINDS = ['widget', 'innerHTML', 'react'];
const FRAME_MS = 1000 / 60;

/** Runs the section on `page` (see scripts/bench-page.mjs) and prints its table. */
export async function benchRendering(page, { runs, warmups }) {
  console.log('\nRendering: ms from handing over the data to the next frame drawn, median (p90).\n');
  const table = [['', 'widget', 'innerHTML', 'React 19', '÷ innerHTML', '÷ React', 'target']];
  const line = (label, cell, versusHtml = '', versusReact = '', target = '') => [
    label,
    ...KINDS.map(cell),
    versusHtml,
    versusReact,
    target,
  ];

  for (const count of COUNTS) {
    const times = Object.fromEntries(KINDS.map((kind) => [kind, []]));
    for (let i = 0; i < warmups + runs; i++) {
      // Rotate the order, so drift (heat, caches, GC) hits every side alike.
      for (let k = 0; k < KINDS.length; k++) {
        const kind = KINDS[(i + k) % KINDS.length];
        const ms = await page.evaluate((kind, count) => window.bench.render(kind, count), kind, count);
        if (i >= warmups) times[kind].push(ms);
      }
    }
    const s = Object.fromEntries(KINDS.map((kind) => [kind, stats(times[kind])]));
    const target = count === 500 ? '≤ 1.5× innerHTML, < React' : count === 10_000 ? '< 50 ms, < React' : '< React';
    table.push(
      line(
        `render ${count.toLocaleString('en')} messages`,
        (kind) => `${ms(s[kind].median)} (${ms(s[kind].p90)})`,
        ratio(s.widget.median, s.innerHTML.median),
        ratio(s.widget.median, s.react.median),
        target,
      ),
    );
  }

  table.push(...(await rowCost(page, line)));

  // Garbage collected first; nodes counted in the page, shadow roots included (Chromium's own counter lags).
  for (const count of [500, 10_000]) {
    const readings = Object.fromEntries([...KINDS, 'empty'].map((kind) => [kind, []]));
    for (let i = 0; i < Math.min(runs, 3); i++) {
      for (const kind of KINDS) {
        await page.evaluate(() => window.bench.clear());
        readings.empty.push(await nodesAndHeap(page));
        await page.evaluate((kind, count) => window.bench.leave(kind, count), kind, count);
        readings[kind].push(await nodesAndHeap(page));
      }
    }
    await page.evaluate(() => window.bench.clear());
    const median = (kind, key) => stats(readings[kind].map((reading) => reading[key])).median;
    const label = count.toLocaleString('en');
    table.push(
      line(
        `DOM nodes (rows) after ${label}`,
        (kind) => `${median(kind, 'nodes')} (${median(kind, 'rows')})`,
        '',
        '',
        count === 10_000 ? '< 300 rows' : '',
      ),
    );
    table.push(
      line(`JS heap after ${label} (growth)`, (kind) => {
        const growth = median(kind, 'heap') - median('empty', 'heap');
        return `${mb(median(kind, 'heap'))} (${growth < 0 ? '−' : '+'}${mb(Math.abs(growth))})`;
      }),
    );
  }

  for (const count of [500, 10_000]) {
    const counts = {};
    for (const kind of KINDS) {
      const readings = [];
      for (let i = 0; i < 3; i++) {
        readings.push(await page.evaluate((kind, count) => window.bench.refreshMutations(kind, count), kind, count));
      }
      counts[kind] = stats(readings).median;
    }
    table.push(
      line(
        `mutations, one-status refresh of ${count.toLocaleString('en')}`,
        (kind) => String(counts[kind]),
        '',
        '',
        '< 10',
      ),
    );
  }

  table.push(...(await scrolling(page, line, runs)));
  print(table);
}

/**
 * Nodes a row at 100 messages, every kind counted (elements, texts, comments such as Lit's markers), shadow roots
 * inside included: those in the list (`[part~="list"]`) ÷ its rows, and those in the whole root (the widget's shadow
 * root with its header, summary and filters) ÷ the rows. The page settles first, so what a row draws once it is in
 * view is counted.
 */
async function rowCost(page, line) {
  const costs = {};
  for (const kind of KINDS) {
    await page.evaluate((kind) => window.bench.leave(kind, 100), kind);
    await new Promise((resolve) => setTimeout(resolve, 300));
    costs[kind] = await page.evaluate(() => window.bench.rowCost());
  }
  await page.evaluate(() => window.bench.clear());
  const per = (kind, where, key) => costs[kind][where][key] / costs[kind].rows;
  const both = (key) => (kind) => `${per(kind, 'list', key).toFixed(1)} / ${per(kind, 'whole', key).toFixed(1)}`;
  const versus = (key, other) => ratio(per('widget', 'list', key), per(other, 'list', key));
  const kinds = (kind) => {
    const n = (key) => Math.round(per(kind, 'list', key));
    return `${n('elements')} + ${n('texts')} + ${n('whitespace')} + ${n('comments')}`;
  };
  return [
    line(
      'nodes a row at 100: list / whole root',
      both('nodes'),
      versus('nodes', 'innerHTML'),
      versus('nodes', 'react'),
      '≤ 40',
    ),
    line(
      'elements a row at 100: list / whole root',
      both('elements'),
      versus('elements', 'innerHTML'),
      versus('elements', 'react'),
      '≤ 16',
    ),
    line('list nodes a row: el. + text + blank + comment', kinds),
    line('rows counted', (kind) => String(costs[kind].rows)),
  ];
}

async function nodesAndHeap(page) {
  const heap = await heapAfterGc(page);
  return { heap, ...(await page.evaluate(() => window.bench.countNodes())) };
}

/**
 * Smooth scrolling: frame gaps while scrolling through 10,000 rows, fast (a fling covers about 3,000 px a second;
 * this goes 300 px a frame), pooled over the runs. The widget scrolls its own box, the baselines the page. Frames
 * over 50 ms, and frames dropped a second (a gap of n frames' time drops n − 1), beside innerHTML's plain page scroll.
 */
async function scrolling(page, line, runs) {
  const gaps = Object.fromEntries(KINDS.map((kind) => [kind, []]));
  for (let i = 0; i < Math.min(runs, 3); i++) {
    for (const kind of KINDS) {
      gaps[kind].push(...(await page.evaluate((kind) => window.bench.scrollFrames(kind, 10_000, 120, 300), kind)));
    }
  }
  await page.evaluate(() => window.bench.clear());
  const over50 = (kind) => gaps[kind].filter((gap) => gap > 50).length;
  const droppedPerSecond = (kind) => {
    const dropped = gaps[kind].reduce((sum, gap) => sum + Math.max(0, Math.round(gap / FRAME_MS) - 1), 0);
    return dropped / (gaps[kind].reduce((sum, gap) => sum + gap, 0) / 1000);
  };
  return [
    line('scroll 10,000: ms a frame, median (p90)', (kind) => medianP90(stats(gaps[kind])), '', '', 'smooth: ~16.7'),
    line(
      'scroll 10,000: frames over 50 ms',
      (kind) => `${over50(kind)} of ${gaps[kind].length}`,
      countRatio(over50('widget'), over50('innerHTML')),
      countRatio(over50('widget'), over50('react')),
      '≤ 1.2× innerHTML',
    ),
    line(
      'scroll 10,000: frames dropped a second',
      (kind) => droppedPerSecond(kind).toFixed(1),
      countRatio(+droppedPerSecond('widget').toFixed(1), +droppedPerSecond('innerHTML').toFixed(1)),
      countRatio(+droppedPerSecond('widget').toFixed(1), +droppedPerSecond('react').toFixed(1)),
    ),
  ];
}
