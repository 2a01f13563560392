/** What the wizard loads before it shows a step (the order, the packaging rules, what its delivery needs), and what it derives from it. */
import type { SupplierApi } from '../../api/port.js';
import { orderToday, shippingInfoDueDate } from '../../domain/deadlines.js';
import { deliveryResponsibility } from '../../domain/delivery.js';
import type { Delivery } from '../../domain/types.js';
import { draftTrackingNumbers, type ShippingDraft, type StepIndex } from './draft.js';
import type { WizardData } from './steps/step-host.js';
import { checkDraft, stepOfField, type DraftCheck } from './validation.js';

/** Carriers only when the supplier arranges delivery, the company profile (pickup address) only when the platform does. */
export async function loadWizardData(api: SupplierApi, orderId: string, signal: AbortSignal): Promise<WizardData> {
  const [order, rules] = await Promise.all([api.getOrder(orderId, { signal }), api.getPackagingRules({ signal })]);
  const responsibility = deliveryResponsibility(order);
  const [carriers, profile] = await Promise.all([
    responsibility === 'supplier' ? api.listCarriers({ signal }) : Promise.resolve([]),
    responsibility === 'platform' ? api.getCompanyProfile({ signal }) : Promise.resolve(null),
  ]);
  return { order, rules, responsibility, carriers, profile };
}

/** The draft's problems against the loaded order and rules, today in the order's time zone. */
export function checkWizardDraft(data: WizardData, draft: ShippingDraft, uploading: boolean): DraftCheck {
  const { order, rules, responsibility } = data;
  return checkDraft(draft, {
    order,
    rules,
    responsibility,
    today: orderToday(order, Date.now()),
    shippingDue: shippingInfoDueDate(order),
    uploading,
  });
}

/** The steps with an error. */
export const incompleteSteps = (check: DraftCheck): ReadonlySet<StepIndex> =>
  new Set(Object.keys(check.errors).map(stepOfField));

/** The delivery to publish: the pickup address when the platform arranges it, else the supplier's operator, numbers and date. */
export function shipmentDelivery(data: WizardData, draft: ShippingDraft): Delivery {
  if (data.responsibility === 'platform') return { arrangedBy: 'platform', pickupAddress: data.profile!.pickupAddress };
  const { carrierId, expectedShipDate } = draft.delivery;
  return { arrangedBy: 'supplier', carrierId, trackingNumbers: draftTrackingNumbers(draft), expectedShipDate };
}
