/**
 * Layout checks a designer makes by eye, measured: the page never scrolls sideways, a row or header is no
 * taller than its content, each column header sits over its column, and focus stays on something after an
 * action. Each returns the problems it found in words (empty when none), so a failure says where.
 */

/** The page scrolls sideways: something is wider than the viewport. */
export function sidewaysScroll(): string[] {
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return overflow > 1 ? [`the page scrolls sideways by ${overflow} px at ${innerWidth} px`] : [];
}

const words = (element: Element) => (element.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;

function lineHeight(element: Element): number {
  const style = getComputedStyle(element);
  const value = Number.parseFloat(style.lineHeight);
  return Number.isFinite(value) ? value : Number.parseFloat(style.fontSize) * 1.5;
}

/** The tallest a cell's content may be: two lines per word (a long word may hyphenate once), a control's padding and border. Measured on the content, not the cell (a table cell is as tall as its row). */
function cellBudget(cell: Element): number {
  const extra = cell.querySelector('button, input, select') ? 24 : 0;
  return Math.max(2, 2 * words(cell)) * lineHeight(cell) + extra;
}

/**
 * Rows (and a header) far taller than their content: a cell taller than its words laid out two lines each (a
 * column so narrow that words break letter by letter), or a row taller than its cells with its padding.
 */
export function tallRows(rows: readonly Element[], label: string): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const cells = [...row.children].filter((cell) => cell.getClientRects().length > 0);
    if (cells.length === 0) continue;
    const rowBox = row.getBoundingClientRect();
    for (const cell of cells) {
      const content = document.createRange();
      content.selectNodeContents(cell);
      const height = content.getBoundingClientRect().height;
      if (height > cellBudget(cell) + 1)
        problems.push(
          `${label}: cell “${(cell.textContent ?? '').trim().slice(0, 30)}” is ${Math.round(height)} px tall for ${words(cell)} word(s)`,
        );
    }
    const top = Math.min(...cells.map((cell) => cell.getBoundingClientRect().top));
    const bottom = Math.max(...cells.map((cell) => cell.getBoundingClientRect().bottom));
    const style = getComputedStyle(row);
    const padding =
      Number.parseFloat(style.paddingBlockStart) +
      Number.parseFloat(style.paddingBlockEnd) +
      Number.parseFloat(style.borderBlockEndWidth || '0');
    if (rowBox.height > bottom - top + padding + 4)
      problems.push(`${label}: ${Math.round(rowBox.height)} px tall for ${Math.round(bottom - top)} px of cells`);
  }
  return problems;
}

/** Column headers out of line with their column: each header cell's box against the same column's cell in each row. */
export function misalignedHeaders(header: Element, rows: readonly Element[], label: string): string[] {
  const headers = [...header.querySelectorAll('[role="columnheader"]')].filter(
    (cell) => cell.getClientRects().length > 0,
  );
  if (headers.length === 0) return [];
  const problems: string[] = [];
  for (const row of rows) {
    const cells = [...row.querySelectorAll(':scope > [role="gridcell"]')];
    headers.forEach((headerCell, index) => {
      const cell = cells[index];
      if (!cell) return;
      const a = headerCell.getBoundingClientRect();
      const b = cell.getBoundingClientRect();
      const off = Math.max(Math.abs(a.left - b.left), Math.abs(a.right - b.right));
      if (off > 2)
        problems.push(
          `${label}: header “${(headerCell.textContent ?? '').trim()}” is ${Math.round(off)} px out of line with its column`,
        );
    });
  }
  return problems;
}

/** The element that has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focus fell back to `<body>` (or nowhere) after an action. */
export function focusLost(action: string): string[] {
  const active = deepActiveElement();
  return !active || active === document.body ? [`focus went to <body> after ${action}`] : [];
}
