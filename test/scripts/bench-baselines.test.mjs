// The bench's page (b) must run exactly page (a)'s inline script from a file: scripts/bench-baselines.mjs copies it
// out of bench/first-rows-floor.html, and must stop with a clear message when the page no longer has one to copy.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inlineScript } from '../../scripts/bench-baselines.mjs';

const floorPage = new URL('../../bench/first-rows-floor.html', import.meta.url);

describe('bench baselines: the floor script', () => {
  it("copies the floor page's one inline script, which asks for the widget's JSON and writes rows", () => {
    const code = inlineScript(readFileSync(floorPage, 'utf8'), 'first-rows-floor.html');
    assert.match(code, /fetch\('\/api\/contacts\/42\/messages\?count=100'\)/);
    assert.match(code, /\.innerHTML = /);
    assert.match(code, /part="row"/);
    assert.doesNotMatch(code, /<\/?script/);
  });

  it('names the page and the count when there is no inline script, or more than one', () => {
    assert.throws(
      () => inlineScript('<script type="module" src="/x.js"></script>', 'page.html'),
      /page\.html should hold one inline <script>, not 0\./,
    );
    assert.throws(() => inlineScript('<script>a()</script><script>b()</script>', 'page.html'), /not 2\./);
  });
});
