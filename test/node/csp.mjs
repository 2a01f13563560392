/**
 * The Content Security Policy of the reliability issue; `lit-html` is the Trusted Types policy lit creates, `supplier-flow`
 * the library's, for the e-invoice reader's worker (documented in README). WITHOUT_OUR_POLICY: a page that did not list it.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; require-trusted-types-for 'script'; trusted-types lit-html supplier-flow";
export const WITHOUT_OUR_POLICY = STRICT_CSP.replace(' supplier-flow', '');
