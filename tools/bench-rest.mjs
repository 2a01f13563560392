/**
 * npm run bench:rest [-- --counts 100000,1000000 --samples 40 --memory-counts 100000] — My Orders over loopback
 * HTTP on the reference server's database (PGlite in .data/bench/<count>/, or PostgreSQL with DATABASE_URL),
 * next to the memory adapter answering the same queries in process.
 *
 * Per order count: the tenant `bench-<count>` is seeded once by the bulk loader (the time is reported; later
 * runs reuse it), then every figure is `samples` requests, one at a time, after 5 unmeasured ones:
 *   first page       GET /orders?limit=50 (lead time ascending, no filter): page, total and counts
 *   next page        the page after the previous one (each sample one page further)
 *   search: number   a whole order number, a new one each time            (matches 1 order)
 *   search: part no. the first 4 digits of a part number, new each time   (matches ~0.01 %)
 *   search: name     a part name or a prefix of one, new each time        (matches ~5-10 %)
 *   search next page the page after each part-name search's first (counts reused while no order changed)
 * Figures: median and p95 (ms). Writes bench/results-rest-pglite.json and .md (results-rest-postgresql.* with
 * DATABASE_URL) with the load average before and after.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadTypeScript } from './load-ts.mjs';
import { MIGRATIONS_DIRECTORY } from '../server/load.mjs';

const { values } = parseArgs({
  options: {
    counts: { type: 'string', default: '100000,1000000' },
    samples: { type: 'string', default: '40' },
    'memory-counts': { type: 'string', default: '100000' },
  },
});
const counts = values.counts.split(',').map(Number);
const memoryCounts = new Set(values['memory-counts'].split(',').filter(Boolean).map(Number));
const samples = Number(values.samples);
const started = Date.now();
const log = (message) =>
  process.stderr.write(`[bench:rest ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}\n`);
const load = () => loadavg().map((value) => Number(value.toFixed(2)));

const bench = await loadTypeScript('server/bench.ts', { external: ['busboy', '@electric-sql/pglite', 'pg'] });

const percentile = (sorted, p) => {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (value) => Number(value.toFixed(2));
  return {
    n: sorted.length,
    median: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
  };
};

/**
 * Times `run(i)` for i = 0 … warm-up + samples - 1, keeping the last `samples`: wall time, and the CPU time this
 * process spent (client, HTTP server and PGlite all run in it), which the machine's other load inflates less.
 */
async function measure(run, warmUp = 5) {
  const times = [];
  const cpu = [];
  for (let index = 0; index < warmUp + samples; index++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await run(index);
    const used = process.cpuUsage(startCpu);
    if (index >= warmUp) {
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { ...summary(times), cpu: summary(cpu) };
}

/** Search terms: whole order numbers, part number prefixes, part names and their prefixes; new ones each call. */
function terms(count) {
  const step = Math.max(1, Math.floor(count / 997));
  const numbers = Array.from({ length: 1_000 }, (_, index) => `SF-${10_001 + ((index * step * 7919) % count)}`);
  const partNumbers = Array.from(
    { length: 1_000 },
    (_, index) => `XM-${String((index * 7_919 + 1_234) % 10_000).padStart(4, '0')}`,
  );
  const names = bench.PART_NAMES.flatMap((name) =>
    Array.from({ length: Math.max(1, name.length - 5) }, (_, cut) => name.slice(0, 6 + cut).toLowerCase()),
  );
  return { numbers, partNumbers, names };
}

async function httpFigures(baseUrl, count) {
  const get = async (query) => {
    const response = await fetch(`${baseUrl}/orders?${new URLSearchParams(query)}`);
    if (!response.ok)
      throw new Error(
        `GET /orders?${new URLSearchParams(query)} answered ${response.status}: ${await response.text()}`,
      );
    return response.json();
  };
  const { numbers, partNumbers, names } = terms(count);
  const figures = {};
  figures['first page'] = await measure(() => get({ limit: '50' }));
  let cursor = (await get({ limit: '50' })).nextCursor;
  figures['next page'] = await measure(async () => {
    const page = await get({ limit: '50', cursor });
    cursor = page.nextCursor;
  });
  figures['search: order number'] = await measure((index) =>
    get({ limit: '50', search: numbers[index % numbers.length] }),
  );
  figures['search: part number prefix'] = await measure((index) =>
    get({ limit: '50', search: partNumbers[index % partNumbers.length] }),
  );
  const nameCursors = [];
  figures['search: part name'] = await measure(async (index) => {
    const page = await get({ limit: '50', search: names[index % names.length] });
    nameCursors.push([names[index % names.length], page.nextCursor]);
  });
  figures['search: part name, next page'] = await measure(async (index) => {
    const [search, next] = nameCursors[index % nameCursors.length];
    await get({ limit: '50', search, cursor: next });
  });
  return figures;
}

async function memoryFigures(count) {
  const adapter = bench.createMemoryAdapter({ orderCount: count, persist: false, seed: 1 });
  await adapter.ready;
  await adapter.listOrders({ limit: 50 });
  const { numbers, partNumbers, names } = terms(count);
  const figures = {};
  figures['first page'] = await measure(() => adapter.listOrders({ limit: 50 }));
  let cursor = (await adapter.listOrders({ limit: 50 })).nextCursor;
  figures['next page'] = await measure(async () => {
    cursor = (await adapter.listOrders({ limit: 50, cursor })).nextCursor;
  });
  figures['search: order number'] = await measure((index) =>
    adapter.listOrders({ limit: 50, search: numbers[index % numbers.length] }),
  );
  figures['search: part number prefix'] = await measure((index) =>
    adapter.listOrders({ limit: 50, search: partNumbers[index % partNumbers.length] }),
  );
  const nameCursors = [];
  figures['search: part name'] = await measure(async (index) => {
    const page = await adapter.listOrders({ limit: 50, search: names[index % names.length] });
    nameCursors.push([names[index % names.length], page.nextCursor]);
  });
  figures['search: part name, next page'] = await measure(async (index) => {
    const [search, next] = nameCursors[index % nameCursors.length];
    await adapter.listOrders({ limit: 50, search, cursor: next });
  });
  adapter.close();
  return figures;
}

const loadBefore = load();
const results = [];
for (const count of counts) {
  const tenant = `bench-${count}`;
  const url = process.env.DATABASE_URL;
  const dataDir = url ? undefined : fileURLToPath(new URL(`../.data/bench/${count}/`, import.meta.url));
  const db = await bench.openDatabase({ url, dataDir, migrationsDirectory: MIGRATIONS_DIRECTORY });
  log(`${count.toLocaleString('en')} orders on ${db.description}`);
  let seeding = null;
  const existing = await bench.findTenant(db, tenant);
  const [{ seeded } = { seeded: 0 }] = existing
    ? await db.query('SELECT count(*) AS seeded FROM orders WHERE tenant_id = $1', [tenant])
    : [];
  if (seeded !== count) {
    if (existing) await db.query('DELETE FROM tenants WHERE id = $1', [tenant]);
    const seedStart = performance.now();
    let lastLog = 0;
    await db.transaction((tx) =>
      bench.createTenant(tx, tenant, null, { seed: 1, count, now: new Date() }, (done) => {
        if (performance.now() - lastLog > 15_000) {
          lastLog = performance.now();
          log(`  seeded ${done.toLocaleString('en')} orders`);
        }
      }),
    );
    const insertedMs = performance.now() - seedStart;
    await db.query('ANALYZE');
    seeding = {
      insertSeconds: Number((insertedMs / 1000).toFixed(1)),
      totalSeconds: Number(((performance.now() - seedStart) / 1000).toFixed(1)),
      load: load(),
    };
    log(`  seeded in ${seeding.totalSeconds} s (inserts ${seeding.insertSeconds} s, then ANALYZE)`);
  }
  const [{ rows }] = await db.query(
    `SELECT (SELECT count(*) FROM orders WHERE tenant_id = $1) + (SELECT count(*) FROM positions WHERE tenant_id = $1) + (SELECT count(*) FROM documents WHERE tenant_id = $1) + (SELECT count(*) FROM shipments WHERE tenant_id = $1) + (SELECT count(*) FROM invoices WHERE tenant_id = $1) + (SELECT count(*) FROM activity WHERE tenant_id = $1) AS rows`,
    [tenant],
  );
  const server = await bench.startReferenceServer({ database: db, migrationsDirectory: MIGRATIONS_DIRECTORY });
  const loadHttp = load();
  const http = await httpFigures(`${server.url}/t/${tenant}`, count);
  await server.close();
  await db.close();
  log(`  REST: ${JSON.stringify(http)}`);
  let memory = null;
  if (memoryCounts.has(count)) {
    try {
      memory = await memoryFigures(count);
      log(`  memory: ${JSON.stringify(memory)}`);
    } catch (error) {
      log(`  memory adapter at ${count.toLocaleString('en')} orders failed: ${error.message}`);
    }
  }
  results.push({ count, database: db.description, rows, seeding, loadDuringHttp: loadHttp, http, memory });
}

const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(),
  loadBefore,
  loadAfter: load(),
  samples,
};
const figureNames = Object.keys(results[0].http);
const cell = (figure) => (figure ? `${figure.median} / ${figure.p95}` : 'n/a');
const cpuCell = (figure) => (figure ? `${figure.cpu.median} / ${figure.cpu.p95}` : 'n/a');
const lines = [
  '# My Orders over HTTP on the database (npm run bench:rest)',
  '',
  `${machine.date}, Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}; load average before ${machine.loadBefore.join(' ')}, after ${machine.loadAfter.join(' ')}. ${samples} samples per figure, ms: median / p95. REST: loopback HTTP to the reference server on the database, one request at a time; CPU: what this one process (client, server and PGlite) used per request. Memory adapter: listOrders in process.`,
  '',
  ...results.flatMap((result) => [
    `## ${result.count.toLocaleString('en')} orders (${result.rows.toLocaleString('en')} rows) on ${result.database}`,
    '',
    result.seeding
      ? `Seeded in ${result.seeding.totalSeconds} s (inserts ${result.seeding.insertSeconds} s, then ANALYZE; load ${result.seeding.load.join(' ')}).`
      : 'Seed reused from an earlier run.',
    `Load average while measuring HTTP: ${result.loadDuringHttp.join(' ')}.`,
    '',
    '| figure | REST: wall | REST: CPU | memory adapter: wall | memory adapter: CPU |',
    '| --- | --- | --- | --- | --- |',
    ...figureNames.map(
      (name) =>
        `| ${name} | ${cell(result.http[name])} | ${cpuCell(result.http[name])} | ${cell(result.memory?.[name])} | ${cpuCell(result.memory?.[name])} |`,
    ),
    '',
  ]),
];
const base = fileURLToPath(
  new URL(`../bench/results-rest-${process.env.DATABASE_URL ? 'postgresql' : 'pglite'}`, import.meta.url),
);
writeFileSync(`${base}.json`, `${JSON.stringify({ machine, results }, null, 2)}\n`);
writeFileSync(`${base}.md`, `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
