/**
 * Domain types of the supplier flow. Pure data: no DOM, no I/O, no zod.
 * The zod schemas in `src/api/schemas.ts` are checked against these types.
 */

/** A calendar date, `YYYY-MM-DD`, in the order's time zone (not an instant). */
export type CalendarDate = string;
/** An instant, ISO 8601 with offset, e.g. `2026-11-25T10:00:00Z`. */
export type Instant = string;
/** ISO 4217 alphabetic currency code, e.g. `EUR`, `JPY`, `KWD`. */
export type CurrencyCode = string;
/** ISO 3166-1 alpha-2 country code, e.g. `DE`. */
export type CountryCode = string;

/** An amount of money in integer minor units of its currency (cents for EUR, yen for JPY, fils for KWD). */
export interface Money {
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
}

export type OrderKind = 'regular' | 'test';
export type Incoterm = 'EXW' | 'FCA' | 'CPT' | 'CIP' | 'DAP' | 'DPU' | 'DDP';

export interface Address {
  readonly name: string;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: CountryCode;
}

/** One line of an order. */
export interface Position {
  readonly id: string;
  readonly lineNo: number;
  readonly partNumber: string;
  readonly partName: string;
  readonly material: string;
  readonly process: string;
  /** Ordered quantity (pieces). */
  readonly quantity: number;
  /** Price of one piece in minor units of the order currency. */
  readonly unitPriceMinor: number;
}

/** A file the adapter serves; `url` is always https, http or blob. */
export interface DocumentRef {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly url: string;
  readonly createdAt: Instant;
}

export type DocumentKind = 'production-order' | 'qc-report' | 'package-photo' | 'label' | 'packing-slip' | 'invoice';

export interface ProductionState {
  /** When the supplier confirmed the order; null while unconfirmed. */
  readonly confirmedAt: Instant | null;
  /** True when the order was confirmed when the supplier applied for it. */
  readonly confirmedAtApplication: boolean;
}

export interface QualityState {
  readonly required: boolean;
  readonly reports: readonly DocumentRef[];
}

export type PackageType = 'box' | 'pallet';

export interface PackageInfo {
  readonly type: PackageType;
  readonly count: number;
  readonly lengthCm: number;
  readonly widthCm: number;
  readonly heightCm: number;
  readonly weightKg: number;
}

export interface ShipmentItem {
  readonly positionId: string;
  readonly quantity: number;
}

export type DeliveryResponsibility = 'platform' | 'supplier';

export type Delivery =
  | { readonly arrangedBy: 'platform'; readonly pickupAddress: Address }
  | {
      readonly arrangedBy: 'supplier';
      readonly carrierId: string;
      /** The carrier's tracking numbers, one per parcel or consignment; empty when none was given. */
      readonly trackingNumbers: readonly string[];
      readonly expectedShipDate: CalendarDate;
    };

/** What the supplier publishes in the shipping wizard. */
export interface NewShipment {
  readonly items: readonly ShipmentItem[];
  readonly package: PackageInfo;
  /** Id of an uploaded package photo, if any. */
  readonly photoId: string | null;
  readonly delivery: Delivery;
  readonly termsAccepted: boolean;
}

/**
 * processing: the platform has not yet processed it (platform-arranged: no documents yet);
 * ready: documents available; in-transit / delivered: from tracking.
 */
export type ShipmentStatus = 'processing' | 'ready' | 'in-transit' | 'delivered';

export interface TrackingEvent {
  readonly at: Instant;
  readonly status: string;
  readonly description: string;
  readonly location: string | null;
}

export interface Tracking {
  readonly status: 'unknown' | 'pre-transit' | 'in-transit' | 'out-for-delivery' | 'delivered' | 'exception';
  readonly url: string | null;
  readonly events: readonly TrackingEvent[];
}

export interface Shipment {
  readonly id: string;
  readonly number: string;
  readonly createdAt: Instant;
  readonly items: readonly ShipmentItem[];
  readonly package: PackageInfo;
  readonly photo: DocumentRef | null;
  readonly delivery: Delivery;
  readonly status: ShipmentStatus;
  /** Labels and packing slips to print; empty until the platform has processed a platform-arranged shipment. */
  readonly documents: readonly DocumentRef[];
}

export type InvoiceStatus = 'submitted' | 'under-review' | 'approved' | 'rejected' | 'paid';

export interface InvoiceItem {
  readonly positionId: string;
  readonly quantity: number;
  readonly unitPriceMinor: number;
}

export interface InvoiceTotals {
  readonly netMinor: number;
  readonly vatMinor: number;
  readonly grossMinor: number;
}

/** What the supplier saves in the invoice form. */
export interface NewInvoice {
  readonly number: string;
  readonly invoiceDate: CalendarDate;
  readonly paymentDate: CalendarDate;
  readonly items: readonly ShipmentItem[];
  /** Id of the uploaded signed invoice PDF. */
  readonly documentId: string;
}

export interface Invoice {
  readonly id: string;
  readonly number: string;
  readonly invoiceDate: CalendarDate;
  readonly paymentDate: CalendarDate;
  readonly currency: CurrencyCode;
  readonly items: readonly InvoiceItem[];
  readonly totals: InvoiceTotals;
  readonly document: DocumentRef;
  readonly status: InvoiceStatus;
  readonly submittedAt: Instant;
  /** The platform manager's reason when rejected. */
  readonly rejectionReason: string | null;
  /** When paid: the date and amount received. */
  readonly paidOn: CalendarDate | null;
  readonly paidAmountMinor: number | null;
}

export interface Order {
  readonly id: string;
  readonly number: string;
  readonly createdAt: Instant;
  /** The date by which the order must be completed, in `timeZone`. */
  readonly leadTime: CalendarDate;
  /** IANA time zone of the order's calendar dates, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  readonly currency: CurrencyCode;
  readonly kind: OrderKind;
  readonly incoterm: Incoterm;
  readonly paymentTermsDays: number;
  /** VAT rate in basis points (1900 = 19 %). */
  readonly vatRateBasisPoints: number;
  readonly positions: readonly Position[];
  readonly production: ProductionState;
  readonly quality: QualityState;
  readonly shipments: readonly Shipment[];
  readonly invoices: readonly Invoice[];
}

export type StageKey = 'production' | 'quality' | 'shipping' | 'invoice';
export const STAGE_KEYS: readonly StageKey[] = ['production', 'quality', 'shipping', 'invoice'];

/** done ✅, action required, waiting for the platform, not required, locked (an earlier stage is open). */
export type StageStatus = 'done' | 'action-required' | 'waiting' | 'not-required' | 'locked';

export type NextAction =
  | 'confirm-order'
  | 'upload-qc-report'
  | 'add-shipping'
  | 'upload-invoice'
  | 'wait-for-platform'
  | 'completed';

/** The stage an order is at: the first stage not done, or `completed`. */
export type CurrentStage = StageKey | 'completed';

/** One row of My Orders. */
export interface OrderSummary {
  readonly id: string;
  readonly number: string;
  readonly createdAt: Instant;
  readonly leadTime: CalendarDate;
  readonly timeZone: string;
  readonly partsSummary: string;
  readonly totalQuantity: number;
  readonly value: Money;
  readonly stage: CurrentStage;
  readonly nextAction: NextAction;
}

export interface BankDetails {
  readonly accountHolder: string;
  readonly iban: string;
  readonly bic: string;
  readonly bankName: string;
}

export interface CompanyProfile {
  readonly legalName: string;
  readonly address: Address;
  readonly vatId: string;
  readonly pickupAddress: Address;
  /** Null until the supplier has entered them the first time. */
  readonly bankDetails: BankDetails | null;
}

export interface Carrier {
  readonly id: string;
  readonly name: string;
  /** Tracking page with `{number}` as placeholder; https only. */
  readonly trackingUrlTemplate: string | null;
}

export interface PackageLimits {
  readonly maxWeightKg: number;
  readonly maxLengthCm: number;
}

export interface PackagingRules {
  readonly box: PackageLimits;
  readonly pallet: PackageLimits;
  readonly maxPhotoBytes: number;
  readonly maxDocumentBytes: number;
}
