/** Loads the reference server (TypeScript, importing the library's sources) into Node. */
import { loadTypeScript } from '../load-ts.mjs';

/** The module `server.ts` exports: `startReferenceServer(options)`. busboy (CommonJS, Node-only) stays external. */
export function loadReferenceServer() {
  return loadTypeScript('tools/reference-server/server.ts', { external: ['busboy'] });
}
