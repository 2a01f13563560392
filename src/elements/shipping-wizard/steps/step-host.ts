import type { TemplateResult } from 'lit';
import { renderHeading } from '../../shared/heading.js';
import type {
  Carrier,
  CompanyProfile,
  DeliveryResponsibility,
  Order,
  PackagingRules,
  Position,
} from '../../../domain/types.js';
import type { FieldState } from '../../shared/field.js';
import type { LongList } from '../../shared/long-list.js';
import type { LocalizeController } from '../../../i18n/localize.js';
import type { DeliveryDraft, PackageDraft, ShippingDraft } from '../draft.js';
import type { ShippingWizardMessages } from '../shipping-wizard.messages.js';

/** What the wizard loads before it can show a step. */
export interface WizardData {
  readonly order: Order;
  readonly rules: PackagingRules;
  readonly responsibility: DeliveryResponsibility;
  /** Logistic operators (supplier-arranged delivery only). */
  readonly carriers: readonly Carrier[];
  /** The company profile with the pickup address (platform-arranged delivery only). */
  readonly profile: CompanyProfile | null;
}

/** What a step view reads from and writes to the wizard; the wizard owns the draft. */
export interface StepHost {
  readonly i18n: LocalizeController<ShippingWizardMessages>;
  readonly draft: ShippingDraft;
  readonly data: WizardData;
  /** The level of the step's heading (one below the wizard's title); its parts' headings one below that. */
  readonly headingLevel: number;
  /** Nothing may change while publishing. */
  readonly busy: boolean;
  /** The page of positions the parts step shows (an order may have 10,000); the checks cover every position. */
  readonly parts: LongList<Position>;
  /** What a field shows: nothing yet, valid, error or warning (in words). */
  fieldState(key: string): FieldState;
  setQuantity(positionId: string, value: string): void;
  setPackage<K extends keyof PackageDraft>(field: K, value: PackageDraft[K]): void;
  setDelivery(field: Exclude<keyof DeliveryDraft, 'trackingNumbers'>, value: string): void;
  setTrackingNumber(index: number, value: string): void;
  /** Adds an empty tracking number field and focuses it. */
  addTrackingNumber(): void;
  /** Removes a tracking number field; focus goes to the field that takes its place, else the previous one. */
  removeTrackingNumber(index: number): void;
  setTerms(accepted: boolean): void;
  /** The photo field (drop zone, upload progress, thumbnail), rendered by the wizard. */
  renderPhoto(): TemplateResult;
}

/** The heading of a step at the host's level, focused on a step change. */
export const renderStepHeading = (host: StepHost, text: string): TemplateResult =>
  renderHeading(host.headingLevel, text, { id: 'step-heading', part: 'step-heading', focusable: true });

/** The setters of the draft's plain fields, each marking its field touched; `current` is read at call time. */
export function draftEditors(
  current: () => ShippingDraft,
  change: (patch: Partial<ShippingDraft>, touchedKey: string) => void,
) {
  return {
    setQuantity: (positionId: string, value: string) =>
      change({ quantities: { ...current().quantities, [positionId]: value } }, `items.${positionId}`),
    setPackage: <K extends keyof PackageDraft>(field: K, value: PackageDraft[K]) =>
      change({ package: { ...current().package, [field]: value } }, `package.${field}`),
    setDelivery: (field: Exclude<keyof DeliveryDraft, 'trackingNumbers'>, value: string) =>
      change({ delivery: { ...current().delivery, [field]: value } }, `delivery.${field}`),
    setTerms: (accepted: boolean) => change({ termsAccepted: accepted }, 'termsAccepted'),
  } satisfies Partial<StepHost>;
}

/** Where focus goes for a field key, and the position to bring onto the page shown first (`items`: the first one). */
export function fieldTarget(
  key: string,
  draft: ShippingDraft,
): { readonly selector: string; readonly positionId?: string } {
  const positionId =
    key === 'items'
      ? Object.keys(draft.quantities)[0]
      : key.startsWith('items.')
        ? key.slice('items.'.length)
        : undefined;
  if (key === 'items')
    return positionId === undefined
      ? { selector: '#step-heading' }
      : { selector: `#${CSS.escape(fieldId(`items.${positionId}`))}`, positionId };
  return {
    selector: key === 'photoId' ? '#package-photo' : `#${CSS.escape(fieldId(key))}`,
    ...(positionId === undefined ? {} : { positionId }),
  };
}

/** The DOM id of a field key (`items.p1` → `items-p1`, `package.weightKg` → `package-weightKg`). */
export const fieldId = (key: string): string => key.replace(/\./g, '-');
