/** Served by web-test-runner.config.mjs: the URL of the reference server the runner started. */
export declare const referenceServerUrl: string;
