// A dev-server plugin (web-dev-server and web-test-runner) that serves
// `/dist/message-status-list.bundle.js` and its companion files built in memory from the current source
// with the build's own settings (scripts/bundle.mjs). The script-tag demo pages and their browser tests
// load the real bundle, yet need no `npm run build` first and never see a stale `dist/`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { BUNDLE_DIR, BUNDLE_ENTRY, BUNDLE_OUTPUT, bundleInputOptions } from './bundle.mjs';

const ENTRY_PATH = `/${BUNDLE_DIR}/${BUNDLE_ENTRY}`;
// The entry and its companions (`message-status-list.bundle.<name>-<hash>.js`).
const BUNDLE_PATH = new RegExp(`^/${BUNDLE_DIR}/message-status-list\\.bundle\\.(?:[\\w-]+\\.)?js$`);

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
    return new Map(output.map((file) => [`/${BUNDLE_DIR}/${file.fileName}`, file.code]));
  } finally {
    await bundle.close();
  }
}

export function serveBundle() {
  let rootDir = process.cwd();
  let built; // { version, files: Promise<Map<URL path, code>> }
  return {
    name: 'serve-bundle',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    async serve(context) {
      if (!BUNDLE_PATH.test(context.path)) return undefined;
      const version = sourceVersion(rootDir);
      // A companion is asked for after its entry: it is served from the build the entry came from.
      if (!built || (context.path === ENTRY_PATH && built.version !== version)) built = { version, files: build() };
      try {
        const code = (await built.files).get(context.path);
        // Not of this build (a companion's hash is in its name): left to the static files, which 404 it.
        return code === undefined ? undefined : { body: code, type: 'js' };
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
      if (!BUNDLE_PATH.test(context.path) || !built) return undefined;
      try {
        const code = (await built.files).get(context.path);
        return code === undefined ? undefined : { body: code };
      } catch {
        return undefined;
      }
    },
  };
}
