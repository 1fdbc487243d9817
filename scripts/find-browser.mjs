// Finds the browsers the tests drive, and installs Debian's packages for one that is missing where it
// may (Debian or Ubuntu, as root or with passwordless sudo), so `npm test` needs no set-up step of its own.
// Run before the tests: `node scripts/find-browser.mjs [chromium] [firefox] [webkit]` (Chromium by default).
// MSL_NO_BROWSER_INSTALL=1 forbids installing: the script then only finds, or says what to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The first of `names` that is an executable file on the PATH, as a full path. */
function onPath(names) {
  const folders = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const folder of folders) {
      const candidate = join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not in this folder
      }
    }
  }
  return undefined;
}

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

const isDebian = () => existsSync('/etc/debian_version');
const isRoot = () => process.getuid?.() === 0;

/** How this process may run apt-get: directly as root, through passwordless sudo, or not at all. */
function aptRunner() {
  if (process.env.MSL_NO_BROWSER_INSTALL || !isDebian() || !onPath(['apt-get'])) return undefined;
  if (isRoot()) return [];
  if (onPath(['sudo']) && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return undefined;
}

function run(prefix, args) {
  const [command, ...rest] = [...prefix, ...args];
  const result = spawnSync(command, rest, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Finds the engine's browser, installing it with apt where that is allowed. Returns what `find`
 * gives, or throws an error whose message says exactly what to run.
 */
export function ensureBrowser(engine) {
  const { label, packages, find } = ENGINES[engine];
  const found = find();
  if (typeof found === 'string' && !existsSync(found))
    throw new Error(`${label} is set to ${found}, which does not exist.`);
  if (found) return found;
  const install = `apt-get install -y ${packages.join(' ')}`;
  const sudo = isRoot() ? '' : 'sudo ';
  const apt = aptRunner();
  if (apt) {
    console.log(`No ${label} found: installing Debian's ${packages.join(' and ')} with apt-get (once only).`);
    if (run(apt, ['apt-get', 'update', '-qq']) && run(apt, ['apt-get', 'install', '-y', '-qq', ...packages])) {
      const installed = find();
      if (installed) return installed;
    }
    throw new Error(`Installing ${label} failed; run \`${[...apt, install].join(' ')}\` to see why.`);
  }
  const how = isDebian() ? `Install it with \`${sudo}apt-get update && ${sudo}${install}\`` : `Install ${label}`;
  const orPath = engine === 'chromium' ? ', or set CHROME_PATH to a Chrome or Chromium executable' : '';
  throw new Error(`The tests need ${label} and found none on the PATH. ${how}${orPath}.`);
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
