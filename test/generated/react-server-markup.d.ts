/** Served by web-test-runner.config.mjs: test/react/hydration-app.ts rendered by React in Node (test/react/render-on-server.ts). */
export declare const serverMarkup: string;
