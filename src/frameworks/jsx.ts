/**
 * JSX types for React 19, which renders custom elements natively:
 * `import type {} from 'supplier-flow/jsx'` once, then `<order-list sort="value" />`
 * type-checks. Events: React 19 passes `on<event-name>` props as listeners,
 * e.g. `onorder-select`; or use the wrappers in `supplier-flow/react`.
 */
import type {} from 'react';
import type { ElementProps, SupplierFlowElements } from './element-props.js';

type ReactElementProps<E> = ElementProps<E> & {
  readonly class?: string;
  readonly id?: string;
  readonly slot?: string;
  readonly 'order-id'?: string;
  readonly children?: unknown;
  readonly ref?: unknown;
  readonly key?: string | number;
  readonly [event: `on${string}-${string}`]: ((event: Event) => void) | undefined;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends SupplierFlowIntrinsicElements {}
  }
}

export type SupplierFlowIntrinsicElements = { [Tag in keyof SupplierFlowElements]: ReactElementProps<SupplierFlowElements[Tag]> };
