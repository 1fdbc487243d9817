#!/usr/bin/env node
// Keeps the documentation true to the source:
//   docs/api.md, between `<!-- api:start -->` and `<!-- api:end -->`: the API tables, from the custom
//     elements manifest, which the analyzer builds from the JSDoc in src/;
//   docs/data.md, between `<!-- schema:start -->` and `<!-- schema:end -->`: docs/messages.schema.json.
// Then, either way, it checks what a reader would trip over: README.md over 20 kB (it is the front
// door; the rest belongs in docs/), a page in docs/ the README does not link to, and a relative link
// in README.md or docs/*.md to a file or heading that does not exist.
//
//   node scripts/docs.mjs           rewrite the generated sections, then check   (npm run docs)
//   node scripts/docs.mjs --check   fail if they are stale, or a check fails       (npm run docs:check)
//
// The analyzer runs in memory with its config file (custom-elements-manifest.config.mjs), as
// `npm run analyze` does, so the check never reads a custom-elements.json left over from an older source tree.

import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import * as prettier from 'prettier';
import { renderApi } from './api-tables.mjs';
import { brokenLinks, links } from './doc-links.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCS = join(ROOT, 'docs');
const README = join(ROOT, 'README.md');
const SCHEMA = join(DOCS, 'messages.schema.json');
// The README is a front door: what it is, a picture, the quick start, one example per embedding, links.
const README_LIMIT_BYTES = 20_000;

/** Each page with generated sections, and what goes between each pair of markers. */
const PAGES = [
  {
    file: join(DOCS, 'api.md'),
    sections: [{ name: 'api', what: 'the API tables (from the JSDoc in src/)', render: renderApiSection }],
  },
  {
    file: join(DOCS, 'data.md'),
    sections: [
      { name: 'schema', what: 'the JSON Schema (from docs/messages.schema.json)', render: renderSchemaSection },
    ],
  },
];

async function main(argv) {
  const check = argv.includes('--check');
  const unknown = argv.filter((arg) => arg !== '--check');
  if (unknown.length > 0) fail(`Unknown argument ${unknown.join(' ')}. Usage: docs.mjs [--check]`);

  const stalePages = [];
  let updated = 0;
  for (const page of PAGES) {
    const name = relative(ROOT, page.file);
    const { next, stale } = await regenerate(page, name);
    if (stale.length === 0) continue;
    if (check) {
      for (const { section, diff } of stale) console.error(`${name} is out of date: ${section.what}.\n${diff}`);
      stalePages.push(name);
    } else {
      await writeFile(page.file, next);
      updated += 1;
      console.log(`${name}: updated ${stale.map(({ section }) => section.what).join(' and ')}.`);
    }
  }
  if (!check && updated === 0) console.log('Generated sections are up to date.');

  const pages = await markdownPages();
  const problems = [...(await readmeTooLarge()), ...(await pagesNotInReadme(pages)), ...brokenLinks(pages, ROOT)];
  for (const problem of problems) console.error(problem);
  if (stalePages.length > 0) console.error(`Run \`npm run docs\` and commit ${stalePages.join(' and ')}.`);
  if (stalePages.length > 0 || problems.length > 0) process.exit(1);
}

/** The page with its generated sections rendered afresh, and which of them changed. */
async function regenerate(page, name) {
  const current = await readFile(page.file, 'utf8').catch((error) => fail(`Cannot read ${name}: ${error.message}`));
  let draft = current;
  for (const section of page.sections) {
    const { before, after } = splitAtMarkers(draft, section.name, name);
    draft = `${before}${startMarker(section.name)}\n\n${await section.render()}\n${endMarker(section.name)}${after}`;
  }
  // Formatted as `prettier --check` wants it, as part of the whole document, but only the
  // generated sections are taken over: the hand-written rest stays exactly as it is.
  const options = { ...(await prettier.resolveConfig(page.file)), filepath: page.file };
  const formatted = await prettier.format(draft, options);

  let next = current;
  const stale = [];
  for (const section of page.sections) {
    const old = splitAtMarkers(next, section.name, name);
    const block = splitAtMarkers(formatted, section.name, name).block;
    if (block === old.block) continue;
    stale.push({ section, diff: summariseDiff(old.block, block) });
    next = `${old.before}${startMarker(section.name)}${block}${endMarker(section.name)}${old.after}`;
  }
  return { next, stale };
}

async function readmeTooLarge() {
  const { size } = await stat(README);
  if (size <= README_LIMIT_BYTES) return [];
  return [
    `README.md is ${size.toLocaleString('en')} bytes, over its ${README_LIMIT_BYTES.toLocaleString('en')}: ` +
      'move detail to a page in docs/ and link to it.',
  ];
}

/** A page in docs/ that the README does not link to is one nobody finds. */
async function pagesNotInReadme(pages) {
  const readme = await readFile(README, 'utf8');
  const linked = new Set(links(readme).map(({ target }) => resolve(dirname(README), target.split('#')[0])));
  return pages
    .filter((page) => page !== README && !linked.has(page))
    .map((page) => `README.md does not link to ${relative(ROOT, page)}: add it to the table under "Documentation".`);
}

/** README.md and every Markdown page in docs/. */
async function markdownPages() {
  const names = (await readdir(DOCS)).filter((name) => name.endsWith('.md')).sort();
  return [README, ...names.map((name) => join(DOCS, name))];
}

const startMarker = (name) => `<!-- ${name}:start -->`;
const endMarker = (name) => `<!-- ${name}:end -->`;

function splitAtMarkers(text, name, page) {
  const [start, end] = [startMarker(name), endMarker(name)];
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (
    from === -1 ||
    to === -1 ||
    to < from ||
    text.indexOf(start, from + 1) !== -1 ||
    text.indexOf(end, to + 1) !== -1
  ) {
    fail(`${page} needs exactly one "${start}" followed by one "${end}"; the generated ${name} section goes between.`);
  }
  return {
    before: text.slice(0, from),
    block: text.slice(from + start.length, to),
    after: text.slice(to + end.length),
  };
}

async function renderSchemaSection() {
  const schema = await readFile(SCHEMA, 'utf8').catch((error) => fail(`Cannot read ${SCHEMA}: ${error.message}`));
  try {
    JSON.parse(schema);
  } catch (error) {
    fail(`docs/messages.schema.json is not valid JSON: ${error.message}`);
  }
  return `\`\`\`json\n${schema.trimEnd()}\n\`\`\`\n`;
}

async function renderApiSection() {
  // The analyzer reads its config (custom-elements-manifest.config.mjs) and package.json from the working directory.
  process.chdir(ROOT);
  const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
  return renderApi(manifest);
}

/** The changed lines, for the check's message. */
function summariseDiff(before, after) {
  const oldLines = before.split('\n');
  const newLines = after.split('\n');
  const oldSet = new Set(oldLines);
  const newSet = new Set(newLines);
  const changes = [
    ...oldLines.filter((l) => !newSet.has(l)).map((l) => `  - ${l}`),
    ...newLines.filter((l) => !oldSet.has(l)).map((l) => `  + ${l}`),
  ];
  const limit = 20;
  const shown = changes.slice(0, limit);
  if (changes.length > limit) shown.push(`  … and ${changes.length - limit} more changed lines`);
  return shown.join('\n');
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

await main(process.argv.slice(2));
