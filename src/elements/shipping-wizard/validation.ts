/**
 * The wizard's checks, from the domain rules (checkShipmentItems, checkPackage, checkSupplierDelivery),
 * as problems keyed by the same field paths the adapter uses in `fieldErrors`
 * (`items.<positionId>`, `package.weightKg`, `delivery.carrierId`, …). Pure.
 */
import { checkShipmentItems } from '../../domain/quantities.js';
import { checkPackage, checkSupplierDelivery } from '../../domain/shipping-rules.js';
import type { CalendarDate, DeliveryResponsibility, Order, PackagingRules } from '../../domain/types.js';
import { draftItems, draftPackage, type ShippingDraft, type StepIndex } from './draft.js';

/** A problem code (a `problem.<code>` message) with its values. */
export interface Problem {
  readonly code: string;
  readonly values?: Readonly<Record<string, string | number | readonly string[]>>;
}

export interface DraftCheck {
  /** Block Continue / Publish. */
  readonly errors: Readonly<Record<string, Problem>>;
  /** Shown next to the field; never block. */
  readonly warnings: Readonly<Record<string, Problem>>;
}

export interface CheckContext {
  readonly order: Order;
  readonly rules: PackagingRules;
  readonly responsibility: DeliveryResponsibility;
  readonly today: CalendarDate;
  readonly shippingDue: CalendarDate;
  /** An upload of the photo is under way. */
  readonly uploading: boolean;
}

export const PACKAGE_FIELDS = ['type', 'count', 'lengthCm', 'widthCm', 'heightCm', 'weightKg'] as const;

/** The step a field key belongs to. */
export function stepOfField(key: string): StepIndex {
  if (key === 'items' || key.startsWith('items.')) return 0;
  if (key.startsWith('package') || key === 'photoId') return 1;
  return 2;
}

/** The field key of the tracking number field at `index` (as in the adapter's `fieldErrors`). */
export const trackingKey = (index: number): string => `delivery.trackingNumbers.${index}`;

/** The index of a tracking number field key, or null for any other key. */
export function trackingIndexOf(key: string): number | null {
  const match = /^delivery\.trackingNumbers\.(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

/** Field keys of a step in screen order (for "focus the first invalid field"). */
export function fieldOrder(step: StepIndex, draft: ShippingDraft): string[] {
  if (step === 0) return ['items', ...Object.keys(draft.quantities).map((id) => `items.${id}`)];
  if (step === 1) return [...PACKAGE_FIELDS.map((field) => `package.${field}`), 'photoId'];
  const tracking = draft.delivery.trackingNumbers.map((_number, index) => trackingKey(index));
  return ['delivery.pickupAddress', 'delivery.carrierId', ...tracking, 'delivery.expectedShipDate', 'termsAccepted'];
}

/** Every problem of the draft. */
export function checkDraft(draft: ShippingDraft, context: CheckContext): DraftCheck {
  const errors: Record<string, Problem> = {};
  const warnings: Record<string, Problem> = {};

  for (const problem of checkShipmentItems(context.order, draftItems(draft))) {
    if (problem.kind === 'nothing-selected') errors['items'] = { code: 'nothing-selected' };
    else if (problem.kind === 'over-remaining')
      errors[`items.${problem.positionId}`] = { code: 'over-remaining', values: { count: problem.remaining } };
    else if (problem.kind === 'not-whole') errors[`items.${problem.positionId}`] = { code: 'not-whole-quantity' };
    else errors[`items.${problem.positionId}`] = { code: 'unknown-position' };
  }
  // A negative quantity is "not whole" for the rule only when summed; say it per field.
  for (const item of draftItems(draft)) {
    if (item.quantity < 0 && !errors[`items.${item.positionId}`])
      errors[`items.${item.positionId}`] = { code: 'not-whole-quantity' };
  }

  const type = draft.package.type;
  for (const [field, problem] of Object.entries(checkPackage(draftPackage(draft), context.rules))) {
    const key = `package.${field}`;
    if (field === 'type') errors[key] = { code: 'type-required' };
    else if (problem.code === 'too-heavy') errors[key] = { code: 'too-heavy', values: { maxKg: problem.maxKg, type } };
    else if (problem.code === 'too-long') errors[key] = { code: 'too-long', values: { maxCm: problem.maxCm, type } };
    else if (field === 'count' && (problem.code === 'not-whole' || problem.code === 'not-positive'))
      errors[key] = { code: 'count-not-whole' };
    else errors[key] = { code: problem.code };
  }
  if (context.uploading) errors['photoId'] = { code: 'photo-uploading' };
  else if (!draft.photo) errors['photoId'] = { code: 'photo-required' };

  if (context.responsibility === 'supplier') {
    const delivery = draft.delivery;
    const check = checkSupplierDelivery(
      {
        carrierId: delivery.carrierId || null,
        trackingNumbers: delivery.trackingNumbers,
        expectedShipDate: delivery.expectedShipDate || null,
      },
      { today: context.today, shippingDue: context.shippingDue },
    );
    if (check.errors.carrierId) errors['delivery.carrierId'] = { code: 'carrier-required' };
    const dateError = check.errors.expectedShipDate;
    if (dateError) {
      errors['delivery.expectedShipDate'] =
        dateError.code === 'required'
          ? { code: 'date-required' }
          : dateError.code === 'in-past'
            ? { code: 'in-past', values: { today: dateError.today } }
            : { code: 'not-a-date' };
    }
    const dateWarning = check.warnings.expectedShipDate;
    if (dateWarning?.code === 'after-shipping-deadline')
      warnings['delivery.expectedShipDate'] = {
        code: 'after-shipping-deadline',
        values: { date: dateWarning.shippingDue },
      };
    delivery.trackingNumbers.forEach((_number, index) => {
      const key = trackingKey(index);
      const error = check.errors[`trackingNumbers.${index}`];
      if (error?.code === 'duplicate') errors[key] = { code: 'tracking-duplicate', values: { n: error.of + 1 } };
      const warning = check.warnings[`trackingNumbers.${index}`];
      if (warning?.code === 'tracking-fits-other-carrier')
        warnings[key] = { code: 'tracking-fits-other-carrier', values: { carriers: warning.carriers } };
      else if (warning?.code === 'tracking-unknown-format') warnings[key] = { code: 'tracking-unknown-format' };
    });
  }
  if (!draft.termsAccepted) errors['termsAccepted'] = { code: 'terms' };
  return { errors, warnings };
}
