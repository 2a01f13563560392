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
 * The virtualizer's flow layout (rows one under another) with a smaller overhang, which lays rows out again in the
 * next frame, never inside a ResizeObserver callback, after a measurement or a resize.
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
 * The same holds for the other reflows that start in such a callback: right after a measurement the virtualizer
 * reflows still inside it (and a scroll it reads there but has not laid out yet, its scroll event coming a frame
 * later, would change the range of rows), and a resize of the list (the window or the host page's layout) reaches
 * it through a ResizeObserver as a new viewport size, whose reflow removes the rows that no longer fit. While a
 * frame is awaited, no reflow happens; the frame applies the measurements and reflows once. New rows (a search,
 * a filter, the next page) are the exception: they are laid out at once, or for a frame the rows would show the
 * old orders while a click on one already acts on the new order at its place.
 */
export class RowsLayout extends FlowLayout {
  /** Sizes measured since the last frame (by index), applied together in the next one. */
  private measured: ChildMeasurements | undefined;
  /** A frame is requested for the next reflow: until it comes, nothing reflows but new rows. */
  private awaitingFrame = false;
  /** The rows changed since the last reflow. */
  private newItems = false;

  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = OVERHANG_PX;
  }

  override updateItemSizes(sizes: ChildMeasurements): void {
    this.measured = { ...this.measured, ...sizes };
    this.reflowNextFrame();
  }

  override get viewportSize(): FlowLayout['viewportSize'] {
    return super.viewportSize;
  }

  override set viewportSize(size: FlowLayout['viewportSize']) {
    const { width, height } = super.viewportSize;
    super.viewportSize = size;
    // The first size (from none) is laid out at once: the first rows show without waiting for a frame.
    if ((width !== 0 || height !== 0) && (width !== size.width || height !== size.height)) this.reflowNextFrame();
  }

  protected override _setItems(items: unknown[]): void {
    if (items !== this.items) this.newItems = true;
    super._setItems(items);
  }

  override reflowIfNeeded(force = false): void {
    if (this.awaitingFrame && !force && !this.newItems) return;
    this.newItems = false;
    super.reflowIfNeeded(force);
  }

  private reflowNextFrame(): void {
    if (this.awaitingFrame) return;
    this.awaitingFrame = true;
    requestAnimationFrame(() => {
      this.awaitingFrame = false;
      const measured = this.measured;
      this.measured = undefined;
      if (measured) super.updateItemSizes(measured);
      this._triggerReflow();
    });
  }
}
