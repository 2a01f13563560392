/** Rules of an order's activity: the known kinds, the time order, and what a comment may be. */
import type { ActivityEntry, ActivityKind, ActivityListEntry } from './types.js';

/** Every kind of activity this version shows. */
export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'order-confirmed',
  'quality-report-uploaded',
  'shipment-published',
  'shipping-documents-ready',
  'invoice-status',
  'comment',
];

/** The longest comment, in characters (UTF-16 code units, as a textarea's `maxlength` counts). */
export const COMMENT_MAX_LENGTH = 2_000;

/** Whether an entry is of a kind this version knows (and so has that kind's fields). */
export function isKnownActivity(entry: ActivityListEntry): entry is ActivityEntry {
  return (ACTIVITY_KINDS as readonly string[]).includes(entry.kind);
}

/** Oldest first, like a conversation; entries at the same instant keep the backend's order. */
export function activityInTimeOrder<T extends ActivityListEntry>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index, time: Date.parse(entry.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ entry }) => entry);
}

export type CommentProblem = 'required' | 'too-long';

/** What is wrong with a comment's text, or null: it needs a non-blank character and at most COMMENT_MAX_LENGTH. */
export function commentProblem(text: string): CommentProblem | null {
  if (text.trim() === '') return 'required';
  if (text.length > COMMENT_MAX_LENGTH) return 'too-long';
  return null;
}
