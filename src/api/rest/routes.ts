/**
 * The HTTP contract in one table: each SupplierApi method's verb, path and body. The REST adapter builds its
 * requests from it, the reference server routes with it and the OpenAPI document is generated from it, so the
 * three cannot drift apart.
 */
import type { SupplierApiMethod } from '../port.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** How a request carries its payload. */
export type RequestBody = 'none' | 'json' | 'multipart';

export interface Route {
  readonly method: HttpMethod;
  /** Path template below the base URL, with `{name}` parameters. */
  readonly path: string;
  readonly body: RequestBody;
  /** One line for the OpenAPI document and the contract guide. */
  readonly summary: string;
}

/** Every SupplierApi method as an HTTP route. */
export const ROUTES: Readonly<Record<SupplierApiMethod, Route>> = {
  listOrders: {
    method: 'GET',
    path: '/orders',
    body: 'none',
    summary: 'One page of the supplier’s orders (search, filters, sort, cursor).',
  },
  getOrder: {
    method: 'GET',
    path: '/orders/{orderId}',
    body: 'none',
    summary: 'One order with positions, QC reports, shipments and invoices.',
  },
  getProductionOrder: {
    method: 'GET',
    path: '/orders/{orderId}/production-order',
    body: 'none',
    summary: 'The production order PDF of an order.',
  },
  confirmOrder: {
    method: 'POST',
    path: '/orders/{orderId}/confirmation',
    body: 'none',
    summary: 'Confirms the order for production (confirming twice is harmless).',
  },
  listQualityReports: {
    method: 'GET',
    path: '/orders/{orderId}/quality-reports',
    body: 'none',
    summary: 'The QC reports of an order.',
  },
  uploadQualityReport: {
    method: 'POST',
    path: '/orders/{orderId}/quality-reports',
    body: 'multipart',
    summary: 'Uploads a QC report (PDF); the form field `replacesId` replaces that report.',
  },
  removeQualityReport: {
    method: 'DELETE',
    path: '/orders/{orderId}/quality-reports/{reportId}',
    body: 'none',
    summary: 'Removes a QC report (until shipping starts).',
  },
  listCarriers: {
    method: 'GET',
    path: '/carriers',
    body: 'none',
    summary: 'Logistic operators a supplier may choose.',
  },
  getPackagingRules: {
    method: 'GET',
    path: '/packaging-rules',
    body: 'none',
    summary: 'Package limits and upload size limits.',
  },
  getCompanyProfile: {
    method: 'GET',
    path: '/company-profile',
    body: 'none',
    summary: 'The supplier’s company profile (addresses, VAT id, bank details).',
  },
  saveBankDetails: {
    method: 'PUT',
    path: '/company-profile/bank-details',
    body: 'json',
    summary: 'Saves the bank details invoices are paid to.',
  },
  uploadPackagePhoto: {
    method: 'POST',
    path: '/orders/{orderId}/package-photos',
    body: 'multipart',
    summary: 'Uploads a photo of a package (PNG, JPEG or WebP).',
  },
  createShipment: {
    method: 'POST',
    path: '/orders/{orderId}/shipments',
    body: 'json',
    summary: 'Publishes a shipment of some or all remaining parts.',
  },
  listShipments: {
    method: 'GET',
    path: '/orders/{orderId}/shipments',
    body: 'none',
    summary: 'The shipments of an order, with labels and documents.',
  },
  getTracking: {
    method: 'GET',
    path: '/orders/{orderId}/shipments/{shipmentId}/tracking',
    body: 'none',
    summary: 'Tracking events of a shipment.',
  },
  uploadInvoiceDocument: {
    method: 'POST',
    path: '/orders/{orderId}/invoice-documents',
    body: 'multipart',
    summary: 'Uploads an invoice PDF, referenced by a new invoice.',
  },
  createInvoice: {
    method: 'POST',
    path: '/orders/{orderId}/invoices',
    body: 'json',
    summary: 'Submits an invoice for shipped parts.',
  },
  listInvoices: {
    method: 'GET',
    path: '/orders/{orderId}/invoices',
    body: 'none',
    summary: 'The invoices of an order with their review and payment status.',
  },
  uploadQualityDocument: {
    method: 'POST',
    path: '/orders/{orderId}/quality-documents/{type}',
    body: 'multipart',
    summary:
      'Uploads a new version of a typed quality document (photos: PNG, JPEG or WebP; others: PDF); answers the slot with every version.',
  },
  acknowledgeOrderLines: {
    method: 'POST',
    path: '/orders/{orderId}/line-acknowledgement',
    body: 'json',
    summary:
      'Answers the order per line (accept, smaller quantity, later date, decline with a reason); the platform responds per line later.',
  },
  listOrderActivity: {
    method: 'GET',
    path: '/orders/{orderId}/activity',
    body: 'none',
    summary: 'Everything that happened to an order, with the comments of both sides, oldest first.',
  },
  addOrderComment: {
    method: 'POST',
    path: '/orders/{orderId}/comments',
    body: 'json',
    summary: 'Adds the supplier’s comment (`NewComment`) to an order.',
  },
};

/** The path of a route with its parameters filled in (each encoded as one path segment). */
export function pathOf(route: Route, params: Readonly<Record<string, string>>): string {
  return route.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`pathOf: missing parameter "${name}" for ${route.path}`);
    return encodeURIComponent(value);
  });
}

/** A route matched against a request: the method it implements and its decoded path parameters. */
export interface MatchedRoute {
  readonly operation: SupplierApiMethod;
  readonly params: Readonly<Record<string, string>>;
}

const patterns = Object.entries(ROUTES).map(([operation, route]) => {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { operation: operation as SupplierApiMethod, method: route.method, regex: new RegExp(`^${source}$`), names };
});

/** The route a request goes to: `null` when no path fits, `'method-not-allowed'` when the path fits another verb. */
export function matchRoute(method: string, pathname: string): MatchedRoute | 'method-not-allowed' | null {
  let pathFits = false;
  for (const pattern of patterns) {
    const match = pattern.regex.exec(pathname);
    if (!match) continue;
    pathFits = true;
    if (pattern.method !== method) continue;
    const params: Record<string, string> = {};
    pattern.names.forEach((name, index) => (params[name] = decodeURIComponent(match[index + 1]!)));
    return { operation: pattern.operation, params };
  }
  return pathFits ? 'method-not-allowed' : null;
}
