/** What the wizard loads before it shows a step: the order, the packaging rules, and what its delivery needs. */
import type { SupplierApi } from '../../api/port.js';
import { deliveryResponsibility } from '../../domain/delivery.js';
import type { WizardData } from './steps/step-host.js';

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
