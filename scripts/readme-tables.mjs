#!/usr/bin/env node
// Writes README.md's generated sections from the source:
//   between `<!-- api:start -->` and `<!-- api:end -->`: the API tables, from the custom elements
//     manifest, which the analyzer builds from the JSDoc in src/;
//   between `<!-- schema:start -->` and `<!-- schema:end -->`: docs/messages.schema.json.
//
//   node scripts/readme-tables.mjs           rewrite them         (npm run docs)
//   node scripts/readme-tables.mjs --check   fail if they are stale (npm run docs:check)
//
// The analyzer runs in memory with its config file (custom-elements-manifest.config.mjs), as
// `npm run analyze` does, so the check never reads a custom-elements.json left over from an older source tree.

import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import * as prettier from 'prettier';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = fileURLToPath(new URL('../README.md', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../docs/messages.schema.json', import.meta.url));

const SECTIONS = [
  { name: 'api', what: 'the API tables (from the JSDoc in src/)', render: renderApiSection },
  { name: 'schema', what: 'the JSON Schema (from docs/messages.schema.json)', render: renderSchemaSection },
];

async function main(argv) {
  const check = argv.includes('--check');
  const unknown = argv.filter((arg) => arg !== '--check');
  if (unknown.length > 0) fail(`Unknown argument ${unknown.join(' ')}. Usage: readme-tables.mjs [--check]`);

  const current = await readFile(README, 'utf8').catch((error) => fail(`Cannot read README.md: ${error.message}`));
  let draft = current;
  for (const section of SECTIONS) {
    const { before, after } = splitAtMarkers(draft, section.name);
    draft = `${before}${startMarker(section.name)}\n\n${await section.render()}\n${endMarker(section.name)}${after}`;
  }
  // Formatted as `prettier --check` wants it, as part of the whole document, but only the
  // generated sections are taken over: the hand-written rest stays exactly as it is.
  const options = { ...(await prettier.resolveConfig(README)), filepath: README };
  const formatted = await prettier.format(draft, options);

  let next = current;
  const stale = [];
  for (const section of SECTIONS) {
    const old = splitAtMarkers(next, section.name);
    const block = splitAtMarkers(formatted, section.name).block;
    if (block === old.block) continue;
    stale.push({ section, diff: summariseDiff(old.block, block) });
    next = `${old.before}${startMarker(section.name)}${block}${endMarker(section.name)}${old.after}`;
  }

  if (stale.length === 0) {
    if (!check) console.log('README.md: generated sections already up to date.');
    return;
  }
  if (check) {
    for (const { section, diff } of stale) {
      console.error(`README.md is out of date: ${section.what}.\n${diff}`);
    }
    console.error('Run `npm run docs` and commit README.md.');
    process.exit(1);
  }
  await writeFile(README, next);
  console.log(`README.md: updated ${stale.map(({ section }) => section.what).join(' and ')}.`);
}

const startMarker = (name) => `<!-- ${name}:start -->`;
const endMarker = (name) => `<!-- ${name}:end -->`;

function splitAtMarkers(text, name) {
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
    fail(
      `README.md needs exactly one "${start}" followed by one "${end}"; the generated ${name} section goes between.`,
    );
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

// ---------------------------------------------------------------------------
// Rendering. Everything is in source order, elements by tag name, so the output is stable.

function renderApi(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.customElement) elements.push({ mod, declaration });
    }
  }
  elements.sort((a, b) => key(a).localeCompare(key(b), 'en'));
  const parts = [
    '<!-- Generated by `npm run docs` from the JSDoc in src/. Edit the source, not this section. -->',
    ...elements.map(({ mod, declaration }) => renderElement(mod, declaration)),
  ];
  return `${parts.join('\n\n')}\n`;
}

function key({ declaration }) {
  return declaration.tagName ?? declaration.name;
}

function renderElement(mod, element) {
  const title = element.tagName ? `<${element.tagName}>` : element.name;
  const out = [`### ${code(title)}`];
  const intro = element.summary || firstParagraph(element.description);
  if (intro) out.push(oneLine(intro));
  out.push(`Class ${code(element.name)} in ${code(mod.path)}.`);

  const members = (element.members ?? []).filter(isPublic);
  const fieldsByName = new Map(members.filter((m) => m.kind === 'field').map((m) => [m.name, m]));

  const attributes = (element.attributes ?? []).map((attribute) => {
    const field = fieldsByName.get(attribute.fieldName);
    return [
      code(attribute.name) + (field?.reflects ? ' (reflected)' : ''),
      attribute.fieldName ? code(attribute.fieldName) : '—',
      typeOf(attribute) ?? typeOf(field) ?? '—',
      defaultOf(attribute) ?? defaultOf(field) ?? '—',
      text(attribute.description ?? field?.description),
    ];
  });
  section(out, 'Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes);

  const properties = members
    .filter((m) => m.kind === 'field' && !m.attribute)
    .map((m) => [
      code(m.name) + (m.readonly ? ' (read-only)' : ''),
      typeOf(m) ?? '—',
      defaultOf(m) ?? '—',
      text(m.description),
    ]);
  section(out, 'Properties', ['Property', 'Type', 'Default', 'Description'], properties);

  const methods = members.filter((m) => m.kind === 'method').map((m) => [code(signature(m)), text(m.description)]);
  section(out, 'Methods', ['Method', 'Description'], methods);

  const events = (element.events ?? [])
    .filter((event) => event.name)
    .map((event) => [code(event.name), text(event.description)]);
  section(out, 'Events', ['Event', 'Description'], events);

  const slots = (element.slots ?? []).map((slot) => [
    slot.name ? code(slot.name) : '(default)',
    text(slot.description),
  ]);
  section(out, 'Slots', ['Slot', 'Description'], slots);

  const cssParts = (element.cssParts ?? []).map((part) => [code(part.name), text(part.description)]);
  section(out, 'CSS parts', ['Part', 'Description'], cssParts);

  const cssProperties = element.cssProperties ?? [];
  const withDefaults = cssProperties.some((property) => property.default);
  section(
    out,
    'CSS custom properties',
    withDefaults ? ['Property', 'Default', 'Description'] : ['Property', 'Description'],
    cssProperties.map((property) => [
      code(property.name),
      ...(withDefaults ? [property.default ? code(property.default) : '—'] : []),
      text(property.description),
    ]),
  );
  return out.join('\n\n');
}

/** Public API only: no private, protected, static or `_`/`#`-prefixed members. */
function isPublic(member) {
  if (member.static) return false;
  if (member.privacy && member.privacy !== 'public') return false;
  return !/^[_#]/.test(member.name);
}

function section(out, title, header, rows) {
  if (rows.length === 0) return;
  out.push(`#### ${title}`);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  out.push([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'));
}

function signature(method) {
  const params = (method.parameters ?? []).map((p) => {
    const name = `${p.rest ? '...' : ''}${p.name}${p.optional || p.default !== undefined ? '?' : ''}`;
    return p.type?.text ? `${name}: ${p.type.text}` : name;
  });
  const returns = method.return?.type?.text ?? 'void';
  return `${method.name}(${params.join(', ')}): ${returns}`;
}

function typeOf(item) {
  return item?.type?.text ? code(item.type.text) : undefined;
}

function defaultOf(item) {
  return item?.default !== undefined ? code(item.default) : undefined;
}

function firstParagraph(description) {
  return description?.split(/\n\s*\n/)[0];
}

/** Whitespace collapsed onto one line: a table cell cannot span lines. */
function oneLine(value) {
  return String(value).replace(/\s+/g, ' ').trim();
}

/** Prose for a table cell; pipes escaped (GitHub reads `\|` as a pipe even inside code spans). */
function text(value) {
  return value ? oneLine(value).replace(/\|/g, '\\|') : '—';
}

function code(value) {
  const content = oneLine(value).replace(/\|/g, '\\|');
  const fence = content.includes('`') ? '``' : '`';
  return `${fence}${content.startsWith('`') ? ' ' : ''}${content}${content.endsWith('`') ? ' ' : ''}${fence}`;
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
