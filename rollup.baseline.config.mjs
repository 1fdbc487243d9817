import { minify, resolveForBrowser } from './scripts/bundle.mjs';

// What `npm run size` measures besides the script-tag bundle. Not part of `npm run build`, so it never ships.
export default [
  // Lit alone, bundled with the same resolve and minify settings as dist/message-status-list.bundle.js
  // (rollup.config.mjs): the baseline printed beside the widget.
  {
    input: 'scripts/size-baseline.js',
    output: { file: 'dist/baseline-lit.bundle.js', format: 'esm' },
    plugins: [resolveForBrowser(), minify()],
  },
  // The ESM entry as an app's bundler would take it: dist/define.js and everything it imports from this
  // package, minified, split where the package imports lazily (the rest of the widget, a language pack) as a bundler
  // splits it; Lit, its packages, tslib and the virtualizer (imported only when a list grows long, and measured as
  // the script-tag bundle's companion) stay outside, as the app has or loads them.
  {
    input: 'dist/define.js',
    preserveEntrySignatures: 'allow-extension',
    onLog: (level, log, handler) => log.code === 'OPTIMIZE_CHUNK_STATUS' || handler(level, log),
    output: {
      dir: 'dist/size/esm',
      format: 'esm',
      entryFileNames: 'esm-entry.js',
      chunkFileNames: 'esm-[name].js',
      experimentalMinChunkSize: 2000,
    },
    external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^tslib($|\/)/, /\/virtualize-flow\.js$/],
    plugins: [minify()],
  },
];
