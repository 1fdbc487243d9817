#!/usr/bin/env node
// `npm run size:install`: what the package takes on a user's disk, the two figures docs/embedding.md states. Builds,
// packs with `npm pack`, installs the tarball with its required peers into a clean temporary project, and adds up
// the bytes of the files there: the package's own folder, and node_modules as a whole (the package, its
// dependencies and its required peers). 1 MB is 1,000,000 bytes; the docs round to a tenth.
// `npm run pack:check` measures its own install the same way and fails when the docs state other figures.
//
//   node scripts/install-size.mjs            print the figures and whether the docs state them
//   node scripts/install-size.mjs --write    put the measured figures into docs/embedding.md
// The install needs the npm registry or a warm npm cache (`--prefer-offline`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOC = 'docs/embedding.md';
// The words of docs/embedding.md that state the figures, wherever its lines break; `--write` replaces the numbers.
const STATED =
  /(the\s+package\s+takes\s+)(\d+(?:\.\d)?)(\s+MB,\s+)(\d+(?:\.\d)?)(\s+MB\s+with\s+its\s+dependencies\s+and\s+required\s+peers)/;

/** Bytes of the files under a folder, as they sit on disk after an install. */
export function sizeOf(folder) {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** The package's peers an install must bring: the ones package.json does not mark optional. */
export function requiredPeers(pkg) {
  const optional = (name) => pkg.peerDependenciesMeta?.[name]?.optional === true;
  return Object.entries(pkg.peerDependencies ?? {})
    .filter(([name]) => !optional(name))
    .map(([name, range]) => `${name}@${range}`);
}

/** What an installed project holds: the package alone, and all of node_modules. */
export function measureInstall(app) {
  return {
    own: sizeOf(join(app, 'node_modules/message-status-list')),
    all: sizeOf(join(app, 'node_modules')),
  };
}

const inMB = (bytes) => (bytes / 1_000_000).toFixed(1);

/** The figures as the docs write them, e.g. `{ own: '1.2', all: '5.0' }`. */
export const asStated = ({ own, all }) => ({ own: inMB(own), all: inMB(all) });

/** What is wrong with the figures docs/embedding.md states, measured against an install: nothing, or one sentence. */
export function statedSizeProblems(measured, doc = readFileSync(join(ROOT, DOC), 'utf8')) {
  const stated = STATED.exec(doc);
  if (!stated) return [`${DOC} no longer states the install size as "the package takes … MB, … MB with its …"`];
  const { own, all } = asStated(measured);
  if (stated[2] === own && stated[4] === all) return [];
  return [
    `${DOC} says the package takes ${stated[2]} MB, ${stated[4]} MB with its dependencies; measured ${own} MB, ` +
      `${all} MB (\`npm run size:install -- --write\` puts these in)`,
  ];
}

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    console.error(`install-size: \`${command} ${args.join(' ')}\` failed in ${cwd}:\n${error.stdout}${error.stderr}`);
    process.exit(1);
  }
}

function main(argv) {
  const write = argv.includes('--write');
  const unknown = argv.filter((arg) => arg !== '--write');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: install-size.mjs [--write]`);
    process.exit(1);
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'msl-install-size-'));
  try {
    run(npm, ['run', 'build', '--silent'], ROOT);
    // Built just now, so the pack skips `prepack` (which would build again).
    const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const peers = requiredPeers(pkg);
    const flags = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'];
    run(npm, ['install', join(work, packed.filename), ...peers, ...flags], app);

    const measured = measureInstall(app);
    const { own, all } = asStated(measured);
    console.log(`Installed: the package ${own} MB (${measured.own} bytes); with its dependencies and required peers`);
    console.log(`(${peers.join(', ')}) ${all} MB (${measured.all} bytes).`);
    const doc = readFileSync(join(ROOT, DOC), 'utf8');
    const problems = statedSizeProblems(measured, doc);
    if (problems.length === 0) {
      console.log(`${DOC} states these figures.`);
    } else if (write && STATED.test(doc)) {
      writeFileSync(join(ROOT, DOC), doc.replace(STATED, `$1${own}$3${all}$5`));
      console.log(`${DOC}: now states ${own} MB and ${all} MB.`);
    } else {
      console.error(problems.join('\n'));
      process.exitCode = 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
