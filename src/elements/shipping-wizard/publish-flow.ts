/**
 * Publishing the draft: every step checked first (focus to the first field to fix, on its step), then one
 * `createShipment` with the draft's idempotency key; a field the platform refuses is shown on its step, said aloud.
 */
import type { SupplierApi } from '../../api/port.js';
import type { Shipment } from '../../domain/types.js';
import { toNewShipment, type ShippingDraft, type StepIndex } from './draft.js';
import type { WizardData } from './steps/step-host.js';
import type { DraftCheck } from './validation.js';
import type { WizardContext } from './wizard-context.js';
import { shipmentDelivery } from './wizard-data.js';

export interface PublishOptions {
  readonly api: () => SupplierApi;
  readonly check: (data: WizardData, draft: ShippingDraft) => DraftCheck;
  /** "Try again" after a failed write. */
  readonly retry: () => void;
}

/** Publishes the draft; resolves to the shipment, or null (a field to fix, a failed write, or already sending). */
export async function publishDraft(
  data: WizardData,
  wizard: WizardContext,
  options: PublishOptions,
): Promise<Shipment | null> {
  const { session, submitter, navigation } = wizard;
  const draft = session.draft;
  if (!draft || submitter.sending) return null;
  const check = options.check(data, draft);
  const failed = ([0, 1, 2] as const).find((step) => !navigation.validate(step, check, draft));
  if (failed !== undefined) {
    if (failed !== draft.step) fixFieldsAt(failed, wizard);
    return null;
  }
  session.save();
  const orderId = data.order.id;
  const shipment = await submitter.submit(
    ({ idempotencyKey, signal }) =>
      options
        .api()
        .createShipment(orderId, toNewShipment(draft, shipmentDelivery(data, draft)), { idempotencyKey, signal }),
    { key: draft.idempotencyKey, retry: options.retry },
  );
  if (shipment) return shipment;
  const target = wizard.problems.platformTarget(submitter.fieldErrors, session.draft ?? draft);
  if (!target) return null;
  wizard.feedback.attempt(0, 1, 2);
  fixFieldsAt(target.step, wizard);
  navigation.focusField(target.key, session.draft ?? draft);
  return null;
}

/** Shows a step with fields to fix, and says so. */
function fixFieldsAt(step: StepIndex, wizard: WizardContext): void {
  const draft = wizard.session.draft;
  if (draft && step !== draft.step) wizard.change({ step });
  wizard.announce(wizard.i18n.t('fixFields'));
}
