/**
 * Small contract workbooks for the CLI tests, with figures checked by hand:
 *
 *   jan: 3800 owners' contribution −10 000,00 (income), 1930 cash +10 000,00
 *   feb: 5410 expense              +2 500,25,           1930 cash  −2 500,25
 *   IB:  1930 cash 5 000,00, 2010 equity −5 000,00
 *
 * Result jan–feb: 10 000,00 − 2 500,25 = 7 499,75 kr; through January only: 10 000,00 kr.
 * Cash closes at 12 499,75 = equity 5 000,00 + result 7 499,75: the balance sheet balances.
 * Cost centre 20 is used but not listed in Kostnadsstallen: one warning, at Huvudbok!C4.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { withNames, xlsx } from '../xlsx/helpers';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export interface LedgerRow {
  date: Date | string;
  account: number;
  cc: string;
  amount: number | string;
}

export const GOOD_LEDGER: LedgerRow[] = [
  { date: utc(2024, 1, 15), account: 3800, cc: '10', amount: -10000 },
  { date: utc(2024, 1, 15), account: 1930, cc: '', amount: 10000 },
  { date: utc(2024, 2, 10), account: 5410, cc: '20', amount: 2500.25 },
  { date: utc(2024, 2, 10), account: 1930, cc: '', amount: -2500.25 },
];

/** A contract workbook: Huvudbok (header on row 1 of sheet Huvudbok), IB, Kostnadsstallen, Installningar. */
export async function contractWorkbook(ledger: LedgerRow[] = GOOD_LEDGER): Promise<Buffer> {
  const bytes = await xlsx((wb: ExcelJS.Workbook) => {
    const hb = wb.addWorksheet('Huvudbok');
    hb.addRow(['Datum', 'Konto', 'Kostnadsställe', 'Belopp']);
    for (const r of ledger) hb.addRow([r.date, r.account, r.cc, r.amount]);
    hb.getColumn(1).numFmt = 'yyyy-mm-dd';
    const ib = wb.addWorksheet('IB');
    ib.addRow(['Konto', 'Belopp']);
    ib.addRow([1930, 5000]);
    ib.addRow([2010, -5000]);
    const kst = wb.addWorksheet('Kostnadsställen');
    kst.addRow(['Kostnadsställe', 'Namn']);
    kst.addRow(['10', 'Kansli']);
    const set = wb.addWorksheet('Inställningar');
    set.addRow(['Inställning', 'Värde']);
    set.addRow(['Organisation', 'Testförbundet']);
  });
  return withNames(bytes, [
    { name: 'Huvudbok', ref: `Huvudbok!$A$1:$D$${ledger.length + 1}` },
    { name: 'IngaendeBalans', ref: 'IB!$A$1:$B$3' },
    { name: 'Kostnadsstallen', ref: "'Kostnadsställen'!$A$1:$B$2" },
    { name: 'Installningar', ref: "'Inställningar'!$A$1:$B$2" },
  ]);
}

/** A fresh temporary directory holding `name` with `bytes`; returns the file's path. */
export function inTempDir(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'finsam-cli-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
