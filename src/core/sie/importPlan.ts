/**
 * How a SIE import is laid out in a workbook — one plan, written by both shells (the CLI's
 * `import-sie` and the task pane's import), so the same file gives the same workbook:
 *
 * - each range on its own sheet, header row at A1, the whole table named by its contract name;
 * - amounts (`Belopp`, the budget's months and `Helår`) as numbers in kronor with the format
 *   `#,##0.00`, so a user can sum them; every other number as a number (`General`);
 * - the ledger's dates (`Datum`) as real dates a user can sort and filter by: serial numbers
 *   of the workbook's date system shown `yyyy-mm-dd`; only where a shell cannot know the date
 *   system (a task pane without ExcelApi 1.16) as ISO text `2024-03-31`, the same day in
 *   either system (see `ImportDates`);
 * - text as text (`@`, so `=…`, `-12` or `0123` stay the text they are); empty cells empty;
 * - column widths from the content.
 */
import { OFFSET_1904, excelSerial } from '../excelDates';
import { parseAmount } from '../input/amount';
import { dateKey } from '../input/dates';
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
/** How an imported date is shown: the contract's ISO form, sortable as text and as a date. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * How a shell writes the imported dates: serials of the workbook's date system (`date1900`,
 * `date1904`: the CLI's new workbook is always 1900; the pane asks Excel), or ISO text where
 * the date system cannot be known (a serial of the wrong system would be 1 462 days off).
 */
export type ImportDates = 'date1900' | 'date1904' | 'text';

/** The way to write dates into a workbook whose 1904 date system is `date1904` (undefined: unknown). */
export function importDatesFor(date1904: boolean | undefined): ImportDates {
  return date1904 === undefined ? 'text' : date1904 ? 'date1904' : 'date1900';
}

/** Header cells of the columns that hold amounts. */
const AMOUNT_HEADERS = new Set([LEDGER_HEADER[LEDGER_HEADER.length - 1], ...MONTH_HEADERS, 'Helår']);
/** Header cells of the columns that hold dates. */
const DATE_HEADERS = new Set([LEDGER_HEADER[0]]);

/** The number format a cell is written with: text `@`, a number its column's, an empty cell `General`. */
export function importCellFormat(plan: ImportSheetPlan, cell: ImportCell, col: number): string {
  if (typeof cell === 'string') return TEXT_FORMAT;
  return cell === null ? GENERAL_FORMAT : plan.columnFormats[col];
}

/** The plan of one range of a SIE import (`SieImport.ranges`), its dates written as `dates` says. */
export function importSheetPlan(range: RangeData, dates: ImportDates): ImportSheetPlan {
  const values = range.values;
  let columnCount = 1;
  for (const row of values) if (row.length > columnCount) columnCount = row.length;
  const header = values[0] ?? [];
  const amount = Array.from({ length: columnCount }, (_, c) => AMOUNT_HEADERS.has(cellText(header[c]).trim()));
  const date = Array.from({ length: columnCount }, (_, c) => dates !== 'text' && DATE_HEADERS.has(cellText(header[c]).trim()));
  const toSerial = serialOf(dates === 'date1904');
  const hasNumber = new Array<boolean>(columnCount).fill(false);
  const widest = new Array<number>(columnCount).fill(0);
  const rows: ImportCell[][] = values.map((row, r) => {
    const out: ImportCell[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = r > 0 && date[c] ? (toSerial(row[c]) ?? importCell(row[c], false)) : importCell(row[c], r > 0 && amount[c]);
      if (typeof cell === 'number') hasNumber[c] = true;
      const length =
        cell === null ? 0 : typeof cell === 'string' ? cell.length : amount[c] ? cell.toFixed(2).length : date[c] ? DATE_FORMAT.length : String(cell).length;
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
    columnFormats: amount.map((a, c) => (a ? AMOUNT_FORMAT : date[c] ? DATE_FORMAT : hasNumber[c] ? GENERAL_FORMAT : TEXT_FORMAT)),
    columnWidths: widest.map((w) => Math.min(60, Math.max(8, w + 2))),
  };
}

/**
 * A date cell's serial in the 1900 or 1904 system, or undefined when the cell is not a date or
 * the system has no serial for it (before 1904-01-01 in the 1904 system): it is then written as
 * it is. A ledger has a few hundred dates and a million rows: serials are kept per text.
 */
function serialOf(date1904: boolean): (v: RawCell) => number | undefined {
  const serials = new Map<RawCell, number>();
  return (v) => {
    let serial = serials.get(v);
    if (serial === undefined) {
      const k = dateKey(v);
      if (k < 0) return undefined;
      serial = excelSerial(new Date(Date.UTC(Math.floor(k / 10_000), (Math.floor(k / 100) % 100) - 1, k % 100))) - (date1904 ? OFFSET_1904 : 0);
      if (serial < 0) return undefined;
      if (serials.size < 100_000) serials.set(v, serial);
    }
    return serial;
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
