/** The browser side of the reference server's test controls: fresh tenants, faults, the request log. */
import type { Fault } from '../../../server/http/faults.js';
import { referenceServerUrl } from '../../generated/reference-server.js';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey: string | null;
}

/** The base URL of a new, freshly seeded tenant of the reference server (requiring `token` as a bearer token, if given). */
export async function newTenant(token?: string): Promise<string> {
  const response = await fetch(`${referenceServerUrl}/__tenants`, {
    method: 'POST',
    body: JSON.stringify(token ? { token } : {}),
  });
  return ((await response.json()) as { baseUrl: string }).baseUrl;
}

export async function injectFaults(baseUrl: string, ...faults: Fault[]): Promise<void> {
  await fetch(`${baseUrl}/__faults`, { method: 'POST', body: JSON.stringify(faults) });
}

export async function clearFaults(baseUrl: string): Promise<void> {
  await fetch(`${baseUrl}/__faults`, { method: 'DELETE' });
}

export async function requestsOf(baseUrl: string): Promise<RecordedRequest[]> {
  return (await (await fetch(`${baseUrl}/__requests`)).json()) as RecordedRequest[];
}

export async function processPendingShipments(baseUrl: string): Promise<void> {
  await fetch(`${baseUrl}/__process-shipments`, { method: 'POST' });
}

export async function respondToLineAcknowledgements(baseUrl: string): Promise<void> {
  await fetch(`${baseUrl}/__respond-lines`, { method: 'POST' });
}
