// Part of `npm run bench`: builds the baselines the widget is measured against into dist/bench/, each as an app
// would ship it. scripts/bench.mjs serves that folder byte for byte (the dev server would re-print every script):
//   react-list.js        bench/react-list.js with React's production build, for the render bench;
//   first-rows-floor.js  the floor page's inline script, as an external file: first-rows page (b);
//   lit-list.js          bench/lit-list.js with Lit, resolved and minified as the widget's bundle is: first-rows (c).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { minify, resolveForBrowser } from './bundle.mjs';

export const BASELINE_DIR = fileURLToPath(new URL('../dist/bench/', import.meta.url));
const bench = (file) => fileURLToPath(new URL(`../bench/${file}`, import.meta.url));

/** Builds every baseline; resolves when all are written. */
export async function buildBaselines() {
  await Promise.all([buildReactList(), buildFloorScript(), buildLitList()]);
}

async function write(input, plugins, file) {
  const bundle = await rollup({ input, onwarn: () => undefined, plugins });
  try {
    await bundle.write({ file: `${BASELINE_DIR}${file}`, format: 'esm' });
  } finally {
    await bundle.close();
  }
}

/** React's production build, what an app would ship. */
function buildReactList() {
  const productionEnv = {
    name: 'node-env-production',
    transform: (code) =>
      code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"production"') : null,
  };
  return write(
    bench('react-list.js'),
    [productionEnv, nodeResolve({ browser: true }), commonjs(), terser({ module: true })],
    'react-list.js',
  );
}

/** The one inline script of `html`: what page (a) runs, so that page (b) runs exactly the same. */
export function inlineScript(html, source) {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  if (scripts.length !== 1) throw new Error(`${source} should hold one inline <script>, not ${scripts.length}.`);
  return scripts[0][1];
}

/** Page (a)'s inline script, minified as the widget is, into a file of its own for page (b). */
async function buildFloorScript() {
  const page = bench('first-rows-floor.html');
  const code = inlineScript(await readFile(page, 'utf8'), page);
  const virtual = { name: 'floor-script', resolveId: (id) => (id === 'floor' ? id : null), load: () => code };
  return write('floor', [virtual, minify()], 'first-rows-floor.js');
}

/** Lit and a small list, resolved and minified with the widget bundle's own settings. */
function buildLitList() {
  return write(bench('lit-list.js'), [resolveForBrowser(), minify()], 'lit-list.js');
}
