/**
 * Opening one story of the built Storybook (storybook-static/) in a Playwright page and waiting until it shows what a
 * user would see: used by the smoke test (tools/storybook-smoke.mjs) and the README's screenshots (tools/screenshots.mjs).
 */

/**
 * Storybook's own signal that a story is done: its render has passed every phase, afterEach included, so no
 * axe run of the a11y addon can overlap ours ("Axe is already running").
 */
const storyFinished = () => {
  const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
  return phase === 'finished' || phase === 'errored' || phase === 'aborted';
};

/**
 * Every Lit element in the story has rendered, repeated until no render schedules another (data arriving
 * re-renders), so axe sees what a user sees. A story that shows a loading state keeps it, and that is checked too.
 */
const elementsSettled = async () => {
  const all = (root) =>
    [...root.querySelectorAll('*')].flatMap((element) => [
      element,
      ...(element.shadowRoot ? all(element.shadowRoot) : []),
    ]);
  for (let round = 0; round < 20; round += 1) {
    const pending = all(document.querySelector('#storybook-root') ?? document).filter(
      (element) => element.updateComplete instanceof Promise,
    );
    const updated = await Promise.all(pending.map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    if (updated.every(Boolean) && !pending.some((element) => element.isUpdatePending)) return;
  }
};

const noneBusy = () => {
  const busy = (root) =>
    root.querySelector('[aria-busy="true"]') ||
    [...root.querySelectorAll('*')].some((element) => element.shadowRoot && busy(element.shadowRoot));
  return !busy(document);
};

/** The story's address in the built Storybook: the canvas alone, the a11y addon's own axe run left to the UI. */
export function storyUrl(base, storyId, globals = {}) {
  const values = Object.entries({ 'a11y.manual': '!true', ...globals }).map(([key, value]) => `${key}:${value}`);
  return `${base}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=${values.join(';')}`;
}

/**
 * Opens `url` and waits until the story has rendered and, unless `loading` (a story that stays busy on purpose),
 * no part of it is busy. Resolves to the problems met (empty when it is ready).
 */
export async function openStory(page, url, { loading = false } = {}) {
  const problems = [];
  await page.goto(url);
  try {
    await page.waitForFunction(storyFinished, null, { timeout: 30_000 });
    await page.evaluate(elementsSettled);
  } catch {
    problems.push('did not render within 30 s');
  }
  if (!loading) {
    try {
      await page.waitForFunction(noneBusy, null, { timeout: 10_000 });
      await page.evaluate(elementsSettled);
    } catch {
      problems.push('still loading after 10 s');
    }
  }
  return problems;
}
