import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { mockApi } from './demo/mock-api.mjs';
import { reactPlugins } from './scripts/react-esm.mjs';
import { serveBundle } from './scripts/serve-bundle.mjs';

// The demo page and the browser tests share one server set-up: the same
// TypeScript transform, the same mock API, and React served as ES modules (for the React demo and test).
export const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export const sharedServerConfig = {
  nodeResolve: true,
  middleware: [mockApi()],
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2021' }), ...reactPlugins],
};

// The demo and the tests load the script-tag bundle built in memory from the source (not dist/,
// which may be stale or missing); `npm run bench` measures the same in-memory bundle.
export const bundleFromSource = serveBundle();

export default {
  ...sharedServerConfig,
  plugins: [...sharedServerConfig.plugins, bundleFromSource],
  open: '/demo/',
  watch: true,
  appIndex: 'demo/index.html',
};
