/**
 * The benchmark page: registers the library's elements and the naive baseline list, and exposes every scenario on
 * `window.bench` for tools/bench.mjs to call through page.evaluate. Each scenario measures in the page and returns
 * figures (bench/stats.ts).
 */
import '../src/define.js';
import { defineNaiveOrderList } from './naive-order-list.js';
import { adapterQuery } from './scenarios/adapter-query.js';
import { firstRows } from './scenarios/first-rows.js';
import { prepareForms } from './scenarios/forms-data.js';
import { invoiceTotal } from './scenarios/invoice-form.js';
import { largeData, largeDataCases } from './scenarios/large-data.js';
import { prepareList, prepareNaive } from './scenarios/list-data.js';
import { scrollThrough } from './scenarios/list-scroll.js';
import { listUpdates } from './scenarios/list-updates.js';
import { orderDetailsOpen } from './scenarios/order-details.js';
import { shippingStep } from './scenarios/shipping-wizard.js';

/** What the page can measure with: heap after a forced GC (offered by tools/bench.mjs) and long-task entries. */
function capabilities(): { heap: boolean; longtask: boolean } {
  return {
    heap: typeof (globalThis as { benchHeapAfterGc?: unknown }).benchHeapAfterGc === 'function',
    longtask: PerformanceObserver.supportedEntryTypes.includes('longtask'),
  };
}

const bench = {
  capabilities,
  prepareList,
  prepareNaive,
  firstRows,
  listUpdates,
  scrollThrough,
  adapterQuery,
  prepareForms,
  orderDetailsOpen,
  shippingStep,
  invoiceTotal,
  largeData,
  largeDataCases,
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}

defineNaiveOrderList();
window.bench = bench;
