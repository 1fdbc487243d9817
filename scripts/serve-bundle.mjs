// A dev-server plugin (web-dev-server and web-test-runner) that serves
// `/dist/message-status-list.bundle.js` built in memory from the current source with the
// build's own settings (scripts/bundle.mjs). The script-tag demo pages and their browser tests
// load the real bundle, yet need no `npm run build` first and never see a stale `dist/`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { BUNDLE_FILE, BUNDLE_OUTPUT, bundleInputOptions } from './bundle.mjs';

const URL_PATH = `/${BUNDLE_FILE}`;

/** The newest modification time under src/, so an edit makes the next request rebuild. */
function sourceVersion(rootDir) {
  const dir = join(rootDir, 'src');
  let newest = 0;
  for (const file of readdirSync(dir, { recursive: true })) {
    newest = Math.max(newest, statSync(join(dir, file)).mtimeMs);
  }
  return newest;
}

async function build() {
  const bundle = await rollup({ ...bundleInputOptions(), onwarn: () => {} });
  try {
    const { output } = await bundle.generate({ ...BUNDLE_OUTPUT, sourcemap: false });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

export function serveBundle() {
  let rootDir = process.cwd();
  let built; // { version, code: Promise<string> }
  return {
    name: 'serve-bundle',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    async serve(context) {
      if (context.path !== URL_PATH) return undefined;
      const version = sourceVersion(rootDir);
      if (!built || built.version !== version) built = { version, code: build() };
      try {
        return { body: await built.code, type: 'js' };
      } catch (error) {
        built = undefined;
        // A failed build (a bare import, eval…) must fail the page loudly, not serve an old bundle.
        return {
          body: `throw new Error(${JSON.stringify(`The bundle did not build: ${error.message}`)});`,
          type: 'js',
        };
      }
    },
    // The shared esbuild plugin re-transpiles every .js it serves; the pages must get the bundle as
    // built, byte for byte, so this (later) plugin puts the build's output back.
    async transform(context) {
      if (context.path !== URL_PATH || !built) return undefined;
      try {
        return { body: await built.code };
      } catch {
        return undefined;
      }
    },
  };
}
