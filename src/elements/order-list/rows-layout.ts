import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/**
 * Pixels of rows rendered beyond each edge of the viewport. The virtualizer's 1,000 px keeps about 44 rows
 * of 58 px in the DOM for a 32rem list, and its per-frame work while scrolling grows with the square of that
 * (it looks each row up in a fresh list of its children); 400 px keeps about 23, still seven frames of
 * scrolling at 3,600 px/s before a row would show blank.
 */
const OVERHANG_PX = 400;

/** Measured sizes by item index (the type is not among the package's exports). */
type ChildMeasurements = Parameters<FlowLayout['updateItemSizes']>[0];

/**
 * The virtualizer's flow layout (rows one under another) with a smaller overhang, which lays rows out again
 * after a measurement in the next frame rather than inside the ResizeObserver callback that measured them.
 *
 * The virtualizer measures its rows in a ResizeObserver callback and, left alone, reflows at once: when the
 * measured heights differ from its estimate (100 px; a row is 40–60 px wide, 150–280 px as a narrow card),
 * the range of rows changes inside that callback, and the rows it adds (or removes) are new observations at
 * the depth just delivered. The browser cannot deliver them in the same frame and reports
 * "ResizeObserver loop completed with undelivered notifications" as a window error, which bundler overlays and
 * Angular's ErrorHandler show as an error on every first render. Applied in the next frame, a measurement
 * changes the DOM outside any ResizeObserver callback; the rows it adds are measured in that frame and laid out
 * in the one after, until the heights settle.
 *
 * Nor does anything else reflow while a measurement waits: the virtualizer reflows right after handing the layout a
 * measurement (still inside that callback), and a scroll it reads there that it has not laid out yet (the scroll
 * event comes a frame later) would change the range of rows just the same. That reflow waits for the frame too.
 */
export class RowsLayout extends FlowLayout {
  /** Sizes measured since the last frame (by index), applied together in the next one. */
  private measured: ChildMeasurements | undefined;

  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = OVERHANG_PX;
  }

  override updateItemSizes(sizes: ChildMeasurements): void {
    const scheduled = this.measured !== undefined;
    this.measured = { ...this.measured, ...sizes };
    if (scheduled) return;
    requestAnimationFrame(() => {
      const measured = this.measured ?? {};
      this.measured = undefined;
      super.updateItemSizes(measured);
      this._triggerReflow();
    });
  }

  override reflowIfNeeded(force = false): void {
    if (this.measured !== undefined && !force) return;
    super.reflowIfNeeded(force);
  }
}
