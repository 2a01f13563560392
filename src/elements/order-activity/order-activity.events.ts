import type { CommentActivity } from '../../domain/types.js';
import { SupplierFlowEvent } from '../shared/events.js';

export interface CommentAddedDetail {
  readonly orderId: string;
  readonly comment: CommentActivity;
}

/** The supplier's comment was added to the order's activity. */
export class CommentAddedEvent extends SupplierFlowEvent<CommentAddedDetail> {
  static readonly eventName = 'comment-added';
  constructor(detail: CommentAddedDetail) {
    super(CommentAddedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'comment-added': CommentAddedEvent;
  }
}
