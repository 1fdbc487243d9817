// The server module must run where there is no DOM and nothing installed: it may read its own files and
// the pure data layer, never Lit, the elements or a package. Its Redis entry adds the `redis` package only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundleServerModule } from '../../scripts/server-module.mjs';

describe('the server module’s imports', () => {
  it('reach only src/server and the pure modules of src/data', async () => {
    const { inputs, code } = await bundleServerModule();
    assert.ok(inputs.some((input) => input.startsWith('src/server/')));
    for (const input of inputs) assert.match(input, /^src\/(server|data)\/[\w-]+\.ts$/);
    // The pure modules only: not the fetch client, whose `HeadersInit` needs DOM types.
    for (const input of inputs) assert.doesNotMatch(input, /element|internal|message-client|lit/);
    // Nor the Redis store, which needs a package.
    assert.ok(!inputs.includes('src/server/redis.ts'));
    assert.doesNotMatch(code, /from\s*["'](?!\.)/, 'no import of a package');
  });

  it('bring in the redis package only from the server/redis entry, and only when a URL is given', async () => {
    const entry = fileURLToPath(new URL('../../src/server/redis.ts', import.meta.url));
    const { inputs, code } = await bundleServerModule(entry, ['redis']);
    for (const input of inputs) assert.match(input, /^src\/server\/[\w-]+\.ts$/);
    assert.doesNotMatch(code, /from\s*["'](?!\.)/, 'no static import of a package');
    assert.deepEqual(
      [...code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]),
      ['redis'],
    );
  });
});
