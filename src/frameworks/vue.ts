/**
 * Vue types: `import type {} from 'supplier-flow/vue'` once, and templates
 * type-check the Supplier Flow tags (with `compilerOptions.isCustomElement`
 * set to accept them, e.g. `tag => tag.includes('-')`).
 */
import type {} from 'vue';
import type { ElementProps, SupplierFlowElements } from './element-props.js';

export type SupplierFlowVueComponents = {
  [Tag in keyof SupplierFlowElements]: new () => { $props: ElementProps<SupplierFlowElements[Tag]> & { 'order-id'?: string } };
};

declare module 'vue' {
  interface GlobalComponents extends SupplierFlowVueComponents {}
}
