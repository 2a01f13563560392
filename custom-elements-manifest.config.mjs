/**
 * Config of `cem analyze` (npm run analyze) → custom-elements.json at the package root.
 *
 * Classes come from `src/elements/<name>/<name>.component.ts` (their JSDoc: @summary,
 * @fires, @slot, @csspart, @cssprop) plus the shared base class, so the inherited
 * `locale` / `theme` attributes show up on every element.
 *
 * Events: `@fires {EventClass} event-name - description` (name and type); the shared `--sf-*` tokens:
 * `@cssprop` in the base class's JSDoc. The plugins after `defineElementTags` check and complete those,
 * write enumerated attributes' types as unions of string literals, and point module paths at dist/.
 *
 * Tags are registered by the define file `src/elements/<name>/<name>.ts` from the element's definition, which
 * `npm run elements` writes from the list src/elements/registry.ts; the analyzer recognises neither by itself:
 * the `defineElementTags` plugin below gives each analysed component listed there (folder and class as listed)
 * its `tagName`, and its define file a `custom-element-definition` export.
 *
 */
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { distPaths } from './tools/cem/dist-paths.mjs';
import { documentedEvents } from './tools/cem/events.mjs';
import { literalAttributeTypes } from './tools/cem/literal-types.mjs';
import { sharedTokens } from './tools/cem/shared-tokens.mjs';
import { loadRegistry } from './tools/elements.mjs';

/**
 * The custom-elements-manifest schema version the manifest follows (the analyzer writes 1.0.0, whose element
 * declaration has no events or attributes); test/node/manifest.test.mjs validates against this version's schema.
 */
const SCHEMA_VERSION = '2.1.0';

const ELEMENTS = await loadRegistry();

/** Gives each component of the list (src/elements/registry.ts) its tag, and its define file the tag's definition. */
function defineElementTags() {
  return {
    name: 'supplier-flow-define-element-tags',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const defineModules = [];
      for (const module of modules) {
        if (!module.path.endsWith('.component.ts')) continue;
        const folder = basename(dirname(module.path));
        const definePath = `${dirname(module.path)}/${folder}.ts`;
        if (!existsSync(definePath)) continue;
        const exports = [];
        for (const { tag: tagName, className } of ELEMENTS.filter((element) => element.tag === folder)) {
          const declaration = module.declarations?.find(
            (candidate) => candidate.kind === 'class' && candidate.name === className,
          );
          if (!declaration) continue;
          declaration.tagName = tagName;
          declaration.customElement = true;
          const reference = { name: className, module: module.path };
          exports.push({ kind: 'js', name: className, declaration: reference });
          exports.push({ kind: 'custom-element-definition', name: tagName, declaration: reference });
        }
        if (exports.length > 0)
          defineModules.push({ kind: 'javascript-module', path: definePath, declarations: [], exports });
      }
      modules.push(...defineModules);
      modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['src/elements/**/*.component.ts', 'src/elements/shared/supplier-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'test/**', 'stories/**', 'node_modules/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [
    defineElementTags(),
    documentedEvents(),
    literalAttributeTypes(),
    sharedTokens({ tokensFile: 'src/theme/tokens.styles.ts', baseClass: 'SupplierElement' }),
    distPaths(),
    {
      name: 'supplier-flow-schema-version',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.schemaVersion = SCHEMA_VERSION;
      },
    },
  ],
};
