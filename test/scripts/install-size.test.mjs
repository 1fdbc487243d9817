// The pure parts of scripts/install-size.mjs: adding up an install, the peers it brings, and reading the figures
// docs/embedding.md states. The install itself is measured by `npm run size:install` and `npm run pack:check`.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { asStated, requiredPeers, sizeOf, statedSizeProblems } from '../../scripts/install-size.mjs';

const folder = mkdtempSync(join(tmpdir(), 'install-size-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const doc = (own, all) =>
  `Installed, the package takes ${own} MB,\n${all} MB with its dependencies and required peers: the bytes of the files.`;

describe('install-size', () => {
  it('adds up the bytes of every file, in nested folders too', () => {
    mkdirSync(join(folder, 'node_modules/a/dist'), { recursive: true });
    writeFileSync(join(folder, 'node_modules/a/package.json'), 'x'.repeat(100));
    writeFileSync(join(folder, 'node_modules/a/dist/index.js'), 'y'.repeat(2500));
    assert.equal(sizeOf(folder), 2600);
  });

  it('installs the peers package.json does not mark optional, with their ranges', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.deepEqual(requiredPeers(pkg).sort(), [
      `@lit/context@${pkg.peerDependencies['@lit/context']}`,
      `lit@${pkg.peerDependencies.lit}`,
    ]);
  });

  it('states megabytes of 1,000,000 bytes, to a tenth', () => {
    assert.deepEqual(asStated({ own: 1_182_969, all: 5_049_999 }), { own: '1.2', all: '5.0' });
  });

  it('finds nothing wrong when the docs state the measured figures, across a line break', () => {
    assert.deepEqual(statedSizeProblems({ own: 1_182_969, all: 5_010_798 }, doc('1.2', '5.0')), []);
  });

  it('names both figures when the docs state others', () => {
    const [problem, ...more] = statedSizeProblems({ own: 1_673_998, all: 5_500_000 }, doc('0.8', '4.6'));
    assert.deepEqual(more, []);
    assert.match(problem, /says the package takes 0\.8 MB, 4\.6 MB .*measured 1\.7 MB, 5\.5 MB/);
  });

  it('says so when the sentence it reads is gone', () => {
    assert.match(statedSizeProblems({ own: 1, all: 2 }, 'The package is small.')[0], /no longer states/);
  });

  it('reads the sentence in docs/embedding.md as it stands', () => {
    const problems = statedSizeProblems({ own: 0, all: 0 });
    assert.equal(problems.length, 1);
    assert.doesNotMatch(problems[0], /no longer states/);
  });
});
