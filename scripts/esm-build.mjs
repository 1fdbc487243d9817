// The settings of the ESM build in dist/ (one file per module, what `import 'message-status-list/…'` loads), shared
// by rollup.config.mjs (which writes it) and test/scripts/esm-build.test.mjs (which builds it in memory and reads it).
import typescript from '@rollup/plugin-typescript';
import { minifyCssTemplates } from './bundle.mjs';
import { keepDirectives } from './keep-directives.mjs';

// Lit and tslib stay external in the ESM build so an app that already has
// them loads them once; the bundle carries everything for a plain script tag.
const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/, /^tslib($|\/)/, /^redis($|\/)/];

// Entry points a consumer imports directly; the rest come along through their imports.
// `server` is the Node half: it imports only `data/` modules, so no Lit comes with it; `server/redis` adds the
// shared store on the `redis` package, an optional peer left external like Lit.
const entries = ['src/index.ts', 'src/define.ts', 'src/react.ts', 'src/server/index.ts', 'src/server/redis.ts'];

export const ESM_OUTPUT = {
  dir: 'dist',
  format: 'esm',
  sourcemap: false,
  preserveModules: true,
  preserveModulesRoot: 'src',
};

export function esmInputOptions() {
  return {
    input: entries,
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
      // src/react.ts's 'use client', which rollup would drop.
      keepDirectives(),
    ],
  };
}
