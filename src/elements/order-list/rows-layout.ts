import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/**
 * Pixels of rows rendered beyond each edge of the viewport. The virtualizer's 1,000 px keeps about 44 rows
 * of 58 px in the DOM for a 32rem list, and its per-frame work while scrolling grows with the square of that
 * (it looks each row up in a fresh list of its children); 400 px keeps about 23, still seven frames of
 * scrolling at 3,600 px/s before a row would show blank.
 */
const OVERHANG_PX = 400;

/** The virtualizer's flow layout (rows one under another) with a smaller overhang. */
export class RowsLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = OVERHANG_PX;
  }
}
