/**
 * `npm start`: the demo host page (demo/) on Vite's dev server, http://localhost:5173.
 * It imports the library straight from src/ and runs it on the in-browser memory adapter;
 * http://localhost:5173/?adapter=rest runs it on the REST adapter against the reference
 * server, which this config starts on a loopback port and serves behind /api. The server keeps
 * its data in .data/reference-server/ (PGlite), or in PostgreSQL when DATABASE_URL is set, so
 * every change survives a restart of `npm start`.
 */
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { decoratorTransform, workerBuild } from './vite.config.js';
import { loadReferenceServer } from './server/load.mjs';

/** Starts the reference server with the dev server and forwards /api/* to it. */
function referenceServer(): Plugin {
  return {
    name: 'supplier-flow-reference-server',
    apply: 'serve',
    async configureServer(server) {
      const { startReferenceServer } = await loadReferenceServer();
      const backend = await startReferenceServer({
        control: true,
        dataDir: fileURLToPath(new URL('./.data/reference-server/', import.meta.url)),
      });
      server.config.logger.info(`  reference server (?adapter=rest): ${backend.database}`);
      server.httpServer?.once('close', () => void backend.close());
      const target = new URL(backend.url);
      server.middlewares.use('/api', (request, response) => {
        const upstream = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            path: request.url,
            method: request.method,
            headers: request.headers,
          },
          (answer) => {
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(response);
          },
        );
        upstream.on('error', () => {
          if (!response.headersSent) response.writeHead(502);
          response.end();
        });
        request.pipe(upstream);
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./demo/', import.meta.url)),
  publicDir: false,
  ...decoratorTransform,
  plugins: [referenceServer()],
  worker: workerBuild('assets/[name]-[hash].js', true),
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
