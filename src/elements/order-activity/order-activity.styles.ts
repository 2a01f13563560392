import { css } from 'lit';

export const orderActivityStyles = css`
  .entries {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space-4);
    display: grid;
    gap: var(--_space-2);
  }
  .entry {
    display: grid;
    grid-template-columns: 1.75rem 1fr;
    gap: var(--_space-2);
    align-items: start;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-radius: var(--_radius-small);
  }
  .entry-icon {
    justify-self: center;
    color: var(--_muted);
  }
  .entry p {
    margin: 0;
  }
  .entry .meta {
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .entry.comment {
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    background: var(--_surface);
  }
  .entry.comment.supplier {
    border-inline-start-color: var(--_accent);
    margin-inline-start: var(--_space-6);
  }
  .entry.comment.platform {
    border-inline-start-color: var(--_success);
    background: var(--_surface-alt);
    margin-inline-end: var(--_space-6);
  }
  .entry .author {
    font-weight: 700;
    color: var(--_text);
  }
  .entry .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .comment-box textarea {
    max-inline-size: none;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    inline-size: 100%;
    box-sizing: border-box;
    min-block-size: 5rem;
    resize: vertical;
  }
  .comment-box .field[data-state='error'] textarea {
    border-color: var(--_danger);
  }
  .comment-box .count {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_muted);
    text-align: end;
  }
  /* The send button beside its text area, its bottom edge on the text area's (below it on a narrow element): the
     field's parts and the button share one grid, so the hint or counter lines never shift the button. */
  .comment-box {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-1) var(--_space-3);
  }
  .comment-box .field {
    display: contents;
  }
  .comment-box .field > *,
  .comment-box > :not(.field, .actions) {
    grid-column: 1 / -1;
  }
  .comment-box .field > :is(textarea, .count) {
    grid-column: 1;
  }
  .comment-box .actions {
    grid-column: 2;
    grid-row: 3;
    align-self: end;
    margin: 0;
  }
  @container (max-width: 29.99rem) {
    .comment-box .field > :is(textarea, .count),
    .comment-box .actions {
      grid-column: 1 / -1;
      grid-row: auto;
    }
  }
`;
