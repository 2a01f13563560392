import { prefixedTag, registerLazyTags, rememberPrefix } from './lazy-tags.js';

/** A Supplier Flow element class: its static `supplierFlowVersion` tells our copies from other libraries' classes. */
export type ElementClass = CustomElementConstructor & { readonly supplierFlowVersion?: string };

/** Loads a definition from its own chunk (`import('…/<tag>.definition.js')`). */
export type DefinitionLoader = () => Promise<{ readonly definition: ElementDefinition }>;

/**
 * What registering an element takes: its tag, its class, and the tags it renders in its shadow root
 * (`src/elements/<tag>/<tag>.definition.ts`, written by `npm run elements` from src/elements/registry.ts).
 */
export interface ElementDefinition {
  /** The tag without a prefix. */
  readonly tag: string;
  readonly element: ElementClass;
  /** Children in its first load, registered with it. */
  readonly children?: readonly ElementDefinition[];
  /** Children in chunks of their own, registered the first time they are rendered. */
  readonly lazyChildren?: Readonly<Record<string, DefinitionLoader>>;
}

export interface DefineOptions {
  /**
   * Registers the tags as `<prefix>-<tag>` (`acme` → `<acme-order-list>`), so they live beside the host's own tags
   * of the same names; composite elements render their children with the same prefix. Lowercase letters and
   * digits, starting with a letter, hyphens between them (`acme`, `erp2`, `acme-erp`). Empty: the plain tags.
   */
  readonly prefix?: string;
}

/** Tags another library owns, already warned about (a tag is registered alone and as a composite's child). */
const leftAlone = new Set<string>();

/**
 * Registers `definition`'s tag under `prefix`: the element itself, or a subclass of it under a prefix (one
 * constructor takes one tag). Registering it again, or a second copy of the same library version, is harmless;
 * another version warns and keeps the first; a tag another library owns is left to it, with one warning naming
 * the way out (a prefix). Never throws on a clash.
 */
function register({ tag, element }: ElementDefinition, prefix: string): void {
  const name = prefixedTag(prefix, tag);
  const existing = customElements.get(name) as ElementClass | undefined;
  if (!existing) {
    const type = prefix || customElements.getName?.(element) ? class extends element {} : element;
    customElements.define(name, type);
    rememberPrefix(type, prefix);
  } else if (existing.supplierFlowVersion === undefined) {
    if (leftAlone.has(name)) return;
    leftAlone.add(name);
    const other = prefix ? `${prefix}2` : 'acme';
    console.warn(
      `supplier-flow: <${name}> is already defined by another library, so Supplier Flow's is not registered. A prefix avoids that: data-prefix="${other}" on the script tag or defineSupplierFlow({ prefix: '${other}' }) registers <${other}-${tag}>.`,
    );
  } else if (existing.supplierFlowVersion !== element.supplierFlowVersion) {
    console.warn(
      `supplier-flow: <${name}> is already defined by Supplier Flow ${existing.supplierFlowVersion}, so ${String(element.supplierFlowVersion)} is not registered. Load one copy.`,
    );
  }
}

/**
 * Registers `definition`'s tag (under `options.prefix`), its children in the same load, and loaders for the
 * children in chunks of their own: each is registered, under the same prefix, the first time it is rendered.
 * Children come first: an element already in the page upgrades when its tag is registered, and its shadow root
 * watches for on-demand tags only if there are some by then.
 */
export function defineElement(definition: ElementDefinition, options: DefineOptions = {}): void {
  if (definition.lazyChildren) defineLazily(definition.lazyChildren, options);
  for (const child of definition.children ?? []) defineElement(child, options);
  register(definition, options.prefix ?? '');
}

/** Registers each tag of `loaders` (under `options.prefix`) the first time it appears in the page or in one of our shadow roots. */
export function defineLazily(loaders: Readonly<Record<string, DefinitionLoader>>, options: DefineOptions = {}): void {
  const entries = Object.entries(loaders).map(([tag, load]) => [
    prefixedTag(options.prefix ?? '', tag),
    async () => defineElement((await load()).definition, options),
  ]);
  registerLazyTags(Object.fromEntries(entries) as Record<string, () => Promise<void>>);
}
