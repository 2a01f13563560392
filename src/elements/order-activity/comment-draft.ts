/**
 * The comment box's draft: the text as typed and the idempotency key of the last send attempt with the
 * text it was made for. A retry of the same text re-sends the same key (so a lost answer never posts the
 * comment twice); changed text is a new comment with a new key. Pure: the element stores it through `createDraftStore`.
 */
export interface CommentDraft {
  readonly text: string;
  /** The last attempt that did not succeed: its key and the text it carried. */
  readonly attempt: { readonly key: string; readonly text: string } | null;
}

export const COMMENT_DRAFT_VERSION = 1;

export const EMPTY_COMMENT_DRAFT: CommentDraft = { text: '', attempt: null };

export function isCommentDraft(value: unknown): value is CommentDraft {
  if (!value || typeof value !== 'object') return false;
  const draft = value as Record<string, unknown>;
  const attempt = draft.attempt as Record<string, unknown> | null | undefined;
  return (
    typeof draft.text === 'string' &&
    (attempt === null ||
      (typeof attempt === 'object' &&
        attempt !== undefined &&
        typeof attempt.key === 'string' &&
        typeof attempt.text === 'string'))
  );
}

/** The draft about to be sent: the earlier attempt's key when the text is unchanged, else `newKey()`. */
export function nextAttempt(draft: CommentDraft, newKey: () => string): CommentDraft {
  const key = draft.attempt && draft.attempt.text === draft.text ? draft.attempt.key : newKey();
  return { text: draft.text, attempt: { key, text: draft.text } };
}
