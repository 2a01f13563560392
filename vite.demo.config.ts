/**
 * `npm start`: the demo host page (demo/) on Vite's dev server, http://localhost:5173.
 * It imports the library straight from src/ and runs it on the in-browser memory adapter.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { decoratorTransform } from './vite.config.js';

export default defineConfig({
  root: fileURLToPath(new URL('./demo/', import.meta.url)),
  publicDir: false,
  ...decoratorTransform,
  server: {
    port: 5173,
    // The demo imports ../src; allow the whole repository.
    fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] },
  },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./demo-dist/', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
});
