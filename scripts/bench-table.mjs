// Part of `npm run bench`: the figures' arithmetic and the plain-text tables every section prints.

/** Median and 90th percentile (nearest rank) of `values`. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p90: at(0.9) };
}

export function ms(value) {
  return value.toFixed(1);
}

/** "1,029 (1,104)": a median and its p90, in whole ms where they are large enough that tenths are noise. */
export function medianP90(s) {
  const whole = (value) => (value >= 100 ? Math.round(value).toLocaleString('en') : ms(value));
  return `${whole(s.median)} (${whole(s.p90)})`;
}

export function mb(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function ratio(a, b) {
  return `${(a / b).toFixed(2)}×`;
}

/** A ratio of two counts, either of which may be 0 (frames over 50 ms in a smooth run). */
export function countRatio(a, b) {
  if (b > 0) return ratio(a, b);
  return a === 0 ? 'both 0' : `${a} vs 0`;
}

/** Prints rows of cells as columns: the first left-aligned, the rest right-aligned, a rule under the heading. */
export function print(table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i] ?? '').length)));
  for (const [index, row] of table.entries()) {
    console.log(
      row
        .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    );
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
