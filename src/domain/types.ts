/**
 * Domain types of the supplier flow. Pure data: no DOM, no I/O, no zod.
 * The zod schemas in `src/api/schemas/` are checked against these types.
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
  /** The supplier's answer per line and the platform's response to each; null (or absent) when none was sent. */
  readonly lineAcknowledgement?: LineAcknowledgement | null;
}

export interface QualityState {
  readonly required: boolean;
  /** The plain QC reports of the help article's Quality stage (orders without typed documents). */
  readonly reports: readonly DocumentRef[];
  /**
   * Typed quality documents the host asks for, one slot per type; empty for orders that use the plain
   * QC-report path. When not empty, these slots (not `reports`) decide the Quality stage.
   */
  readonly documents: readonly QualityDocumentSlot[];
  /** True when required typed documents that are missing (or whose newest version is rejected) keep shipping locked. */
  readonly blocksShipping: boolean;
}

/* ---------- Typed quality documents ---------- */

/** The kinds of quality document a host may ask for. */
export type QualityDocumentType =
  | 'inspection-report'
  | 'certificate-of-conformance'
  | 'material-certificate'
  | 'first-article-inspection'
  | 'rohs-reach-declaration'
  | 'photos';

export const QUALITY_DOCUMENT_TYPES: readonly QualityDocumentType[] = [
  'inspection-report',
  'certificate-of-conformance',
  'material-certificate',
  'first-article-inspection',
  'rohs-reach-declaration',
  'photos',
];

/** The reviewer's verdict on one version: uploaded (not reviewed yet), accepted or rejected. */
export type QualityDocumentReview = 'uploaded' | 'accepted' | 'rejected';

/** One uploaded version of a typed quality document, with its review. */
export interface QualityDocumentVersion extends DocumentRef {
  readonly status: QualityDocumentReview;
  /** When the reviewer accepted or rejected it; null while not reviewed. */
  readonly reviewedAt: Instant | null;
  /** The reviewer's reason when rejected; null otherwise. */
  readonly rejectionReason: string | null;
}

/** One document type an order asks for, with every version uploaded, oldest first (the newest is last). */
export interface QualityDocumentSlot {
  readonly type: QualityDocumentType;
  readonly required: boolean;
  readonly versions: readonly QualityDocumentVersion[];
}

/** The state of a slot, from its newest version: none yet, uploaded (under review), accepted or rejected. */
export type QualityDocumentState = 'missing' | QualityDocumentReview;

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
  /** Id of the uploaded e-invoice (XRechnung XML) sent beside the PDF, if any. */
  readonly eInvoiceDocumentId?: string | null;
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
  /** The e-invoice (XRechnung XML) sent beside the PDF, if any. */
  readonly eInvoice?: DocumentRef | null;
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
  /** Who buys, as an e-invoice names them; absent or null when the platform does not say (no e-invoice then). */
  readonly buyer?: Buyer | null;
}

export type StageKey = 'production' | 'quality' | 'shipping' | 'invoice';
export const STAGE_KEYS: readonly StageKey[] = ['production', 'quality', 'shipping', 'invoice'];

/** done ✅, action required, waiting for the platform, not required, locked (an earlier stage is open). */
export type StageStatus = 'done' | 'action-required' | 'waiting' | 'not-required' | 'locked';

export type NextAction =
  'confirm-order' | 'upload-qc-report' | 'add-shipping' | 'upload-invoice' | 'wait-for-platform' | 'completed';

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
  /** Who answers questions about the supplier's invoices (EN 16931 BG-6); needed for an XRechnung. */
  readonly contact?: SellerContact | null;
  /** Where the supplier receives e-invoice replies (BT-34); needed for an XRechnung. */
  readonly electronicAddress?: ElectronicAddress | null;
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

/* ---------- E-invoices (EN 16931) ---------- */

/**
 * An electronic address (EN 16931 BT-34 / BT-49): `scheme` is its EAS code, e.g. `EM` (e-mail),
 * `9930` (German VAT id), `0204` (Leitweg-ID), `0088` (GLN).
 */
export interface ElectronicAddress {
  readonly scheme: string;
  readonly value: string;
}

/** The buyer of an order, as its e-invoice names them (BG-7). */
export interface Buyer {
  readonly legalName: string;
  readonly address: Address;
  readonly vatId: string | null;
  readonly electronicAddress: ElectronicAddress;
  /** The buyer reference (BT-10) the buyer asks for, e.g. a Leitweg-ID; null: the order number is used. */
  readonly reference: string | null;
}

/** The supplier's contact for invoices (BG-6). */
export interface SellerContact {
  readonly name: string;
  readonly phone: string;
  readonly email: string;
}

/* ---------- Order acknowledgement per line (EDI 855 in spirit) ---------- */

/** Why a supplier declines a line. */
export type DeclineReason = 'capacity' | 'material-unavailable' | 'price' | 'technical' | 'other';
export const DECLINE_REASONS: readonly DeclineReason[] = [
  'capacity',
  'material-unavailable',
  'price',
  'technical',
  'other',
];

/** The kinds of answer a supplier gives a line. */
export type LineAnswerKind = 'accept' | 'accept-quantity' | 'propose-date' | 'decline';
export const LINE_ANSWER_KINDS: readonly LineAnswerKind[] = ['accept', 'accept-quantity', 'propose-date', 'decline'];

/** The supplier's answer to one position: accept it, accept a smaller quantity, propose a later date, or decline with a reason. */
export type LineAnswer =
  | { readonly positionId: string; readonly kind: 'accept' }
  | { readonly positionId: string; readonly kind: 'accept-quantity'; readonly quantity: number }
  | { readonly positionId: string; readonly kind: 'propose-date'; readonly date: CalendarDate }
  | {
      readonly positionId: string;
      readonly kind: 'decline';
      readonly reason: DeclineReason;
      readonly note: string | null;
    };

/** Where the platform stands on one answered line. */
export type LineResponseStatus = 'pending' | 'accepted' | 'counter-proposal';

/** The platform's response to one line; a counter-proposal carries the quantity and/or date it proposes instead. */
export interface LineResponse {
  readonly status: LineResponseStatus;
  readonly quantity: number | null;
  readonly date: CalendarDate | null;
  readonly note: string | null;
  /** Null while pending. */
  readonly respondedAt: Instant | null;
}

export interface AcknowledgedLine {
  readonly answer: LineAnswer;
  readonly response: LineResponse;
}

/** The answers sent per line, one per position, and the platform's responses. */
export interface LineAcknowledgement {
  readonly submittedAt: Instant;
  readonly lines: readonly AcknowledgedLine[];
}

/* ---------- Activity and comments ---------- */

/** Who wrote a comment: the supplier (this side) or the platform (the host's staff). */
export type CommentAuthor = 'supplier' | 'platform';

interface ActivityBase {
  readonly id: string;
  /** When it happened. */
  readonly at: Instant;
}

/** The supplier confirmed the order for production. */
export interface OrderConfirmedActivity extends ActivityBase {
  readonly kind: 'order-confirmed';
}
/** A QC report was uploaded. */
export interface QualityReportUploadedActivity extends ActivityBase {
  readonly kind: 'quality-report-uploaded';
  readonly documentName: string;
}
/** The supplier published a shipment. */
export interface ShipmentPublishedActivity extends ActivityBase {
  readonly kind: 'shipment-published';
  readonly shipmentNumber: string;
}
/** Labels and packing slips of a shipment are ready to print. */
export interface ShippingDocumentsReadyActivity extends ActivityBase {
  readonly kind: 'shipping-documents-ready';
  readonly shipmentNumber: string;
}
/** An invoice reached a status (submitted, under review, approved, rejected, paid). */
export interface InvoiceStatusActivity extends ActivityBase {
  readonly kind: 'invoice-status';
  readonly invoiceNumber: string;
  readonly status: InvoiceStatus;
}
/** A comment of the supplier or of the platform's staff. */
export interface CommentActivity extends ActivityBase {
  readonly kind: 'comment';
  readonly author: CommentAuthor;
  /** The person's name as the backend knows it, e.g. "Lena Vogt". */
  readonly authorName: string;
  readonly text: string;
}

/** One event of an order's activity. */
export type ActivityEntry =
  | OrderConfirmedActivity
  | QualityReportUploadedActivity
  | ShipmentPublishedActivity
  | ShippingDocumentsReadyActivity
  | InvoiceStatusActivity
  | CommentActivity;

export type ActivityKind = ActivityEntry['kind'];

/**
 * An entry of a kind this version does not know (a newer backend's): kept with its id and time
 * so the element can say that something was left out, instead of failing the whole activity.
 */
export interface UnknownActivityEntry extends ActivityBase {
  readonly kind: string;
}

/** What `listOrderActivity` answers: known entries, and entries of kinds from a newer backend. */
export type ActivityListEntry = ActivityEntry | UnknownActivityEntry;
