// Part of `npm run bench -- --against <ref>`: builds the script-tag bundle of another commit, with that commit's own
// build settings (its scripts/bundle.mjs), so the throttled first rows can compare it with the current source in the
// same run. A detached git worktree in a temporary folder borrows this checkout's node_modules; it is removed again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Run inside the worktree: rollup resolves the commit's sources and settings from there. Generated, then written by
// hand: the TypeScript plugin wants rollup's \`dir\` to hold its \`outDir\` (dist), which the bench's folder does not.
const BUILD = `
import { mkdirSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { BUNDLE_OUTPUT, bundleInputOptions } from './scripts/bundle.mjs';
const bundle = await rollup({ ...bundleInputOptions(), onwarn: () => {} });
const { output } = await bundle.generate({ ...BUNDLE_OUTPUT, sourcemap: false });
mkdirSync(process.argv[2], { recursive: true });
for (const file of output) writeFileSync(process.argv[2] + '/' + file.fileName, file.code ?? file.source);
await bundle.close();
`;

/** Writes `ref`'s bundle (entry and companions) into `outDir` and returns the commit's short id. The commit must have
 * scripts/bundle.mjs with `bundleInputOptions` and `BUNDLE_OUTPUT` (every commit since the bench measured first rows). */
export function buildBundleAt(root, ref, outDir) {
  const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--short', `${ref}^{commit}`);
  const tree = mkdtempSync(join(tmpdir(), 'msl-bundle-at-'));
  try {
    git('worktree', 'add', '--detach', '--quiet', tree, commit);
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    rmSync(outDir, { recursive: true, force: true });
    // A file, not \`node -e\`: terser's workers inherit the parent's flags, and \`--input-type\` fails them.
    writeFileSync(join(tree, 'build-bundle-at-ref.mjs'), BUILD);
    execFileSync(process.execPath, ['build-bundle-at-ref.mjs', outDir], { cwd: tree, stdio: 'inherit' });
    return commit;
  } finally {
    git('worktree', 'remove', '--force', tree);
    rmSync(tree, { recursive: true, force: true });
  }
}

/**
 * Koa middleware serving the files `buildBundleAt` wrote, at `urlPath`, as they are: the dev server's esbuild
 * transform would otherwise re-print every script it serves (un-minifying it), which only the current bundle escapes.
 */
export function serveBuiltFiles(urlPath, outDir) {
  return async (ctx, next) => {
    const file = ctx.path.startsWith(urlPath) && join(outDir, ctx.path.slice(urlPath.length));
    if (!file || !/^[\w.-]+\.js$/.test(ctx.path.slice(urlPath.length)) || !existsSync(file)) return next();
    ctx.type = 'js';
    ctx.body = readFileSync(file);
  };
}
