// The server module must run where there is no DOM and nothing installed: it may read its own files and
// the pure data layer, never Lit, the elements or a package.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundleServerModule } from '../../scripts/server-module.mjs';

describe('the server module’s imports', () => {
  it('reach only src/server and the pure modules of src/data', async () => {
    const { inputs, code } = await bundleServerModule();
    assert.ok(inputs.some((input) => input.startsWith('src/server/')));
    for (const input of inputs) assert.match(input, /^src\/(server|data)\/[\w-]+\.ts$/);
    // The pure modules only: not the fetch client, whose `HeadersInit` needs DOM types.
    for (const input of inputs) assert.doesNotMatch(input, /element|internal|message-client|lit/);
    assert.doesNotMatch(code, /from\s*["'](?!\.)/, 'no import of a package');
  });
});
