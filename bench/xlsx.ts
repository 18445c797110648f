/**
 * Writes the benchmark workbook to .xlsx with ExcelJS's streaming writer: one sheet per
 * range at A1, a workbook-scoped defined name over each (what the CLI reads), the ledger's
 * dates as date cells (`yyyy-mm-dd`), shared strings as Excel writes them.
 */
import ExcelJS from 'exceljs';
import type { RawCell } from '../src/core/input/types';
import { columnLetters } from '../src/core/input/cellAddress';
import type { BenchWorkbook } from './generate';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = 25_569;

/** `'Sheet name'!$A$1:$G$1000001` */
function definedName(sheet: string, values: RawCell[][]): string {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  return `'${sheet.replace(/'/g, "''")}'!$A$1:$${columnLetters(width - 1)}$${values.length}`;
}

/** Writes `wb` to `file` (overwriting it). */
export async function writeBenchXlsx(wb: BenchWorkbook, file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  writer.creator = 'finsam-rapport bench';
  writer.created = new Date(Date.UTC(2025, 0, 1));
  writer.modified = writer.created;
  for (const range of wb.ranges) {
    const ws = writer.addWorksheet(range.sheet);
    const isLedger = range.name === 'Huvudbok';
    if (isLedger)
      ws.columns = [
        { width: 12, style: { numFmt: 'yyyy-mm-dd' } },
        { width: 13 },
        { width: 8 },
        { width: 15 },
        { width: 9 },
        { width: 40 },
        { width: 14, style: { numFmt: '#,##0.00' } },
      ];
    const dateCol = isLedger ? wb.ledgerColumns.date : -1;
    for (let r = 0; r < range.values.length; r++) {
      const source = range.values[r];
      const cells =
        r > 0 && dateCol >= 0 && typeof source[dateCol] === 'number'
          ? source.map((v, c) => (c === dateCol ? new Date(((v as number) - EXCEL_EPOCH) * MS_PER_DAY) : v))
          : source;
      ws.addRow(cells.map((v) => (v === undefined ? null : v))).commit();
    }
    ws.commit();
  }
  // `definedNames.add` keeps one object per cell of the range (millions for the ledger); the
  // writer serialises only `definedNames.model`, so it gets the ranges directly — the same
  // way scripts/make-example.ts writes its big workbooks.
  const model = wb.ranges.map((r) => ({ name: r.name, ranges: [definedName(r.sheet, r.values)] }));
  Object.defineProperty(writer.definedNames, 'model', { get: () => model });
  await writer.commit();
}
