/**
 * The wtr launchers of the three engines the test suite runs in, each an installed browser driven without downloads:
 *   chromium  Chrome DevTools Protocol (puppeteer-core through @web/test-runner-chrome)
 *   firefox   WebDriver BiDi (the same launcher, puppeteer-core with `browser: 'firefox'`)
 *   webkit    WebDriver classic: WebKitGTK's MiniBrowser through WebKitWebDriver (@web/test-runner-webdriver);
 *             MiniBrowser needs an X display, so one is started with Xvfb when DISPLAY is not set.
 * A missing browser is named with the package that provides it (tools/browsers.mjs; `.ci/run` installs them).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, findBrowser, miniBrowserPath, XVFB_HINT } from './browsers.mjs';

export { ENGINES, findBrowser, selectedEngines } from './browsers.mjs';

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
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
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
    const binary = miniBrowserPath();
    super({
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      // WebKitWebDriver speaks WebDriver classic only: no BiDi socket (webdriverio asks for one by default).
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
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

/**
 * Firefox opens its downloads panel when a download starts (My Orders' CSV export), and the panel keeps the
 * keyboard: every later key a test sends went to it. Tests download without it.
 */
const FIREFOX_PREFS = { 'browser.download.alwaysOpenPanel': false };

/** The wtr launcher of one engine. */
export function launcherFor(engine) {
  const path = findBrowser(engine);
  switch (engine) {
    case 'chromium':
      return Object.assign(
        chromeLauncher({ launchOptions: { executablePath: path, headless: true, args: CHROMIUM_ARGS } }),
        { name: 'Chromium' },
      );
    case 'firefox':
      return chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: path, headless: true, extraPrefsFirefox: FIREFOX_PREFS },
      });
    case 'webkit':
      return new WebKitLauncher(path);
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}
