import { expect } from '@open-wc/testing';
import { paymentTimeline, type PaymentStep } from '../../src/domain/payment-timeline.js';
import type { Invoice, InvoiceStatus } from '../../src/domain/types.js';
import { makeInvoice } from '../../src/testing/fixtures.js';

const invoice = (status: InvoiceStatus, overrides: Partial<Invoice> = {}) =>
  makeInvoice({ status, number: 'RE-1', submittedAt: '2026-11-10T09:00:00Z', paymentDate: '2026-12-10', ...overrides });
/** `milestone:state` per step, the shape a supplier reads top to bottom. */
const road = (steps: PaymentStep[]) => steps.map((step) => `${step.milestone}:${step.state}`);

describe('paymentTimeline', () => {
  it('is empty before anything is invoiced', () => {
    expect(paymentTimeline([])).to.deep.equal([]);
  });

  it('just saved: submitted is where it stands, the rest is to come with the due date', () => {
    const steps = paymentTimeline([invoice('submitted')]);
    expect(road(steps)).to.deep.equal([
      'submitted:current',
      'under-review:upcoming',
      'approved:upcoming',
      'payment-scheduled:upcoming',
      'paid:upcoming',
    ]);
    expect(steps[0]!.at).to.equal('2026-11-10T09:00:00Z');
    expect(steps.find((step) => step.milestone === 'payment-scheduled')!.at).to.equal('2026-12-10');
  });

  it('under review', () => {
    expect(road(paymentTimeline([invoice('under-review')]))).to.deep.equal([
      'submitted:done',
      'under-review:current',
      'approved:upcoming',
      'payment-scheduled:upcoming',
      'paid:upcoming',
    ]);
  });

  it('approved: the payment is scheduled for the payment date', () => {
    const steps = paymentTimeline([invoice('approved')]);
    expect(road(steps)).to.deep.equal([
      'submitted:done',
      'under-review:done',
      'approved:done',
      'payment-scheduled:current',
      'paid:upcoming',
    ]);
  });

  it('paid: the day and the amount received', () => {
    const steps = paymentTimeline([invoice('paid', { paidOn: '2026-12-09', paidAmountMinor: 57_239 })]);
    expect(road(steps).every((step) => step.endsWith(':done'))).to.equal(true);
    expect(steps.at(-1)).to.include({ milestone: 'paid', at: '2026-12-09', amountMinor: 57_239 });
  });

  it('paid without a reported amount: the invoice total', () => {
    const paid = invoice('paid', {
      paidOn: null,
      paidAmountMinor: null,
      totals: { netMinor: 48_100, vatMinor: 9_139, grossMinor: 57_239 },
    });
    expect(paymentTimeline([paid]).at(-1)).to.include({ at: '2026-12-10', amountMinor: paid.totals.grossMinor });
  });

  it('rejected: the reason, then correcting and resubmitting is where it stands', () => {
    const steps = paymentTimeline([invoice('rejected', { rejectionReason: 'Wrong VAT rate' })]);
    expect(road(steps)).to.deep.equal([
      'submitted:done',
      'under-review:done',
      'rejected:problem',
      'resubmitted:current',
      'approved:upcoming',
      'payment-scheduled:upcoming',
      'paid:upcoming',
    ]);
    expect(steps[2]!.reason).to.equal('Wrong VAT rate');
  });

  it('keeps a rejected invoice as the history of its resubmission, in submission order whatever the list order', () => {
    const rejected = invoice('rejected', {
      id: 'i-1',
      number: 'RE-1',
      rejectionReason: 'Wrong VAT rate',
      submittedAt: '2026-11-10T09:00:00Z',
    });
    const resubmitted = invoice('approved', { id: 'i-2', number: 'RE-1A', submittedAt: '2026-11-12T09:00:00Z' });
    const steps = paymentTimeline([resubmitted, rejected]);
    expect(road(steps)).to.deep.equal([
      'submitted:done',
      'under-review:done',
      'rejected:problem',
      'resubmitted:done',
      'under-review:done',
      'approved:done',
      'payment-scheduled:current',
      'paid:upcoming',
    ]);
    expect(steps.map((step) => step.invoiceNumber)).to.deep.equal([
      'RE-1',
      'RE-1',
      'RE-1',
      'RE-1A',
      'RE-1A',
      'RE-1A',
      'RE-1A',
      'RE-1A',
    ]);
    expect(steps[3]!.at).to.equal('2026-11-12T09:00:00Z');
  });

  it('a resubmission just saved is where it stands', () => {
    const rejected = invoice('rejected', { id: 'i-1', rejectionReason: 'Missing PO number' });
    const resubmitted = invoice('submitted', { id: 'i-2', number: 'RE-2', submittedAt: '2026-11-11T09:00:00Z' });
    expect(road(paymentTimeline([rejected, resubmitted]))).to.deep.equal([
      'submitted:done',
      'under-review:done',
      'rejected:problem',
      'resubmitted:current',
      'under-review:upcoming',
      'approved:upcoming',
      'payment-scheduled:upcoming',
      'paid:upcoming',
    ]);
  });
});
