import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// Lit alone, bundled with the same resolve and minify settings as
// dist/message-status-list.bundle.js (rollup.config.mjs): the baseline `npm run size`
// prints beside the widget. Not part of `npm run build`, so it never ships.
export default {
  input: 'scripts/size-baseline.js',
  output: { file: 'dist/baseline-lit.bundle.js', format: 'esm' },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};
