// The settings of dist/message-status-list.bundle.js, shared by rollup.config.mjs (which writes it)
// and scripts/serve-bundle.mjs (which builds it in memory for the demo and the browser tests),
// so the page the tests load runs exactly what `npm run build` ships.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const BUNDLE_DIR = 'dist';
export const BUNDLE_ENTRY = 'message-status-list.bundle.js';
export const BUNDLE_FILE = `${BUNDLE_DIR}/${BUNDLE_ENTRY}`;

// The script tag loads one file. The virtualizer (a fifth of the bundle) is split into a companion file beside it,
// which the bundle imports only when a list first passes 200 messages; most contacts never need it. Its name
// carries a hash of its content, so a cached companion from another release is never paired with this bundle.
export const BUNDLE_OUTPUT = {
  format: 'esm',
  entryFileNames: BUNDLE_ENTRY,
  chunkFileNames: 'message-status-list.bundle.[name]-[hash].js',
  // A few hundred bytes shared by two lazy files (the rest, a language pack) go into the first file rather than a
  // file of their own, which the rest would have to fetch after arriving: a round trip for nothing.
  experimentalMinChunkSize: 2000,
};

/**
 * Fails the build when the bundle would break a strict CSP (`eval`, `new Function`),
 * carries Lit's development build (its dev-mode warnings and slower checks), or imports
 * anything but its own files: a plain `<script type="module" src>` has no import map to resolve
 * `lit` with. The entry may load its companions only lazily: the script tag's first paint waits for
 * the entry alone.
 */
export function checkBundle() {
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
        const foreign = [...chunk.imports, ...chunk.dynamicImports].filter((name) => !(name in bundle));
        if (foreign.length > 0) this.error(`${chunk.fileName} imports ${foreign.join(', ')}, which it does not carry.`);
        if (chunk.isEntry && chunk.imports.length > 0) {
          this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')} before it runs; load companions lazily.`);
        }
        // A lazy file may lean only on files already in the page when it is asked for: the first file, or the one that
        // asks for it. Any other would be fetched after it arrived, a round trip later.
        const waterfall = chunk.imports.filter(
          (name) => !bundle[name].isEntry && !bundle[name].dynamicImports.includes(chunk.fileName),
        );
        if (waterfall.length > 0) this.error(`${chunk.fileName} imports ${waterfall.join(', ')}, a round trip later.`);
      }
    },
  };
}

/**
 * Strips comments and collapses whitespace in the `css` templates of our own sources, for the bundle:
 * the stylesheets carry comments that explain them, which no browser needs. The space before a colon stays,
 * because it can be a descendant combinator (`.row :focus`); the one after it goes.
 */
export function minifyCssTemplates() {
  const squeeze = (body) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      // After a colon a space is never needed: a declaration's value may start at once (a custom property's value
      // is trimmed anyway), and no selector has a space after its pseudo-class colon. It paid for the first file's
      // loaders of the Norwegian, Danish and Finnish packs (issue 26).
      .replace(/:\s+/g, ':')
      // A rule's last declaration needs no semicolon.
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      // TypeScript prints the tag with a space: css `…`.
      const template = /\bcss\s*`([^`$]*)`/g;
      if (!id.includes('/src/') || !template.test(code)) return null;
      return { code: code.replace(template, (_, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/** How the bundle finds packages; the size baselines resolve the same way, so they compare like with like. */
export function resolveForBrowser() {
  // `production` picks Lit's production build even if a `development` condition is ever added.
  return nodeResolve({ browser: true, exportConditions: ['production'] });
}

/** How the bundle is minified; the size baselines too. */
export function minify() {
  return terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } });
}

/** Rollup input options of the bundle: everything, Lit included, from `src/define.ts`. */
export function bundleInputOptions() {
  return {
    input: 'src/define.ts',
    // The lazy files take Lit from the first file, which must then export a few more names than its own.
    preserveEntrySignatures: 'allow-extension',
    // experimentalMinChunkSize reports how it merged chunks on every build: not news.
    onLog: (level, log, handler) => log.code === 'OPTIMIZE_CHUNK_STATUS' || handler(level, log),
    plugins: [
      resolveForBrowser(),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        outDir: 'dist',
        sourceMap: false,
        inlineSources: false,
      }),
      minifyCssTemplates(),
      minify(),
      checkBundle(),
    ],
  };
}
