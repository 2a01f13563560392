/**
 * React wrapper of `<order-activity>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<order-activity>` and no other element:
 *
 * ```tsx
 * import { OrderActivity } from 'supplier-flow/react/order-activity';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { OrderActivity as OrderActivityElement } from '../elements/order-activity/order-activity.js';
import type { CommentAddedEvent } from '../elements/order-activity/order-activity.events.js';

export const OrderActivity = createComponent({
  react: React,
  tagName: 'order-activity',
  elementClass: OrderActivityElement,
  events: {
    onCommentAdded: 'comment-added' as EventName<CommentAddedEvent>,
  },
});
