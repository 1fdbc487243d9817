// Dev-server plugin for the Vue and Svelte browser tests (test/vue.test.ts, test/svelte.test.ts): it serves
// docs/frameworks.md's examples compiled as their own tool chains would, so the tests run them as written there.
//   /docs/frameworks/example.vue      the first ```vue block, through Vue's SFC compiler
//   /docs/frameworks/example.svelte   the first ```svelte block, through Svelte's compiler
//   any other *.svelte file           compiled from disk (the tests' harness)
// `vue` resolves to Vue's browser build (the bundler build expects `process.env` replaced), and the examples'
// `message-status-list/define` to the sources, as the other tests import them.
const VUE_FACADE = '/__framework-examples__/vue.js';
// Relative to /docs/frameworks/, where the examples are served.
// Either quote: esbuild writes double quotes, Svelte's compiler keeps the example's own.
const asSources = (code) => code.replace(/(['"])message-status-list\/define\1/g, `'../../src/define.ts'`);
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOC = 'docs/frameworks.md';
const isCustomElement = (tag) => tag.startsWith('message-status-');

/** The first fenced block of a language in docs/frameworks.md, with a clear error when there is none. */
async function exampleFrom(language) {
  const doc = await readFile(`${ROOT}${DOC}`, 'utf8');
  const block = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(doc)?.[1];
  if (!block) throw new Error(`${DOC} has no \`\`\`${language} example`);
  return block;
}

async function compileVue(source, filename) {
  const { parse, compileScript } = await import('vue/compiler-sfc');
  // The template is parsed here once, and whether a tag is a component is settled then, so the option goes in twice.
  const { descriptor, errors } = parse(source, { filename, templateParseOptions: { isCustomElement } });
  if (errors.length > 0) throw new Error(`${filename}: ${errors.join('; ')}`);
  const script = compileScript(descriptor, {
    id: filename,
    inlineTemplate: true,
    templateOptions: { compilerOptions: { isCustomElement } },
  });
  // `<script setup lang="ts">` comes out still in TypeScript.
  return (await transform(script.content, { loader: 'ts', format: 'esm', target: 'es2021' })).code;
}

async function compileSvelte(source, filename) {
  const { compile } = await import('svelte/compiler');
  return compile(source, { filename, generate: 'client' }).js.code;
}

export function frameworkExamples() {
  return {
    name: 'framework-examples',
    async serve({ path }) {
      if (path === '/docs/frameworks/example.vue') {
        return { body: asSources(await compileVue(await exampleFrom('vue'), 'example.vue')), type: 'js' };
      }
      if (path === '/docs/frameworks/example.svelte') {
        return { body: asSources(await compileSvelte(await exampleFrom('svelte'), 'example.svelte')), type: 'js' };
      }
      if (path.endsWith('.svelte')) {
        const file = `${ROOT}${path.slice(1)}`;
        return { body: await compileSvelte(await readFile(file, 'utf8'), file), type: 'js' };
      }
      if (path === VUE_FACADE)
        return { body: `export * from '/node_modules/vue/dist/vue.esm-browser.js';`, type: 'js' };
      return undefined;
    },
    resolveImport({ source }) {
      return source === 'vue' ? VUE_FACADE : undefined;
    },
  };
}
