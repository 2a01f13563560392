/**
 * React wrappers (via `@lit/react`) for hosts on React: typed props and
 * `onX` callbacks for each element's events. React 19 can also render the
 * tags directly (see `supplier-flow/jsx`); these wrappers add camel-cased event props.
 *
 * ```tsx
 * import * as React from 'react';
 * import { OrderList } from 'supplier-flow/react';
 * <OrderList onOrderSelect={(event) => navigate(event.detail.orderId)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../define.js';
// <elements:imports> generated from src/elements/registry.ts and custom-elements.json by `npm run elements`
import { SupplierProvider as SupplierProviderElement } from '../elements/supplier-provider/supplier-provider.component.js';
import { SupplierPortal as SupplierPortalElement } from '../elements/supplier-portal/supplier-portal.component.js';
import type { RouteChangeEvent } from '../elements/supplier-portal/supplier-portal.events.js';
import { OrderList as OrderListElement } from '../elements/order-list/order-list.component.js';
import type { OrderSelectEvent, OrdersConfirmedEvent } from '../elements/order-list/order-list.events.js';
import { OrderDetails as OrderDetailsElement } from '../elements/order-details/order-details.component.js';
import type { OrderLoadedEvent, StageToggleEvent } from '../elements/order-details/order-details.events.js';
import { ProductionConfirmation as ProductionConfirmationElement } from '../elements/production-confirmation/production-confirmation.component.js';
import type {
  OrderConfirmedEvent,
  OrderLinesAcknowledgedEvent,
  OrderLinesAnsweredEvent,
} from '../elements/production-confirmation/production-confirmation.events.js';
import { QualityReport as QualityReportElement } from '../elements/quality-report/quality-report.component.js';
import type {
  QualityReportUploadedEvent,
  QualityReportRemovedEvent,
  QualityDocumentUploadedEvent,
} from '../elements/quality-report/quality-report.events.js';
import { ShippingWizard as ShippingWizardElement } from '../elements/shipping-wizard/shipping-wizard.component.js';
import type {
  ShipmentPublishedEvent,
  ShippingCancelEvent,
  ShippingStepChangeEvent,
} from '../elements/shipping-wizard/shipping-wizard.events.js';
import { ShipmentList as ShipmentListElement } from '../elements/shipment-list/shipment-list.component.js';
import type { PrintDocumentsEvent } from '../elements/shipment-list/shipment-list.events.js';
import { InvoiceForm as InvoiceFormElement } from '../elements/invoice-form/invoice-form.component.js';
import type { InvoiceSubmittedEvent } from '../elements/invoice-form/invoice-form.events.js';
import { OrderActivity as OrderActivityElement } from '../elements/order-activity/order-activity.component.js';
import type { CommentAddedEvent } from '../elements/order-activity/order-activity.events.js';
// </elements:imports>

// <elements:components>
export const SupplierProvider = createComponent({
  react: React,
  tagName: 'supplier-provider',
  elementClass: SupplierProviderElement,
});

export const SupplierPortal = createComponent({
  react: React,
  tagName: 'supplier-portal',
  elementClass: SupplierPortalElement,
  events: {
    onRouteChange: 'route-change' as EventName<RouteChangeEvent>,
  },
});

export const OrderList = createComponent({
  react: React,
  tagName: 'order-list',
  elementClass: OrderListElement,
  events: {
    onOrderSelect: 'order-select' as EventName<OrderSelectEvent>,
    onOrdersConfirmed: 'orders-confirmed' as EventName<OrdersConfirmedEvent>,
  },
});

export const OrderDetails = createComponent({
  react: React,
  tagName: 'order-details',
  elementClass: OrderDetailsElement,
  events: {
    onOrderLoaded: 'order-loaded' as EventName<OrderLoadedEvent>,
    onStageToggle: 'stage-toggle' as EventName<StageToggleEvent>,
  },
});

export const ProductionConfirmation = createComponent({
  react: React,
  tagName: 'production-confirmation',
  elementClass: ProductionConfirmationElement,
  events: {
    onOrderConfirmed: 'order-confirmed' as EventName<OrderConfirmedEvent>,
    onOrderLinesAcknowledged: 'order-lines-acknowledged' as EventName<OrderLinesAcknowledgedEvent>,
    onOrderLinesAnswered: 'order-lines-answered' as EventName<OrderLinesAnsweredEvent>,
  },
});

export const QualityReport = createComponent({
  react: React,
  tagName: 'quality-report',
  elementClass: QualityReportElement,
  events: {
    onQualityReportUploaded: 'quality-report-uploaded' as EventName<QualityReportUploadedEvent>,
    onQualityReportRemoved: 'quality-report-removed' as EventName<QualityReportRemovedEvent>,
    onQualityDocumentUploaded: 'quality-document-uploaded' as EventName<QualityDocumentUploadedEvent>,
  },
});

export const ShippingWizard = createComponent({
  react: React,
  tagName: 'shipping-wizard',
  elementClass: ShippingWizardElement,
  events: {
    onShipmentPublished: 'shipment-published' as EventName<ShipmentPublishedEvent>,
    onShippingCancel: 'shipping-cancel' as EventName<ShippingCancelEvent>,
    onShippingStepChange: 'shipping-step-change' as EventName<ShippingStepChangeEvent>,
  },
});

export const ShipmentList = createComponent({
  react: React,
  tagName: 'shipment-list',
  elementClass: ShipmentListElement,
  events: {
    onPrintDocuments: 'print-documents' as EventName<PrintDocumentsEvent>,
  },
});

export const InvoiceForm = createComponent({
  react: React,
  tagName: 'invoice-form',
  elementClass: InvoiceFormElement,
  events: {
    onInvoiceSubmitted: 'invoice-submitted' as EventName<InvoiceSubmittedEvent>,
  },
});

export const OrderActivity = createComponent({
  react: React,
  tagName: 'order-activity',
  elementClass: OrderActivityElement,
  events: {
    onCommentAdded: 'comment-added' as EventName<CommentAddedEvent>,
  },
});

// </elements:components>
