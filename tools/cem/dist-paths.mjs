/**
 * Module paths name the files a host imports from the published package, not our TypeScript sources: each
 * element's class and its tag are in `dist/elements/<name>/<name>.js` (the entry that exports the class and
 * registers the tag, built from `<name>.component.ts` and the define file `<name>.ts`), the base class in
 * `dist/index.js`. The analyzer's modules and every reference to them (`module` of declarations, superclasses,
 * `inheritedFrom`) are rewritten, and modules that land on the same file are merged, keeping the declarations
 * they export (the analyzer also reports some local variables of methods as declarations). A source path without a
 * place in dist stops `cem analyze`, so a new glob in the config gets one here.
 */

/** `src/…ts` or the analyzer's `/src/….js` → the built file that exports it. */
export function distPathOf(sourcePath) {
  const path = sourcePath.replace(/^\//, '').replace(/\.js$/, '.ts');
  const element = /^src\/elements\/([^/]+)\/\1(?:\.component)?\.ts$/.exec(path);
  if (element) return `dist/elements/${element[1]}/${element[1]}.js`;
  if (path === 'src/elements/shared/supplier-element.ts') return 'dist/index.js';
  return undefined;
}

function rewriteModuleReferences(value) {
  if (Array.isArray(value)) {
    value.forEach(rewriteModuleReferences);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'module' && typeof child === 'string' && !('package' in value)) {
      const path = distPathOf(child);
      if (!path) throw new Error(`dist paths: no built file for the module reference ${child}`);
      value[key] = path;
    } else rewriteModuleReferences(child);
  }
}

export function distPaths() {
  return {
    name: 'supplier-flow-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      const merged = new Map();
      for (const module of customElementsManifest.modules) {
        const path = distPathOf(module.path);
        if (!path) throw new Error(`dist paths: no built file for ${module.path}; add it to tools/cem/dist-paths.mjs`);
        const target = merged.get(path) ?? { kind: 'javascript-module', path, declarations: [], exports: [] };
        target.declarations.push(...(module.declarations ?? []));
        for (const entry of module.exports ?? []) {
          if (!target.exports.some((existing) => existing.kind === entry.kind && existing.name === entry.name))
            target.exports.push(entry);
        }
        merged.set(path, target);
      }
      const modules = [...merged.values()].sort((a, b) => a.path.localeCompare(b.path));
      for (const module of modules) {
        const exported = new Set(
          module.exports.filter((entry) => entry.kind === 'js').map((entry) => entry.declaration.name),
        );
        module.declarations = module.declarations.filter((declaration) => exported.has(declaration.name));
      }
      rewriteModuleReferences(modules);
      customElementsManifest.modules = modules;
    },
  };
}
