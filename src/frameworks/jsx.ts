/**
 * JSX types for React 19, which renders custom elements natively: `import type {} from 'supplier-flow/jsx'` once,
 * then `<order-list sort="value" className="orders" onorder-select={(event) => open(event.detail.orderId)} />`
 * type-checks: the element's properties, React's own props of an HTML element (`className`, `style`, `hidden`,
 * `title`, `onClick`, `ref`, …) and one `on<event-name>` prop per event of the element, taking the event's class
 * (React 19 adds a listener for each). Any other `on…-…` prop is no event of the element: an inline listener on it
 * fails to type-check under `strict`. Registering the tags is up to the host (`supplier-flow/define` or each
 * `supplier-flow/<tag>`); the wrappers in `supplier-flow/react/<tag>` add camel-cased event props instead.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ElementProps,
  EventListenerProps,
  IdAttributes,
  NoOtherEvents,
  SupplierFlowElements,
  SupplierFlowTag,
} from './element-props.js';

/** The props of a Supplier Flow tag in React 19's JSX. */
export type SupplierFlowJsxProps<Tag extends SupplierFlowTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<SupplierFlowElements[Tag]>, SupplierFlowElements[Tag]>,
  keyof ElementProps<SupplierFlowElements[Tag]>
> &
  ElementProps<SupplierFlowElements[Tag]> &
  IdAttributes & {
    /** React 19 passes `class` through to a custom element as well as `className`. */
    readonly class?: string;
  } & EventListenerProps<Tag> &
  NoOtherEvents;

export type SupplierFlowIntrinsicElements = { [Tag in SupplierFlowTag]: SupplierFlowJsxProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends SupplierFlowIntrinsicElements {}
  }
}
