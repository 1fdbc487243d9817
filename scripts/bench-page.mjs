// Part of `npm run bench`: the page the render and 100k sections measure in (bench/index.html: the widget's bundle,
// the baselines, bench/bench.ts and bench/huge.ts), and the JS heap read from it.

/** Opens bench/index.html; `problems` collects what the page reports as errors, for the caller to fail on. */
export async function openBenchPage(browser, origin) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}/bench/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => window.bench && window.hundredK && window.mountReactList && customElements.get('message-status-list'),
    { timeout: 60_000 },
  );
  return { page, problems };
}

/** `JSHeapUsedSize` after garbage collection (the browser runs with --expose-gc), twice, so what is dead is gone. */
export async function heapAfterGc(page) {
  await page.evaluate(() => {
    window.gc?.();
    window.gc?.();
  });
  const { JSHeapUsedSize } = await page.metrics();
  return JSHeapUsedSize;
}
