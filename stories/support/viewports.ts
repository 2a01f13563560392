import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The toolbar's phone viewport (375 px, .storybook/preview.ts). Each element has one `Phone` story,
 * `{ globals: PHONE, decorators: [phoneFrame] }`: its main state at 375 px. tools/storybook-smoke.mjs renders such
 * a story at 375 px and checks it at that width only (the same state at 1280 px is another story of the file).
 */
export const PHONE = { viewport: { value: 'phone', isRotated: false } };

/** The toolbar's tablet viewport (768 px). */
export const TABLET = { viewport: { value: 'tablet', isRotated: false } };

/** Docs pages render stories inline, as wide as the page: the frame keeps a Phone story at 375 px there too. */
export const phoneFrame: Decorator = (story) => html`<div style="max-inline-size: 375px">${story()}</div>`;
