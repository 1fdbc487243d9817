// `npm run size`: size-limit over each file of the script-tag bundle (the first file, the rest, the language packs,
// the error wording, the virtualizer), the ESM entry (Lit excluded) and the Lit-alone baseline (see
// .size-limit.json), printed as one table so they sit side by side. Builds first
// (rollup.config.mjs, then rollup.baseline.config.mjs), so what is measured is the current source, never a
// stale dist/. Exits non-zero when anything is over its budget, as size-limit itself does.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../node_modules/size-limit/bin.js', import.meta.url));
const rollupBin = fileURLToPath(new URL('../node_modules/rollup/dist/bin/rollup', import.meta.url));

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${what} failed.`);
    process.exit(result.status || 1);
  }
}

// The build's rollup step only: sizes need no manifest.
run(process.execPath, [rollupBin, '-c', '--silent'], 'The build');
run(
  process.execPath,
  [rollupBin, '-c', 'rollup.baseline.config.mjs', '--silent'],
  'Bundling the ESM entry and the Lit baseline',
);

const measured = spawnSync(process.execPath, [bin, '--json'], { cwd: root, encoding: 'utf8' });
let results;
try {
  results = JSON.parse(measured.stdout);
} catch {
  // Not JSON: size-limit failed before measuring; show what it said.
  process.stderr.write(measured.stdout + measured.stderr);
  process.exit(measured.status || 1);
}

// Entries are named "<what>, <compression>"; one row per <what>, one column per compression.
const rows = new Map();
for (const { name, size, sizeLimit, passed } of results) {
  const [what, compression] = name.split(/,\s*(?=[^,]+$)/);
  if (!rows.has(what)) rows.set(what, {});
  rows.get(what)[compression] = { size, sizeLimit, passed };
}
const columns = ['brotli', 'gzip'];
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const widget = [...rows].find(([what]) => what.startsWith('the first file'))?.[1];
const wholePage = [...rows].find(([what]) => what.startsWith('all an English page'))?.[1];
const baseline = [...rows].find(([what]) => what.startsWith('baseline'))?.[1];

const table = [['', ...columns, 'budget', '']];
for (const [what, sizes] of rows) {
  const limits = columns.map((c) => sizes[c]?.sizeLimit).filter(Boolean);
  const verdicts = columns.map((c) => sizes[c]?.passed).filter((p) => p !== undefined);
  table.push([
    what,
    ...columns.map((c) => (sizes[c] ? kB(sizes[c].size) : '')),
    limits.length ? limits.map(kB).join(' / ') : '',
    verdicts.length ? (verdicts.every(Boolean) ? 'ok' : 'OVER BUDGET') : '',
  ]);
}
if (widget && baseline) {
  table.push(['the first file minus Lit', ...columns.map((c) => kB(widget[c].size - baseline[c].size)), '', '']);
}

const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) {
  console.log(
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('   ')
      .trimEnd(),
  );
}
if (widget && wholePage) {
  // The figures issue 22 set targets for; the other half (time to first rows, throttled) is measured by the bench.
  console.log(
    `\nThe first file a page loads: ${kB(widget.gzip.size)} gzip (target 20 kB); an English page by the time it is ` +
      `idle: ${kB(wholePage.gzip.size)} (the single bundle before the split: 45.7 kB). Time to first rows on a ` +
      'throttled link, beside a 0.3 kB script page and a Lit list: npm run bench -- --only first-rows.',
  );
}
process.exit(measured.status ?? 1);
