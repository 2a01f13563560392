/**
 * Opens the benchmark page in a browser from test/node/browser.mjs's launchBrowser(). A forced GC and the heap size
 * come over the DevTools protocol (HeapProfiler.collectGarbage, Runtime.getHeapUsage) as window.benchHeapAfterGc(),
 * so the browser needs no extra flags.
 */

/** A fresh page on `url` with window.bench ready; page errors end the run with their message. */
export async function openBenchPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.exposeFunction('benchHeapAfterGc', async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${url}/index.html`);
  await page
    .waitForFunction(() => 'bench' in window, null, { timeout: 30_000 })
    .catch(() => {
      throw new Error(`the benchmark page did not start${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
  return {
    page,
    errors,
    /** Calls window.bench[name](options) in the page. */
    call: (name, options) => page.evaluate(([scenario, args]) => window.bench[scenario](args), [name, options]),
    close: () => context.close(),
  };
}
