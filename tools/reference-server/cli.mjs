#!/usr/bin/env node
/**
 * `npm run reference-server [-- --port 8787 --token secret]`: the reference server on its own, for trying the
 * REST adapter or checking a backend against the contract by hand.
 */
import { parseArgs } from 'node:util';
import { loadReferenceServer } from './load.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8787' }, token: { type: 'string' }, control: { type: 'boolean', default: false } } });
const { startReferenceServer } = await loadReferenceServer();
const server = await startReferenceServer({ port: Number(values.port), token: values.token, control: values.control });
console.log(`Supplier Flow reference server on ${server.url} (Ctrl+C stops it)`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
