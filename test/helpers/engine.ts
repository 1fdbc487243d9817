/** The engines the suite is proven in (`npm run test:engines`). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ENGINE_NAMES: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

function detectEngine(userAgent: string): Engine {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  // Every Chromium says "Chrome/" (headless: "HeadlessChrome/"); WebKit alone says only "AppleWebKit/".
  if (/Chrome\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

/** The engine running these tests. */
export const engine: Engine = detectEngine(navigator.userAgent);

/**
 * `it`, skipped in the engines named because they cannot do what the test needs. The reason is part
 * of the test's name in every engine, so the skip is plain in each report; docs/engines.md lists them.
 */
export function itExceptIn(engines: Engine[], reason: string, title: string, test: Mocha.Func): void {
  const name = `${title} [not in ${engines.map((each) => ENGINE_NAMES[each]).join(' or ')}: ${reason}]`;
  if (engines.includes(engine)) it.skip(name, test);
  else it(name, test);
}
