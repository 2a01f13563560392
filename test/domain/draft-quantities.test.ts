import { expect } from '@open-wc/testing';
import { reconcileQuantities } from '../../src/domain/draft-quantities.js';
import { makeOrder } from '../../src/testing/fixtures.js';

/** An order with o-p1 (10 pieces) and o-p2 (4 pieces); the limit is each position's quantity minus `used`. */
const positions = makeOrder({ id: 'o' }).positions;
const limit =
  (used: Readonly<Record<string, number>> = {}) =>
  (position: (typeof positions)[number]) =>
    position.quantity - (used[position.id] ?? 0);

describe('reconcileQuantities (a saved draft against the order as it is now)', () => {
  it('keeps a draft that still fits as it is, and says nothing', () => {
    const result = reconcileQuantities({ 'o-p1': 3, 'o-p2': 0 }, positions, limit());
    expect(result.quantities).to.deep.equal({ 'o-p1': 3, 'o-p2': 0 });
    expect(result.adjustments).to.deep.equal([]);
  });

  it('removes positions the order lacks (telling only those that asked for pieces) and brings quantities down to the limit (never below 0)', () => {
    const result = reconcileQuantities(
      { gone: 2, 'o-p1': 12, 'o-p2': 3, also: 1, none: 0 },
      positions,
      limit({ 'o-p2': 9 }),
    );
    expect(result.quantities).to.deep.equal({ 'o-p1': 10, 'o-p2': 0 });
    expect(result.adjustments).to.deep.equal([
      { kind: 'reduced', positionId: 'o-p1', from: 12, to: 10 },
      { kind: 'reduced', positionId: 'o-p2', from: 3, to: 0 },
      { kind: 'removed', positionId: 'gone' },
      { kind: 'removed', positionId: 'also' },
    ]);
  });

  it('leaves what is not a whole quantity to the rules, and is not fooled by inherited keys', () => {
    const result = reconcileQuantities(
      JSON.parse('{"o-p1": 2.5, "__proto__": 1, "toString": 4}') as Record<string, number>,
      positions,
      limit(),
    );
    expect(result.quantities).to.deep.equal({ 'o-p1': 2.5 });
    expect(result.adjustments).to.have.length(2);
    expect(result.adjustments.map((adjustment) => adjustment.positionId)).to.deep.equal(['__proto__', 'toString']);
    const odd = [{ ...positions[0]!, id: '__proto__' }];
    const kept = reconcileQuantities(JSON.parse('{"__proto__": 2}') as Record<string, number>, odd, () => 5).quantities;
    expect(Object.hasOwn(kept, '__proto__') && kept['__proto__']).to.equal(2);
  });
});
