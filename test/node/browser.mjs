import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The Chromium to drive: CHROME_PATH, then Debian's, then other usual places. */
export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error('No Chromium found. Install one with `apt-get install -y chromium` (Debian) or set CHROME_PATH.');
  }
  return found;
}

/** Headless Chromium as these machines need it (root, no GPU, no background network). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
