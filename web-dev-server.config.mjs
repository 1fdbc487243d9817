import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { mockApi } from './demo/mock-api.mjs';

// The demo page and the browser tests share one server set-up: the same
// TypeScript transform and the same mock API.
export const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export const sharedServerConfig = {
  nodeResolve: true,
  middleware: [mockApi()],
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2021' })],
};

export default {
  ...sharedServerConfig,
  open: '/demo/',
  watch: true,
  appIndex: 'demo/index.html',
};
