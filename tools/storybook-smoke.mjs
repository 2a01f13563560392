/**
 * Smoke test over the built Storybook (storybook-static/): every story renders,
 * logs no error, and axe finds no WCAG 2.2 A/AA violation at 1280 and 375 px wide. Run after `npm run build-storybook`.
 * Prints one line per story and a summary; exits 1 on any failure.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../test/node/browser.mjs';
import { serveStatic } from '../test/node/static-server.mjs';
import { openStory, storyUrl } from './storybook-page.mjs';

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

/**
 * A `Phone` story (stories/support/viewports.ts) is an element's main state at 375 px, which another story of its
 * file already shows at 1280 px: it is rendered at 375 px (as in Storybook's phone viewport) and checked there only.
 */
const widthsOf = (story) => (story.exportName === 'Phone' ? [375] : AXE_WIDTHS);

/** Console noise that is not the library's: Storybook's own dev notices. */
const IGNORED = [/Lit is in dev mode/, /Download the React DevTools/];

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
    if (
      message.type() !== 'error' ||
      IGNORED.some((pattern) => pattern.test(text)) ||
      text.startsWith('Failed to load resource')
    )
      return;
    problems.push(`console error: ${text}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const started = Date.now();
  const widths = widthsOf(story);
  await page.setViewportSize({ width: widths[0], height: 900 });
  // A story showing a loading state keeps it, and that is checked too.
  problems.push(...(await openStory(page, storyUrl(server.url, story.id), { loading: story.name === 'Loading' })));
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    const results = await new AxeBuilder({ page }).include('#storybook-root').withTags(AXE_TAGS).analyze();
    for (const violation of results.violations) {
      violationsTotal += 1;
      problems.push(
        `axe ${violation.id} at ${width} px (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
      );
    }
  }
  console.log(
    `${problems.length ? '✗' : '✓'} ${story.title} › ${story.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  for (const problem of problems) console.log(`    ${problem}`);
  if (problems.length) failures.push(story.id);
  await page.close();
}

await browser.close();
await server.close();
const views = stories.reduce((sum, story) => sum + widthsOf(story).length, 0);
console.log(
  `\n${stories.length} stories, ${views} views checked, ${failures.length} failing, ${violationsTotal} axe violations.`,
);
process.exit(failures.length ? 1 : 0);
