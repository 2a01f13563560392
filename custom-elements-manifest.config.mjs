/**
 * Config of `cem analyze` (npm run analyze) → custom-elements.json at the package root.
 *
 * Classes come from `src/elements/<name>/<name>.component.ts` (their JSDoc: @summary,
 * @event, @slot, @csspart, @cssprop) plus the shared base class, so the inherited
 * `locale` / `theme` attributes show up on every element.
 *
 * Tags are registered with `defineElement('<name>', Class)` in the define file
 * `src/elements/<name>/<name>.ts`, which the analyzer does not recognise by itself:
 * the `defineElementTags` plugin below reads each define file beside an analysed
 * component and adds `tagName` and a `custom-element-definition` export for it.
 *
 * Events come from the `@event <name> - \`<EventClass>\`, detail …` lines of the JSDoc header; the
 * `eventClasses` plugin gives each its class as `type` (the React wrappers and the README's events table
 * are generated from them, see tools/elements.mjs) and drops the unnamed events the analyzer guesses from
 * `dispatchEvent(new X(…))` when a documented event has that class (an undocumented one stays, unnamed, and
 * test/node/elements.test.mjs fails on it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

const DEFINE_CALL = /defineElement\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g;

/** Reads `defineElement('tag', Class)` calls from the define file beside every analysed component module. */
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
        const source = readFileSync(definePath, 'utf8');
        const exports = [];
        for (const [, tagName, className] of source.matchAll(DEFINE_CALL)) {
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

const EVENT_CLASS = /^`([A-Z][\w$]*Event)`/;

/** Sets each documented event's `type` to the class its description starts with; drops the analyzer's unnamed duplicates. */
function eventClasses() {
  return {
    name: 'supplier-flow-event-classes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          for (const event of declaration.events) {
            const eventClass = event.name && EVENT_CLASS.exec(event.description ?? '')?.[1];
            if (eventClass) event.type = { text: eventClass };
          }
          const documented = new Set(declaration.events.filter((event) => event.name).map((event) => event.type?.text));
          declaration.events = declaration.events.filter((event) => event.name || !documented.has(event.type?.text));
        }
      }
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
  plugins: [defineElementTags(), eventClasses()],
};
