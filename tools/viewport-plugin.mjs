/**
 * The `sf-set-viewport` command of the test runner (test/helpers/viewport.ts): wtr's own `set-viewport` knows
 * puppeteer and playwright pages only, so WebKit (driven over WebDriver) could not run the layout tests. Over
 * WebDriver the window is resized so that its inner size is the viewport asked for.
 */
export function viewportPlugin() {
  return {
    name: 'supplier-flow-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'sf-set-viewport') return undefined;
      const { width, height } = payload;
      if (!Number.isInteger(width) || !Number.isInteger(height))
        throw new Error('sf-set-viewport needs an integer width and height');
      const { browser } = session;
      if (browser.type === 'puppeteer') {
        await browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (browser.type === 'playwright') {
        await browser.getPage(session.id).setViewportSize({ width, height });
        return true;
      }
      if (browser.type === 'webdriver' && browser.driver) {
        const frame = await browser.driver.execute(() => [
          window.outerWidth - window.innerWidth,
          window.outerHeight - window.innerHeight,
        ]);
        await browser.driver.setWindowSize(width + frame[0], height + frame[1]);
        return true;
      }
      throw new Error(`Setting the viewport is not supported for browser type ${browser.type}.`);
    },
  };
}
