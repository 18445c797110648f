/**
 * Writes the files the end-to-end measurements read (started by run.ts in its own process,
 * so the runner stays small): the benchmark workbook as .xlsx for the CLI, the same ledger
 * as an hledger journal, and the floor loop's sums as JSON to check hledger's answer against.
 * Prints one line `BENCH_RESULT {json}`.
 *
 *   node --import tsx bench/prepare.ts --rows 100000 --xlsx F.xlsx --journal F.journal --sums F.json
 */
import * as fs from 'node:fs';
import { floorSums } from './floor';
import { benchWorkbook } from './generate';
import { writeJournal } from './journal';
import { writeBenchXlsx } from './xlsx';

export interface Prepared {
  rows: number;
  vouchers: number;
  xlsxMs?: number;
  journalMs?: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const wb = benchWorkbook({ rows: Number(arg('--rows')), dates: 'date' });
  const out: Prepared = { rows: wb.ledgerRows, vouchers: wb.vouchers };
  const xlsx = arg('--xlsx');
  const journal = arg('--journal');
  const sums = arg('--sums');
  if (xlsx) {
    const t = performance.now();
    await writeBenchXlsx(wb, `${xlsx}.part`);
    fs.renameSync(`${xlsx}.part`, xlsx);
    out.xlsxMs = performance.now() - t;
  }
  if (journal) {
    const t = performance.now();
    writeJournal(wb, `${journal}.part`);
    fs.renameSync(`${journal}.part`, journal);
    out.journalMs = performance.now() - t;
  }
  if (sums) fs.writeFileSync(sums, JSON.stringify([...floorSums(wb.ranges[1].values)]));
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(out)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
