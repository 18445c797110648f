/**
 * The benchmark ledger as an hledger journal: one transaction per voucher, one posting per
 * ledger row. A row with a cost centre posts to the account `<account>:<cost centre>`
 * (e.g. `5540:3001`), one without to `<account>`, so `hledger balance --monthly` lists the
 * same monthly sums per account and cost centre that the core posts and the floor loop adds.
 */
import * as fs from 'node:fs';
import type { RawCell } from '../src/core/input/types';
import type { BenchWorkbook } from './generate';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = 25_569;

function isoDate(v: RawCell): string {
  const d = typeof v === 'number' ? new Date((v - EXCEL_EPOCH) * MS_PER_DAY) : (v as Date);
  return d.toISOString().slice(0, 10);
}

/** Kronor with two decimals from a kronor number, exactly (via integer öre). */
function amountText(kr: number): string {
  const ore = Math.round(kr * 100);
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Writes the ledger of `wb` as a journal to `file`; returns the number of postings. */
export function writeJournal(wb: BenchWorkbook, file: string): number {
  const values = wb.ranges.find((r) => r.name === 'Huvudbok')!.values;
  const { date: D, voucher: V, account: A, costCentre: C, text: T, amount: M } = wb.ledgerColumns;
  const fd = fs.openSync(file, 'w');
  let chunk = '; finsam-rapport bench ledger — account:costcentre, amounts in kronor, debit positive\n\n';
  let postings = 0;
  let voucher: RawCell = undefined;
  try {
    for (let i = 1; i < values.length; i++) {
      const row = values[i];
      if (row[V] !== voucher) {
        voucher = row[V];
        chunk += `\n${isoDate(row[D])} (${String(voucher)}) ${String(row[T])}\n`;
      }
      const cc = row[C];
      chunk += `    ${String(row[A])}${cc === null ? '' : `:${String(cc)}`}  ${amountText(row[M] as number)}\n`;
      postings++;
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return postings;
}
