/**
 * Runs in Node, not in the browser: web-test-runner.config.mjs bundles it for Node (lit's server build, as a
 * server-rendering host loads it) and serves what `serverMarkup` returns as /test/generated/react-server-markup.js.
 */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { HydrationApp } from './hydration-app.js';

export function serverMarkup(): string {
  return renderToString(React.createElement(HydrationApp));
}
