/**
 * The tags, element classes and events that the framework typings (`supplier-flow/jsx`, `supplier-flow/vue`,
 * `supplier-flow/svelte`) are built from. The regions are generated from src/elements/registry.ts and the events
 * of custom-elements.json by `npm run elements`.
 */
// <elements:imports> generated from src/elements/registry.ts and custom-elements.json by `npm run elements`
import type { SupplierProvider } from '../elements/supplier-provider/supplier-provider.component.js';
import type { SupplierPortal } from '../elements/supplier-portal/supplier-portal.component.js';
import type { RouteChangeEvent } from '../elements/supplier-portal/supplier-portal.events.js';
import type { OrderList } from '../elements/order-list/order-list.component.js';
import type { OrderSelectEvent, OrdersConfirmedEvent } from '../elements/order-list/order-list.events.js';
import type { OrderDetails } from '../elements/order-details/order-details.component.js';
import type { OrderLoadedEvent, StageToggleEvent } from '../elements/order-details/order-details.events.js';
import type { ProductionConfirmation } from '../elements/production-confirmation/production-confirmation.component.js';
import type {
  OrderConfirmedEvent,
  OrderLinesAcknowledgedEvent,
  OrderLinesAnsweredEvent,
} from '../elements/production-confirmation/production-confirmation.events.js';
import type { QualityReport } from '../elements/quality-report/quality-report.component.js';
import type {
  QualityReportUploadedEvent,
  QualityReportRemovedEvent,
  QualityDocumentUploadedEvent,
} from '../elements/quality-report/quality-report.events.js';
import type { ShippingWizard } from '../elements/shipping-wizard/shipping-wizard.component.js';
import type {
  ShipmentPublishedEvent,
  ShippingCancelEvent,
  ShippingStepChangeEvent,
} from '../elements/shipping-wizard/shipping-wizard.events.js';
import type { ShipmentList } from '../elements/shipment-list/shipment-list.component.js';
import type { PrintDocumentsEvent } from '../elements/shipment-list/shipment-list.events.js';
import type { InvoiceForm } from '../elements/invoice-form/invoice-form.component.js';
import type { InvoiceSubmittedEvent } from '../elements/invoice-form/invoice-form.events.js';
import type { OrderActivity } from '../elements/order-activity/order-activity.component.js';
import type { CommentAddedEvent } from '../elements/order-activity/order-activity.events.js';
// </elements:imports>

/** Every Supplier Flow tag and its element class. */
export interface SupplierFlowElements {
  // <elements:tags>
  'supplier-provider': SupplierProvider;
  'supplier-portal': SupplierPortal;
  'order-list': OrderList;
  'order-details': OrderDetails;
  'production-confirmation': ProductionConfirmation;
  'quality-report': QualityReport;
  'shipping-wizard': ShippingWizard;
  'shipment-list': ShipmentList;
  'invoice-form': InvoiceForm;
  'order-activity': OrderActivity;
  // </elements:tags>
}

/** A tag that dispatches no event of its own. */
type NoEvents = Record<never, never>;

/** The events each Supplier Flow tag dispatches: event name → event class. */
export interface SupplierFlowEvents {
  // <elements:events>
  'supplier-provider': NoEvents;
  'supplier-portal': { 'route-change': RouteChangeEvent };
  'order-list': { 'order-select': OrderSelectEvent; 'orders-confirmed': OrdersConfirmedEvent };
  'order-details': { 'order-loaded': OrderLoadedEvent; 'stage-toggle': StageToggleEvent };
  'production-confirmation': {
    'order-confirmed': OrderConfirmedEvent;
    'order-lines-acknowledged': OrderLinesAcknowledgedEvent;
    'order-lines-answered': OrderLinesAnsweredEvent;
  };
  'quality-report': {
    'quality-report-uploaded': QualityReportUploadedEvent;
    'quality-report-removed': QualityReportRemovedEvent;
    'quality-document-uploaded': QualityDocumentUploadedEvent;
  };
  'shipping-wizard': {
    'shipment-published': ShipmentPublishedEvent;
    'shipping-cancel': ShippingCancelEvent;
    'shipping-step-change': ShippingStepChangeEvent;
  };
  'shipment-list': { 'print-documents': PrintDocumentsEvent };
  'invoice-form': { 'invoice-submitted': InvoiceSubmittedEvent };
  'order-activity': { 'comment-added': CommentAddedEvent };
  // </elements:events>
}

/** A Supplier Flow tag. */
export type SupplierFlowTag = keyof SupplierFlowElements;

/** The public, writable properties of an element, as optional props (methods and HTMLElement members left out). */
export type ElementProps<E> = Partial<{
  [K in keyof E as K extends keyof HTMLElement ? never : E[K] extends (...args: never[]) => unknown ? never : K]: E[K];
}>;

/** The attributes that name an order or a shipment by id, for hosts that write attributes rather than properties. */
export interface IdAttributes {
  readonly 'order-id'?: string;
  readonly 'shipment-id'?: string;
}

/** `on<event-name>` listener props, each taking the event's class (React 19 and Svelte 5 listen through them). */
export type EventListenerProps<Tag extends SupplierFlowTag> = {
  [Name in keyof SupplierFlowEvents[Tag] & string as `on${Name}`]?: (event: SupplierFlowEvents[Tag][Name]) => void;
};

/**
 * Every other `on<name-with-dash>` prop: no such event. TypeScript checks no dashed JSX attribute that a type does
 * not name, so a misspelled event would pass silently; with this, an inline listener's event has no type (an
 * implicit `any`, an error under `strict`).
 */
export interface NoOtherEvents {
  readonly [event: `on${string}-${string}`]: never;
}
