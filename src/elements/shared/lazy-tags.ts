/**
 * The tags our elements render: the names they are rendered under (a host's prefix, `<acme-order-list>`), and the
 * code of on-demand tags, loaded the first time one appears. Imported by every element (SupplierElement), so the
 * registration code (define-element.ts) and the composites share it without a chunk of its own.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Loader = () => Promise<unknown>;

/** Tags registered on demand (the script-tag bundle registers them); empty for bundler users, who import what they use. */
const loaders = new Map<string, Loader>();
const loads = new Map<string, Promise<unknown>>();

/** Registers tags whose code loads the first time one of them appears in the page or in an element's shadow root. */
export function registerLazyTags(entries: Readonly<Record<string, Loader>>): void {
  for (const [tag, loader] of Object.entries(entries)) loaders.set(tag, loader);
}

/** Loads a lazily registered tag's code (once); `undefined` when the tag is not one. A failed load is tried again next time. */
export function loadTag(tag: string): Promise<unknown> | undefined {
  const loader = loaders.get(tag);
  if (!loader || customElements.get(tag)) return undefined;
  let load = loads.get(tag);
  if (!load) {
    load = loader().catch((error: unknown) => {
      loads.delete(tag);
      console.error(`supplier-flow: <${tag}> could not be loaded; it is tried again when added anew.`, error);
    });
    loads.set(tag, load);
  }
  return load;
}

/** Loads every lazily registered tag used, still undefined, in `root` or below. */
export function discoverTags(root: ParentNode): void {
  if (loaders.size === 0) return;
  if (root instanceof Element) void loadTag(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) void loadTag(element.localName);
}

/** Watches `root` (the document, or a shadow root) for lazily registered tags; `undefined` when none is registered. */
export function observeTags(root: Document | ShadowRoot): MutationObserver | undefined {
  if (loaders.size === 0) return undefined;
  discoverTags(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discoverTags(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}

/** Makes an element's shadow root a place where lazily registered tags are found. */
export class LazyTagsController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  private observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    if (root instanceof ShadowRoot) this.observer = observeTags(root);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/** Tag prefixes: never adapter data, checked against this before a tag name is made of one. */
export const PREFIX_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The prefix each class was registered with (define-element.ts); subclasses of a registered class inherit it. */
const prefixes = new WeakMap<CustomElementConstructor, string>();

/** Records the prefix `type` was registered with. */
export function rememberPrefix(type: CustomElementConstructor, prefix: string): void {
  prefixes.set(type, prefix);
}

/** `acme` + `order-list` → `acme-order-list`; the tag itself without a prefix. Throws on a prefix outside PREFIX_PATTERN. */
export function prefixedTag(prefix: string, tag: string): string {
  if (!prefix) return tag;
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new TypeError(`supplier-flow: "${prefix}" is not a tag prefix (e.g. "acme").`);
  }
  return `${prefix}-${tag}`;
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

/** A child's registered name in a `staticHtml` template (made by `childTag`). */
class ChildTag {
  constructor(readonly name: string) {}
}

const templates = new Map<string, TemplateStringsArray>();

/**
 * The tag a composite element writes for a child it renders, in `staticHtml`: `<${childTag(this, 'order-list')}>`
 * is `<order-list>`, or `<acme-order-list>` inside `<acme-supplier-portal>`. Made of one of our tags and a prefix
 * checked against PREFIX_PATTERN, never of adapter data.
 */
export function childTag(host: Element, tag: string): ChildTag {
  return new ChildTag(childTagName(host, tag));
}

/**
 * lit's `html` with the `childTag` values joined into the template's text, as lit's static html
 * (`lit/static-html.js`) does with `unsafeStatic`; this copy keeps that module, and a chunk of its own in the
 * script-tag build, out of the first load.
 */
export function staticHtml(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  const text = [strings[0] ?? ''];
  const dynamic: unknown[] = [];
  values.forEach((value, index) => {
    const next = strings[index + 1] ?? '';
    if (value instanceof ChildTag) {
      text[text.length - 1] += value.name + next;
    } else {
      text.push(next);
      dynamic.push(value);
    }
  });
  const key = text.join('\u0000');
  let joined = templates.get(key);
  if (!joined) templates.set(key, (joined = Object.assign(text, { raw: text }) as unknown as TemplateStringsArray));
  return html(joined, ...dynamic);
}
