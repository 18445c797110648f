/**
 * Writes sheets of raw cells and workbook-scoped names (the `ExampleWorkbook` shape) to an
 * .xlsx file with ExcelJS's streaming writer: the example workbook, and the ranges a SIE 4
 * import produces (`finsam-rapport import-sie`). Text cells are strings, so a text that begins
 * with `=` stays text; a million-row ledger fits in memory.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { ExampleWorkbook } from '../example/types';

/** `'Sheet name'!$A$3:$G$2412` — the sheet quoted, apostrophes doubled, absolute references. */
export function definedNameRange(sheet: string, ref: string): string {
  const absolute = ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

/** Writes the workbook to `file` (overwriting it). */
export async function writeSheetsXlsx(wb: ExampleWorkbook, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  writer.creator = 'finsam-rapport';
  // Fixed document dates (the zip entries still carry the time of writing).
  writer.created = new Date(Date.UTC(2024, 8, 1));
  writer.modified = writer.created;
  for (const sheet of wb.sheets) {
    const headerRow = wb.names.filter((n) => n.sheet === sheet.name).map((n) => Number(/\d+/.exec(n.ref)![0]))[0] ?? 0;
    const ws = writer.addWorksheet(sheet.name, {
      views: headerRow > 0 ? [{ state: 'frozen', ySplit: headerRow }] : [],
    });
    const widths = sheet.columnWidths ?? [];
    const formats = sheet.columnFormats ?? [];
    ws.columns = Array.from({ length: Math.max(widths.length, formats.length) }, (_, i) => ({
      width: widths[i],
      style: formats[i] ? { numFmt: formats[i] } : {},
    }));
    const bold = new Set(sheet.boldRows ?? []);
    const cellFormats = new Map((sheet.cellFormats ?? []).map((f) => [`${f.row}:${f.col}`, f.format]));
    sheet.rows.forEach((values, r) => {
      const row = ws.getRow(r + 1);
      values.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = row.getCell(c + 1);
        // A plain string is always a string cell in ExcelJS (formulas need { formula }).
        cell.value = value;
        const format = cellFormats.get(`${r}:${c}`);
        if (format) cell.numFmt = format;
        if (bold.has(r)) cell.font = { bold: true, name: 'Calibri', size: 11 };
      });
      row.commit();
    });
    ws.commit();
  }
  // `definedNames.add` keeps one object per cell of the range — 7 million for a million-row
  // ledger (measured: 8 s and 1.5 GB). The writer only serialises `definedNames.model`, so it
  // gets the ranges directly; the read-back test checks that ExcelJS reads them again.
  const model = wb.names.map((n) => ({ name: n.name, ranges: [definedNameRange(n.sheet, n.ref)] }));
  Object.defineProperty(writer.definedNames, 'model', { get: () => model });
  await writer.commit();
}
