/**
 * Vue types: `import type {} from 'supplier-flow/vue'` once, and templates type-check the Supplier Flow tags under
 * vue-tsc: their properties (`:needs-action="true"` or `:needsAction="true"`) and their events, each with its class
 * (`@order-select="(event) => open(event.detail.orderId)"`). Vue itself must be told the tags are custom elements:
 * `compilerOptions.isCustomElement: (tag) => tag.includes('-')` (in @vitejs/plugin-vue's `template` options).
 */
import type {} from 'vue';
import type {
  ElementProps,
  IdAttributes,
  SupplierFlowElements,
  SupplierFlowEvents,
  SupplierFlowTag,
} from './element-props.js';

/** `order-lines-acknowledged` → `OrderLinesAcknowledged`. */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Name>;

/** The `onX` props vue-tsc checks `@x` listeners against, each taking the event's class. */
export type VueEventProps<Tag extends SupplierFlowTag> = {
  [Name in keyof SupplierFlowEvents[Tag] & string as `on${PascalCase<Name>}`]?: (
    event: SupplierFlowEvents[Tag][Name],
  ) => void;
};

export type SupplierFlowVueComponents = {
  [Tag in SupplierFlowTag]: new () => {
    $props: ElementProps<SupplierFlowElements[Tag]> & IdAttributes & VueEventProps<Tag>;
  };
};

declare module 'vue' {
  interface GlobalComponents extends SupplierFlowVueComponents {}
}
