// Editor data and framework template types, generated from the custom elements manifest by the
// established generators (part of `npm run build`, through scripts/manifest.mjs):
//   vscode.html-custom-data.json   VS Code's HTML completions and hovers
//   web-types.json                 JetBrains IDEs (named in package.json's "web-types")
//   dist/frameworks/vue.d.ts       Vue's GlobalComponents: typed props and events in templates
//   dist/frameworks/svelte.d.ts    svelteHTML.IntrinsicElements for svelte-check
//   dist/frameworks/jsx.d.ts       IntrinsicElements props for Preact, Solid and other JSX
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FRAMEWORKS = 'dist/frameworks';
// The generated .d.ts files sit in dist/frameworks/ and take the element and detail types from the package's main entry.
const MAIN_TYPES = '../index.js';

/**
 * The manifest as the generators read it. The manifest's event `type` is the event object
 * (`CustomEvent<MessagesLoadDetail>`, as the schema says), while these generators want the detail type
 * and wrap it in `CustomEvent<…>` themselves; they also import nothing but the element classes, so the
 * .d.ts generators get the detail type as an inline `import()`; the editor files, the plain name.
 * Read-only getters are outputs, not template inputs.
 */
function generatorManifest(manifest, detailType) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement) continue;
      declaration.members = (declaration.members ?? []).filter((member) => !member.readonly);
      for (const event of declaration.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
        if (detail) event.type = { text: detailType(detail) };
      }
    }
  }
  return copy;
}

/**
 * Three corrections for Svelte 5 and svelte-check:
 * - Svelte 5 sets an object on a custom element as a property when written `requestInit={…}` and listens
 *   with `on<event>={…}`; the generator writes Svelte 4's `bind:` and `on:` forms, which Svelte 5 refuses
 *   or deprecates;
 * - its base props use a `JSX` namespace Svelte does not have: Svelte's own HTML attributes take their place;
 * - the file is a module, so `svelteHTML` is reached through `declare global`.
 */
function toSvelte5(source) {
  const withoutBase = source.replace(/^type BaseProps = \{[\s\S]*?^\};$/m, () => {
    return "type BaseProps = import('svelte/elements').HTMLAttributes<HTMLElement>;";
  });
  return withoutBase
    .replaceAll('"bind:', '"')
    .replace(/"on:([a-z-]+)"\?:/g, '"on$1"?:')
    .replace(/^declare namespace svelteHTML \{([\s\S]*?)^\}/m, 'declare global {\n  namespace svelteHTML {$1  }\n}');
}

const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** vue-tsc camelizes a template's attribute names (`contact-id` → `contactId`, `@messages-load` → `onMessagesLoad`) before it looks them up among the props, while the generator keys them as written in HTML. */
function toVueNames(source) {
  return source
    .replace(/^(\s*)"on([a-z][a-z-]*)"\?:/gm, (_, indent, event) => `${indent}on${camelCase(`-${event}`)}?:`)
    .replace(/^(\s*)"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"\?:/gm, (_, indent, name) => `${indent}${camelCase(name)}?:`);
}

export async function writeFrameworkData(manifest) {
  const forEditors = generatorManifest(manifest, (detail) => detail);
  const input = generatorManifest(manifest, (detail) => `import('${MAIN_TYPES}').${detail}`);
  const quiet = { hideLogs: true };
  await mkdir(`${ROOT}/${FRAMEWORKS}`, { recursive: true });

  await writeFile(`${ROOT}/vscode.html-custom-data.json`, getVsCodeHtmlCustomData(forEditors, quiet));
  await writeFile(`${ROOT}/web-types.json`, getWebTypesData(forEditors, { ...quiet, packageJson: false }));
  // Each framework's typings, some rewritten after generation (see toVueNames, toSvelte5).
  const typings = [
    ['vue', generateVuejsTypes, toVueNames],
    ['svelte', generateSvelteTypes, toSvelte5],
    ['jsx', generateJsxTypes],
  ];
  for (const [name, generate, rewrite] of typings) {
    const fileName = `${name}.d.ts`;
    generate(input, { ...quiet, outdir: `${ROOT}/${FRAMEWORKS}`, fileName, globalTypePath: MAIN_TYPES });
    if (!rewrite) continue;
    const file = `${ROOT}/${FRAMEWORKS}/${fileName}`;
    await writeFile(file, rewrite(await readFile(file, 'utf8')));
  }
  return ['vscode.html-custom-data.json', 'web-types.json', ...typings.map(([name]) => `${FRAMEWORKS}/${name}.d.ts`)];
}
