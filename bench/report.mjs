/** Turns the measurements into bench/results.json and the markdown table of bench/results.md. */
import { checkTarget } from './targets.mjs';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A value in its unit, for the table. */
function formatValue(value, unit) {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return `${value < 100 ? value.toFixed(1) : grouped.format(value)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'bytes':
      return `${(value / 1_048_576).toFixed(1)} MB`;
    case 'px':
      return `${value.toFixed(0)} px`;
    default:
      return `${grouped.format(value)} ${unit === 'count' ? '' : unit}`.trim();
  }
}

const cell = (figure, field) =>
  figure ? `${formatValue(figure[field], figure.unit)}${field === 'median' ? ` (n ${figure.n})` : ''}` : '—';

function ratio(row) {
  if (!row.ours || !row.naive || !(row.ours.median > 0) || !Number.isFinite(row.naive.median)) return '—';
  return `×${(row.naive.median / row.ours.median).toFixed(row.naive.median / row.ours.median < 10 ? 1 : 0)}`;
}

/** Result rows with their targets checked and ratios computed. */
export function finishRows(rows) {
  return rows.map((row) => {
    const target = row.error ? undefined : checkTarget(row);
    return { ...row, ratio: ratio(row), ...(target ? { target: target.text, pass: target.pass } : {}) };
  });
}

const escape = (text) => String(text).replaceAll('|', '\\|');

/** The markdown table (scenario | count | ours median | ours p95 | naive median | ratio | target | pass) and its notes. */
export function markdownTable(rows) {
  const lines = [
    '| scenario | count | ours median | ours p95 | naive median | ratio | target | pass |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  const notes = [];
  for (const row of rows) {
    const marks = [];
    for (const note of [row.note, row.naiveNote, row.error && `error: ${row.error}`].filter(Boolean)) {
      let index = notes.indexOf(note);
      if (index < 0) index = notes.push(note) - 1;
      marks.push(`[${index + 1}]`);
    }
    const naive = row.naive ? cell(row.naive, 'median') : (row.naiveText ?? '—');
    const pass = row.pass === undefined ? '' : row.pass ? 'PASS' : 'MISS';
    lines.push(
      `| ${escape(row.scenario)}${marks.length ? ` ${marks.join('')}` : ''} | ${grouped.format(row.count)} | ${row.error ? 'error' : cell(row.ours, 'median')} | ${cell(row.ours, 'p95')} | ${escape(naive)} | ${row.ratio} | ${row.target ?? ''} | ${pass} |`,
    );
  }
  return `${lines.join('\n')}\n${notes.length ? `\n${notes.map((note, index) => `[${index + 1}] ${note}`).join('\n')}\n` : ''}`;
}

/** The whole results.md: machine, how it was measured, the table. */
export function markdownReport({ machine, rows }) {
  return `# supplier-flow benchmark

${machine.date} · Chromium ${machine.chromium} (headless) · Node ${machine.node} · ${machine.cpus} × ${machine.cpuModel} · load average ${machine.loadBefore.join(' / ')} before, ${machine.loadAfter.join(' / ')} after${machine.quick ? ' · **--quick run**' : ''}

Measured in the page (performance.mark/measure, a long-task PerformanceObserver); "naive" is bench/naive-order-list.ts in the same run;
ratio = naive median / ours median. How each figure is taken: bench/README.md.

${markdownTable(rows)}`;
}
