#!/usr/bin/env node
/**
 * `npm run reference-server [-- --port 8787 --token secret --allowed-origin https://host.example]`: the reference
 * server on its own, for trying the REST adapter or checking a backend against the contract by hand.
 * `--allowed-origin` (repeatable) replaces the default CORS allow-list (the demo's and the test runner's origins).
 * Data: PostgreSQL when DATABASE_URL is set (postgres://user:password@host:port/database); otherwise embedded
 * PGlite in `--data-dir` (default .data/reference-server-cli/, kept across restarts), or in memory with `--in-memory`.
 */
import { parseArgs } from 'node:util';
import { loadReferenceServer } from './load.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    token: { type: 'string' },
    control: { type: 'boolean', default: false },
    'allowed-origin': { type: 'string', multiple: true },
    'data-dir': { type: 'string', default: '.data/reference-server-cli' },
    'in-memory': { type: 'boolean', default: false },
  },
});
const { startReferenceServer } = await loadReferenceServer();
const server = await startReferenceServer({
  port: Number(values.port),
  token: values.token,
  control: values.control,
  ...(!values['in-memory'] && { dataDir: values['data-dir'] }),
  ...(values['allowed-origin'] && { allowedOrigins: values['allowed-origin'] }),
});
console.log(`Supplier Flow reference server on ${server.url}, data in ${server.database} (Ctrl+C stops it)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
