// What the scripts that drive a browser share with each other and with the test runner: where
// Chromium is, and the demo's own server (sources, mock API, in-memory bundle) on a free port.
import { startDevServer } from '@web/dev-server';
import { createServer } from 'node:net';
import { sharedServerConfig } from '../web-dev-server.config.mjs';
import { chromiumPath } from './find-browser.mjs';

// Found in one place for the test runner and the scripts alike.
export { chromiumPath };

/** A port nobody listens on right now: a fixed one would clash with `npm start` or a second run. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The shared server set-up on localhost, quiet and without watching; resolves to the server and its origin.
 * `middleware` runs before the shared one (the bench's gzip).
 */
export async function startLocalServer(rootDir, { middleware = [] } = {}) {
  const port = await freePort();
  const server = await startDevServer({
    config: {
      ...sharedServerConfig,
      middleware: [...middleware, ...sharedServerConfig.middleware],
      rootDir,
      hostname: '127.0.0.1',
      port,
      watch: false,
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * Headless Chromium for the scripts, with the flags a root container needs and nothing phoning home;
 * `extraArgs` for what one script needs besides. puppeteer-core is loaded here, not at the top, so the
 * test runner's config, which only wants `chromiumPath`, does not load it.
 */
export async function launchChromium(extraArgs = []) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', ...extraArgs],
  });
}
