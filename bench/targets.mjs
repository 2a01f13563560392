/** The targets at 100,000 orders (DOM size: at every count), checked against ours' figures. */

export const TARGETS = [
  { key: 'first-rows-dom', counts: [100_000], text: '≤ 100 ms', pass: (figure) => figure.median <= 100 },
  { key: 'search', counts: [100_000], text: '≤ 16 ms median', pass: (figure) => figure.median <= 16 },
  { key: 'scroll-long-tasks', counts: [100_000], text: 'no long task', pass: (figure) => figure.max === 0 },
  { key: 'dom-nodes-first', counts: 'all', text: '≤ 1,500', pass: (figure) => figure.max <= 1_500 },
  { key: 'dom-nodes-scrolled', counts: 'all', text: '≤ 1,500', pass: (figure) => figure.max <= 1_500 },
];

/** The target of a result row, with PASS/MISS from ours' figure; undefined when no target applies. */
export function checkTarget(row) {
  const target = TARGETS.find(
    (candidate) => candidate.key === row.key && (candidate.counts === 'all' || candidate.counts.includes(row.count)),
  );
  if (!target) return undefined;
  return { text: target.text, pass: row.ours ? target.pass(row.ours) : false };
}
