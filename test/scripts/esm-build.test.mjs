// The ESM build, made in memory with rollup.config.mjs's own settings (scripts/esm-build.mjs), read as a bundler
// reads dist/: the React entry must open with 'use client', which rollup drops unless told otherwise, so that a
// Next.js Server Component may import `message-status-list/react`. Nothing is written to dist/.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { ESM_OUTPUT, esmInputOptions } from '../../scripts/esm-build.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the ESM build', () => {
  const logs = [];
  let files;

  before(async () => {
    // The typescript plugin reads ./tsconfig.json from the working directory, as `npm run build` runs it.
    process.chdir(ROOT);
    const options = esmInputOptions();
    const bundle = await rollup({
      ...options,
      onLog: (level, log) => logs.push(`${level}: ${log.code} ${log.message}`),
    });
    const { output } = await bundle.generate(ESM_OUTPUT);
    await bundle.close();
    files = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk.code]));
  });

  it('opens dist/react.js with the directive, before its imports', () => {
    assert.ok(files.has('react.js'), `no react.js among ${[...files.keys()].join(', ')}`);
    assert.match(files.get('react.js'), /^'use client';\n/);
  });

  it('puts the directive on no other file: the elements and the server half are not Client Components', () => {
    const others = [...files].filter(([name, code]) => name !== 'react.js' && code.includes('use client'));
    assert.deepEqual(
      others.map(([name]) => name),
      [],
    );
  });

  it('builds without a warning about the directive', () => {
    assert.deepEqual(
      logs.filter((log) => /MODULE_LEVEL_DIRECTIVE|directive/i.test(log)),
      [],
    );
  });
});
