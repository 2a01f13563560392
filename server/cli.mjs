#!/usr/bin/env node
/**
 * `npm run reference-server [-- --port 8787 --token secret --allowed-origin https://host.example]`: the reference
 * server on its own, for trying the REST adapter or checking a backend against the contract by hand.
 * `--allowed-origin` (repeatable) replaces the default CORS allow-list (the demo's and the test runner's origins).
 */
import { parseArgs } from 'node:util';
import { loadReferenceServer } from './load.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    token: { type: 'string' },
    control: { type: 'boolean', default: false },
    'allowed-origin': { type: 'string', multiple: true },
  },
});
const { startReferenceServer } = await loadReferenceServer();
const server = await startReferenceServer({
  port: Number(values.port),
  token: values.token,
  control: values.control,
  ...(values['allowed-origin'] && { allowedOrigins: values['allowed-origin'] }),
});
console.log(`Supplier Flow reference server on ${server.url} (Ctrl+C stops it)`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
