/**
 * The three engines the test suite runs in, each an installed browser driven without downloads:
 *   chromium  Chrome DevTools Protocol (puppeteer-core through @web/test-runner-chrome)
 *   firefox   WebDriver BiDi (the same launcher, puppeteer-core with `browser: 'firefox'`)
 *   webkit    WebDriver classic: WebKitGTK's MiniBrowser through WebKitWebDriver (@web/test-runner-webdriver);
 *             MiniBrowser needs an X display, so one is started with Xvfb when DISPLAY is not set.
 * A missing browser is named with the package that provides it (Debian names; `.ci/run` installs them).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

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
const MINIBROWSER_PATHS = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'];
const XVFB_HINT = 'WebKit needs an X display: install Xvfb with `apt-get install -y xvfb` (Debian) or set DISPLAY.';

/** The installed binary of `engine`, or an error naming what to install. */
export function findBrowser(engine) {
  const { env, paths, hint } = INSTALLED[engine];
  const found = [process.env[env], ...paths].find((path) => path && existsSync(path));
  if (!found) throw new Error(`No ${engine === 'webkit' ? 'WebKitWebDriver' : engine === 'firefox' ? 'Firefox' : 'Chromium'} found. ${hint}`);
  if (engine === 'webkit' && !MINIBROWSER_PATHS.some((path) => existsSync(path))) {
    throw new Error(`No WebKitGTK MiniBrowser found (looked in ${MINIBROWSER_PATHS.join(', ')}). ${hint}`);
  }
  if (engine === 'webkit' && !process.env.DISPLAY && !existsSync('/usr/bin/Xvfb')) throw new Error(XVFB_HINT);
  return found;
}

/** The engines named in SF_BROWSERS (comma-separated; default: chromium), checked against the known ones. */
export function selectedEngines(value = process.env.SF_BROWSERS) {
  const names = (value || 'chromium').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`SF_BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return names;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display; resolves with the process and the display number it chose. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.endsWith('\n')) resolve({ child, display: output.trim() });
    });
    child.on('error', (error) => reject(new Error(`${XVFB_HINT} (${error.message})`)));
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.trim()}`)));
  });
}

/** Polls the WebDriver status endpoint (WebKitWebDriver prints nothing when it is ready). */
async function waitForDriver(url, child) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within 10 s`);
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver; starts the driver (and Xvfb without a display) itself. */
class WebKitLauncher extends WebdriverLauncher {
  constructor(driverPath) {
    const binary = MINIBROWSER_PATHS.find((path) => existsSync(path));
    super({
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      // WebKitWebDriver speaks WebDriver classic only: no BiDi socket (webdriverio asks for one by default).
      capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': { binary, args: ['--automation'] } },
    });
    this.driverPath = driverPath;
    this.children = [];
  }

  async initialize(config, testFiles) {
    process.once('exit', () => this.children.forEach((child) => child.kill()));
    let env = process.env;
    if (!env.DISPLAY) {
      const xvfb = await startXvfb();
      this.children.push(xvfb.child);
      env = { ...env, DISPLAY: `:${xvfb.display}` };
    }
    const port = await freePort();
    const driver = spawn(this.driverPath, [`--port=${port}`], { env, stdio: 'ignore' });
    this.children.push(driver);
    await waitForDriver(`http://127.0.0.1:${port}/status`, driver);
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    for (const child of this.children.reverse()) child.kill();
    this.children = [];
  }
}

/** The wtr launcher of one engine. */
export function launcherFor(engine) {
  const path = findBrowser(engine);
  switch (engine) {
    case 'chromium':
      return Object.assign(chromeLauncher({ launchOptions: { executablePath: path, headless: true, args: CHROMIUM_ARGS } }), { name: 'Chromium' });
    case 'firefox':
      return chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: path, headless: true } });
    case 'webkit':
      return new WebKitLauncher(path);
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}
