/**
 * Benchmark of the add-in's Office.js traffic (not a test): with the fake Excel host, how many
 * `context.sync()` calls and how large the largest request and response are when the task
 * pane creates the report from a ledger of 10 000, 100 000 and 1 000 000 rows, and again (a re-run). Excel on the web
 * refuses requests and responses over 5 MB; the adapter reads in blocks of 20 000 rows and
 * halves a block Excel refuses.
 *
 * Run: npx tsx scripts/bench-addin.ts [rows …]   → prints a markdown table for bench/RESULTS.md
 */
import { createActions } from '../src/addin/workflow';
import { exampleWorkbook } from '../src/example/exampleWorkbook';
import { FakeExcelHost, PAYLOAD_LIMIT } from '../test/addin/fakeExcel';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const ROWS = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);

interface Row {
  rows: number;
  ledgerRows: number;
  syncsRead: number;
  syncsWrite: number;
  syncs: number;
  refused: number;
  maxRequest: number;
  maxResponse: number;
  sheets: number;
  seconds: number;
  /** Syncs of a second run (the report sheets rewritten in place). */
  rerunSyncs: number;
}

async function measure(rows: number): Promise<Row> {
  const example = exampleWorkbook({ ledgerRows: rows });
  const host = new FakeExcelHost();
  for (const sheet of example.sheets) host.addSheet(sheet.name, sheet.rows as unknown[][]);
  for (const n of example.names) host.addName(n.name, n.sheet, n.ref);
  const ledgerRef = example.names.find((n) => n.name === 'Huvudbok')?.ref ?? '';
  const ledgerRows = Number(/(\d+)$/.exec(ledgerRef)?.[1] ?? 0) - 3;

  let syncsAtWrite = 0;
  const actions = createActions({
    run: host.run,
    features: () => ({ api19: true }),
    example: () => example,
    yieldToUi: async () => undefined,
  });
  const started = process.hrtime.bigint();
  const result = await actions.createReport({}, (p) => {
    if (p.step === 'calculating') syncsAtWrite = host.stats.syncs;
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!result.written) throw new Error(`report not written for ${rows} rows: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const ok = host.stats.history.filter((h) => h.ok);
  const first = host.stats;
  host.resetStats();
  const again = await actions.createReport({}, () => undefined);
  if (!again.written) throw new Error(`re-run not written for ${rows} rows`);
  const rerunSyncs = host.stats.syncs;
  host.stats = first;
  return {
    rerunSyncs,
    rows,
    ledgerRows,
    syncsRead: syncsAtWrite,
    syncsWrite: host.stats.syncs - syncsAtWrite,
    syncs: host.stats.syncs,
    refused: host.stats.history.length - ok.length,
    maxRequest: Math.max(...ok.map((h) => h.requestBytes)),
    maxResponse: Math.max(...ok.map((h) => h.responseBytes)),
    sheets: result.sheets.length,
    seconds,
  };
}

async function main(): Promise<void> {
  const results: Row[] = [];
  for (const rows of ROWS) {
    process.stderr.write(`measuring ${rows} rows …\n`);
    results.push(await measure(rows));
  }
  console.log(`### Excel add-in: Office.js traffic per report (fake host, limit ${mb(PAYLOAD_LIMIT)} MB)\n`);
  console.log(
    '| ledger rows | sync() total | of which reading | of which writing | re-run sync() | refused (halved) | largest request | largest response | sheets written | time (fake host) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.ledgerRows.toLocaleString('sv-SE')} | ${r.syncs} | ${r.syncsRead} | ${r.syncsWrite} | ${r.rerunSyncs} | ${r.refused} | ${mb(r.maxRequest)} MB | ${mb(r.maxResponse)} MB | ${r.sheets} | ${r.seconds.toFixed(1)} s |`,
    );
  }
  console.log(
    '\nReading: 2 syncs to find the ranges, then one per block of at most 20 000 rows (about 1.5 MB of response). Writing: 1–2 syncs for the workbook state, then every report sheet packed into requests of at most 2 MB of JSON and 5 000 rows, then one swap (markers, names, charts, recalculation). A re-run rewrites the marked sheets in place: one more sync to resolve their markers.',
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
