/**
 * Svelte 5 types: `import type {} from 'supplier-flow/svelte'` once (in a `.d.ts` of the app, or a `<script lang="ts">`),
 * and svelte-check type-checks the Supplier Flow tags in markup (`svelteHTML`, through `svelte/elements`): their
 * properties (`needsAction={true}`), the HTML attributes of any element (`class`, `style`, `hidden`, `onclick`, …) and
 * one `on<event-name>` attribute per event of the element, taking the event's class
 * (`onorder-select={(event) => open(event.detail.orderId)}`; Svelte 5 adds a listener for each). Any other attribute,
 * a misspelled event among them, is an error.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type {
  ElementProps,
  EventListenerProps,
  IdAttributes,
  SupplierFlowElements,
  SupplierFlowTag,
} from './element-props.js';

/** The attributes and properties of a Supplier Flow tag in Svelte markup. */
export type SupplierFlowSvelteProps<Tag extends SupplierFlowTag> = Omit<
  HTMLAttributes<SupplierFlowElements[Tag]>,
  keyof ElementProps<SupplierFlowElements[Tag]>
> &
  ElementProps<SupplierFlowElements[Tag]> &
  IdAttributes &
  EventListenerProps<Tag>;

export type SupplierFlowSvelteElements = { [Tag in SupplierFlowTag]: SupplierFlowSvelteProps<Tag> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends SupplierFlowSvelteElements {}
}
