/**
 * Writes the example workbook's sheets and names into an empty workbook, so a new user can
 * press "Skapa rapport" at once. Strings are written as text ('@' first), dates as serial
 * numbers with a date format — exactly the cells the example generator describes.
 */
import { excelSerial, type RawCell, uniqueSheetName } from '../../core';
import type { ExampleSheet, ExampleWorkbook } from '../../example/types';
import { AddinError } from './addinError';
import { GENERAL, TEXT_FORMAT, columnWidthPoints } from './sheetPlan';
import type { CellInput, LookRun, SheetPlan } from './sheetPlan';
import type { HostFeatures } from './types';
import { writeSheet } from './writeReport';

export type { ExampleWorkbook };

export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * One raw cell as written by the API, with its number format. A string is always text ('@',
 * whatever its column's format says: "1 234,56" must stay the text the example means); a
 * date is a serial number with a date format; a number keeps its column's number format.
 */
export function rawCellInput(cell: RawCell, format: string | undefined): { input: CellInput; format: string } {
  if (cell === null || cell === undefined || cell === '') return { input: '', format: format && format !== TEXT_FORMAT ? format : GENERAL };
  if (typeof cell === 'string') return { input: cell, format: TEXT_FORMAT };
  const numeric = format && format !== TEXT_FORMAT ? format : undefined;
  if (cell instanceof Date) return { input: excelSerial(cell), format: numeric ?? DATE_FORMAT };
  if (typeof cell === 'object') return { input: `=${cell.formula}`, format: numeric ?? GENERAL };
  return { input: cell, format: numeric ?? GENERAL };
}

/** A write plan for one example sheet: its cells, number formats and bold rows. */
export function planExampleSheet(sheet: ExampleSheet): SheetPlan {
  const rows = sheet.rows;
  const columnCount = Math.max(1, ...rows.map((r) => r.length));
  const bold = new Set(sheet.boldRows ?? []);
  const cellFormats = new Map((sheet.cellFormats ?? []).map((f) => [`${f.row},${f.col}`, f.format]));
  const inputs: CellInput[][] = [];
  const numberFormats: string[][] = [];
  rows.forEach((row, r) => {
    const rowInputs: CellInput[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < columnCount; c++) {
      const format = cellFormats.get(`${r},${c}`) ?? (bold.has(r) ? undefined : sheet.columnFormats?.[c]);
      const { input, format: numberFormat } = rawCellInput(row[c], format);
      rowInputs.push(input);
      rowFormats.push(numberFormat);
    }
    inputs.push(rowInputs);
    numberFormats.push(rowFormats);
  });
  const looks: LookRun[] = [...bold].sort((a, b) => a - b).map((first) => ({ first, count: 1, role: 'section', highlight: false }));
  return {
    key: sheet.name,
    rowCount: rows.length,
    columnCount,
    lookColumns: columnCount,
    inputs,
    numberFormats,
    looks,
    indents: [],
    wraps: [],
    rowHeights: [],
    columnWidths: (sheet.columnWidths ?? []).map(columnWidthPoints),
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
  const used = worksheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
  await context.sync();
  if (names.items.length > 0 || used.some((u) => !u.isNullObject)) {
    throw new AddinError('WorkbookNotEmpty', 'The workbook is not empty: the example is only inserted into an empty workbook.');
  }

  const existing = worksheets.items.map((ws) => ws.name);
  const finalNames = new Map<string, string>();
  for (const sheet of example.sheets) finalNames.set(sheet.name, uniqueSheetName(sheet.name, [...existing, ...finalNames.values()]));
  for (const sheet of example.sheets) {
    await writeSheet(context, finalNames.get(sheet.name) as string, planExampleSheet(sheet), { features }, false);
  }
  for (const n of example.names) {
    const ws = context.workbook.worksheets.getItem(finalNames.get(n.sheet) ?? n.sheet);
    context.workbook.names.add(n.name, ws.getRange(n.ref));
  }
  if (example.sheets.length > 0) context.workbook.worksheets.getItem(finalNames.get(example.sheets[0].name) as string).activate();
  await context.sync();
  return [...finalNames.values()];
}
