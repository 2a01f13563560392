import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '../helpers/viewport.js';
import 'axe-core/axe.min.js';
import '../../src/define.js';
import { makeLineAcknowledgement, makeLineResponse, makeOrder, makeShipment } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { mountInProvider, root } from '../helpers/mount.js';

interface AxeViolation {
  readonly id: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}
type Axe = { run(context: Element, options: object): Promise<{ violations: AxeViolation[] }> };

/** The WCAG 2.2 A/AA rules, as tools/storybook-smoke.mjs runs them. */
async function wcag22Violations(el: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const { violations } = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

describe('WCAG 2.2 AA at every width', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('gives the tracking-number links of a shipment targets of 24 × 24 px at 1280 px', async () => {
    await setViewport({ width: 1280, height: 900 });
    const order = makeOrder({ id: 'o-t' });
    const shipment = makeShipment({
      id: 's-t',
      items: [{ positionId: order.positions[0]!.id, quantity: 1 }],
      delivery: {
        arrangedBy: 'supplier',
        carrierId: 'dhl',
        trackingNumbers: ['1234567890', '2234567890', '3234567890'],
        expectedShipDate: '2026-11-25',
      },
    });
    const api = createStubAdapter({
      getOrder: async () => order,
      listShipments: async () => [shipment],
      listCarriers: async () => [{ id: 'dhl', name: 'DHL', trackingUrlTemplate: 'https://track.example/{number}' }],
    });
    const el = await mountInProvider(
      api,
      'shipment-list',
      html`<shipment-list order-id="o-t"></shipment-list>`,
      '[part~="number-tracking-link"]',
    );
    const link = root(el).querySelector('[part~="number-tracking-link"]')!.getBoundingClientRect();
    expect(link.height).to.be.at.least(24);
    expect(await wcag22Violations(el)).to.deep.equal([]);
  });

  it('lets a keyboard reach a table that scrolls sideways at 375 px (the answers per line)', async () => {
    await setViewport({ width: 375, height: 800 });
    const base = makeOrder({ id: 'lines' });
    const lineAcknowledgement = makeLineAcknowledgement(base, [
      { response: makeLineResponse({ status: 'accepted' }) },
      {
        response: makeLineResponse({
          status: 'counter-proposal',
          date: '2027-01-05',
          note: 'We can wait until this date.',
        }),
      },
    ]);
    const order = { ...base, production: { confirmedAt: null, confirmedAtApplication: false, lineAcknowledgement } };
    const el = await mountInProvider(
      createStubAdapter({ getOrder: async () => order }),
      'production-confirmation',
      // A narrow column, so the table overflows whatever the engine's font metrics.
      html`<div style="inline-size: 260px">
        <production-confirmation order-id="lines" poll-interval="0"></production-confirmation>
      </div>`,
      '[part~="line-results"] table',
    );
    await waitUntil(() => !root(el).querySelector('[aria-busy="true"]'), 'loaded');
    const region = root(el).querySelector<HTMLElement>('.table-wrap')!;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('role')).to.equal('region');
    expect(await wcag22Violations(el)).to.deep.equal([]);
  });
});
