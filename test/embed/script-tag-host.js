// A host page's own script: a plain JavaScript adapter object, no library code but the built file.
import { configure } from '/dist/supplier-flow.js';

window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});

const position = {
  id: 'host-1-p1',
  lineNo: 1,
  partNumber: 'HP-1',
  partName: 'Host bracket <b>bold</b>',
  material: 'Aluminium 6082',
  process: 'CNC milling',
  quantity: 5,
  unitPriceMinor: 2_500,
};
const order = {
  id: 'host-1',
  number: 'HOST-1001',
  createdAt: '2026-11-01T08:00:00Z',
  leadTime: '2099-12-15',
  timeZone: 'Europe/Berlin',
  currency: 'EUR',
  kind: 'regular',
  incoterm: 'FCA',
  paymentTermsDays: 30,
  vatRateBasisPoints: 1900,
  positions: [position],
  production: { confirmedAt: null, confirmedAtApplication: false },
  quality: { required: false, reports: [] },
  shipments: [],
  invoices: [],
};
const summary = {
  id: order.id,
  number: order.number,
  createdAt: order.createdAt,
  leadTime: order.leadTime,
  timeZone: order.timeZone,
  partsSummary: 'Host bracket',
  totalQuantity: 5,
  value: { amountMinor: 12_500, currency: 'EUR' },
  stage: 'production',
  nextAction: 'confirm-order',
};
const address = { name: 'Host Supplier GmbH', street: 'Weg 1', postalCode: '10115', city: 'Berlin', country: 'DE' };
let confirmations = 0;

const adapter = {
  async listOrders() {
    return { items: [summary], nextCursor: null, total: 1, counts: { all: 1, needsAction: 1, overdue: 0 } };
  },
  async getOrder() {
    return order;
  },
  async getProductionOrder() {
    return {
      id: 'po',
      name: 'production-order.pdf',
      contentType: 'application/pdf',
      sizeBytes: 10,
      url: 'https://example.com/po.pdf',
      createdAt: '2026-11-01T08:00:00Z',
    };
  },
  async confirmOrder() {
    confirmations += 1;
    order.production = { confirmedAt: '2026-11-02T08:00:00Z', confirmedAtApplication: false };
    return order;
  },
  async listQualityReports() {
    return [];
  },
  async listShipments() {
    return [];
  },
  async listInvoices() {
    return [];
  },
  async listOrderActivity() {
    return [
      {
        id: 'host-c1',
        at: '2026-11-01T09:00:00Z',
        kind: 'comment',
        author: 'platform',
        authorName: 'Host Buyer',
        text: 'Welcome <b>aboard</b>: any question?',
      },
      { id: 'host-x1', at: '2026-11-01T10:00:00Z', kind: 'kind-from-a-newer-host' },
    ];
  },
  async listCarriers() {
    return [{ id: 'dhl', name: 'DHL', trackingUrlTemplate: 'https://www.dhl.com/track?n={number}' }];
  },
  async getPackagingRules() {
    return {
      box: { maxWeightKg: 25, maxLengthCm: 120 },
      pallet: { maxWeightKg: 350, maxLengthCm: 240 },
      maxPhotoBytes: 10_000_000,
      maxDocumentBytes: 10_000_000,
    };
  },
  async getCompanyProfile() {
    return {
      legalName: 'Host Supplier GmbH',
      address,
      vatId: 'DE136695976',
      pickupAddress: address,
      bankDetails: null,
    };
  },
};

configure({ adapter, platformName: 'Host Portal' });
window.__confirmations = () => confirmations;
document.addEventListener('order-select', (event) => {
  document.querySelector('#selected').textContent = event.detail.orderId;
});
