// Finds the redis-server the server handler's multi-instance tests start, and installs Debian's package when
// it is missing where it may (see debian-install.mjs). Run before the Node tests: `node scripts/find-redis.mjs`.
// REDIS_SERVER_PATH names a redis-server elsewhere; MSL_NO_INSTALL=1 forbids installing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureInstalled, onPath } from './debian-install.mjs';

const PROGRAM = {
  label: 'redis-server',
  packages: ['redis-server'],
  find: () => process.env.REDIS_SERVER_PATH || onPath(['redis-server']),
  need: 'The server tests need redis-server (they run the handler on several instances sharing one Redis)',
  orElse: ', or set REDIS_SERVER_PATH to one',
};

/** redis-server's path, or `undefined`: looks only, never installs. */
export const findRedisServer = () => PROGRAM.find();

/** redis-server's path, installed with apt where that is allowed; otherwise an error saying what to run. */
export function ensureRedisServer() {
  const found = findRedisServer();
  if (found && !existsSync(found)) throw new Error(`redis-server is set to ${found}, which does not exist.`);
  return found || ensureInstalled(PROGRAM);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureRedisServer();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
