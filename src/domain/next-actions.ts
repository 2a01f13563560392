import type { NextAction, StageKey } from './types.js';

/**
 * True when the supplier owes the next step (not waiting for the platform, not completed). A module of its
 * own, without the stage rules, so My Orders can ask it without loading them.
 */
export const needsSupplierAction = (action: NextAction): boolean =>
  action !== 'wait-for-platform' && action !== 'completed';

const STAGE_OF_ACTION: Readonly<Partial<Record<NextAction, StageKey>>> = {
  'confirm-order': 'production',
  'upload-qc-report': 'quality',
  'add-shipping': 'shipping',
  'upload-invoice': 'invoice',
};

/** The stage where the supplier does `action` ("Add shipping" → `shipping`); null when nothing is owed. */
export const stageOfAction = (action: NextAction): StageKey | null => STAGE_OF_ACTION[action] ?? null;
