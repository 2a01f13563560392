/** Served by the `catalog-index` plugin of web-test-runner.config.mjs: every `src/**/*.messages.ts` module by path. */
export declare const catalogModules: Record<string, Record<string, unknown>>;
