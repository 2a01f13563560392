/**
 * `<invoice-form order-id>` on its Positions step: time from changing a quantity (value set, `input` dispatched as
 * typing does) until that row's Net total shows the new amount. The net/VAT/gross table is on the Review step.
 */
import { orderIdOf } from '../../src/api/memory/index.js';
import { afterNextPaint, clearMarks, frames, stage, startInterval, waitForDom } from '../measure.js';
import { figure, type Figure } from '../stats.js';

/** SF-10011: fully shipped, nothing invoiced (test/elements/invoice-form.test.ts READY_TO_INVOICE). */
const ORDER = 10;

export async function invoiceTotal({ samples }: { samples: number }): Promise<Figure> {
  localStorage.clear();
  const form = document.createElement('invoice-form');
  form.setAttribute('order-id', orderIdOf(ORDER));
  stage().append(form);
  const root = form.shadowRoot as ShadowRoot;
  const quantity = () => root.querySelector<HTMLInputElement>('input.qty');
  const lineTotal = () => quantity()?.closest('tr')?.lastElementChild?.textContent?.trim() ?? '';
  await waitForDom(root, () => quantity() !== null, 'the positions step');
  await afterNextPaint();
  const max = Number((quantity() as HTMLInputElement).max);
  const durations: number[] = [];
  for (let run = 0; run <= samples; run++) {
    await frames(1);
    const input = quantity() as HTMLInputElement;
    const before = lineTotal();
    const next = Number(input.value) === max ? max - 1 : max;
    const interval = startInterval('invoice-total');
    input.value = String(next);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const at = await waitForDom(root, () => lineTotal() !== before, 'the new line total');
    if (run > 0) durations.push(interval.to(at));
  }
  form.remove();
  localStorage.clear();
  clearMarks();
  return figure(durations, 'ms');
}
