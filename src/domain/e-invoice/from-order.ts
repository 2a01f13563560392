/** The e-invoice of an invoice the supplier is writing: the order, the company profile and the form's values. */
import { currencyDigits, invoiceTotals } from '../money.js';
import { positionById } from '../positions.js';
import type { BankDetails, CalendarDate, CompanyProfile, Order, ShipmentItem } from '../types.js';
import type { EInvoice } from './model.js';

/** What the invoice form knows when the supplier reviews it. */
export interface EInvoiceInput {
  readonly order: Order;
  readonly profile: CompanyProfile;
  readonly bankDetails: BankDetails | null;
  readonly number: string;
  readonly invoiceDate: CalendarDate;
  readonly paymentDate: CalendarDate;
  readonly items: readonly ShipmentItem[];
}

/**
 * Why no XRechnung can be written yet. `buyer`: the platform gave no buyer identity for the order;
 * `seller-contact` / `seller-electronic-address`: the company profile lacks them; `seller-vat-id`: a taxed
 * invoice needs the seller's VAT id; `bank-details`: no account to pay to; `currency`: amounts with more
 * than two decimals, which XRechnung does not allow; `items`: nothing to invoice.
 */
export type EInvoiceGap =
  'buyer' | 'seller-contact' | 'seller-electronic-address' | 'seller-vat-id' | 'bank-details' | 'currency' | 'items';

export type EInvoiceResult =
  { readonly ok: true; readonly invoice: EInvoice } | { readonly ok: false; readonly gaps: readonly EInvoiceGap[] };

/** The EN 16931 invoice for the form's values, or every gap that keeps it from being complete. */
export function eInvoiceFor(input: EInvoiceInput): EInvoiceResult {
  const { order, profile, bankDetails } = input;
  const gaps: EInvoiceGap[] = [];
  if (!order.buyer) gaps.push('buyer');
  if (!profile.contact) gaps.push('seller-contact');
  if (!profile.electronicAddress) gaps.push('seller-electronic-address');
  if (order.vatRateBasisPoints > 0 && !profile.vatId.trim()) gaps.push('seller-vat-id');
  if (!bankDetails) gaps.push('bank-details');
  if (currencyDigits(order.currency) > 2) gaps.push('currency');
  const lines = input.items.flatMap((item, index) => {
    const position = positionById(order, item.positionId);
    if (!position || item.quantity <= 0) return [];
    return [
      {
        id: String(index + 1),
        partNumber: position.partNumber,
        name: position.partName,
        quantity: item.quantity,
        unitPriceMinor: position.unitPriceMinor,
      },
    ];
  });
  if (lines.length === 0) gaps.push('items');
  if (gaps.length > 0 || !order.buyer || !profile.contact || !profile.electronicAddress || !bankDetails)
    return { ok: false, gaps };
  return {
    ok: true,
    invoice: {
      number: input.number.trim(),
      issueDate: input.invoiceDate,
      dueDate: input.paymentDate,
      currency: order.currency,
      buyerReference: order.buyer.reference?.trim() || order.number,
      orderReference: order.number,
      seller: {
        legalName: profile.legalName,
        address: profile.address,
        vatId: profile.vatId.trim() || null,
        electronicAddress: profile.electronicAddress,
        contact: profile.contact,
      },
      buyer: {
        legalName: order.buyer.legalName,
        address: order.buyer.address,
        vatId: order.buyer.vatId,
        electronicAddress: order.buyer.electronicAddress,
      },
      payee: bankDetails,
      vatRateBasisPoints: order.vatRateBasisPoints,
      lines,
      totals: invoiceTotals(lines, order.vatRateBasisPoints),
    },
  };
}
