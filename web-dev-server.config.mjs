import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { mockApi } from './demo/mock-api.mjs';
import { serverSource } from './demo/server-source.mjs';
import { importServerModule } from './scripts/server-module.mjs';
import { frameworkExamples } from './scripts/framework-examples.mjs';
import { reactPlugins } from './scripts/react-esm.mjs';
import { serveBundle } from './scripts/serve-bundle.mjs';
import { lateFiles } from './scripts/late-files.mjs';

// The demo page and the browser tests share one server set-up: the same
// TypeScript transform, the same mock API, and React served as ES modules (for the React demo and test).
export const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

// The demo's "Voyado through the server handler" source runs the handler's source, compiled at start-up
// (a change to src/server/ needs a restart).
export const sharedServerConfig = {
  // Browser builds where a package has them (Svelte's runtime has a server one, picked by default).
  nodeResolve: { browser: true },
  // lateFiles: a test can have a file arrive late (the rest of the widget, say), as on a slow link.
  middleware: [lateFiles(), mockApi(), serverSource(await importServerModule())],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig, target: 'es2021' }),
    // docs/frameworks.md's Vue and Svelte examples, compiled, for test/vue.test.ts and test/svelte.test.ts. Before the
    // CommonJS adapter in reactPlugins, which would look for its served paths on disk.
    frameworkExamples(),
    ...reactPlugins,
    // The script-tag bundle built in memory from the source (not dist/, which may be stale or missing),
    // for the demo's bundle pages, their tests and `npm run bench`. After esbuild, whose output it replaces.
    serveBundle(),
  ],
};

/** The server's root sends a visitor who typed only the address to the demo. */
function rootToDemo(context, next) {
  if (context.path !== '/') return next();
  context.redirect('/demo/');
}

export default {
  ...sharedServerConfig,
  middleware: [rootToDemo, ...sharedServerConfig.middleware],
  open: '/demo/',
  watch: true,
  appIndex: 'demo/index.html',
};
