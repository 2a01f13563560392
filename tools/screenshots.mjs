/**
 * `npm run screenshots`: the README's pictures (docs/screenshots/*.png) taken from the built Storybook
 * (storybook-static/, built first when missing) in headless Chromium, each cropped to the element and the page's
 * margin around it. Not part of `npm test`; run it after a visible change and commit the PNGs.
 * `node tools/screenshots.mjs --out DIR` writes them elsewhere (e.g. to look at a change before committing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/node/browser.mjs';
import { serveStatic } from '../test/node/static-server.mjs';
import { openStory, storyUrl } from './storybook-page.mjs';

const ROOT = 'storybook-static';
const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' } } });

/**
 * Each picture: the story, the element to crop to, the page width, the theme, and the height it is cut at (the top
 * of a long element is what the README shows; a PNG stays under ~150 kB).
 */
const SHOTS = [
  {
    file: 'my-orders-1280.png',
    story: 'my-orders-order-list--default',
    element: 'order-list',
    width: 1280,
    height: 660,
  },
  { file: 'my-orders-375.png', story: 'my-orders-order-list--phone', element: 'order-list', width: 375 },
  {
    file: 'my-orders-1280-dark.png',
    story: 'my-orders-order-list--default',
    element: 'order-list',
    width: 1280,
    height: 660,
    theme: 'dark',
  },
  {
    file: 'order-details-1280.png',
    story: 'order-details-order-details--partially-shipped',
    element: 'order-details',
    width: 1280,
    height: 1275,
  },
  {
    file: 'order-details-375.png',
    story: 'order-details-order-details--phone',
    element: 'order-details',
    width: 375,
    height: 1100,
  },
  {
    file: 'shipping-wizard-1280.png',
    story: 'shipping-shipping-wizard--step-3-supplier',
    element: 'shipping-wizard',
    width: 1280,
  },
  { file: 'shipping-wizard-375.png', story: 'shipping-shipping-wizard--phone', element: 'shipping-wizard', width: 375 },
  {
    file: 'invoice-review-1280.png',
    story: 'order-details-invoice-form--e-invoice-on-review',
    element: 'invoice-form',
    width: 1280,
  },
];

/** Storybook's padded layout leaves 16 px around the story: kept in the picture, so a phone picture is 375 px wide. */
const MARGIN = 16;
/** No picture is taller than this. */
const MAX_HEIGHT = 1800;

if (!existsSync(`${ROOT}/index.json`)) execFileSync('npm', ['run', 'build-storybook'], { stdio: 'inherit' });
mkdirSync(values.out, { recursive: true });

const server = await serveStatic(ROOT);
const browser = await launchBrowser();
let failed = false;
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: 900 },
      colorScheme: shot.theme ?? 'light',
    });
    const problems = await openStory(page, storyUrl(server.url, shot.story, { theme: shot.theme ?? 'light' }));
    const box = await page.locator(`#storybook-root ${shot.element}`).first().boundingBox();
    if (problems.length || !box) {
      console.error(`✗ ${shot.file}: ${problems.join('; ') || `no <${shot.element}> in ${shot.story}`}`);
      failed = true;
      await page.close();
      continue;
    }
    const x = Math.max(0, box.x - MARGIN);
    const y = Math.max(0, box.y - MARGIN);
    const clip = {
      x,
      y,
      width: Math.min(shot.width - x, box.width + 2 * MARGIN),
      height: Math.min(shot.height ?? MAX_HEIGHT, box.height + 2 * MARGIN),
    };
    const path = join(values.out, shot.file);
    await page.screenshot({ path, clip, fullPage: true, animations: 'disabled', caret: 'hide' });
    console.log(
      `✓ ${path} (${Math.round(clip.width)}×${Math.round(clip.height)}, ${Math.round(statSync(path).size / 1024)} kB)`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
