#!/usr/bin/env node
// `npm run pack:check`: does the package a user would install work? Builds, packs with `npm pack`,
// installs the tarball with its peers into a clean temporary project, and there:
//   - checks the tarball holds what package.json promises (exports, types, manifest) and no sources;
//   - imports every entry in Node (Lit's Node build brings a DOM shim) and resolves the rest;
//   - type-checks a small consumer (.ts and React .tsx) against the installed types, with
//     `bundler` and `nodenext` module resolution; its `@ts-expect-error` lines prove the types bite.
// The install needs the npm registry or a warm npm cache (`--prefer-offline`).
//
//   node scripts/pack-check.mjs [--keep]   --keep leaves the temporary project for a look
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const keep = process.argv.includes('--keep');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};
const step = (message) => console.log(`pack:check: ${message}`);

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    console.error(`pack:check: \`${command} ${args.join(' ')}\` failed in ${cwd}:\n${error.stdout}${error.stderr}`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'msl-pack-'));
try {
  step('building');
  run(npm, ['run', 'build', '--silent'], ROOT);

  // Built just now, so the pack skips `prepack` (which would build again).
  step('packing');
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
  const tarball = join(work, packed.filename);
  const files = new Set(packed.files.map((file) => file.path));

  // Every file package.json points at is in the tarball.
  const promised = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements, 'README.md', 'package.json']);
  for (const target of Object.values(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) promised.add(file);
  }
  for (const file of pkg.sideEffects) promised.add(file);
  for (const file of promised) check(files.has(file.replace(/^\.\//, '')), `the tarball lacks ${file}`);
  for (const file of files) {
    check(!/^(src|test|demo|bench|scripts|node_modules)\//.test(file), `the tarball carries ${file}`);
    check(!/(?<!\.d)\.ts$/.test(file), `the tarball carries TypeScript source ${file}`);
  }
  step(`${packed.filename}: ${files.size} files, ${(packed.size / 1000).toFixed(0)} kB packed`);

  // A clean project, as a user's: the tarball and its peers, nothing from this repository.
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const peers = Object.keys(pkg.peerDependencies).map((name) => `${name}@${pkg.peerDependencies[name]}`);
  step(`installing the tarball with ${peers.join(', ')}`);
  run(npm, ['install', tarball, ...peers, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);

  // Node: every entry resolves to a file that is there; the JS entries import and define the elements.
  writeFileSync(
    join(app, 'import-check.mjs'),
    `import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const problems = [];
for (const entry of ${JSON.stringify(Object.keys(pkg.exports))}) {
  const specifier = 'message-status-list' + entry.slice(1);
  const file = fileURLToPath(import.meta.resolve(specifier));
  if (!existsSync(file)) problems.push(specifier + ' resolves to ' + file + ', which is missing');
}
const main = await import('message-status-list');
if (typeof main.MessageStatusList !== 'function') problems.push('message-status-list exports no MessageStatusList');
if (customElements.get('message-status-list')) problems.push('importing message-status-list registered an element');
await import('message-status-list/define');
for (const tag of ['message-status-list', 'message-status-chip', 'message-status-provider']) {
  if (!customElements.get(tag)) problems.push('message-status-list/define did not define <' + tag + '>');
}
const react = await import('message-status-list/react');
for (const name of ['MessageStatusList', 'MessageStatusChip', 'MessageStatusProvider']) {
  if (!react[name]) problems.push('message-status-list/react exports no ' + name);
}
// The bundle's companions ship beside it: the views (fetched beside the first request) and the virtualizer
// (imported past 200 messages).
const bundle = fileURLToPath(import.meta.resolve('message-status-list/bundle'));
const companions = [...readFileSync(bundle, 'utf8').matchAll(/\\bimport\\(\\s*["'\`]([^"'\`]+)["'\`]\\s*\\)/g)].map((m) => m[1]);
for (const kind of ['list-views', 'virtualize-flow']) {
  if (!companions.some((name) => name.includes('.bundle.' + kind + '-'))) problems.push('the bundle imports no ' + kind + ' companion: is it inlined again?');
}
for (const companion of companions) {
  if (!existsSync(new URL(companion, 'file://' + bundle))) problems.push('the bundle imports ' + companion + ', not shipped');
}
const manifest = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('message-status-list/custom-elements.json')), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName).sort();
if (tags.join() !== 'message-status-chip,message-status-list,message-status-provider') problems.push('the manifest documents ' + tags.join(', '));
console.log(JSON.stringify(problems));
`,
  );
  step('importing every entry in Node');
  const problems = JSON.parse(run(process.execPath, ['import-check.mjs'], app).trim().split('\n').at(-1));
  failures.push(...problems);

  // The manifest's module paths point at shipped files.
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules/message-status-list/custom-elements.json'), 'utf8'));
  for (const mod of manifest.modules) {
    check(
      existsSync(join(app, 'node_modules/message-status-list', mod.path)),
      `the manifest names ${mod.path}, not shipped`,
    );
  }

  // TypeScript: what a user writes, against the installed types.
  for (const file of ['consumer.ts', 'consumer.tsx'])
    copyFileSync(join(ROOT, 'scripts/pack-consumer', file), join(app, file));
  for (const moduleResolution of ['bundler', 'nodenext']) {
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: moduleResolution === 'nodenext' ? 'nodenext' : 'esnext',
        moduleResolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        // The installed .d.ts files are checked too, but not those of Lit and React.
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts', 'consumer.tsx'],
    };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    step(`type-checking a consumer (moduleResolution: ${moduleResolution})`);
    try {
      execFileSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    } catch (error) {
      failures.push(`tsc (${moduleResolution}) found errors:\n${error.stdout}${error.stderr}`);
    }
  }
} finally {
  if (keep) step(`left ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`pack:check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
step('the package installs, imports and type-checks in a clean project.');
