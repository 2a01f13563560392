import type { NextAction } from './types.js';

/**
 * True when the supplier owes the next step (not waiting for the platform, not completed). A module of its
 * own, without the stage rules, so My Orders can ask it without loading them.
 */
export const needsSupplierAction = (action: NextAction): boolean => action !== 'wait-for-platform' && action !== 'completed';
