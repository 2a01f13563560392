import * as puppeteer from 'puppeteer-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser, selectedEngines } from '../../tools/browsers.mjs';

/** The Chromium to drive: CHROME_PATH, then Debian's, then other usual places (an error names the package when none is). */
export function chromePath() {
  return findBrowser('chromium');
}

/** Headless Chromium through Playwright, as these machines need it (root, no GPU, no background network). */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_ARGS });
}

/** The engines the node tests drive through puppeteer-core: EMBED_BROWSERS (comma-separated), default chromium and firefox. */
export const EMBED_ENGINES = selectedEngines(process.env.EMBED_BROWSERS || 'chromium,firefox').filter(
  (engine) => engine !== 'webkit',
);

/** Headless Chromium (DevTools Protocol) or Firefox (WebDriver BiDi) through puppeteer-core. */
export function launchPuppeteer(engine) {
  const executablePath = findBrowser(engine);
  return engine === 'firefox'
    ? puppeteer.launch({ browser: 'firefox', executablePath, headless: true })
    : puppeteer.launch({ browser: 'chrome', executablePath, headless: true, args: CHROMIUM_ARGS });
}
