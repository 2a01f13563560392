/**
 * The installed browsers of the three engines (no downloads): where each is found, and the Debian package that
 * provides a missing one, named in the error. Used by the wtr config, tools/test-engines.mjs and the node tests.
 */
import { existsSync } from 'node:fs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const INSTALLED = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    hint: 'Install one with `apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chrome/Chromium binary.',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    hint: 'Install one with `apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH to a Firefox binary.',
  },
  webkit: {
    env: 'WEBKIT_DRIVER_PATH',
    paths: ['/usr/bin/WebKitWebDriver'],
    hint: 'Install it with `apt-get install -y webkit2gtk-driver xvfb` (Debian) or set WEBKIT_DRIVER_PATH to a WebKitWebDriver binary.',
  },
};
const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
export const XVFB_HINT =
  'WebKit needs an X display: install Xvfb with `apt-get install -y xvfb` (Debian) or set DISPLAY.';

/** WebKitGTK's MiniBrowser, which WebKitWebDriver starts (package libwebkit2gtk-4.1-0), or undefined. */
export const miniBrowserPath = () => MINIBROWSER_PATHS.find((path) => existsSync(path));

/** The installed binary of `engine`, or an error naming what to install. */
export function findBrowser(engine) {
  const { env, paths, hint } = INSTALLED[engine];
  const found = [process.env[env], ...paths].find((path) => path && existsSync(path));
  if (!found)
    throw new Error(
      `No ${engine === 'webkit' ? 'WebKitWebDriver' : engine === 'firefox' ? 'Firefox' : 'Chromium'} found. ${hint}`,
    );
  if (engine === 'webkit' && !miniBrowserPath()) {
    throw new Error(`No WebKitGTK MiniBrowser found (looked in ${MINIBROWSER_PATHS.join(', ')}). ${hint}`);
  }
  if (engine === 'webkit' && !process.env.DISPLAY && !existsSync('/usr/bin/Xvfb')) throw new Error(XVFB_HINT);
  return found;
}

/** The engines named in SF_BROWSERS (comma-separated; default: chromium), checked against the known ones. */
export function selectedEngines(value = process.env.SF_BROWSERS) {
  const names = (value || 'chromium')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length)
    throw new Error(`SF_BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return names;
}

/** Chromium's flags on these machines (root, no GPU, no background network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
