/**
 * The library's Trusted Types policy, `supplier-flow`, for the one script URL it loads itself: a module worker
 * (`new Worker(url)` is a sink for a TrustedScriptURL under `require-trusted-types-for 'script'`). It vouches for
 * same-origin URLs only, and it is created on first use, so a page that never starts a worker never sees it.
 * A page with Trusted Types lists it beside lit's: `trusted-types lit-html supplier-flow`. Where the page's policy
 * does not allow it, creating it throws (once; later calls throw without trying again) and the caller does
 * without the worker.
 */

/** The part of the Trusted Types API used here (not in TypeScript's DOM library). */
interface TrustedTypePolicyFactoryLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): object };
}

export const TRUSTED_TYPES_POLICY_NAME = 'supplier-flow';

let policy: { createScriptURL(input: string): object } | Error | undefined;

function sameOriginOnly(input: string): string {
  const url = new URL(input, location.href);
  if (url.origin !== location.origin)
    throw new TypeError(`${TRUSTED_TYPES_POLICY_NAME}: only same-origin worker scripts are trusted, not ${url.origin}`);
  return url.href;
}

/**
 * `url` as the page lets a worker be started from it: a TrustedScriptURL where the browser has Trusted Types,
 * the plain URL elsewhere. Throws for another origin's URL and where the page's policy refuses ours.
 */
export function trustedScriptUrl(url: URL): string {
  const href = sameOriginOnly(url.href);
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return href;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, { createScriptURL: sameOriginOnly });
    } catch (error) {
      policy = error instanceof Error ? error : new Error(String(error));
    }
  }
  if (policy instanceof Error) throw policy;
  // A TrustedScriptURL: accepted wherever the DOM takes a script URL string.
  return policy.createScriptURL(href) as unknown as string;
}
