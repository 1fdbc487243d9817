// `npm run size`: size-limit over the widget bundle and the Lit-alone baseline (see
// .size-limit.json), printed as one table so the two sit side by side. Exits non-zero when
// the widget is over its budget, as size-limit itself does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../node_modules/size-limit/bin.js', import.meta.url));

for (const file of ['dist/message-status-list.bundle.js', 'dist/baseline-lit.bundle.js']) {
  if (!existsSync(new URL(`../${file}`, import.meta.url))) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const run = spawnSync(process.execPath, [bin, '--json'], { cwd: root, encoding: 'utf8' });
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  // Not JSON: size-limit failed before measuring; show what it said.
  process.stderr.write(run.stdout + run.stderr);
  process.exit(run.status || 1);
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
const [widget, baseline] = [...rows.values()];

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
  table.push(['widget minus Lit', ...columns.map((c) => kB(widget[c].size - baseline[c].size)), '', '']);
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
process.exit(run.status ?? 1);
