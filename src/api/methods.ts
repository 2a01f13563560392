import type { SupplierApiMethod } from './port.js';

/** Every method of the adapter port, in the port's order. */
export const SUPPLIER_API_METHODS = [
  'listOrders',
  'getOrder',
  'getProductionOrder',
  'confirmOrder',
  'listQualityReports',
  'uploadQualityReport',
  'removeQualityReport',
  'listCarriers',
  'getPackagingRules',
  'getCompanyProfile',
  'saveBankDetails',
  'uploadPackagePhoto',
  'createShipment',
  'listShipments',
  'getTracking',
  'uploadInvoiceDocument',
  'createInvoice',
  'listInvoices',
  'uploadQualityDocument',
  'acknowledgeOrderLines',
  'listOrderActivity',
  'addOrderComment',
] as const satisfies readonly SupplierApiMethod[];

/* Compile-time proof that the list names every method of the port. */
type Missing = Exclude<SupplierApiMethod, (typeof SUPPLIER_API_METHODS)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
