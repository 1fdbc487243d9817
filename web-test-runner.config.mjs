import { chromeLauncher } from '@web/test-runner-chrome';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { sharedServerConfig } from './web-dev-server.config.mjs';

// Debian's Chromium, not a downloaded one: this machine reaches no browser CDN.
const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

// As root, Chromium refuses to start without --no-sandbox.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// A real touch tap through the browser's input pipeline (the built-in commands
// only have a mouse), for the tap-to-toggle explanations.
const touchPlugin = {
  name: 'touch-tap',
  async executeCommand({ command, payload, session }) {
    if (command !== 'tap') return undefined;
    const page = session.browser.getPage(session.id);
    await page.touchscreen.tap(payload.x, payload.y);
    return true;
  },
};

// Browser settings a test must pin rather than inherit from the machine: the time zone (so times
// read the same everywhere) and media features (forced colours, reduced motion, a dark scheme).
// `null` puts the machine's own back.
// The built-in `emulate-media` command knows colour scheme and reduced motion only; forced colours need
// CDP, through a session kept open per page (closing it would drop the emulation).
const cdpSessions = new WeakMap();
const emulationPlugin = {
  name: 'emulation',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-timezone' && command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'emulate-timezone') {
      await page.emulateTimezone(payload.timeZone ?? undefined);
      return true;
    }
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features ?? [] });
    return true;
  },
};

// React ships CommonJS only, and test/react.test.ts needs it as ES modules. Only React's own
// packages are touched: `process.env.NODE_ENV`, which they branch on, is set as a bundler
// would, @rollup/plugin-commonjs turns them into modules with a default export, and a facade
// adds the named exports (`import { createElement } from 'react'`), listed here by Node once
// (loading React later, inside the runner, trips over its patched console).
const REACT_PACKAGES = ['react', 'react-dom', 'scheduler'];
const require = createRequire(import.meta.url);
const REACT_ENTRIES = new Map(
  ['react', 'react-dom', 'react-dom/client'].map((entry) => [
    entry,
    {
      url: '/' + relative(process.cwd(), require.resolve(entry)).split(sep).join('/'),
      names: Object.keys(require(entry)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default'),
    },
  ]),
);

const reactPlugins = [
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

export default {
  ...sharedServerConfig,
  plugins: [...sharedServerConfig.plugins, ...reactPlugins, touchPlugin, emulationPlugin],
  files: ['test/**/*.test.ts'],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...(isRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
