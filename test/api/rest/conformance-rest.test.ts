import { createRestAdapter } from '../../../src/api/rest/index.js';
import { defineConformanceSuite } from '../../../src/testing/index.js';
import { newTenant, processPendingShipments, respondToLineAcknowledgements } from './reference-server.js';

defineConformanceSuite('REST adapter over HTTP (reference server)', async () => {
  const baseUrl = await newTenant();
  return {
    api: createRestAdapter({ baseUrl }),
    processPendingShipments: () => processPendingShipments(baseUrl),
    respondToLineAcknowledgements: () => respondToLineAcknowledgements(baseUrl),
  };
});
