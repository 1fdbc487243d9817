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

/**
 * Each element's number properties that have an attribute, as `Class["field"]`, the way the generators spell a
 * prop's type. HTML writes every attribute as text (`page-size="20"`), so the frameworks' types accept a number's
 * text there too, besides the number itself.
 */
function numberFields(manifest) {
  const fields = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement) continue;
      for (const attribute of declaration.attributes ?? []) {
        const types = (attribute.type?.text ?? '').split('|').map((type) => type.trim());
        if (attribute.fieldName && types.filter((type) => type !== 'undefined').join() === 'number') {
          fields.push(`${declaration.name}["${attribute.fieldName}"]`);
        }
      }
    }
  }
  return fields;
}

/** Lets every number attribute take a number's text as well: `page-size="20"` is valid HTML. */
function acceptNumberText(source, fields) {
  let result = source;
  for (const field of fields) {
    const prop = `?: ${field};`;
    if (!result.includes(prop)) throw new Error(`framework-data: no prop typed ${field} in the generated types.`);
    result = result.replaceAll(prop, `?: ${field} | \`\${number}\`;`);
  }
  return result;
}

const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** vue-tsc camelizes a template's attribute names (`contact-id` → `contactId`, `@messages-load` → `onMessagesLoad`) before it looks them up among the props, while the generator keys them as written in HTML. */
function toVueNames(source) {
  return source
    .replace(/^(\s*)"on([a-z][a-z-]*)"\?:/gm, (_, indent, event) => `${indent}on${camelCase(`-${event}`)}?:`)
    .replace(/^(\s*)"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"\?:/gm, (_, indent, name) => `${indent}${camelCase(name)}?:`);
}

/** `source` with `pattern` replaced, or a clear error when the generator's output no longer has it. */
function rewrite(source, pattern, replacement, what) {
  if (!pattern.test(source)) throw new Error(`framework-data: the generated types no longer have ${what}.`);
  pattern.lastIndex = 0;
  return source.replace(pattern, replacement);
}

/**
 * The generator types each tag as `DefineComponent<Props>`, a Vue component: vue-tsc then rejects HTML's global
 * attributes (a component has none it does not declare) and types a template ref as a component instance. Each tag
 * becomes a `DefineCustomElement` of its element class instead (scripts/vue-custom-element.d.ts says what it holds).
 * The generator's global `JSX` block goes: Vue's templates read `GlobalComponents`, and a global
 * `JSX.IntrinsicElements` holding component types would only break another library's JSX (React's, say).
 */
function toVueElements(source, customElement) {
  const imported = rewrite(
    source,
    /^import type \{ DefineComponent \} from "vue";$/m,
    () => customElement,
    "Vue's import",
  );
  const elements = rewrite(
    imported,
    /DefineComponent<(\w+)Props>/g,
    (_, name) => `DefineCustomElement<${name}, ${name}Props>`,
    'DefineComponent<…Props>',
  );
  return rewrite(elements, /^declare global \{\n\s*namespace JSX \{[\s\S]*?^\}\n/m, '', 'a global JSX block');
}

export async function writeFrameworkData(manifest) {
  const forEditors = generatorManifest(manifest, (detail) => detail);
  const input = generatorManifest(manifest, (detail) => `import('${MAIN_TYPES}').${detail}`);
  const quiet = { hideLogs: true };
  await mkdir(`${ROOT}/${FRAMEWORKS}`, { recursive: true });

  await writeFile(`${ROOT}/vscode.html-custom-data.json`, getVsCodeHtmlCustomData(forEditors, quiet));
  await writeFile(`${ROOT}/web-types.json`, getWebTypesData(forEditors, { ...quiet, packageJson: false }));
  // The Vue types' element shape, without the opening comment that speaks to this repository's readers.
  const vueCustomElement = (await readFile(`${ROOT}/scripts/vue-custom-element.d.ts`, 'utf8')).replace(
    /^(\/\/.*\n)+/,
    '',
  );
  const numbers = numberFields(input);
  // Each framework's typings, rewritten after generation: every one takes a number's text in a number attribute,
  // and each framework has its own corrections (see toVueElements, toVueNames, toSvelte5).
  const typings = [
    ['vue', generateVuejsTypes, (source) => toVueNames(toVueElements(source, vueCustomElement))],
    ['svelte', generateSvelteTypes, toSvelte5],
    ['jsx', generateJsxTypes, (source) => source],
  ];
  for (const [name, generate, correct] of typings) {
    const fileName = `${name}.d.ts`;
    generate(input, { ...quiet, outdir: `${ROOT}/${FRAMEWORKS}`, fileName, globalTypePath: MAIN_TYPES });
    const file = `${ROOT}/${FRAMEWORKS}/${fileName}`;
    await writeFile(file, acceptNumberText(correct(await readFile(file, 'utf8')), numbers));
  }
  return ['vscode.html-custom-data.json', 'web-types.json', ...typings.map(([name]) => `${FRAMEWORKS}/${name}.d.ts`)];
}
