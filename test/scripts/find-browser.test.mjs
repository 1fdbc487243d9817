// The browser pre-step as a new user meets it, run as a child process with a PATH that has no browser
// and installing forbidden, so nothing on this machine is installed or removed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const script = new URL('../../scripts/find-browser.mjs', import.meta.url).pathname;
const emptyBin = mkdtempSync(join(tmpdir(), 'no-browser-'));
after(() => rmSync(emptyBin, { recursive: true, force: true }));

function findBrowser(args, env) {
  const childEnv = { ...process.env, PATH: emptyBin, MSL_NO_BROWSER_INSTALL: '1', ...env };
  if (!env?.CHROME_PATH) delete childEnv.CHROME_PATH;
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: childEnv });
}

describe('find-browser', () => {
  it('stops with one line naming the command to run when no Chromium is on the PATH', () => {
    const { status, stdout, stderr } = findBrowser([]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0], /^The tests need Chromium and found none/);
    assert.match(lines[0], /CHROME_PATH/);
    // On Debian it names the apt command, elsewhere it asks for any Chromium.
    assert.match(lines[0], /apt-get install -y chromium`|Install Chromium/);
  });

  it('names each engine’s packages', () => {
    assert.match(findBrowser(['firefox']).stderr, /apt-get install -y firefox-esr`|Install Firefox/);
    assert.match(findBrowser(['webkit']).stderr, /apt-get install -y webkit2gtk-driver xvfb`|Install WebKit/);
  });

  it('finds a chromium on the PATH, or the one in CHROME_PATH, silently', () => {
    const fake = join(emptyBin, 'chromium');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    try {
      assert.deepEqual(pick(findBrowser([])), { status: 0, stdout: '', stderr: '' });
    } finally {
      rmSync(fake);
    }
    assert.equal(findBrowser([]).status, 1);
    assert.deepEqual(pick(findBrowser([], { CHROME_PATH: process.execPath })), { status: 0, stdout: '', stderr: '' });
  });

  it('says so when CHROME_PATH names a file that is not there, or an engine is unknown', () => {
    const missing = findBrowser([], { CHROME_PATH: join(emptyBin, 'gone') });
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr.trim(), `Chromium is set to ${join(emptyBin, 'gone')}, which does not exist.`);
    const unknown = findBrowser(['safari']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /^Unknown engine "safari"/);
  });
});

function pick({ status, stdout, stderr }) {
  return { status, stdout, stderr };
}
