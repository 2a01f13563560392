/** The markdown of bench/results-large-data.md: per case the clear-state time and longest task, before and after. */

const TASK_TARGET_MS = 200;
const CLEAR_TARGET_MS = 2_000;
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const ms = (value) => (Number.isFinite(value) ? `${grouped.format(value)} ms` : '—');
/** The longest task of a case: the worst of its samples; 0 means no task over 50 ms. */
const task = (row) => (!row || row.error ? (row?.error ? 'error' : '—') : row.longest.max === 0 ? 'none > 50 ms' : ms(row.longest.max));
const clear = (row) => (!row || row.error ? (row?.error ? 'error' : '—') : ms(row.clear.median));
const rows = (row) => (!row || row.error ? '—' : grouped.format(row.rows.max));
const pass = (row) => (!row || row.error ? '' : row.longest.max <= TASK_TARGET_MS && row.clear.median <= CLEAR_TARGET_MS ? 'PASS' : 'MISS');

function machineLine(label, result) {
  if (!result) return '';
  const { machine } = result;
  return `- ${label}: ${machine.date.slice(0, 10)}, ${machine.commit ? `commit ${machine.commit}, ` : ''}${machine.chromium}, ${machine.cpus} × ${machine.cpuModel}, ${machine.samples} sample(s) per case, load average ${machine.loadBefore.join(' / ')} before and ${machine.loadAfter.join(' / ')} after\n`;
}

export function largeDataReport({ before, after }) {
  const keys = [...new Set([...(before?.results ?? []), ...(after?.results ?? [])].map((row) => row.key))];
  const find = (result, key) => result?.results.find((row) => row.key === key);
  const lines = [
    '| case | longest task before | longest task after | clear state before | clear state after | rows in DOM after | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const key of keys) {
    const old = find(before, key);
    const now = find(after, key);
    const scenario = (now ?? old).scenario.replaceAll('|', '\\|');
    lines.push(`| ${scenario} | ${task(old)} | ${task(now)} | ${clear(old)} | ${clear(now)} | ${rows(now)} | ${pass(now)} |`);
  }
  return `# Large data: one order of 10,000 positions

\`npm run bench:large-data\` (tools/bench-large-data.mjs, cases in bench/scenarios/large-data.ts). Longest task: the
longest main-thread task (Chromium \`longtask\` entries, over 50 ms) from the action until the page was quiet for
500 ms, worst of the samples. Clear state: from the action until the element shows its result (median). Rows in DOM:
\`tr\` and \`li\` elements in the element's shadow root at that moment. Target: no task over ${TASK_TARGET_MS} ms and a
clear state within ${grouped.format(CLEAR_TARGET_MS)} ms.

${lines.join('\n')}

${machineLine('before', before)}${machineLine('after', after)}`;
}
