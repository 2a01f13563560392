import { executeServerCommand } from '@web/test-runner-commands';

/** Sets the page's viewport in every engine the suite runs in (tools/viewport-plugin.mjs, WebDriver included). */
export async function setViewport(viewport: { readonly width: number; readonly height: number }): Promise<void> {
  await executeServerCommand('sf-set-viewport', viewport);
}
