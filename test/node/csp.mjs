/** The Content Security Policy of the reliability issue; `lit-html` is the Trusted Types policy lit creates (documented in README). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; require-trusted-types-for 'script'; trusted-types lit-html";
