/** Test helpers for hosts: the adapter conformance kit and builders of valid domain objects. */
export { defineConformanceSuite } from './conformance.js';
export type { ConformanceTarget } from './conformance.js';
export * from './fixtures.js';
export { createStubAdapter, pending } from './stub-adapter.js';
