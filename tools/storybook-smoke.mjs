/**
 * Smoke test over the built Storybook (storybook-static/): every story renders,
 * logs no error, and axe finds no WCAG 2.2 A/AA violation at 1280 and 375 px wide. Run after `npm run build-storybook`.
 * Prints one line per story and a summary; exits 1 on any failure.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../test/node/browser.mjs';
import { serveStatic } from '../test/node/static-server.mjs';

const ROOT = 'storybook-static';
const index = JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
if (stories.length === 0) {
  console.error('storybook-smoke: no stories in storybook-static/index.json');
  process.exit(1);
}

/** WCAG 2.2 A and AA, checked at a desktop and a phone width (target size and scrolling regions differ). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const AXE_WIDTHS = [1280, 375];

/** Console noise that is not the library's: Storybook's own dev notices. */
const IGNORED = [/Lit is in dev mode/, /Download the React DevTools/];

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
  const all = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
  for (let round = 0; round < 20; round += 1) {
    const pending = all(document.querySelector('#storybook-root') ?? document).filter((element) => element.updateComplete instanceof Promise);
    const updated = await Promise.all(pending.map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    if (updated.every(Boolean) && !pending.some((element) => element.isUpdatePending)) return;
  }
};

const noneBusy = () => {
  const busy = (root) => root.querySelector('[aria-busy="true"]') || [...root.querySelectorAll('*')].some((element) => element.shadowRoot && busy(element.shadowRoot));
  return !busy(document);
};

const server = await serveStatic(ROOT);
const browser = await launchBrowser();
const context = await browser.newContext();
const failures = [];
let violationsTotal = 0;

for (const story of stories) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error' || IGNORED.some((pattern) => pattern.test(text)) || text.startsWith('Failed to load resource')) return;
    problems.push(`console error: ${text}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const started = Date.now();
  // The a11y addon's own axe run is left to the Storybook UI (a11y.manual): here one axe run per story, ours.
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`);
  try {
    await page.waitForFunction(storyFinished, null, { timeout: 30_000 });
    await page.evaluate(elementsSettled);
  } catch {
    problems.push('did not render within 30 s');
  }
  // A story shows its data once no part of it is busy (a "Loading" story stays busy on purpose).
  if (story.name !== 'Loading') {
    try {
      await page.waitForFunction(noneBusy, null, { timeout: 10_000 });
      await page.evaluate(elementsSettled);
    } catch {
      problems.push('still loading after 10 s');
    }
  }
  for (const width of AXE_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const results = await new AxeBuilder({ page }).include('#storybook-root').withTags(AXE_TAGS).analyze();
    for (const violation of results.violations) {
      violationsTotal += 1;
      problems.push(`axe ${violation.id} at ${width} px (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  }
  console.log(`${problems.length ? '✗' : '✓'} ${story.title} › ${story.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const problem of problems) console.log(`    ${problem}`);
  if (problems.length) failures.push(story.id);
  await page.close();
}

await browser.close();
await server.close();
console.log(`\n${stories.length} stories, ${failures.length} failing, ${violationsTotal} axe violations.`);
process.exit(failures.length ? 1 : 0);
