/**
 * The virtualized rows of <order-list> lay themselves out without a ResizeObserver loop: Chromium reports one as a
 * window error ("ResizeObserver loop completed with undelivered notifications"), which fails the test here and
 * shows as an error in a host's console (bundler overlays, Angular's ErrorHandler).
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '../helpers/viewport.js';
import { createMemoryAdapter } from '../../src/api/memory/index.js';
import '../../src/elements/order-list/order-list.js';
import '../../src/elements/supplier-provider/supplier-provider.js';
import { mountInProvider, root } from '../helpers/mount.js';
import { RowsLayout } from '../../src/elements/order-list/rows-layout.js';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const rowHeights = (rows: Element) =>
  [...rows.querySelectorAll('[role="row"]')].map((row) => Math.round(row.getBoundingClientRect().height)).join();

/** Waits frame by frame (at most 60) until the rendered rows and their heights stay the same for three frames. */
async function settle(rows: Element): Promise<void> {
  const seen: string[] = [];
  while (seen.length < 60 && !(seen.length >= 3 && seen.slice(-3).every((heights) => heights === seen.at(-1)))) {
    await nextFrame();
    seen.push(rowHeights(rows));
  }
}

describe('<order-list> rows layout', () => {
  let loops: string[];
  const record = (event: ErrorEvent) => {
    if (String(event.message).startsWith('ResizeObserver loop')) loops.push(event.message);
  };

  beforeEach(() => {
    loops = [];
    window.addEventListener('error', record);
  });

  afterEach(async () => {
    window.removeEventListener('error', record);
    await setViewport({ width: 800, height: 600 });
  });

  // Rows as cards (narrow), wrapping (medium) and one line each (wide): each a different height from the estimate.
  for (const width of [600, 1000, 1280]) {
    it(`lays out and scrolls its rows without a ResizeObserver loop (${width} px wide)`, async () => {
      await setViewport({ width, height: 720 });
      const el = await mountInProvider(
        createMemoryAdapter({ persist: false }),
        'order-list',
        html`<order-list></order-list>`,
        '.rows [role="row"]',
      );
      const rows = root(el).querySelector<HTMLElement>('.rows')!;
      await settle(rows);
      rows.scrollTop = 4000;
      await settle(rows);
      expect(loops).to.deep.equal([]);
      expect(rows.querySelector('[role="row"]')?.getAttribute('data-index')).to.not.equal('0');
    });
  }

  // Narrower, the cards grow taller and fewer fit: laid out in the ResizeObserver callback that reported the new
  // size, the rows that no longer fit would be removed there, and a removed row is an observation that callback
  // cannot deliver (WebKit reports the loop when the window is resized).
  for (const [name, resize] of [
    ['the window', () => setViewport({ width: 800, height: 600 })],
    ["the host page's layout", async (el: HTMLElement) => void (el.style.maxInlineSize = '500px')],
  ] as const) {
    it(`lays out its rows again without a ResizeObserver loop when ${name} makes it narrower`, async () => {
      await setViewport({ width: 1000, height: 720 });
      const el = await mountInProvider(
        createMemoryAdapter({ persist: false }),
        'order-list',
        html`<order-list></order-list>`,
        '.rows [role="row"]',
      );
      const rows = root(el).querySelector<HTMLElement>('.rows')!;
      await settle(rows);
      rows.scrollTop = 4000;
      await settle(rows);
      const first = rows.querySelector('[role="row"]')?.getAttribute('data-index');
      await resize(el);
      await settle(rows);
      expect(loops).to.deep.equal([]);
      const firstAfter = rows.querySelector('[role="row"]')?.getAttribute('data-index');
      expect(firstAfter, 'still scrolled').to.not.equal('0');
      expect(firstAfter, 'laid out again').to.not.equal(first);
    });
  }

  // A row that changes size in the same frame as a scroll the virtualizer has not handled yet (a scroll event comes a
  // frame later): laying the new range out in the ResizeObserver callback that measured the row would add rows at the
  // depth just delivered.
  it('lays out a scroll it learns of while measuring a row in the next frame, not in the ResizeObserver callback', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await mountInProvider(
      createMemoryAdapter({ persist: false }),
      'order-list',
      html`<order-list></order-list>`,
      '.rows [role="row"]',
    );
    const rows = root(el).querySelector<HTMLElement>('.rows')!;
    await settle(rows);
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        rows.querySelector<HTMLElement>('[role="row"]')!.style.minBlockSize = '200px';
        rows.scrollTop = 3000;
        resolve();
      }),
    );
    await settle(rows);
    expect(loops).to.deep.equal([]);
    expect(rows.querySelector('[role="row"]')?.getAttribute('data-index')).to.not.equal('0');
  });
});

describe('RowsLayout', () => {
  /** The ranges of rows the layout hands the virtualizer, `first-last`, in order. */
  function layout(count: number) {
    const ranges: string[] = [];
    const rows = new RowsLayout((message) => {
      if (message.type === 'stateChanged') ranges.push(`${message.range.first}-${message.range.last}`);
    });
    rows.viewportSize = { width: 800, height: 500 };
    rows.items = Array.from({ length: count }, (_, index) => index);
    rows.reflowIfNeeded();
    return { rows, ranges };
  }
  const measured = { 0: { width: 800, height: 300, marginTop: 0, marginRight: 0, marginBottom: 0, marginLeft: 0 } };

  it('applies a measurement in the next frame, not in the ResizeObserver callback that made it', async () => {
    const { rows, ranges } = layout(100);
    ranges.length = 0;
    rows.updateItemSizes(measured);
    rows.reflowIfNeeded();
    expect(ranges, 'no reflow in the callback').to.deep.equal([]);
    await nextFrame();
    await Promise.resolve();
    expect(ranges).to.have.length(1);
  });

  it('lays out new rows at once while a measurement waits for the next frame', () => {
    const { rows, ranges } = layout(100);
    rows.updateItemSizes(measured);
    ranges.length = 0;
    rows.items = [0, 1, 2];
    rows.reflowIfNeeded();
    expect(ranges).to.deep.equal(['0-2']);
  });
});

describe('<order-list> as a wide table', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('sets the lead time off the value beside it (a right-aligned number next to left-aligned text)', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await mountInProvider(
      createMemoryAdapter({ persist: false }),
      'order-list',
      html`<order-list></order-list>`,
      '.rows [role="row"]',
    );
    const textBox = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return range.getBoundingClientRect();
    };
    for (const row of [...root(el).querySelectorAll('.rows [role="row"]')].slice(0, 5)) {
      const value = textBox(row.querySelector('.value')!);
      const lead = textBox(row.querySelector('.lead')!);
      expect(lead.left - value.right, row.querySelector('.number')!.textContent!.trim()).to.be.at.least(16);
    }
  });
});
