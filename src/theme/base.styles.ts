import { css } from 'lit';

/**
 * Buttons, headings, notices, skeletons and helpers shared by every element. Logical properties only.
 * `.visually-hidden`: hidden to the eye, read by assistive technology; every declaration wins over an element's
 * own rules (a file input styled 100% wide would otherwise stick out of the page, invisible, and make it scroll
 * sideways). Tables and scroll regions: table.styles.ts, in the elements that draw them. `:host` is a size container: `.actions`
 * and an element's own layouts follow the element's width, not the viewport's (a portal column is narrow on a wide
 * screen); below 30rem `.actions` stacks one full-width button a line (a `<span>` grouping buttons in it
 * included), the primary first and a link-style one (Cancel) last. A heading after other
 * content gets room above it; words hidden to the eye before it are no content (a section's first heading stays
 * level with its neighbours').
 */
export const baseStyles = css`
  :host {
    container-type: inline-size;
    /* A size container takes no width from its content: where the host sizes it by content (a flex row without
       flex: 1, an inline-block), it keeps a usable width instead of collapsing to nothing. */
    min-inline-size: min(20rem, 100%);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* What focus or a link scrolls into view stays clear of the host's sticky header. */
  * {
    scroll-margin-block-start: var(--_scroll-offset);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 0 var(--_space-3);
    line-height: 1.25;
  }
  /* A heading after other content starts a new part: room above it, the same in every element. */
  :where(:not(.visually-hidden)) + :is(h2, h3, h4, h5, h6),
  :where(:not(.visually-hidden)) + :where(.visually-hidden) + :is(h2, h3, h4, h5, h6) {
    margin-block-start: var(--_space-6);
  }
  /* Sizes follow the rank below the element's title, and the title's size follows the host's heading-level. */
  h2 {
    font-size: var(--_heading-size-1);
  }
  h3 {
    font-size: var(--_heading-size-2);
  }
  h4,
  h5,
  h6 {
    font-size: var(--_heading-size-3);
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .icon {
    inline-size: 1.15em;
    block-size: 1.15em;
    flex: none;
    vertical-align: -0.2em;
  }
  a:not(.button) {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:not(.button):hover {
    text-decoration-thickness: 2px;
  }
  /* A link standing on its own (in a list item, say) is a target of at least 24 × 24 px (WCAG 2.5.8). */
  li > a:not(.button) {
    display: inline-flex;
    align-items: center;
    min-block-size: max(24px, 1.5rem);
    min-inline-size: 24px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    min-inline-size: 0 !important;
    margin: -1px !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-block-size: 2.5rem;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover:not(:disabled) {
    background: var(--_surface-alt);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .button.primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 88%, black);
  }
  .button.small {
    min-block-size: 2rem;
    padding-block: var(--_space-1);
    padding-inline: var(--_space-3);
    font-size: var(--_font-size-small);
    line-height: 1.25;
  }
  .button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
    padding-inline: var(--_space-2);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .notice {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    margin-block: var(--_space-3);
  }
  .notice.info {
    color: var(--_info);
    background: var(--_info-surface);
  }
  .notice.warning {
    color: var(--_warning);
    background: var(--_warning-surface);
  }
  .notice.danger {
    color: var(--_danger);
    background: var(--_danger-surface);
  }
  .notice.success {
    color: var(--_success);
    background: var(--_success-surface);
  }
  .notice > .notice-body {
    color: var(--_text);
    flex: 1;
    margin-block: 0;
  }
  /* The first line of a notice's words sits level with its icon; the notice's padding alone frames them. */
  .notice-body > :first-child {
    margin-block-start: 0;
  }
  .notice-body > :last-child {
    margin-block-end: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .skeleton {
    display: block;
    block-size: 1rem;
    border-radius: var(--_radius-small);
    background: var(--_skeleton);
    animation: sf-pulse 1.4s ease-in-out infinite;
  }
  .skeleton-block {
    display: grid;
    gap: var(--_space-3);
    padding-block: var(--_space-3);
  }
  .skeleton-block .skeleton:nth-child(3n + 2) {
    inline-size: 80%;
  }
  .skeleton-block .skeleton:nth-child(3n) {
    inline-size: 60%;
  }
  @keyframes sf-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  /* The button bar of every form and step: the primary action (last in the bar) at the inline end, a leading
     link-style button (Cancel) at the inline start. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-2);
    margin-block-start: var(--_space-4);
  }
  .actions:first-child {
    margin-block-start: 0;
  }
  .actions > .button.link:first-child {
    margin-inline-end: auto;
    padding-inline-start: 0;
  }
  @container (max-width: 29.99rem) {
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
    .actions > span:not(.button) {
      display: contents;
    }
    .actions .button {
      inline-size: 100%;
    }
    .actions .button.primary {
      order: -1;
    }
    .actions .button.link {
      order: 1;
      margin-inline-end: 0;
      padding-inline-start: var(--_space-2);
    }
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* A disclosure chevron (renderIcon('chevron')) inside the control that has aria-expanded: it turns when open. */
  .chevron {
    display: inline-flex;
    color: var(--_muted);
    transition: transform 0.15s;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  :dir(rtl) .chevron {
    transform: scaleX(-1);
  }
  [aria-expanded='true'] .chevron,
  :dir(rtl) [aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
`;
