import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
      console.error(`supplier-flow: the code of <${tag}> could not be loaded; it will be tried again when the element is added anew.`, error);
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
