/**
 * typescript-eslint parses with TypeScript's JavaScript API, which TypeScript 7 (the compiler the project
 * builds and type-checks with) no longer has. This workspace installs TypeScript 6.0 beside typescript-eslint;
 * inside the ESLint process every `require('typescript')` resolves to it, also from the packages npm hoisted
 * next to the root's TypeScript 7 (such as ts-api-utils). Imported before any plugin.
 */
import Module, { createRequire } from 'node:module';

const typescriptApi = createRequire(import.meta.url).resolve('typescript');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveTypeScriptApi(request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? typescriptApi : request, ...rest);
};
