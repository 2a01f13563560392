/**
 * Attributes whose TypeScript type is a union of string literals (`sort: OrderSort`, `step: ShippingStepKey | ''`,
 * `theme?: ThemeName`) get that union written out as their type (`'lead-time' | 'created' | 'value'`), so tools
 * (html-custom-data.json, IDE plugins, Storybook controls) can list the values. The analyzer only copies the
 * type's text, so the alias is resolved with TypeScript's checker over the analysed modules and the modules
 * of this package they import (other packages' types are not loaded: they are not needed, and slow).
 */

/** The string literals of `type` (and whether it allows undefined / null), or null when it is anything else. */
function stringLiterals(ts, type) {
  const parts = type.isUnion() ? type.types : [type];
  const values = [];
  let optional = false;
  for (const part of parts) {
    if (part.isStringLiteral()) values.push(part.value);
    else if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) optional = true;
    else return null;
  }
  return values.length > 0 ? { values, optional } : null;
}

const quote = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function createChecker(ts, rootFiles) {
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
    strict: true,
    experimentalDecorators: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  host.resolveModuleNameLiterals = (literals, containingFile) =>
    literals.map((literal) => {
      const { resolvedModule } = ts.resolveModuleName(literal.text, containingFile, options, host);
      return { resolvedModule: resolvedModule && !resolvedModule.isExternalLibraryImport ? resolvedModule : undefined };
    });
  const program = ts.createProgram(rootFiles, options, host);
  return { program, checker: program.getTypeChecker() };
}

export function literalAttributeTypes() {
  let ts;
  return {
    name: 'supplier-flow-literal-attribute-types',
    initialize({ ts: typescript }) {
      ts = typescript;
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const { program, checker } = createChecker(
        ts,
        modules.map((module) => module.path),
      );
      /** The string literal union of `className.fieldName` declared in `path`, or null. */
      const literalsOf = (path, className, fieldName) => {
        const source = program.getSourceFile(path);
        const classNode = source?.statements.find(
          (node) => ts.isClassDeclaration(node) && node.name?.text === className,
        );
        const property = classNode?.members.find(
          (member) => ts.isPropertyDeclaration(member) && member.name.getText(source) === fieldName,
        );
        return property ? stringLiterals(ts, checker.getTypeAtLocation(property)) : null;
      };
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const resolved = new Map();
          for (const attribute of declaration.attributes ?? []) {
            if (!attribute.fieldName) continue;
            const from = attribute.inheritedFrom ?? { name: declaration.name, module: module.path };
            const literals = literalsOf(from.module, from.name, attribute.fieldName);
            if (!literals) continue;
            const text = [...literals.values.map(quote), ...(literals.optional ? ['undefined'] : [])].join(' | ');
            attribute.type = { text };
            resolved.set(attribute.fieldName, text);
          }
          for (const member of declaration.members ?? []) {
            if (member.kind === 'field' && resolved.has(member.name)) member.type = { text: resolved.get(member.name) };
          }
        }
      }
    },
  };
}
