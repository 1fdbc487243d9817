import { appendFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { sharedServerConfig } from './web-dev-server.config.mjs';
import { launcherFor } from './scripts/browser-launchers.mjs';
import { ENGINES } from './scripts/find-browser.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

// Chromium unless `npm run test:engines` asks for another engine.
const engine = process.env.MSL_ENGINE ?? 'chromium';

// A real touch tap through the browser's input pipeline (the built-in commands only have a mouse), for
// the tap-to-toggle explanations: puppeteer's touchscreen, or a WebDriver touch pointer.
const touchPlugin = {
  name: 'touch-tap',
  async executeCommand({ command, payload, session }) {
    if (command !== 'tap') return undefined;
    const { x, y } = payload;
    if (session.browser.type === 'puppeteer') {
      await session.browser.getPage(session.id).touchscreen.tap(x, y);
      return true;
    }
    await session.browser.driverManager.performActions(session.id, [
      {
        type: 'pointer',
        id: 'finger',
        parameters: { pointerType: 'touch' },
        actions: [
          { type: 'pointerMove', duration: 0, x, y },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    return true;
  },
};

// Media features a test must pin (forced colours, reduced motion); `null` puts the machine's own back.
// The built-in `emulate-media` command knows colour scheme and reduced motion in Chromium only, and
// forced colours need CDP, through a session kept open per page (closing it would drop the emulation).
// Neither WebDriver BiDi nor classic WebDriver can emulate them: tests that need this skip those engines.
const cdpSessions = new WeakMap();
const emulationPlugin = {
  name: 'emulation',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    if (engine !== 'chromium') {
      // Nothing was emulated, so there is nothing to restore.
      if (!payload.features) return true;
      throw new Error(`${ENGINES[engine].label} cannot emulate media features.`);
    }
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features ?? [] });
    return true;
  },
};

// One line per run, "Firefox: 676 passed, 0 failed, 3 skipped", also written to MSL_SUMMARY_FILE
// when set, for `npm run test:engines` to gather.
const summaryReporter = {
  onTestRunFinished({ sessions }) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const tally = (suite) => {
      for (const test of suite.tests) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
      for (const child of suite.suites) tally(child);
    };
    for (const session of sessions) {
      if (session.testResults) tally(session.testResults);
      // A file that failed to load or threw outside a test has no test to count it against.
      if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
        counts.failed += 1;
    }
    const line = `${ENGINES[engine].label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
    if (process.env.MSL_SUMMARY_FILE) appendFileSync(process.env.MSL_SUMMARY_FILE, `${line}\n`);
    else console.log(line);
  },
};

export default {
  ...sharedServerConfig,
  // a11ySnapshot: Chromium's accessibility tree, for the tests of what a screen reader is told.
  plugins: [...sharedServerConfig.plugins, touchPlugin, emulationPlugin, a11ySnapshotPlugin()],
  files: ['test/**/*.test.ts'],
  concurrency: 1,
  // Generous for a loaded shared machine: Firefox can take over half a minute to start there.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [await launcherFor(engine)],
  reporters: [defaultReporter(), summaryReporter],
};
