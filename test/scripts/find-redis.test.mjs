// The Redis pre-step of `npm run test:node` as a new user meets it, run as a child process with a PATH that
// has no redis-server and installing forbidden, so nothing on this machine is installed or removed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const script = new URL('../../scripts/find-redis.mjs', import.meta.url).pathname;
const emptyBin = mkdtempSync(join(tmpdir(), 'no-redis-'));
after(() => rmSync(emptyBin, { recursive: true, force: true }));

function findRedis(env = {}) {
  const childEnv = { ...process.env, PATH: emptyBin, MSL_NO_INSTALL: '1', ...env };
  if (!env.REDIS_SERVER_PATH) delete childEnv.REDIS_SERVER_PATH;
  return spawnSync(process.execPath, [script], { encoding: 'utf8', env: childEnv });
}

describe('find-redis', () => {
  it('stops with one line naming the command to run when no redis-server is on the PATH', () => {
    const { status, stdout, stderr } = findRedis();
    assert.equal(status, 1);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0], /^The server tests need redis-server/);
    assert.match(lines[0], /apt-get install -y redis-server`|Install redis-server/);
    assert.match(lines[0], /REDIS_SERVER_PATH/);
  });

  it('finds a redis-server on the PATH, or the one in REDIS_SERVER_PATH, silently', () => {
    const fake = join(emptyBin, 'redis-server');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    try {
      assert.deepEqual(pick(findRedis()), { status: 0, stdout: '', stderr: '' });
    } finally {
      rmSync(fake);
    }
    assert.deepEqual(pick(findRedis({ REDIS_SERVER_PATH: process.execPath })), { status: 0, stdout: '', stderr: '' });
    const missing = findRedis({ REDIS_SERVER_PATH: join(emptyBin, 'gone') });
    assert.equal(missing.stderr.trim(), `redis-server is set to ${join(emptyBin, 'gone')}, which does not exist.`);
  });
});

function pick({ status, stdout, stderr }) {
  return { status, stdout, stderr };
}
