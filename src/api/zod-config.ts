import { config } from 'zod/mini';

/**
 * Zod probes `new Function` to compile fast object parsers; under a strict CSP
 * (no 'unsafe-eval') the probe is reported as a violation even though zod
 * catches it. Jitless parsing is plenty fast for adapter responses.
 * Imported first by `schemas.ts`, so it runs before any schema is built.
 */
config({ jitless: true });
