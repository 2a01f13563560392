import { createMemoryAdapter } from '../../src/api/memory/index.js';
import { defineConformanceSuite } from '../../src/testing/index.js';

defineConformanceSuite('memory adapter', async () => {
  const adapter = createMemoryAdapter({ persist: false });
  await adapter.ready;
  return {
    api: adapter,
    processPendingShipments: () => adapter.processPendingShipments(),
    respondToLineAcknowledgements: () => adapter.respondToLineAcknowledgements(),
  };
});
