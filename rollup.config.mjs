import typescript from '@rollup/plugin-typescript';
import { rmSync } from 'node:fs';
import { BUNDLE_DIR, BUNDLE_OUTPUT, bundleInputOptions, minifyCssTemplates } from './scripts/bundle.mjs';

// Lit and tslib stay external in the ESM build so an app that already has
// them loads them once; the bundle carries everything for a plain script tag.
const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/, /^tslib($|\/)/, /^redis($|\/)/];

// Entry points a consumer imports directly; the rest come along through their imports.
// `server` is the Node half: it imports only `data/` modules, so no Lit comes with it; `server/redis` adds the
// shared store on the `redis` package, an optional peer left external like Lit.
const entries = ['src/index.ts', 'src/define.ts', 'src/react.ts', 'src/server/index.ts', 'src/server/redis.ts'];

// A file left over from a renamed module would otherwise ship in `dist/`.
rmSync('dist', { recursive: true, force: true });

export default [
  {
    input: entries,
    output: { dir: 'dist', format: 'esm', sourcemap: false, preserveModules: true, preserveModulesRoot: 'src' },
    external,
    // Left unminified for the app's bundler, but without the stylesheets' comments and indentation, which no
    // bundler's minifier touches (they are template text).
    plugins: [
      // No source maps in the package: the sources they would point at do not ship.
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist',
        declarationDir: 'dist',
        sourceMap: false,
        inlineSources: false,
      }),
      minifyCssTemplates(),
    ],
  },
  {
    ...bundleInputOptions(),
    output: { ...BUNDLE_OUTPUT, dir: BUNDLE_DIR, sourcemap: false },
  },
];
