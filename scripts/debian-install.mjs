// What the test pre-steps share (find-browser.mjs, find-redis.mjs): look for a program on the PATH, and
// install Debian's packages for one that is missing where that is allowed (Debian or Ubuntu, as root or
// with passwordless sudo), so a fresh machine needs no set-up step of its own.
// MSL_NO_INSTALL=1 (or MSL_NO_BROWSER_INSTALL=1) forbids installing: the pre-steps then only look.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first of `names` that is an executable file on the PATH, as a full path. */
export function onPath(names) {
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

const isDebian = () => existsSync('/etc/debian_version');
const isRoot = () => process.getuid?.() === 0;

/** How this process may run apt-get: directly as root, through passwordless sudo, or not at all. */
function aptRunner() {
  const forbidden = process.env.MSL_NO_INSTALL || process.env.MSL_NO_BROWSER_INSTALL;
  if (forbidden || !isDebian() || !onPath(['apt-get'])) return undefined;
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
 * What `find()` finds, installing Debian's `packages` first where that is allowed. Otherwise throws an
 * error whose message says exactly what to run; `orElse` adds another way (", or set CHROME_PATH …").
 * @param {{ label: string, packages: string[], find: () => unknown, need: string, orElse?: string }} program
 *   `need` says who needs it ("The tests need Chromium").
 */
export function ensureInstalled({ label, packages, find, need, orElse = '' }) {
  const found = find();
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
  throw new Error(`${need} and found none on the PATH. ${how}${orElse}.`);
}
