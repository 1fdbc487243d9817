import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, rmSync } from 'node:fs';

// Lit and tslib stay external in the ESM build so an app that already has
// them loads them once; the bundle carries everything for a plain script tag.
const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/, /^tslib($|\/)/];

// Entry points a consumer imports directly; the rest come along through their imports.
const entries = ['src/index.ts', 'src/define.ts', 'src/react.ts'].filter((file) => existsSync(file));

// A file left over from a renamed module would otherwise ship in `dist/`.
rmSync('dist', { recursive: true, force: true });

/**
 * Fails the build when the bundle would break a strict CSP (`eval`, `new Function`)
 * or carries Lit's development build (its dev-mode warnings and slower checks).
 */
function checkBundle() {
  const forbidden = [
    [/\beval\s*\(/, 'eval()'],
    [/\bnew\s+Function\b/, 'new Function'],
    [/(?<![\w$.])Function\s*\(\s*["'`]/, 'Function("…")'],
    [/Lit is in dev mode/, "Lit's dev-mode warning (resolve with the `production` export condition)"],
    [/litIssuedWarnings/, "Lit's dev-mode warnings"],
  ];
  return {
    name: 'check-bundle',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [pattern, what] of forbidden) {
          if (pattern.test(chunk.code)) this.error(`${chunk.fileName} contains ${what}.`);
        }
        if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0) {
          this.error(`${chunk.fileName} is not self-contained: it imports ${chunk.imports.join(', ')}.`);
        }
      }
    },
  };
}

/**
 * Squeezes the whitespace and comments out of Lit `css` templates (terser leaves template text alone):
 * a few kB of the bundle. Only for templates without `${}`: the widget's styles have none.
 */
function minifyCss() {
  const squeeze = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      return { code: code.replace(/\bcss\s*`([^`$]*)`/g, (_, text) => `css\`${squeeze(text)}\``), map: null };
    },
  };
}

export default [
  {
    input: entries,
    output: { dir: 'dist', format: 'esm', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external,
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declarationDir: 'dist' })],
  },
  {
    input: 'src/define.ts',
    // One file for a script tag: the virtualizer, loaded lazily from the ESM entry, is inlined here.
    output: { file: 'dist/message-status-list.bundle.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      // `production` picks Lit's production build even if a `development` condition is ever added.
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist' }),
      // After TypeScript, which reads the sources itself: this sees its output.
      minifyCss(),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
      checkBundle(),
    ],
  },
];
