/** Drives the order-details, shipping-wizard and invoice-form scenarios (ours only) and returns result rows. */
import { attempt } from './attempt.mjs';
import { openBenchPage } from './bench-page.mjs';

const DEMO_ORDERS = 48;
const FORMS = [
  {
    key: 'order-details-open',
    name: 'orderDetailsOpen',
    scenario: '<order-details>: append → header with order number',
  },
  { key: 'shipping-step', name: 'shippingStep', scenario: '<shipping-wizard>: Continue → next step heading focused' },
  { key: 'invoice-total', name: 'invoiceTotal', scenario: '<invoice-form>: quantity input → line total updated' },
];
const NAIVE_NOTE = 'no naive baseline: one order, nothing to index or virtualize';

export async function runForms({ browser, url, plan, log }) {
  const session = await openBenchPage(browser, url);
  try {
    log('forms: order details, shipping wizard, invoice form (demo seed, 48 orders)');
    await session.call('prepareForms');
    const rows = [];
    for (const { key, name, scenario } of FORMS) {
      const result = await attempt(name, log, () => session.call(name, { samples: plan.formSamples }));
      rows.push({
        key,
        scenario,
        count: DEMO_ORDERS,
        inTable: true,
        unit: 'ms',
        ours: result.value ?? null,
        naive: null,
        naiveText: 'n/a',
        naiveNote: NAIVE_NOTE,
        ...(result.error ? { error: result.error } : {}),
      });
    }
    return rows;
  } finally {
    await session.close();
  }
}
