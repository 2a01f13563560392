import { css } from 'lit';

/**
 * Design tokens. Hosts set the public `--sf-*` properties (on any ancestor or
 * through `configure({ appearance })`); elements read the private `--_*` ones.
 * Dark defaults apply with `theme="dark"` or, with `theme="auto"`, under
 * `prefers-color-scheme: dark`.
 */
export const tokens = css`
  :host {
    --_font: var(--sf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--sf-font-size, 0.9375rem);
    --_font-size-small: var(--sf-font-size-small, 0.8125rem);
    --_font-size-large: var(--sf-font-size-large, 1.25rem);
    --_line-height: var(--sf-line-height, 1.5);
    --_space-1: var(--sf-space-1, 0.25rem);
    --_space-2: var(--sf-space-2, 0.5rem);
    --_space-3: var(--sf-space-3, 0.75rem);
    --_space-4: var(--sf-space-4, 1rem);
    --_space-6: var(--sf-space-6, 1.5rem);
    --_space-8: var(--sf-space-8, 2rem);
    --_scroll-offset: var(--sf-scroll-offset, 1rem);
    --_radius: var(--sf-radius, 0.5rem);
    --_radius-small: var(--sf-radius-small, 0.25rem);
    --_focus-ring: var(--sf-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
    --_surface: var(--sf-color-surface, #ffffff);
    --_surface-alt: var(--sf-color-surface-alt, #f5f7fa);
    --_text: var(--sf-color-text, #1b2430);
    --_muted: var(--sf-color-text-muted, #556070);
    --_border: var(--sf-color-border, #cfd6df);
    --_accent: var(--sf-color-accent, #1f5fbf);
    --_accent-contrast: var(--sf-color-accent-contrast, #ffffff);
    --_success: var(--sf-color-success, #1b7a3a);
    --_success-surface: var(--sf-color-success-surface, #e6f4ea);
    --_warning: var(--sf-color-warning, #8a5300);
    --_warning-surface: var(--sf-color-warning-surface, #fff4e0);
    --_danger: var(--sf-color-danger, #b3261e);
    --_danger-surface: var(--sf-color-danger-surface, #fdecea);
    --_info: var(--sf-color-info, #1f5fbf);
    --_info-surface: var(--sf-color-info-surface, #e8f0fc);
    --_skeleton: var(--sf-color-skeleton, #e4e8ee);
    --_heading-size-1: var(--_font-size-large);
    --_heading-size-2: 1.0625rem;
    --_heading-size-3: var(--_font-size);
    color-scheme: light;
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }
  :host([data-theme='dark']) {
    --_surface: var(--sf-color-surface, #161b22);
    --_surface-alt: var(--sf-color-surface-alt, #1f2630);
    --_text: var(--sf-color-text, #e6edf3);
    --_muted: var(--sf-color-text-muted, #a3afbd);
    --_border: var(--sf-color-border, #3a4452);
    --_accent: var(--sf-color-accent, #6ea8fe);
    --_accent-contrast: var(--sf-color-accent-contrast, #0b1420);
    --_success: var(--sf-color-success, #6fd08c);
    --_success-surface: var(--sf-color-success-surface, #15301f);
    --_warning: var(--sf-color-warning, #f2b35b);
    --_warning-surface: var(--sf-color-warning-surface, #33260f);
    --_danger: var(--sf-color-danger, #ff8a80);
    --_danger-surface: var(--sf-color-danger-surface, #3a1714);
    --_info: var(--sf-color-info, #6ea8fe);
    --_info-surface: var(--sf-color-info-surface, #13243d);
    --_skeleton: var(--sf-color-skeleton, #2a323d);
    color-scheme: dark;
  }
  /* An element nested under a heading of its container: its title is a section heading, not a page one. */
  :host([heading-level='3']) {
    --_heading-size-1: 1.0625rem;
    --_heading-size-2: var(--_font-size);
  }
  :host([heading-level='4']),
  :host([heading-level='5']),
  :host([heading-level='6']) {
    --_heading-size-1: var(--_font-size);
    --_heading-size-2: var(--_font-size);
  }
  :host([hidden]) {
    display: none;
  }
`;
