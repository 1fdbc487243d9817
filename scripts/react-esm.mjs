// Dev-server plugins (web-dev-server and web-test-runner) that serve React, which ships CommonJS
// only, as ES modules: test/react.test.ts and demo/react.html import it. Only React's own packages
// are touched: `process.env.NODE_ENV`, which they branch on, is set as a bundler would,
// @rollup/plugin-commonjs turns them into modules with a default export, and a facade adds the
// named exports (`import { createElement } from 'react'`), listed here by Node once (loading React
// later, inside the runner, trips over its patched console).
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';

const REACT_PACKAGES = ['react', 'react-dom', 'scheduler'];
const require = createRequire(import.meta.url);

/**
 * The URL of a resolved file, from its last `node_modules/` on: `node_modules` may be a symlink
 * (a git worktree sharing an install), and the served path must go through it, not its target.
 */
function servedUrl(file) {
  const path = file.split(sep).join('/');
  return path.slice(path.lastIndexOf('/node_modules/'));
}

const REACT_ENTRIES = new Map(
  ['react', 'react-dom', 'react-dom/client'].map((entry) => [
    entry,
    {
      url: servedUrl(require.resolve(entry)),
      names: Object.keys(require(entry)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default'),
    },
  ]),
);

export const reactPlugins = [
  {
    name: 'react-node-env',
    transform(context) {
      if (!REACT_PACKAGES.some((name) => context.path.includes(`/node_modules/${name}/`))) return undefined;
      return { body: context.body.replaceAll('process.env.NODE_ENV', JSON.stringify('development')) };
    },
  },
  {
    name: 'react-esm-facade',
    resolveImport({ source }) {
      if (REACT_ENTRIES.has(source)) return `/__react-esm__/${source}.js`;
      return undefined;
    },
    serve(context) {
      const entry = REACT_ENTRIES.get(/^\/__react-esm__\/(.+)\.js$/.exec(context.path)?.[1]);
      if (!entry) return undefined;
      const body = `import cjs from '${entry.url}';\nexport default cjs;\nexport const { ${entry.names.join(', ')} } = cjs;\n`;
      return { body, type: 'js' };
    },
  },
  // Served one file at a time, the plugin cannot tell that a required file is CommonJS too;
  // `requireReturnsDefault` makes `require()` return its `module.exports`.
  fromRollup(rollupCommonjs)({
    include: REACT_PACKAGES.map((name) => `**/node_modules/${name}/**`),
    requireReturnsDefault: true,
  }),
];
