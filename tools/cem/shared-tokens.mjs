/**
 * The public design tokens (`--sf-*`, read in src/theme/tokens.styles.ts) are CSS properties of every element:
 * they are documented once, with `@cssprop` in the base class's JSDoc, and this plugin
 *   - stops `cem analyze` when that list and the tokens file differ (a token added or renamed on one side only),
 *   - gives each its default from the tokens file (and the dark theme's, when it differs, in the description),
 *   - lists them on every custom element, including those not derived from the base class (`<supplier-provider>`,
 *     whose tokens are inherited by the elements inside it).
 */
import { readFileSync } from 'node:fs';

/** `--sf-name` → default, per block of the tokens file: the first `:host {…}` (light) and the dark one. */
export function readTokens(path) {
  const source = readFileSync(path, 'utf8');
  const blocks = [...source.matchAll(/:host(\([^)]*\))?\s*\{([^}]*)\}/g)];
  const defaults = (block) =>
    new Map(
      [...(block?.[2] ?? '').matchAll(/var\((--sf-[a-z0-9-]+),\s*([^;]+?)\);\s*$/gm)].map(([, name, value]) => [
        name,
        value.trim(),
      ]),
    );
  return {
    light: defaults(blocks.find((block) => !block[1])),
    dark: defaults(blocks.find((block) => block[1]?.includes('dark'))),
  };
}

export function sharedTokens({ tokensFile, baseClass }) {
  return {
    name: 'supplier-flow-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const { light, dark } = readTokens(tokensFile);
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const base = declarations.find((declaration) => declaration.kind === 'class' && declaration.name === baseClass);
      if (!base) throw new Error(`shared tokens: the base class ${baseClass} is not in the manifest`);
      const documented = new Map(
        (base.cssProperties ?? [])
          .filter((property) => property.name.startsWith('--sf-'))
          .map((property) => [property.name, property]),
      );
      const missing = [...light.keys()].filter((name) => !documented.has(name));
      const extra = [...documented.keys()].filter((name) => !light.has(name));
      if (missing.length || extra.length) {
        throw new Error(
          `shared tokens: ${baseClass}'s @cssprop list and ${tokensFile} differ.` +
            (missing.length ? ` Not documented: ${missing.join(', ')}.` : '') +
            (extra.length ? ` Not in the tokens file: ${extra.join(', ')}.` : ''),
        );
      }
      const tokens = [...light].map(([name, value]) => {
        const darkValue = dark.get(name);
        const description = documented.get(name).description ?? '';
        return {
          name,
          default: value,
          description:
            darkValue && darkValue !== value
              ? `${description} Dark theme default: \`${darkValue}\`.`.trim()
              : description,
        };
      });
      for (const declaration of declarations) {
        if (declaration.kind !== 'class' || !(declaration.customElement || declaration === base)) continue;
        const properties = declaration.cssProperties ?? [];
        for (const token of tokens) {
          const existing = properties.find((property) => property.name === token.name);
          if (!existing) properties.push({ ...token });
          else {
            existing.default ??= token.default;
            // An element's own words for a token (e.g. what its accent colours) stay; the base class's get the dark default.
            if (!existing.description || existing.description === documented.get(token.name).description)
              existing.description = token.description;
          }
        }
        declaration.cssProperties = properties;
      }
    },
  };
}
