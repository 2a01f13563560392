/** Served by the `catalog-index` plugin of web-test-runner.config.mjs: every message catalog module under src, by path. */
export declare const catalogModules: Record<string, Record<string, unknown>>;
