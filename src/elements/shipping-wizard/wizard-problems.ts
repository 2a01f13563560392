import type { LocalizeController } from '../../i18n/localize.js';
import { draftTrackingIndex, type ShippingDraft, type StepIndex } from './draft.js';
import type { ShippingWizardMessages } from './shipping-wizard.messages.js';
import type { WizardData } from './steps/step-host.js';
import { fieldOrder, stepOfField, trackingIndexOf, trackingKey, type DraftCheck, type Problem } from './validation.js';

/** Server field codes that have a message of their own (others are shown as "not accepted (code)"). */
const SERVER_CODES: Readonly<Record<string, string>> = {
  'must-accept': 'terms',
  required: 'required',
  'not-positive': 'not-positive',
  'nothing-selected': 'nothing-selected',
  'not-a-date': 'not-a-date',
  'unknown-position': 'unknown-position',
};

/**
 * The wizard's problems in words, its own checks' and the platform's: the platform's field errors are keyed as the
 * draft's fields, and a code the wizard checks itself is said as the wizard says it.
 */
export class WizardProblems {
  constructor(
    private readonly i18n: LocalizeController<ShippingWizardMessages>,
    private readonly draft: () => ShippingDraft | null,
    private readonly data: () => WizardData | undefined,
  ) {}

  /** The platform's code for a field in words. */
  platformMessage(key: string, code: string, check: DraftCheck): string {
    const local = check.errors[key];
    const data = this.data();
    if (local && data) return this.describe(local, data);
    const type = this.draft()?.package.type;
    if (data && type && (code === 'too-heavy' || code === 'too-long')) {
      const limits = data.rules[type];
      return this.describe(
        code === 'too-heavy'
          ? { code, values: { maxKg: limits.maxWeightKg, type } }
          : { code, values: { maxCm: limits.maxLengthCm, type } },
        data,
      );
    }
    const known = SERVER_CODES[code];
    if (known) return this.i18n.t(`problem.${known}` as 'problem.required');
    if (key === 'delivery.pickupAddress') return this.i18n.t('problem.pickup-address');
    return this.i18n.t('problem.server', { code });
  }

  /** A problem in words. */
  describe(problem: Problem, data: WizardData): string {
    const i18n = this.i18n;
    const values = problem.values ?? {};
    const typeName = () => (values['type'] === 'pallet' ? i18n.t('typeName.pallet') : i18n.t('typeName.box'));
    const carrierName = (id: string) => data.carriers.find((carrier) => carrier.id === id)?.name ?? id.toUpperCase();
    switch (problem.code) {
      case 'over-remaining':
        return i18n.t('problem.over-remaining', { count: Number(values['count']) });
      case 'too-heavy':
        return i18n.t('problem.too-heavy', { type: typeName(), max: i18n.unit(Number(values['maxKg']), 'kilogram') });
      case 'too-long':
        return i18n.t('problem.too-long', { type: typeName(), max: i18n.unit(Number(values['maxCm']), 'centimeter') });
      case 'in-past':
        return i18n.t('problem.in-past', { today: i18n.date(String(values['today'])) });
      case 'after-shipping-deadline':
        return i18n.t('problem.after-shipping-deadline', { date: i18n.date(String(values['date'])) });
      case 'tracking-fits-other-carrier':
        return i18n.t('problem.tracking-fits-other-carrier', {
          carriers: i18n.list((values['carriers'] as readonly string[]).map(carrierName)),
          carrier: carrierName(this.draft()?.delivery.carrierId ?? ''),
        });
      case 'tracking-duplicate':
        return i18n.t('problem.tracking-duplicate', { n: Number(values['n']) });
      case 'tracking-unknown-format':
        return i18n.t('problem.tracking-unknown-format', {
          carrier: carrierName(this.draft()?.delivery.carrierId ?? ''),
        });
      default:
        return i18n.t(`problem.${problem.code}` as 'problem.required');
    }
  }

  /** Server field errors keyed as the draft's fields: a published tracking number's index becomes its field's index (empty fields are not published). */
  draftFieldErrors(fieldErrors: Readonly<Record<string, string>>, draft: ShippingDraft): Record<string, string> {
    return Object.fromEntries(
      Object.entries(fieldErrors).map(([key, code]) => {
        const index = trackingIndexOf(key);
        return [index === null ? key : trackingKey(draftTrackingIndex(draft, index)), code];
      }),
    );
  }

  /** Where a publish the platform refused sends the supplier: the earliest step with a field error, and its first such field. */
  platformTarget(
    fieldErrors: Readonly<Record<string, string>>,
    draft: ShippingDraft,
  ): { readonly step: StepIndex; readonly key: string } | null {
    const fields = Object.keys(fieldErrors);
    if (fields.length === 0) return null;
    const step = Math.min(...fields.map(stepOfField)) as StepIndex;
    const key =
      fieldOrder(step, draft).find((field) => field in fieldErrors) ??
      fields.find((field) => stepOfField(field) === step);
    return key === undefined ? null : { step, key };
  }
}
