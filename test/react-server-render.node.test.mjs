// Server rendering (Next.js and the like): the React entry, imported from a client component, is also
// rendered once on the server, in Node, where Lit brings its DOM shim. It must render without throwing
// or warning, leave a bare element for the browser to upgrade, and put nothing of `requestInit` into the HTML.
// Run by `npm run test:node` (Node's test runner); src/react.ts is bundled in memory with esbuild first.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Inside the repository, so the bundle's bare imports (lit, react, @lit/react) resolve to its node_modules.
const OUT_DIR = `${ROOT}node_modules/.cache/msl-server-render`;

let react;
const consoleErrors = [];
const originalError = console.error;

before(async () => {
  const result = await build({
    entryPoints: [`${ROOT}src/react.ts`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2021',
    packages: 'external',
    tsconfig: `${ROOT}tsconfig.json`,
    // package.json's "sideEffects" names dist/ files; here the sources' `import './define.js'` must stay.
    ignoreAnnotations: true,
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const file = `${OUT_DIR}/react.mjs`;
  writeFileSync(file, result.outputFiles[0].text);
  react = await import(file);
  // React reports render problems (bad props, effects on the server) through console.error.
  console.error = (...args) => consoleErrors.push(args.join(' '));
});

after(() => {
  console.error = originalError;
});

test('the list wrapper renders to a bare element, with no credentials in the HTML', () => {
  const html = renderToString(
    createElement(react.MessageStatusList, {
      contactId: '42',
      endpoint: '/api/contacts/{contactId}/messages',
      requestInit: { headers: { Authorization: 'Bearer server-secret' } },
      onMessagesLoad: () => {},
      onUnblockRequest: () => {},
    }),
  );
  assert.match(html, /^<message-status-list[^>]*><\/message-status-list>$/);
  assert.doesNotMatch(html, /server-secret|Authorization|\[object Object\]/);
  assert.deepEqual(consoleErrors, []);
});

test('the provider and chip wrappers render nested, as written', () => {
  const html = renderToString(
    createElement(
      react.MessageStatusProvider,
      { endpoint: '/api/contacts/{contactId}/messages' },
      createElement(react.MessageStatusChip, { status: 'HardBounce', channel: 'sms' }),
    ),
  );
  assert.match(
    html,
    /^<message-status-provider[^>]*><message-status-chip[^>]*><\/message-status-chip><\/message-status-provider>$/,
  );
  assert.deepEqual(consoleErrors, []);
});

test('importing the React entry on the server registers the elements with Lit’s shim', () => {
  for (const tag of ['message-status-list', 'message-status-chip', 'message-status-provider']) {
    assert.equal(typeof customElements.get(tag), 'function', `<${tag}> is not defined`);
  }
});
