/**
 * The shipping wizard's draft: what the supplier has typed, as typed (strings, so a half-typed
 * number survives a reload), plus the uploaded photo's id and name and the one idempotency key of
 * this draft. Never the photo's bytes. Pure: no DOM, no storage (the element saves it through
 * `createDraftStore`).
 */
import { reconcileQuantities, type DraftAdjustment } from '../../domain/draft-quantities.js';
import { remainingQuantity } from '../../domain/quantities.js';
import type { Delivery, NewShipment, Order, PackageInfo, PackageType, ShipmentItem } from '../../domain/types.js';

export type StepIndex = 0 | 1 | 2;

export interface PackageDraft {
  readonly type: PackageType | '';
  readonly count: string;
  readonly lengthCm: string;
  readonly widthCm: string;
  readonly heightCm: string;
  readonly weightKg: string;
}

export interface PhotoDraft {
  readonly id: string;
  readonly name: string;
}

export interface DeliveryDraft {
  readonly carrierId: string;
  /** One entry per tracking number field, as typed (empty fields included; they are left out when publishing). */
  readonly trackingNumbers: readonly string[];
  readonly expectedShipDate: string;
}

export interface ShippingDraft {
  readonly step: StepIndex;
  /** Position id → quantity as typed. */
  readonly quantities: Readonly<Record<string, string>>;
  readonly package: PackageDraft;
  readonly photo: PhotoDraft | null;
  readonly delivery: DeliveryDraft;
  readonly termsAccepted: boolean;
  /** Made once per draft; every publish attempt of this draft sends it. */
  readonly idempotencyKey: string;
}

/** 2: several tracking numbers (`trackingNumbers`); version 1 drafts had one `trackingNumber` and are migrated. */
export const DRAFT_VERSION = 2;

export function emptyDraft(quantities: Readonly<Record<string, string>>, idempotencyKey: string): ShippingDraft {
  return {
    step: 0,
    quantities,
    package: { type: '', count: '1', lengthCm: '', widthCm: '', heightCm: '', weightKg: '' },
    photo: null,
    delivery: { carrierId: '', trackingNumbers: [''], expectedShipDate: '' },
    termsAccepted: false,
    idempotencyKey,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const allStrings = (value: Record<string, unknown>, keys: readonly string[]) =>
  keys.every((key) => isString(value[key]));

/** Whether a stored value is a draft of this version's shape (anything else is dropped, not misread). */
export function isShippingDraft(value: unknown): value is ShippingDraft {
  if (!isRecord(value)) return false;
  const { step, quantities, package: pkg, photo, delivery, termsAccepted, idempotencyKey } = value;
  if (step !== 0 && step !== 1 && step !== 2) return false;
  if (!isRecord(quantities) || !Object.values(quantities).every(isString)) return false;
  if (!isRecord(pkg) || !allStrings(pkg, ['count', 'lengthCm', 'widthCm', 'heightCm', 'weightKg'])) return false;
  if (pkg['type'] !== '' && pkg['type'] !== 'box' && pkg['type'] !== 'pallet') return false;
  if (photo !== null && !(isRecord(photo) && allStrings(photo, ['id', 'name']))) return false;
  if (!isRecord(delivery) || !allStrings(delivery, ['carrierId', 'expectedShipDate'])) return false;
  const numbers = delivery['trackingNumbers'];
  if (!Array.isArray(numbers) || numbers.length === 0 || !numbers.every(isString)) return false;
  return typeof termsAccepted === 'boolean' && isString(idempotencyKey) && idempotencyKey !== '';
}

/** A stored draft of an older version in this version's shape; version 1 had one `trackingNumber` string. Anything else is returned as is (and then dropped by the check). */
export function migrateShippingDraft(value: unknown, version: number): unknown {
  if (version !== 1 || !isRecord(value) || !isRecord(value['delivery'])) return value;
  const { trackingNumber, ...delivery } = value['delivery'];
  return { ...value, delivery: { ...delivery, trackingNumbers: [isString(trackingNumber) ? trackingNumber : ''] } };
}

/**
 * A draft (maybe saved before the order changed) against the order as it is now, by the domain's rule
 * (`reconcileQuantities`): positions still open keep what was typed, or come down to what is still to ship;
 * newly open ones start at 0; positions the order lacks or that are fully shipped leave the draft.
 */
export function reconcileShippingDraft(
  draft: ShippingDraft,
  order: Order,
): { draft: ShippingDraft; adjustments: readonly DraftAdjustment[] } {
  const typed = Object.fromEntries(
    Object.entries(draft.quantities).map(([positionId, text]) => [positionId, parseNumber(text) ?? 0]),
  );
  const { quantities, adjustments } = reconcileQuantities(typed, order.positions, (position) =>
    remainingQuantity(order, position),
  );
  const reduced = new Set(
    adjustments.flatMap((adjustment) => (adjustment.kind === 'reduced' ? [adjustment.positionId] : [])),
  );
  const open = order.positions.filter((position) => remainingQuantity(order, position) > 0);
  const kept = (positionId: string) =>
    reduced.has(positionId)
      ? String(quantities[positionId])
      : Object.hasOwn(draft.quantities, positionId)
        ? draft.quantities[positionId]!
        : '0';
  return {
    draft: { ...draft, quantities: Object.fromEntries(open.map((position) => [position.id, kept(position.id)])) },
    adjustments,
  };
}

/** The tracking numbers to publish: trimmed, empty fields left out. */
export function draftTrackingNumbers(draft: ShippingDraft): string[] {
  return draft.delivery.trackingNumbers.map((number) => number.trim()).filter((number) => number !== '');
}

/** The draft field index of the `published`-th published tracking number (server field errors name the published list). */
export function draftTrackingIndex(draft: ShippingDraft, published: number): number {
  let seen = -1;
  const index = draft.delivery.trackingNumbers.findIndex((number) => number.trim() !== '' && ++seen === published);
  return index === -1 ? published : index;
}

/** A typed number, or undefined when the field is empty or not a number. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** The items of the draft: every position with its typed quantity (NaN for text that is not a number, so the rule refuses it). */
export function draftItems(draft: ShippingDraft): ShipmentItem[] {
  return Object.entries(draft.quantities).map(([positionId, text]) => ({
    positionId,
    quantity: text.trim() === '' ? 0 : (parseNumber(text) ?? Number.NaN),
  }));
}

/** The package of the draft, fields that are empty left out (the rule reports them as required). */
export function draftPackage(draft: ShippingDraft): Partial<PackageInfo> {
  const pkg = draft.package;
  const result: { -readonly [K in keyof PackageInfo]?: PackageInfo[K] } = {};
  if (pkg.type !== '') result.type = pkg.type;
  for (const field of ['count', 'lengthCm', 'widthCm', 'heightCm', 'weightKg'] as const) {
    const value = parseNumber(pkg[field]);
    if (value !== undefined) result[field] = value;
  }
  return result;
}

/** What is published; call only once the draft is valid. */
export function toNewShipment(draft: ShippingDraft, delivery: Delivery): NewShipment {
  return {
    items: draftItems(draft).filter((item) => item.quantity > 0),
    package: draftPackage(draft) as PackageInfo,
    photoId: draft.photo?.id ?? null,
    delivery,
    termsAccepted: draft.termsAccepted,
  };
}
