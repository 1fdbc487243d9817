// `npm run test:engines`: the whole browser suite in Chromium, Firefox and WebKit in turn, each browser
// found or installed as find-browser.mjs does, then one summary line per engine; exits 1 if any failed.
// Name engines to run fewer (`npm run test:engines -- webkit`); other arguments go to the test runner
// (`npm run test:engines -- firefox --files test/time.test.ts`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, ensureBrowser } from './find-browser.mjs';

const args = process.argv.slice(2);
const named = args.filter((arg) => arg in ENGINES);
const engines = named.length ? named : Object.keys(ENGINES);
const runnerArgs = args.filter((arg) => !(arg in ENGINES));
const runner = fileURLToPath(new URL('../node_modules/.bin/web-test-runner', import.meta.url));

const folder = mkdtempSync(join(tmpdir(), 'test-engines-'));
const summaries = [];
let allPassed = true;
for (const engine of engines) {
  const { label } = ENGINES[engine];
  try {
    ensureBrowser(engine);
  } catch (error) {
    console.error(error.message);
    summaries.push(`${label}: not run, no browser`);
    allPassed = false;
    continue;
  }
  console.log(`\n${label}: running the browser suite`);
  const summaryFile = join(folder, engine);
  const { status } = spawnSync(runner, runnerArgs, {
    stdio: 'inherit',
    env: { ...process.env, MSL_ENGINE: engine, MSL_SUMMARY_FILE: summaryFile },
  });
  let summary;
  try {
    summary = readFileSync(summaryFile, 'utf8').trim();
  } catch {
    // The runner stopped before its reporter could count anything.
    summary = `${label}: the test runner stopped early (exit code ${status})`;
  }
  summaries.push(summary);
  if (status !== 0) allPassed = false;
}
rmSync(folder, { recursive: true, force: true });

console.log(`\n${summaries.join('\n')}`);
process.exit(allPassed ? 0 : 1);
