/** `<order-details order-id>`: time from appending until the header with the order number is rendered. */
import { orderIdOf, orderNumberOf } from '../../src/api/memory/index.js';
import { afterNextPaint, clearMarks, frames, heapAfterGc, stage, startInterval, waitForDom } from '../measure.js';
import { figure, type Figure } from '../stats.js';

/** SF-10011: fully shipped, ready to invoice (scenarios.ts SCRIPT[10]). */
const ORDER = 10;

export async function orderDetailsOpen({ samples }: { samples: number }): Promise<Figure> {
  const title = orderNumberOf(ORDER);
  const durations: number[] = [];
  for (let run = 0; run <= samples; run++) {
    await heapAfterGc();
    await frames(2);
    const details = document.createElement('order-details');
    details.setAttribute('order-id', orderIdOf(ORDER));
    const interval = startInterval('order-details-open');
    stage().append(details);
    const root = details.shadowRoot as ShadowRoot;
    const at = await waitForDom(
      root,
      () => root.querySelector('h2')?.textContent?.includes(title) ?? false,
      `the header of ${title}`,
    );
    if (run > 0) durations.push(interval.to(at));
    await afterNextPaint();
    details.remove();
  }
  clearMarks();
  return figure(durations, 'ms');
}
