import type { CalendarDate, Instant, Invoice } from './types.js';

/** A milestone on the road from a saved invoice to the money on the supplier's account. */
export type PaymentMilestone =
  'submitted' | 'under-review' | 'rejected' | 'resubmitted' | 'approved' | 'payment-scheduled' | 'paid';

/** done; current (where it stands now); upcoming (still to come); problem (a rejection to act on or acted on). */
export type MilestoneState = 'done' | 'current' | 'upcoming' | 'problem';

export interface PaymentStep {
  readonly milestone: PaymentMilestone;
  readonly state: MilestoneState;
  /** The invoice the step is about (a resubmission has a new number). */
  readonly invoiceNumber: string;
  /** When it happened (an instant), or the day it happened or is due (a calendar date). */
  readonly at: Instant | CalendarDate | null;
  /** The manager's reason, on a rejection. */
  readonly reason?: string;
  /** The amount paid, on `paid` (minor units of the invoice's currency). */
  readonly amountMinor?: number;
}

const bySubmission = (a: Invoice, b: Invoice) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt);

/**
 * The whole road of the order's current invoice — submitted → under review →
 * approved (or rejected with a reason → corrected → resubmitted) → payment
 * scheduled → paid — with the rejected invoices before it as its history, so
 * "when do I get paid?" has an answer at a glance. Empty when nothing was invoiced.
 */
export function paymentTimeline(invoices: readonly Invoice[]): PaymentStep[] {
  const history = [...invoices].sort(bySubmission);
  const current = history.at(-1);
  if (!current) return [];
  const earlier = history.slice(0, -1).filter((invoice) => invoice.status === 'rejected');
  const steps: PaymentStep[] = [];
  const first = earlier[0] ?? current;
  steps.push({
    milestone: 'submitted',
    state: current === first && current.status === 'submitted' ? 'current' : 'done',
    invoiceNumber: first.number,
    at: first.submittedAt,
  });

  earlier.forEach((rejected, index) => {
    const next = earlier[index + 1] ?? current;
    steps.push({ milestone: 'under-review', state: 'done', invoiceNumber: rejected.number, at: null });
    steps.push({
      milestone: 'rejected',
      state: 'problem',
      invoiceNumber: rejected.number,
      at: null,
      reason: rejected.rejectionReason ?? '',
    });
    const resubmittedNow = next === current && current.status === 'submitted';
    steps.push({
      milestone: 'resubmitted',
      state: resubmittedNow ? 'current' : 'done',
      invoiceNumber: next.number,
      at: next.submittedAt,
    });
  });

  const { status, number } = current;
  const reviewed = status === 'approved' || status === 'paid' || status === 'rejected';
  steps.push({
    milestone: 'under-review',
    state: status === 'under-review' ? 'current' : reviewed ? 'done' : 'upcoming',
    invoiceNumber: number,
    at: null,
  });
  if (status === 'rejected') {
    steps.push({
      milestone: 'rejected',
      state: 'problem',
      invoiceNumber: number,
      at: null,
      reason: current.rejectionReason ?? '',
    });
    steps.push({ milestone: 'resubmitted', state: 'current', invoiceNumber: number, at: null });
  }
  const approved = status === 'approved' || status === 'paid';
  steps.push({ milestone: 'approved', state: approved ? 'done' : 'upcoming', invoiceNumber: number, at: null });
  steps.push({
    milestone: 'payment-scheduled',
    state: status === 'approved' ? 'current' : status === 'paid' ? 'done' : 'upcoming',
    invoiceNumber: number,
    at: current.paymentDate,
  });
  steps.push(
    status === 'paid'
      ? {
          milestone: 'paid',
          state: 'done',
          invoiceNumber: number,
          at: current.paidOn ?? current.paymentDate,
          amountMinor: current.paidAmountMinor ?? current.totals.grossMinor,
        }
      : { milestone: 'paid', state: 'upcoming', invoiceNumber: number, at: null },
  );
  return steps;
}
