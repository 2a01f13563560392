/**
 * `<shipping-wizard order-id>` step change: on step 1 (parts, prefilled with what is left to ship), time from clicking
 * "Continue" until the next step's heading is rendered and focused.
 */
import { orderIdOf } from '../../src/api/memory/index.js';
import { afterNextPaint, clearMarks, frames, stage, startInterval, waitForDom } from '../measure.js';
import { figure, type Figure } from '../stats.js';

/** SF-10007: regular order, shipping open, platform arranges (the one test/elements/shipping-wizard.test.ts walks through). */
const ORDER = 6;

export async function shippingStep({ samples }: { samples: number }): Promise<Figure> {
  const durations: number[] = [];
  for (let run = 0; run <= samples; run++) {
    localStorage.clear();
    const wizard = document.createElement('shipping-wizard');
    wizard.setAttribute('order-id', orderIdOf(ORDER));
    stage().append(wizard);
    const root = wizard.shadowRoot as ShadowRoot;
    const heading = () => root.querySelector('#step-heading')?.textContent?.trim() ?? '';
    await waitForDom(
      root,
      () => heading() !== '' && root.querySelector('[part~="continue-button"]') !== null,
      'step 1',
    );
    await afterNextPaint();
    await frames(1);
    const first = heading();
    const interval = startInterval('shipping-step');
    (root.querySelector('[part~="continue-button"]') as HTMLButtonElement).click();
    const at = await waitForDom(
      root,
      () => heading() !== first && root.activeElement?.id === 'step-heading',
      'step 2 heading, focused',
    );
    if (run > 0) durations.push(interval.to(at));
    await afterNextPaint();
    wizard.remove();
  }
  localStorage.clear();
  clearMarks();
  return figure(durations, 'ms');
}
