// A real redis-server of its own, for the server handler's tests and its bench: started on a free port of
// 127.0.0.1 (or the one asked for) with nothing saved to disk, and stopped, frozen or killed as needed.
// find-redis.mjs installs redis-server on a fresh Debian machine; here it is only looked for.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { findRedisServer } from './find-redis.mjs';

const READY_WITHIN_MS = 10_000;
const started = new Set();
// A test that fails half-way must not leave a redis-server behind.
process.on('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** A port nobody listens on just now. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A redis-server of its own, on `port` or a free one. `kill()` ends it at once (as a crash would),
 * `freeze()` and `thaw()` stop and resume the process (a Redis that hangs), `stop()` ends it for good.
 */
export async function startRedis({ port: asked } = {}) {
  const program = findRedisServer();
  if (!program) {
    throw new Error('No redis-server on the PATH: run `node scripts/find-redis.mjs` (it installs Debian’s package).');
  }
  const port = asked ?? (await freePort());
  const child = spawn(
    program,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'notice'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  started.add(child);
  await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`redis-server did not start within ${READY_WITHIN_MS} ms`), READY_WITHIN_MS);
    const onData = (chunk) => {
      output += chunk;
      if (/ready to accept connections/i.test(output)) done(resolve);
    };
    const fail = (why) => done(() => reject(new Error(`${why}:\n${output}`)));
    function done(settle) {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      settle();
    }
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => fail(`redis-server exited (code ${code})`));
  });
  // Drained, so a chatty server never blocks on a full pipe.
  child.stdout.resume();
  child.stderr.resume();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
      started.delete(child);
    },
    freeze: () => child.kill('SIGSTOP'),
    thaw: () => child.kill('SIGCONT'),
    stop: async () => {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
      await exited;
      started.delete(child);
    },
  };
}
