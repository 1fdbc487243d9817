// One test-runner launcher per engine the suite is proven in, each driving the browser Debian ships
// (found by find-browser.mjs): Chromium and Firefox through puppeteer (CDP, WebDriver BiDi), WebKitGTK
// through its own WebDriver server under a virtual X display.
import { chromeLauncher } from '@web/test-runner-chrome';
import { spawn } from 'node:child_process';
import { ENGINES } from './find-browser.mjs';
import { freePort } from './local-server.mjs';

// Every engine runs in one pinned time zone, so times read the same on any machine; it is not UTC,
// so a time wrongly read as UTC shows. Set through the environment, which all three engines honour.
export const TEST_TIME_ZONE = 'America/New_York';
const env = { ...process.env, TZ: TEST_TIME_ZONE };

// As root, Chromium refuses to start without --no-sandbox.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: ENGINES.chromium.find(),
      headless: true,
      env,
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  });
}

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  // With puppeteer given, the launcher names itself after `browser` ("Firefox") and leaves the rest to it.
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: ENGINES.firefox.find(),
      headless: true,
      env,
      // Desktop Firefox turns touch input on only where it detects a touch screen.
      extraPrefsFirefox: { 'dom.w3c_touch_events.enabled': 1 },
    },
  });
}

/** Starts `WebKitWebDriver` on a free port for the run, and stops it (and its X server) after. */
async function webkit() {
  // Loaded only here: webdriverio is large, and most runs are Chromium's.
  const { WebdriverLauncher } = await import('@web/test-runner-webdriver');
  return new (webKitLauncherOn(WebdriverLauncher))();
}

/** The WebKit launcher, as a subclass of the WebDriver launcher once that is loaded. */
function webKitLauncherOn(WebdriverLauncher) {
  return class WebKitLauncher extends WebdriverLauncher {
    constructor() {
      super({ hostname: '127.0.0.1', path: '/', capabilities: {} });
    }

    async initialize(config) {
      const { driver, xvfbRun, miniBrowser } = ENGINES.webkit.find();
      this.options.port = await freePort();
      this.options.capabilities = {
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      };
      // Its own process group, so stopping it also stops the Xvfb that xvfb-run started.
      this.server = spawn(xvfbRun, ['-a', driver, `--port=${this.options.port}`], {
        detached: true,
        stdio: 'ignore',
        env,
      });
      // Should the runner exit without stop(), the driver and its X server must not outlive it.
      process.once('exit', () => this.killServer());
      await waitForServer(`http://127.0.0.1:${this.options.port}/status`, this.server);
      await super.initialize(config);
      this.name = 'WebKit';
    }

    async stop() {
      await super.stop();
      this.killServer();
    }

    killServer() {
      if (this.server?.exitCode === null) process.kill(-this.server.pid, 'SIGTERM');
    }
  };
}

/** Polls the WebDriver status endpoint until it answers, or fails when the server died or 30 s passed. */
async function waitForServer(url, server) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`WebKitWebDriver exited (code ${server.exitCode}) before it answered.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('WebKitWebDriver did not answer within 30 s.');
}

/** The launcher for `chromium`, `firefox` or `webkit`. */
export async function launcherFor(engine) {
  if (engine === 'chromium') return chromium();
  if (engine === 'firefox') return firefox();
  if (engine === 'webkit') return webkit();
  throw new Error(`Unknown engine "${engine}": expected chromium, firefox or webkit.`);
}
