/** Types of load.mjs, for the TypeScript configs that import it. */
import type { startReferenceServer } from './http/server.js';

export declare function loadReferenceServer(): Promise<{ startReferenceServer: typeof startReferenceServer }>;
