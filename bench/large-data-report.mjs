/** The markdown of bench/results-large-data.md: per case the longest task and the time to a clear state, before and after. */

const TASK_TARGET_MS = 200;
const CLEAR_TARGET_MS = 2_000;
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const ms = (value) => (Number.isFinite(value) ? grouped.format(value) : '—');
/** "wall / CPU ms" of a figure pair (worst sample for tasks, median for clear states). */
function pair(row, wall, cpu, field) {
  if (!row) return '—';
  if (row.error) return 'error';
  const wallValue = row[wall]?.[field];
  const cpuValue = row[cpu]?.[field];
  const wallText = wall === 'longest' && wallValue === 0 ? '< 50' : ms(wallValue);
  return `${wallText} / ${cpuValue === undefined ? '—' : ms(cpuValue)} ms`;
}
const rows = (row) => (!row || row.error ? '—' : grouped.format(row.rows.max));
function pass(row) {
  if (!row || row.error || !row.longestCpu) return '';
  return row.longestCpu.max <= TASK_TARGET_MS && row.clear.median <= CLEAR_TARGET_MS ? 'PASS' : 'MISS';
}

function machineLine(label, result) {
  if (!result) return '';
  const { machine } = result;
  return `- ${label}: ${machine.date.slice(0, 10)}, ${machine.commit ? `commit ${machine.commit}, ` : ''}Chromium ${machine.chromium}, ${machine.cpus} × ${machine.cpuModel}, ${machine.samples} sample(s) per case, load average ${machine.loadBefore.join(' / ')} before and ${machine.loadAfter.join(' / ')} after\n`;
}

export function largeDataReport({ before, after }) {
  const keys = [...new Set([...(before?.results ?? []), ...(after?.results ?? [])].map((row) => row.key))];
  const find = (result, key) => result?.results.find((row) => row.key === key);
  const lines = [
    '| case | longest task before | longest task after | clear state before | clear state after | rows in DOM before → after | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const key of keys) {
    const old = find(before, key);
    const now = find(after, key);
    const scenario = (now ?? old).scenario.replaceAll('|', '\\|');
    lines.push(
      `| ${scenario} | ${pair(old, 'longest', 'longestCpu', 'max')} | ${pair(now, 'longest', 'longestCpu', 'max')} | ${pair(old, 'clear', 'clearCpu', 'median')} | ${pair(now, 'clear', 'clearCpu', 'median')} | ${rows(old)} → ${rows(now)} | ${pass(now)} |`,
    );
  }
  return `# Large data: one order of 10,000 positions

\`npm run bench:large-data\` (tools/bench-large-data.mjs, cases in bench/scenarios/large-data.ts); bench/README.md
says how each figure is taken. Each cell is **wall / CPU** in ms:

- **longest task**: the longest main-thread task from the action until the page was quiet for 500 ms, worst of the
  samples. Wall from Chromium's \`longtask\` entries ("< 50": none over 50 ms); CPU is that thread's CPU time in the
  longest task of a trace of the same interval.
- **clear state**: from the action until the element shows its result, median; CPU is the main thread's CPU time in
  that interval.
- **rows in DOM**: \`tr\` and \`li\` elements in the element's shadow root at that moment.

On this shared machine the wall figures grow with every process that competes for the two cores (see the load
averages below); the CPU figures are what the page itself spent, close to wall time on an idle machine. Target: no
task over ${TASK_TARGET_MS} ms of CPU and a clear state within ${grouped.format(CLEAR_TARGET_MS)} ms of wall time.

${lines.join('\n')}

${machineLine('before', before)}${machineLine('after', after)}`;
}
