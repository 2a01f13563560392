/** Test helpers for hosts: the adapter conformance kit, its HTTP part, and builders of valid domain objects. */
export { defineConformanceSuite } from './conformance.js';
export type { ConformanceTarget } from './conformance.js';
export { HTTP_CONFORMANCE_CHECKS, runHttpConformance } from './http-conformance.js';
export type { HttpCheckResult, HttpConformanceOptions } from './http-conformance.js';
export * from './fixtures.js';
export { createStubAdapter, pending } from './stub-adapter.js';
