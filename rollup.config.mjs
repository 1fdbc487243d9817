import { rmSync } from 'node:fs';
import { BUNDLE_DIR, BUNDLE_OUTPUT, bundleInputOptions } from './scripts/bundle.mjs';
import { ESM_OUTPUT, esmInputOptions } from './scripts/esm-build.mjs';

// A file left over from a renamed module would otherwise ship in `dist/`.
rmSync('dist', { recursive: true, force: true });

export default [
  { ...esmInputOptions(), output: ESM_OUTPUT },
  {
    ...bundleInputOptions(),
    output: { ...BUNDLE_OUTPUT, dir: BUNDLE_DIR, sourcemap: false },
  },
];
