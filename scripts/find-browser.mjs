// Finds the browsers the tests drive, and installs Debian's packages for one that is missing where it
// may (see debian-install.mjs), so `npm test` needs no set-up step of its own.
// Run before the tests: `node scripts/find-browser.mjs [chromium] [firefox] [webkit]` (Chromium by default).
// MSL_NO_BROWSER_INSTALL=1 (or MSL_NO_INSTALL=1) forbids installing: the script then only finds, or says what to run.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureInstalled, onPath } from './debian-install.mjs';

/** What each engine is, where to look for it, and which Debian packages bring it. */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    packages: ['chromium'],
    // `CHROME_PATH` wins, as the test runner's own launcher would have it.
    find: () =>
      process.env.CHROME_PATH || onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']),
  },
  firefox: {
    label: 'Firefox',
    packages: ['firefox-esr'],
    find: () => process.env.FIREFOX_PATH || onPath(['firefox-esr', 'firefox']),
  },
  webkit: {
    label: 'WebKit',
    packages: ['webkit2gtk-driver', 'xvfb'],
    // WebKitGTK has no headless mode: its WebDriver runs under a virtual X server.
    find: () => {
      const driver = onPath(['WebKitWebDriver']);
      const xvfbRun = onPath(['xvfb-run']);
      const miniBrowser = [
        process.env.WEBKIT_MINIBROWSER_PATH,
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
      ].find((path) => path && existsSync(path));
      return driver && xvfbRun && miniBrowser ? { driver, xvfbRun, miniBrowser } : undefined;
    },
  },
};

/** Chromium's executable, or `undefined`: the one answer the test runner, bench and screenshots share. */
export const chromiumPath = ENGINES.chromium.find();

/**
 * Finds the engine's browser, installing it with apt where that is allowed. Returns what `find`
 * gives, or throws an error whose message says exactly what to run.
 */
export function ensureBrowser(engine) {
  const { label, packages, find } = ENGINES[engine];
  const found = find();
  if (typeof found === 'string' && !existsSync(found))
    throw new Error(`${label} is set to ${found}, which does not exist.`);
  const orElse = engine === 'chromium' ? ', or set CHROME_PATH to a Chrome or Chromium executable' : '';
  return found || ensureInstalled({ label, packages, find, need: `The tests need ${label}`, orElse });
}

// Run as a script: check (or install) each engine named, one clear line and exit code 1 on failure.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2);
  for (const engine of wanted.length ? wanted : ['chromium']) {
    if (!(engine in ENGINES)) {
      console.error(`Unknown engine "${engine}": expected one of ${Object.keys(ENGINES).join(', ')}.`);
      process.exit(1);
    }
    try {
      ensureBrowser(engine);
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  }
}
