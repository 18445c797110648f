/**
 * How a SIE import is laid out in a workbook — one plan, written by both shells (the CLI's
 * `import-sie` and the task pane's import), so the same file gives the same workbook:
 *
 * - each range on its own sheet, header row at A1, the whole table named by its contract name;
 * - amounts (`Belopp`, the budget's months and `Helår`) as numbers in kronor with the format
 *   `#,##0.00`, so a user can sum them; every other number as a number (`General`);
 * - text as text (`@`, so `=…`, `-12` or `0123` stay the text they are), dates included
 *   (`2024-03-31`: the same day in either of Excel's date systems); empty cells empty;
 * - column widths from the content.
 */
import { parseAmount } from '../input/amount';
import { cellText } from '../input/cells';
import type { RangeData, RawCell } from '../input/types';
import { LEDGER_HEADER, MONTH_HEADERS } from './toRanges';

/** A cell of the plan: text, a number, or empty. */
export type ImportCell = string | number | null;

export interface ImportSheetPlan {
  /** The contract range's name (`Huvudbok` …), given to the table from A1. */
  name: string;
  /** The sheet's name (a shell makes it unique against the sheets a workbook already has). */
  sheet: string;
  /** Rows from A1: the header row, then the data. */
  rows: ImportCell[][];
  /** The widest row's length (at least 1). */
  columnCount: number;
  /** Per column, the number format of its number cells (see `importCellFormat`). */
  columnFormats: string[];
  /** Per column, the width in characters. */
  columnWidths: number[];
}

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';
export const AMOUNT_FORMAT = '#,##0.00';

/** Header cells of the columns that hold amounts. */
const AMOUNT_HEADERS = new Set([LEDGER_HEADER[LEDGER_HEADER.length - 1], ...MONTH_HEADERS, 'Helår']);

/** The number format a cell is written with: text `@`, a number its column's, an empty cell `General`. */
export function importCellFormat(plan: ImportSheetPlan, cell: ImportCell, col: number): string {
  if (typeof cell === 'string') return TEXT_FORMAT;
  return cell === null ? GENERAL_FORMAT : plan.columnFormats[col];
}

/** The plan of one range of a SIE import (`SieImport.ranges`). */
export function importSheetPlan(range: RangeData): ImportSheetPlan {
  const values = range.values;
  let columnCount = 1;
  for (const row of values) if (row.length > columnCount) columnCount = row.length;
  const header = values[0] ?? [];
  const amount = Array.from({ length: columnCount }, (_, c) => AMOUNT_HEADERS.has(cellText(header[c]).trim()));
  const hasNumber = new Array<boolean>(columnCount).fill(false);
  const widest = new Array<number>(columnCount).fill(0);
  const rows: ImportCell[][] = values.map((row, r) => {
    const out: ImportCell[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = importCell(row[c], r > 0 && amount[c]);
      if (typeof cell === 'number') hasNumber[c] = true;
      const length = cell === null ? 0 : typeof cell === 'string' ? cell.length : amount[c] ? cell.toFixed(2).length : String(cell).length;
      if (length > widest[c]) widest[c] = length;
      out.push(cell);
    }
    return out;
  });
  return {
    name: range.name,
    sheet: range.sheet,
    rows,
    columnCount,
    columnFormats: amount.map((a, c) => (a ? AMOUNT_FORMAT : hasNumber[c] ? GENERAL_FORMAT : TEXT_FORMAT)),
    columnWidths: widest.map((w) => Math.min(60, Math.max(8, w + 2))),
  };
}

/** One cell: an amount's text as kronor, an empty text empty, other text and numbers as they are. */
function importCell(v: RawCell, isAmount: boolean): ImportCell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    if (isAmount) {
      const a = parseAmount(v);
      if (a.ok) return a.value / 100;
    }
    return v;
  }
  return cellText(v);
}
