/**
 * Every element, fed hostile adapter answers (see mutations.ts) for each method
 * it calls: it renders safely or shows an error naming the bad field, runs no
 * script, renders no unsafe link, and throws nothing uncaught. Every hostile case
 * meets the schema; the element is mounted once per batch of accepted cases of a
 * kind and once per refused kind (mount-plan.ts).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { RESPONSE_SCHEMAS } from '../../src/api/schemas/responses.js';
import { createMemoryAdapter, orderIdOf, type MemoryAdapter } from '../../src/api/memory/index.js';
import type { SupplierApi, SupplierApiMethod } from '../../src/api/port.js';
import '../../src/define.js';
import { ELEMENTS } from '../../src/elements/registry.js';
import { mountPlan } from './mount-plan.js';
import { hostileCases, SCRIPT_FLAG } from './mutations.js';

interface Target {
  readonly tag: string;
  readonly orderId: string;
  readonly methods: readonly SupplierApiMethod[];
}

/** Elements and the adapter methods whose answers they render. */
export const TARGETS: readonly Target[] = [
  { tag: 'shipment-list', orderId: orderIdOf(12), methods: ['listShipments', 'getOrder', 'getTracking'] },
  { tag: 'shipping-wizard', orderId: orderIdOf(18), methods: ['getOrder', 'listCarriers', 'getPackagingRules'] },
  { tag: 'shipping-wizard', orderId: orderIdOf(6), methods: ['getCompanyProfile'] },
  { tag: 'order-list', orderId: '', methods: ['listOrders'] },
  { tag: 'order-details', orderId: orderIdOf(8), methods: ['getOrder'] },
  { tag: 'production-confirmation', orderId: orderIdOf(0), methods: ['getOrder', 'getProductionOrder'] },
  { tag: 'quality-report', orderId: orderIdOf(6), methods: ['getOrder', 'listQualityReports', 'getPackagingRules'] },
  { tag: 'quality-report', orderId: orderIdOf(44), methods: ['getOrder'] },
  { tag: 'invoice-form', orderId: orderIdOf(10), methods: ['getOrder', 'getCompanyProfile'] },
  { tag: 'order-activity', orderId: orderIdOf(13), methods: ['listOrderActivity', 'getOrder'] },
];

/** Elements on the list that call no adapter method themselves, and why. */
const NO_TARGET: Readonly<Record<string, string>> = {
  'supplier-provider': 'provides the adapter, renders nothing',
  'supplier-portal': 'routes between the other elements, which load the data',
};

function deepQueryAll(root: ParentNode, selector: string, found: Element[] = []): Element[] {
  found.push(...root.querySelectorAll(selector));
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) deepQueryAll(element.shadowRoot, selector, found);
  return found;
}

const deepText = (root: ParentNode): string =>
  [...root.querySelectorAll('*')].map((element) => (element.shadowRoot ? deepText(element.shadowRoot) : '')).join(' ') +
  (root.textContent ?? '');

/** The memory adapter, but `method` answers `value`; `calls.count` says whether the element asked. */
function poisoned(
  memory: MemoryAdapter,
  method: SupplierApiMethod,
  value: unknown,
  calls: { count: number },
): SupplierApi {
  return new Proxy(memory, {
    get(target, property, receiver) {
      if (property === method) {
        return async () => {
          calls.count += 1;
          return structuredClone(value);
        };
      }
      const original = Reflect.get(target, property, receiver);
      return typeof original === 'function' ? original.bind(target) : original;
    },
  });
}

async function validAnswer(memory: MemoryAdapter, method: SupplierApiMethod, orderId: string): Promise<unknown> {
  switch (method) {
    case 'getTracking': {
      const shipment = (await memory.listShipments(orderId)).find((each) => each.delivery.arrangedBy === 'supplier');
      return memory.getTracking(orderId, shipment!.id);
    }
    case 'listCarriers':
      return memory.listCarriers();
    case 'listOrders':
      return memory.listOrders({ limit: 3 });
    case 'getCompanyProfile':
      return memory.getCompanyProfile();
    case 'getPackagingRules':
      return memory.getPackagingRules();
    default:
      return (memory[method] as (id: string) => Promise<unknown>)(orderId);
  }
}

describe('hostile adapter data in every element', function () {
  this.timeout(120_000);
  let memory: MemoryAdapter;
  let cases = 0;
  let mounts = 0;

  before(() => {
    memory = createMemoryAdapter({ persist: false });
  });
  after(() => {
    memory.close();
    console.log(`hostile element cases: ${cases}, in ${mounts} mounts`);
  });

  it('has a target for every element on the list that calls the adapter', () => {
    const covered = new Set([...TARGETS.map((target) => target.tag), ...Object.keys(NO_TARGET)]);
    expect(ELEMENTS.map((element) => element.tag).filter((tag) => !covered.has(tag))).to.deep.equal([]);
  });

  for (const target of TARGETS) {
    for (const method of target.methods) {
      it(`<${target.tag}> survives hostile ${method} answers`, async () => {
        const valid = JSON.parse(JSON.stringify(await validAnswer(memory, method, target.orderId)));
        const calls = { count: 0 };
        const plan = mountPlan(method, RESPONSE_SCHEMAS[method]!, valid, hostileCases(valid));
        for (const mount of plan) {
          const callsBefore = calls.count;
          cases += mount.cases;
          mounts += 1;
          const tag = unsafeStatic(target.tag);
          const wrapper = await fixture<HTMLElement>(
            staticHtml`<supplier-provider .adapter=${poisoned(memory, method, mount.value, calls)}><${tag} order-id=${target.orderId}></${tag}></supplier-provider>`,
          );
          const element = wrapper.firstElementChild!;
          await waitUntil(
            () =>
              element.shadowRoot &&
              !deepQueryAll(element.shadowRoot, '[aria-busy="true"]').length &&
              (element.shadowRoot.textContent ?? '').trim(),
            `${mount.label}: settles`,
            { timeout: 4000, interval: 10 },
          );
          const root = element.shadowRoot!;
          expect((window as unknown as Record<string, unknown>)[SCRIPT_FLAG], `${mount.label}: script ran`).to.equal(
            undefined,
          );
          expect(deepQueryAll(root, 'img[src="x"], script'), `${mount.label}: markup from data`).to.have.length(0);
          const links = deepQueryAll(root, 'a[href]').map((link) => link.getAttribute('href')!);
          expect(
            links.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
            `${mount.label}: unsafe link`,
          ).to.deep.equal([]);
          const { refusedAt } = mount;
          if (refusedAt !== null && calls.count > callsBefore) {
            const alerts = () =>
              deepQueryAll(root, '[role="alert"]')
                .map((alert) => deepText(alert))
                .join(' ');
            await waitUntil(
              () => alerts().includes(`"${refusedAt}"`),
              `${mount.label}: an error names the field "${refusedAt}"; shown: ${alerts()}`,
              {
                timeout: 3000,
                interval: 10,
              },
            );
          }
          wrapper.remove();
        }
        expect(calls.count, `<${target.tag}> asked for ${method}`).to.be.greaterThan(0);
      });
    }
  }
});
