import { expect } from '@open-wc/testing';
import { CursorWalk, type CursorPage } from '../../src/api/cursor-walk.js';
import { ContractError } from '../../src/api/errors.js';

const items = (...ids: string[]) => ids.map((id) => ({ id }));
const page = (ids: string[], nextCursor: string | null, total = 1_000): CursorPage => ({
  items: items(...ids),
  nextCursor,
  total,
});

/** The ContractError `accept` throws, or null. */
function refusal(walk: CursorWalk, cursor: string | null, answer: CursorPage): ContractError | null {
  try {
    walk.accept(cursor, answer);
    return null;
  } catch (error) {
    expect(error).to.be.instanceOf(ContractError);
    return error as ContractError;
  }
}

describe('CursorWalk: following an adapter cursor', () => {
  it('accepts an honest walk to its last page', () => {
    const walk = new CursorWalk('listOrders', { pageSize: 2 });
    expect(refusal(walk, null, page(['a', 'b'], 'c1', 5))).to.equal(null);
    expect(refusal(walk, 'c1', page(['c', 'd'], 'c2', 5))).to.equal(null);
    expect(refusal(walk, 'c2', page(['e'], null, 5))).to.equal(null);
  });

  it('refuses a nextCursor that repeats the cursor just asked, or any cursor followed before, naming nextCursor', () => {
    const same = new CursorWalk('listOrders', { pageSize: 2 });
    same.accept(null, page(['a', 'b'], 'again'));
    const error = refusal(same, 'again', page(['c', 'd'], 'again'));
    expect(error?.path).to.equal('nextCursor');
    expect(error?.message).to.equal('listOrders: the response field "nextCursor" repeats a cursor already followed');

    const circle = new CursorWalk('listOrders', { pageSize: 2 });
    circle.accept(null, page(['a', 'b'], 'c1'));
    circle.accept('c1', page(['c', 'd'], 'c2'));
    expect(refusal(circle, 'c2', page(['e', 'f'], 'c1'))?.path).to.equal('nextCursor');
  });

  it('refuses a page that repeats ids already listed, or the same id twice in one page', () => {
    const walk = new CursorWalk('listOrders', { pageSize: 2 });
    walk.accept(null, page(['a', 'b'], 'c1'));
    const error = refusal(walk, 'c1', page(['c', 'a'], 'c2'));
    expect(error?.path).to.equal('nextCursor');
    expect(error?.message).to.include('repeating "a", already listed');
    expect(refusal(new CursorWalk('listOrders', { pageSize: 2 }), null, page(['x', 'x'], null))?.path).to.equal(
      'nextCursor',
    );
  });

  it('refuses more pages than the total can fill: ceil(total / pageSize) + 1 at most', () => {
    const walk = new CursorWalk('listOrders', { pageSize: 200 });
    walk.accept(null, page(['a'], 'c1', 300));
    walk.accept('c1', page(['b'], 'c2', 300));
    expect(refusal(walk, 'c2', page(['c'], 'c3', 300))?.message).to.include(
      'is still set after 3 pages, more than a total of 300 needs',
    );
    expect(refusal(new CursorWalk('listOrders', { pageSize: 200 }), null, page([], 'c1', 0))?.path).to.equal(
      'nextCursor',
    );
  });

  it('stops at its hard cap of items whatever the total says', () => {
    const walk = new CursorWalk('listOrders', { pageSize: 2, maxItems: 3 });
    walk.accept(null, page(['a', 'b'], 'c1', 1_000_000));
    expect(refusal(walk, 'c1', page(['c', 'd'], 'c2', 1_000_000))?.message).to.include('leads past 3 items');
  });

  it('takes nothing in from a refused page, so asking the same cursor again ("Try again") is no repeat', () => {
    const walk = new CursorWalk('listOrders', { pageSize: 2 });
    walk.accept(null, page(['a', 'b'], 'c1', 6));
    expect(refusal(walk, 'c1', page(['c', 'b'], 'c2', 6))).to.not.equal(null);
    expect(refusal(walk, 'c1', page(['c', 'd'], 'c2', 6))).to.equal(null);
    expect(refusal(walk, 'c2', page(['e', 'f'], null, 6))).to.equal(null);
  });
});
