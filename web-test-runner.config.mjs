import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { bundleFromSource, sharedServerConfig } from './web-dev-server.config.mjs';

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

export default {
  ...sharedServerConfig,
  plugins: [...sharedServerConfig.plugins, bundleFromSource, touchPlugin],
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
