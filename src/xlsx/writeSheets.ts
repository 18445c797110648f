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
import { readCentralDirectory, writeZip } from './zipEntry';

/** `'Sheet name'!$A$3:$G$2412` — the sheet quoted, apostrophes doubled, absolute references. */
export function definedNameRange(sheet: string, ref: string): string {
  const absolute = ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

export interface WriteSheetsOptions {
  /**
   * Every zip entry carries the document's fixed date instead of the time of writing, so the
   * same sheets give the same bytes (the committed example workbook).
   */
  reproducible?: boolean;
}

/** The document's creation and modification date (and, when reproducible, every zip entry's). */
const DOCUMENT_DATE = new Date(Date.UTC(2024, 8, 1));

/** Writes the workbook to `file` (overwriting it). */
export async function writeSheetsXlsx(wb: ExampleWorkbook, file: string, options: WriteSheetsOptions = {}): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  writer.creator = 'finsam-rapport';
  writer.created = DOCUMENT_DATE;
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
  if (options.reproducible) stampEntries(file, DOCUMENT_DATE);
}

/**
 * Rewrites `file` with every zip entry stamped with `date` (MS-DOS time, to the second).
 * ExcelJS gives archiver no date, so archiver takes the time of writing, and the writer adds
 * two parts before any hook could set one; the entries are copied still compressed.
 */
function stampEntries(file: string, date: Date): void {
  const zip = fs.readFileSync(file);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const entries = readCentralDirectory(zip).map((e) => ({ ...e, time, date: day }));
  fs.writeFileSync(file, writeZip(zip, entries, new Map()));
}
