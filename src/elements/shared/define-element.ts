import { registerLazyTags } from './lazy-tags.js';

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
  readonly children: readonly ElementDefinition[];
  /** Children in chunks of their own, registered the first time they are rendered. */
  readonly lazyChildren: Readonly<Record<string, DefinitionLoader>>;
}

export interface DefineOptions {
  /**
   * Registers the tags as `<prefix>-<tag>` (`acme` → `<acme-order-list>`), so they live beside the host's own tags
   * of the same names; composite elements render their children with the same prefix. Lowercase letters and
   * digits, starting with a letter, hyphens between them (`acme`, `erp2`, `acme-erp`). Empty: the plain tags.
   */
  readonly prefix?: string;
}

/** Tag prefixes: never adapter data, checked against this before a tag name is made from one. */
export const PREFIX_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const TAG_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** The prefix of every class this copy registered; subclasses of a registered class inherit it. */
const prefixes = new WeakMap<CustomElementConstructor, string>();
/** Tags another library owns, already warned about (a tag is registered both alone and as a composite's child). */
const leftAlone = new Set<string>();
/** The class registered for a base class under a prefix (a subclass: one constructor takes one tag). */
const prefixed = new WeakMap<ElementClass, Map<string, ElementClass>>();

/** `acme` + `order-list` → `acme-order-list`; the tag itself without a prefix. Throws on a prefix outside PREFIX_PATTERN. */
export function prefixedTag(prefix: string, tag: string): string {
  if (prefix !== '' && !PREFIX_PATTERN.test(prefix)) {
    throw new TypeError(
      `supplier-flow: the tag prefix "${prefix}" is not lowercase letters and digits starting with a letter (e.g. "acme").`,
    );
  }
  const name = prefix ? `${prefix}-${tag}` : tag;
  if (!TAG_PATTERN.test(name)) throw new TypeError(`supplier-flow: <${name}> is not a valid tag name.`);
  return name;
}

/** The prefix `element` was registered with (through its class or a base class); empty when none. */
export function prefixOf(element: Element): string {
  for (let type: unknown = element.constructor; typeof type === 'function'; type = Object.getPrototypeOf(type)) {
    const prefix = prefixes.get(type as CustomElementConstructor);
    if (prefix !== undefined) return prefix;
  }
  return '';
}

/** The name under which `host` finds the element `tag` it renders: `acme-order-list` inside `<acme-supplier-portal>`. */
export function childTagName(host: Element, tag: string): string {
  return prefixedTag(prefixOf(host), tag);
}

/** The class to register for `element` under `prefix`: itself, or a subclass when a prefix (or another tag) has it. */
function classFor(element: ElementClass, prefix: string): ElementClass {
  const taken = customElements.getName?.(element);
  if (!prefix && !taken) return element;
  let byPrefix = prefixed.get(element);
  if (!byPrefix) prefixed.set(element, (byPrefix = new Map()));
  let type = byPrefix.get(prefix);
  if (!type) {
    type = class extends element {};
    byPrefix.set(prefix, type);
  }
  return type;
}

function wayOut(name: string, prefix: string): string {
  const example = prefix === 'acme' ? 'acme2' : 'acme';
  return (
    `To run Supplier Flow beside it, give Supplier Flow's tags ${prefix ? 'another' : 'a'} prefix: ` +
    `data-prefix="${example}" on the <script> tag of supplier-flow.js, or defineSupplierFlow({ prefix: '${example}' }) ` +
    `from 'supplier-flow', and write <${example}-${name.slice(prefix ? prefix.length + 1 : 0)}>.`
  );
}

/**
 * Registers one tag. Registering the same element again is harmless; a second copy of the same library version
 * is tolerated; another version warns and keeps the first; a tag owned by another library warns, naming the
 * way out (a prefix), and is left to it. Never throws on a clash.
 */
function register(name: string, element: ElementClass, prefix: string): void {
  const existing = customElements.get(name) as ElementClass | undefined;
  if (!existing) {
    const type = classFor(element, prefix);
    customElements.define(name, type);
    prefixes.set(type, prefix);
    return;
  }
  if (existing === element || existing === prefixed.get(element)?.get(prefix)) return;
  if (existing.supplierFlowVersion === undefined) {
    if (leftAlone.has(name)) return;
    leftAlone.add(name);
    console.warn(
      `supplier-flow: <${name}> is already defined by another library, so Supplier Flow's <${name}> is not registered. ${wayOut(name, prefix)}`,
    );
  } else if (existing.supplierFlowVersion !== element.supplierFlowVersion) {
    console.warn(
      `supplier-flow: <${name}> is already defined by Supplier Flow ${existing.supplierFlowVersion}; version ${String(element.supplierFlowVersion)} is not registered. Load one copy of the library.`,
    );
  }
}

/**
 * Registers `definition`'s tag (under `options.prefix`), its children in the same load, and loaders for the
 * children in chunks of their own: each is registered, under the same prefix, the first time it is rendered.
 */
export function defineElement(definition: ElementDefinition, options: DefineOptions = {}): void {
  const prefix = options.prefix ?? '';
  register(prefixedTag(prefix, definition.tag), definition.element, prefix);
  for (const child of definition.children) defineElement(child, options);
  defineLazily(definition.lazyChildren, options);
}

/** Registers each tag of `loaders` (under `options.prefix`) the first time it appears in the page or in one of our shadow roots. */
export function defineLazily(loaders: Readonly<Record<string, DefinitionLoader>>, options: DefineOptions = {}): void {
  const prefix = options.prefix ?? '';
  const entries = Object.entries(loaders).map(
    ([tag, load]) => [prefixedTag(prefix, tag), async () => defineElement((await load()).definition, options)] as const,
  );
  if (entries.length > 0) registerLazyTags(Object.fromEntries(entries));
}
