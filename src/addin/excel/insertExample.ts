/**
 * Writes the example workbook's sheets and names into an empty workbook, so a new user can
 * press "Skapa rapport" at once. Strings are written as text ('@' first), dates as serial
 * numbers with a date format — exactly the cells the example generator describes.
 */
import type { RawCell } from '../../core/input/types';
import { uniqueSheetName } from '../../core/model/sheetNames';
import { AddinError } from './addinError';
import { GENERAL, TEXT_FORMAT, columnWidthPoints } from './sheetPlan';
import type { CellInput, SheetPlan } from './sheetPlan';
import type { HostFeatures } from './types';
import { writeSheet } from './writeReport';

/** The example generator's output (src/example/exampleWorkbook.ts). */
export interface ExampleWorkbook {
  sheets: { name: string; rows: RawCell[][]; columnWidths?: number[] }[];
  names: { name: string; sheet: string; ref: string }[];
}

export const DATE_FORMAT = 'yyyy-mm-dd';

/** Excel serial number of a date (UTC fields, rounded to the day, as the core reads them). */
export function excelSerial(date: Date): number {
  return Math.round(date.getTime() / 86_400_000) + 25_569;
}

/** One raw cell as written by the API, with its number format. */
export function rawCellInput(cell: RawCell): { input: CellInput; format: string } {
  if (cell === null || cell === undefined || cell === '') return { input: '', format: GENERAL };
  if (cell instanceof Date) return { input: excelSerial(cell), format: DATE_FORMAT };
  if (typeof cell === 'string') return { input: cell, format: TEXT_FORMAT };
  return { input: cell, format: GENERAL };
}

/** A write plan for one example sheet: plain cells, no looks. */
export function planRawSheet(key: string, rows: RawCell[][], columnWidths: number[] = []): SheetPlan {
  const columnCount = Math.max(1, ...rows.map((r) => r.length));
  const inputs: CellInput[][] = [];
  const numberFormats: string[][] = [];
  for (const row of rows) {
    const rowInputs: CellInput[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < columnCount; c++) {
      const { input, format } = rawCellInput(row[c]);
      rowInputs.push(input);
      rowFormats.push(format);
    }
    inputs.push(rowInputs);
    numberFormats.push(rowFormats);
  }
  return {
    key,
    rowCount: rows.length,
    columnCount,
    inputs,
    numberFormats,
    looks: rows.length > 0 ? [{ first: 0, count: 1, role: 'header', highlight: false }] : [],
    indents: [],
    columnWidths: columnWidths.map(columnWidthPoints),
    conditional: [],
    charts: [],
  };
}

/**
 * Inserts `example` when the workbook holds no values and no names; otherwise throws
 * `AddinError('WorkbookNotEmpty')` and changes nothing. Returns the sheets written.
 */
export async function insertExample(context: Excel.RequestContext, example: ExampleWorkbook, features: HostFeatures): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name');
  await context.sync();
  const used = worksheets.items.map((ws) => ws.getUsedRangeOrNullObject(true));
  await context.sync();
  if (names.items.length > 0 || used.some((u) => !u.isNullObject)) {
    throw new AddinError('WorkbookNotEmpty', 'The workbook is not empty: the example is only inserted into an empty workbook.');
  }

  const existing = worksheets.items.map((ws) => ws.name);
  const finalNames = new Map<string, string>();
  for (const sheet of example.sheets) finalNames.set(sheet.name, uniqueSheetName(sheet.name, [...existing, ...finalNames.values()]));
  for (const sheet of example.sheets) {
    await writeSheet(context, finalNames.get(sheet.name) as string, planRawSheet(sheet.name, sheet.rows, sheet.columnWidths), { features }, false);
  }
  for (const n of example.names) {
    const ws = context.workbook.worksheets.getItem(finalNames.get(n.sheet) ?? n.sheet);
    context.workbook.names.add(n.name, ws.getRange(n.ref));
  }
  if (example.sheets.length > 0) context.workbook.worksheets.getItem(finalNames.get(example.sheets[0].name) as string).activate();
  await context.sync();
  return [...finalNames.values()];
}
