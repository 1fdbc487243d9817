import { chromeLauncher } from '@web/test-runner-chrome';
import { sharedServerConfig } from './web-dev-server.config.mjs';
import { chromiumPath as executablePath } from './scripts/local-server.mjs';

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

export default {
  ...sharedServerConfig,
  plugins: [...sharedServerConfig.plugins, touchPlugin, emulationPlugin],
  files: ['test/**/*.test.ts'],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The bundle tests build the script-tag bundle first: minutes, not seconds, on a machine shared by many.
  testsFinishTimeout: 300_000,
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
