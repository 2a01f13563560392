/** The plugins of the repository's ESLint config (eslint.config.js at the root), resolved from this workspace. */
import './typescript-api.js';

export { default as js } from '@eslint/js';
export { default as globals } from 'globals';
export { default as tseslint } from 'typescript-eslint';
export { default as lit } from 'eslint-plugin-lit';
export { default as litA11y } from 'eslint-plugin-lit-a11y';
export { default as wc } from 'eslint-plugin-wc';
