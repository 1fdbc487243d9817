#!/usr/bin/env node
// `npm run pack:check`: does the package a user would install work? Builds, packs with `npm pack`,
// installs the tarball with its peers into a clean temporary project, and there:
//   - checks the tarball holds what package.json promises (exports, types, manifest, editor data,
//     LICENSE), every file but a picture the README and the docs pages link to (the pages ship, so their
//     links work in node_modules), and no pictures, sources or source maps; lints it with publint and
//     @arethetypeswrong/cli;
//   - installs it with its required peers only, measures the installed size (scripts/install-size.mjs) and
//     fails when docs/embedding.md states other figures, or if React came along (React users add the
//     optional peers `react` and `@lit/react`);
//   - imports every entry in Node (Lit's Node build brings a DOM shim) and resolves the rest;
//   - imports the server half in a Node process of its own: no DOM, no Lit, no package, and it answers;
//     its Redis entry loads the optional `redis` peer;
//   - type-checks small consumers against the installed types: TypeScript and React .tsx (with
//     `bundler` and `nodenext` module resolution), Vue with vue-tsc (strictTemplates), Svelte with
//     svelte-check, Preact .tsx; their expected-error lines prove the types bite. The Vue and Svelte ones write
//     what HTML allows (global attributes, numbers as attribute text) and use a typed template ref;
//   - builds a Next.js (App Router) app whose Server Component imports `message-status-list/react`.
// The installs need the npm registry or a warm npm cache (`--prefer-offline`).
//
//   node scripts/pack-check.mjs [--keep]   --keep leaves the temporary project for a look
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { links } from './doc-links.mjs';
import { asStated, measureInstall, requiredPeers, statedSizeProblems } from './install-size.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const BIN = join(ROOT, 'node_modules/.bin');
// What the framework consumers install beside the package: their compilers and type checkers.
// Next.js 16 runs on Node 20.9 and later; its react-dom is resolved with the optional peer `react`, to the same version.
const FRAMEWORK_TOOLS = [
  'vue@^3.5',
  'vue-tsc@^3',
  'svelte@^5',
  'svelte-check@^4',
  'preact@^11',
  'next@^16',
  'react-dom@^19',
];
const keep = process.argv.includes('--keep');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};
const step = (message) => console.log(`pack:check: ${message}`);
const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;

/** Runs a checker that reports problems through its exit code; its output becomes the failure. */
function lint(name, command, args, cwd) {
  try {
    execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    failures.push(`${name} found problems:\n${error.stdout}${error.stderr}`);
  }
}

const install = (app, packages) =>
  run(npm, ['install', ...packages, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    console.error(`pack:check: \`${command} ${args.join(' ')}\` failed in ${cwd}:\n${error.stdout}${error.stderr}`);
    process.exit(1);
  }
}

/**
 * svelte-check has no `@ts-expect-error` for markup: a `<!-- expect-error: words -->` comment says the next
 * line must be reported with those words. Returns what differs from that: errors nobody expected and
 * expected errors that did not come.
 */
function svelteCheck(folder, file, command) {
  let output;
  try {
    output = execFileSync(command, ['--tsconfig', './tsconfig.json', '--output', 'machine'], {
      cwd: folder,
      encoding: 'utf8',
    });
  } catch (error) {
    output = `${error.stdout}`; // it exits 1 when it reports errors, which the expected ones are
  }
  const reported = [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map(([, where, line, message]) => ({
    where,
    line: Number(line),
    message,
  }));
  const expected = readFileSync(join(folder, file), 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      const words = /<!-- expect-error: (.+?) -->/.exec(text)?.[1];
      return words ? [{ line: index + 2, words }] : [];
    });
  const problems = [];
  for (const { line, words } of expected) {
    if (!reported.some((error) => error.where === file && error.line === line && error.message.includes(words))) {
      problems.push(`svelte-check did not report "${words}" on ${file}:${line}`);
    }
  }
  for (const error of reported) {
    if (!expected.some(({ line }) => error.where === file && error.line === line)) {
      problems.push(`svelte-check: ${error.where}:${error.line}: ${error.message}`);
    }
  }
  if (expected.length === 0 || !/COMPLETED/.test(output)) problems.push(`svelte-check did not run:\n${output}`);
  return problems;
}

/** The files a shipped Markdown page links to, as paths in the package; links with a scheme are not files. */
function linkedFiles(page) {
  const targets = links(readFileSync(join(ROOT, page), 'utf8')).map(({ target }) => target.split('#')[0]);
  return targets
    .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//'))
    .map((target) => posix.normalize(posix.join(dirname(page), decodeURI(target))));
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
  const promised = new Set([
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.customElements,
    pkg['web-types'],
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'package.json',
  ]);
  for (const target of Object.values(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) promised.add(file);
  }
  for (const file of promised) check(files.has(file.replace(/^\.\//, '')), `the tarball lacks ${file}`);
  // sideEffects may name files by a pattern (the bundle's lazy files carry a hash): each must match something.
  for (const pattern of pkg.sideEffects) {
    const matcher = new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
    check(
      [...files].some((file) => matcher.test(file)),
      `the tarball has nothing for sideEffects' ${pattern}`,
    );
  }
  // Pictures stay out: GitHub shows them beside the pages (and npm's site fetches the README's from the
  // repository); in node_modules they were only weight. docs:check makes sure they exist in the repository.
  const picture = (file) => /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(file);
  for (const page of [...files].filter((file) => file === 'README.md' || /^docs\/[^/]+\.md$/.test(file))) {
    for (const target of linkedFiles(page).filter((file) => !picture(file))) {
      check(files.has(target), `${page} links to ${target}, not in the tarball`);
    }
  }
  for (const file of files) {
    check(!/^(src|test|demo|bench|scripts|node_modules)\//.test(file), `the tarball carries ${file}`);
    check(!picture(file), `the tarball carries a picture, ${file}`);
    check(!/(?<!\.d)\.ts$/.test(file), `the tarball carries TypeScript source ${file}`);
    check(!file.endsWith('.map'), `the tarball carries a source map, ${file}, without the sources it maps to`);
  }
  step(`${packed.filename}: ${files.size} files, ${kB(packed.size)} packed`);

  // A clean project, as a user's: the tarball and its peers, nothing from this repository.
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // The ecosystem's own checks of exports, types and package.json. ESM only: CommonJS and node10 resolution
  // (no `exports`) are out of scope, as the package says by `"type": "module"` and an exports map.
  step('linting the tarball with publint and @arethetypeswrong/cli');
  lint('publint', join(BIN, 'publint'), ['run', tarball, '--strict'], ROOT);
  lint('@arethetypeswrong/cli', join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], ROOT);

  const optional = new Set(
    Object.keys(pkg.peerDependenciesMeta ?? {}).filter((n) => pkg.peerDependenciesMeta[n].optional),
  );
  const peerSpec = (name) => `${name}@${pkg.peerDependencies[name]}`;
  const required = requiredPeers(pkg);
  step(`installing the tarball with its required peers, ${required.join(', ')}`);
  install(app, [tarball, ...required]);

  // A user without React installs no React package, not even types.
  const tree = run(npm, ['ls', '--all', '--omit=dev', '--parseable'], app);
  const reactPackages = [
    ...new Set(
      tree
        .split('\n')
        .map((line) => line.match(/node_modules\/((?:@types\/)?react[^/]*|@lit\/react|csstype)$/)?.[1])
        .filter(Boolean),
    ),
  ];
  check(reactPackages.length === 0, `an install without React brings ${reactPackages.join(', ')}`);
  const installed = measureInstall(app);
  const { own, all } = asStated(installed);
  step(`installed: ${own} MB the package, ${all} MB with its dependencies and required peers`);
  failures.push(...statedSizeProblems(installed));

  step(`installing the optional peers (${[...optional].join(', ')}) and the framework consumers' tools`);
  install(app, [...optional].map(peerSpec).concat(FRAMEWORK_TOOLS));

  // Type-only entries (the framework types) have nothing for Node to resolve; tsc and the checkers below read them.
  const runtimeEntries = Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'string' || target.default)
    .map(([entry]) => entry);
  // Node: every entry resolves to a file that is there; the JS entries import and define the elements.
  writeFileSync(
    join(app, 'import-check.mjs'),
    `import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const problems = [];
for (const entry of ${JSON.stringify(runtimeEntries)}) {
  const specifier = 'message-status-list' + entry.slice(1);
  const file = fileURLToPath(import.meta.resolve(specifier));
  if (!existsSync(file)) problems.push(specifier + ' resolves to ' + file + ', which is missing');
}
const main = await import('message-status-list');
if (typeof main.MessageStatusList !== 'function') problems.push('message-status-list exports no MessageStatusList');
if (customElements.get('message-status-list')) problems.push('importing message-status-list registered an element');
await import('message-status-list/define');
// The list at once; the chip and the provider when the rest of the widget, fetched at once, has arrived.
const defined = (tag) =>
  Promise.race([customElements.whenDefined(tag), new Promise((resolve) => setTimeout(resolve, 5000, false))]);
for (const tag of ['message-status-list', 'message-status-chip', 'message-status-provider']) {
  if (!(await defined(tag))) problems.push('message-status-list/define did not define <' + tag + '>');
}
const react = await import('message-status-list/react');
for (const name of ['MessageStatusList', 'MessageStatusChip', 'MessageStatusProvider']) {
  if (!react[name]) problems.push('message-status-list/react exports no ' + name);
}
// A Client Component entry, so a Next.js Server Component may import it: the directive must open the file.
if (!readFileSync(fileURLToPath(import.meta.resolve('message-status-list/react')), 'utf8').startsWith("'use client';")) {
  problems.push("message-status-list/react does not open with 'use client'");
}
// The bundle's companion (the virtualizer, imported past 200 messages) ships beside it.
const bundle = fileURLToPath(import.meta.resolve('message-status-list/bundle'));
const companions = [...readFileSync(bundle, 'utf8').matchAll(/\\bimport\\(\\s*["'\`]([^"'\`]+)["'\`]\\s*\\)/g)].map((m) => m[1]);
if (companions.length === 0) problems.push('the bundle imports no companion: is the virtualizer inlined again?');
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

  // The server half, in a process of its own: it must load without Lit (whose Node build would bring a
  // DOM shim) and without any package, and answer a request.
  writeFileSync(
    join(app, 'server-check.mjs'),
    `import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const problems = [];
const server = await import('message-status-list/server');
for (const name of ['createVoyadoHandler', 'toNodeHandler']) {
  if (typeof server[name] !== 'function') problems.push('message-status-list/server exports no function ' + name);
}
if ('customElements' in globalThis || 'HTMLElement' in globalThis) problems.push('message-status-list/server loaded a DOM (Lit?)');
// Its files import only each other: no package, so nothing but the tarball is needed.
const seen = new Set();
const walk = (url) => {
  if (seen.has(url)) return;
  seen.add(url);
  const code = readFileSync(fileURLToPath(url), 'utf8');
  for (const [, specifier] of code.matchAll(/\\b(?:from|import)\\s*["']([^"']+)["']/g)) {
    if (specifier.startsWith('.')) walk(new URL(specifier, url).href);
    else problems.push(fileURLToPath(url) + ' imports ' + specifier);
  }
};
walk(import.meta.resolve('message-status-list/server'));
// A request answered, with Voyado stood in for by the fetch option.
const voyado = async (url) => new Response(JSON.stringify({ count: 1, items: [{ messageId: 'm1', type: url.includes('sms') ? 'SmsMessage' : 'EmailMessage', status: 'Delivered', sendDateTime: '2026-01-01T10:00:00' }] }), { headers: { 'Content-Type': 'application/json' } });
const handler = server.createVoyadoHandler({ baseUrl: 'https://example.voyado.com', apiKey: 'k', authorize: () => true, fetch: voyado });
const response = await handler(new Request('http://localhost/api/contacts/42/messages'));
const body = await response.json();
if (response.status !== 200 || body.messages?.length !== 2) problems.push('the server handler answered ' + response.status + ' ' + JSON.stringify(body));
// The Redis entry loads the optional peer it needs (installed above): with nothing listening, a call
// fails at once saying Redis is not connected, not that the package is missing.
const { redisStore } = await import('message-status-list/server/redis');
const store = redisStore({ url: 'redis://127.0.0.1:1' });
const failed = await store.get('k').then(() => 'an answer', (error) => error.message);
if (!/not connected/.test(failed)) problems.push('message-status-list/server/redis with nothing listening: ' + failed);
await store.close();
console.log(JSON.stringify(problems));
`,
  );
  step('importing message-status-list/server in plain Node');
  failures.push(...JSON.parse(run(process.execPath, ['server-check.mjs'], app).trim().split('\n').at(-1)));

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

  // The frameworks' template checkers, each in a folder of its own with the generated types it needs.
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    skipLibCheck: false,
  };
  const consumer = (name, file, tsconfig) => {
    const folder = join(app, name);
    mkdirSync(folder);
    copyFileSync(join(ROOT, 'scripts/pack-consumer', file), join(folder, file));
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: [file] }, null, 2));
    return folder;
  };
  const bin = (name) => join(app, 'node_modules/.bin', name);

  step('type-checking a Vue consumer with vue-tsc (strictTemplates)');
  const vue = consumer('vue', 'consumer.vue', {
    compilerOptions: { ...compilerOptions, types: ['message-status-list/vue'] },
    vueCompilerOptions: { strictTemplates: true },
  });
  lint('vue-tsc', bin('vue-tsc'), ['-p', 'tsconfig.json'], vue);

  step('type-checking a Svelte consumer with svelte-check');
  const svelte = consumer('svelte', 'consumer.svelte', {
    compilerOptions: { ...compilerOptions, types: ['message-status-list/svelte'], verbatimModuleSyntax: true },
  });
  failures.push(...svelteCheck(svelte, 'consumer.svelte', bin('svelte-check')));

  step('type-checking a Preact consumer');
  const preact = consumer('preact', 'consumer-preact.tsx', {
    compilerOptions: { ...compilerOptions, types: [], jsx: 'react-jsx', jsxImportSource: 'preact' },
  });
  lint('tsc (Preact)', process.execPath, [TSC, '-p', 'tsconfig.json'], preact);

  step('building a Next.js app whose Server Component imports message-status-list/react');
  const next = join(app, 'next');
  mkdirSync(join(next, 'app'), { recursive: true });
  copyFileSync(join(ROOT, 'scripts/pack-consumer/next-layout.jsx'), join(next, 'app/layout.jsx'));
  copyFileSync(join(ROOT, 'scripts/pack-consumer/next-page.jsx'), join(next, 'app/page.jsx'));
  try {
    execFileSync(bin('next'), ['build'], {
      cwd: next,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    // Prerendered: the wrappers rendered on the server to bare elements, for the browser to upgrade.
    const page = readFileSync(join(next, '.next/server/app/index.html'), 'utf8');
    for (const tag of ['message-status-provider', 'message-status-list', 'message-status-chip']) {
      check(page.includes(`<${tag}`), `the Next.js page prerendered no <${tag}>`);
    }
  } catch (error) {
    failures.push(`next build failed:\n${error.stdout}${error.stderr}`);
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
