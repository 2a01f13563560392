/** The wizard's draft of one order: restored, brought in line with the order, saved on every change, cleared once published. */
import type { ReactiveControllerHost } from 'lit';
import type { DraftAdjustment } from '../../domain/draft-quantities.js';
import { remainingQuantity } from '../../domain/quantities.js';
import type { Order } from '../../domain/types.js';
import { createDraftStore } from '../shared/drafts.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import {
  DRAFT_VERSION,
  emptyDraft,
  isShippingDraft,
  migrateShippingDraft,
  reconcileShippingDraft,
  type ShippingDraft,
} from './draft.js';

/** Drafts of this wizard, per order id; never the photo's bytes. */
const drafts = createDraftStore<ShippingDraft>('shipping', DRAFT_VERSION, isShippingDraft, migrateShippingDraft);

export class DraftSession {
  /** The draft shown, once its order is loaded. */
  draft: ShippingDraft | null = null;
  /** The order the draft belongs to. */
  orderId: string | null = null;
  /** How the draft was brought in line with the order when it (re)loaded; shown until published or another order. */
  adjustments: readonly DraftAdjustment[] = [];

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether the draft shown belongs to `orderId`. */
  isFor(orderId: string): boolean {
    return this.draft !== null && this.orderId === orderId;
  }

  /**
   * Takes the loaded order: restores the saved (or current) draft brought in line with the order as it is now
   * (back at Parts when `partsIncomplete` says the parts no longer add up), or starts one with every remaining quantity.
   */
  adopt(order: Order, partsIncomplete: (draft: ShippingDraft) => boolean): void {
    const kept = (this.orderId === order.id ? this.draft : null) ?? drafts.load(order.id);
    this.orderId = order.id;
    this.host.requestUpdate();
    if (!kept) {
      const open = order.positions.filter((position) => remainingQuantity(order, position) > 0);
      this.draft = emptyDraft(
        Object.fromEntries(open.map((position) => [position.id, String(remainingQuantity(order, position))])),
        newIdempotencyKey(),
      );
      return;
    }
    const { draft, adjustments } = reconcileShippingDraft(kept, order);
    this.draft = draft;
    if (adjustments.length === 0) return;
    this.adjustments = [...this.adjustments, ...adjustments];
    if (draft.step !== 0 && partsIncomplete(draft)) this.draft = { ...draft, step: 0 };
    this.save();
  }

  /** Changes the draft and saves it. */
  update(patch: Partial<ShippingDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
    this.save();
    this.host.requestUpdate();
  }

  save(): void {
    if (this.draft && this.orderId) drafts.save(this.orderId, this.draft);
  }

  /** Stops showing the draft (another order, start over); the stored one stays. */
  forget(): void {
    this.draft = null;
    this.orderId = null;
    this.adjustments = [];
    this.host.requestUpdate();
  }

  /** Deletes the stored draft of `orderId` (published, or "Discard draft") and stops showing it. */
  discard(orderId: string): void {
    drafts.clear(orderId);
    this.forget();
  }
}
