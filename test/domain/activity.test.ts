import { expect } from '@open-wc/testing';
import {
  activityInTimeOrder,
  ACTIVITY_KINDS,
  COMMENT_MAX_LENGTH,
  commentProblem,
  isKnownActivity,
} from '../../src/domain/activity.js';
import type { ActivityListEntry } from '../../src/domain/types.js';

describe('activity rules', () => {
  it('orders entries oldest first by instant (offsets respected), keeping the given order on a tie', () => {
    const entries: ActivityListEntry[] = [
      { id: 'late', at: '2026-11-02T10:00:00+02:00', kind: 'order-confirmed' },
      { id: 'early', at: '2026-11-02T09:00:00Z', kind: 'order-confirmed' },
      { id: 'tie-a', at: '2026-11-01T00:00:00Z', kind: 'order-confirmed' },
      { id: 'tie-b', at: '2026-11-01T01:00:00+01:00', kind: 'order-confirmed' },
    ];
    expect(activityInTimeOrder(entries).map((entry) => entry.id)).to.deep.equal(['tie-a', 'tie-b', 'late', 'early']);
  });

  it('knows its kinds; a newer backend’s kind is not one of them', () => {
    for (const kind of ACTIVITY_KINDS)
      expect(isKnownActivity({ id: 'x', at: '2026-11-01T00:00:00Z', kind })).to.equal(true);
    expect(isKnownActivity({ id: 'x', at: '2026-11-01T00:00:00Z', kind: 'customs-cleared' })).to.equal(false);
  });

  it('a comment needs a non-blank character and at most COMMENT_MAX_LENGTH characters', () => {
    expect(commentProblem('')).to.equal('required');
    expect(commentProblem(' \n\t ')).to.equal('required');
    expect(commentProblem('ok')).to.equal(null);
    expect(commentProblem('x'.repeat(COMMENT_MAX_LENGTH))).to.equal(null);
    expect(commentProblem('x'.repeat(COMMENT_MAX_LENGTH + 1))).to.equal('too-long');
  });
});
