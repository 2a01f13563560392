/**
 * The neutral model of an EN 16931 invoice that the XRechnung writer takes and the
 * e-invoice reader gives back: only the business terms Supplier Flow fills or reads.
 */
import type {
  Address,
  BankDetails,
  CalendarDate,
  CurrencyCode,
  ElectronicAddress,
  InvoiceTotals,
  SellerContact,
} from '../types.js';

/** A trading party (BG-4 seller, BG-7 buyer). */
export interface EInvoiceParty {
  /** BT-27 / BT-44. */
  readonly legalName: string;
  /** BG-5 / BG-8. */
  readonly address: Address;
  /** BT-31 / BT-48; null when the party has none. */
  readonly vatId: string | null;
  /** BT-34 / BT-49. */
  readonly electronicAddress: ElectronicAddress;
}

/** One invoice line (BG-25). */
export interface EInvoiceLine {
  /** BT-126, the line's number. */
  readonly id: string;
  /** BT-155, the seller's part number. */
  readonly partNumber: string;
  /** BT-153. */
  readonly name: string;
  /** BT-129, pieces. */
  readonly quantity: number;
  /** BT-146 in minor units. */
  readonly unitPriceMinor: number;
}

/** What an XRechnung is written from. */
export interface EInvoice {
  /** BT-1. */
  readonly number: string;
  /** BT-2. */
  readonly issueDate: CalendarDate;
  /** BT-9. */
  readonly dueDate: CalendarDate;
  /** BT-5. */
  readonly currency: CurrencyCode;
  /** BT-10. */
  readonly buyerReference: string;
  /** BT-13, the order number. */
  readonly orderReference: string;
  readonly seller: EInvoiceParty & { readonly contact: SellerContact };
  readonly buyer: EInvoiceParty;
  /** BG-17, the account to pay to (SEPA credit transfer). */
  readonly payee: BankDetails;
  /** BT-119 in basis points (1900 = 19 %). */
  readonly vatRateBasisPoints: number;
  readonly lines: readonly EInvoiceLine[];
  /** BT-109 net, BT-110 VAT, BT-112 gross, in minor units. */
  readonly totals: InvoiceTotals;
}

/** What an uploaded e-invoice says, as far as the invoice form uses it. */
export interface ReadEInvoice {
  readonly format: 'ubl' | 'cii';
  readonly number: string;
  readonly issueDate: CalendarDate | null;
  readonly dueDate: CalendarDate | null;
  readonly currency: CurrencyCode;
  readonly orderReference: string | null;
  readonly lines: readonly ReadEInvoiceLine[];
  readonly totals: InvoiceTotals | null;
}

export interface ReadEInvoiceLine {
  readonly partNumber: string | null;
  readonly name: string;
  readonly quantity: number;
  readonly unitPriceMinor: number | null;
}
