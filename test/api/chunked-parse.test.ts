import { expect } from '@open-wc/testing';
import { checkedApi, PARSE_CHUNK } from '../../src/api/checked-api.js';
import { parseResponse } from '../../src/api/parse-response.js';
import { ContractError } from '../../src/api/errors.js';
import { MAX_ITEMS } from '../../src/api/schemas/primitives.js';
import { ShipmentListSchema } from '../../src/api/schemas/entities.js';
import type { Shipment } from '../../src/domain/types.js';
import { makeShipment } from '../../src/testing/fixtures.js';
import { createStubAdapter } from '../../src/testing/stub-adapter.js';
import { failure } from './memory-helpers.js';

const shipments = (count: number): Shipment[] =>
  Array.from({ length: count }, (_, index) => makeShipment({ id: `s-${index}`, number: `SH-${index}` }));
const listed = (answer: unknown) =>
  checkedApi(createStubAdapter({ listShipments: async () => answer as Shipment[] })).listShipments('o-1');

/** The error the whole-list parse gives, in one task. */
function wholeListError(answer: unknown): string {
  try {
    parseResponse('listShipments', ShipmentListSchema, answer);
  } catch (error) {
    return (error as ContractError).message;
  }
  throw new Error('the answer passed');
}

describe('checkedApi: a long list answer parsed a chunk at a time', () => {
  const count = PARSE_CHUNK * 4 + 7;

  it('answers the same items as the whole-list parse', async () => {
    const answer = shipments(count);
    expect(await listed(answer)).to.deep.equal(parseResponse('listShipments', ShipmentListSchema, answer));
  });

  it('leaves the main thread a turn between chunks', async () => {
    await listed(shipments(count));
    // The log says when each item's id is first read, and when the main thread is handed back (a task queued).
    const log: (number | 'turn')[] = [];
    const answer = shipments(count).map((shipment, index) => {
      const { id, ...rest } = shipment;
      return Object.defineProperty(rest, 'id', { enumerable: true, get: () => (log.push(index), id) });
    });
    const realSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
      log.push('turn');
      return realSetTimeout(handler, timeout, ...args);
    }) as typeof setTimeout;
    try {
      await listed(answer);
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    const firstRead = (index: number) => log.indexOf(index);
    for (let chunk = 1; chunk * PARSE_CHUNK < count; chunk += 1) {
      const between = log.slice(firstRead(chunk * PARSE_CHUNK - 1), firstRead(chunk * PARSE_CHUNK));
      expect(between, `the main thread is handed back before chunk ${chunk + 1}`).to.include('turn');
    }
  });

  it('names the same field as the whole-list parse: a bad item far down, duplicate ids, too many items', async () => {
    const badFarDown = shipments(count) as unknown[];
    badFarDown[PARSE_CHUNK * 3 + 5] = { ...(badFarDown[PARSE_CHUNK * 3 + 5] as object), status: 'lost' };
    const duplicate = shipments(count);
    duplicate[count - 1] = { ...duplicate[count - 1]!, id: 's-3' };
    const tooMany = Array.from({ length: MAX_ITEMS + 1 }, () => ({}));
    for (const answer of [badFarDown, duplicate, tooMany]) {
      const error = await failure(listed(answer));
      expect(error).to.be.instanceOf(ContractError);
      expect(error.message).to.equal(wholeListError(answer));
    }
    expect(wholeListError(badFarDown)).to.include(`"${PARSE_CHUNK * 3 + 5}.status"`);
  });
});
