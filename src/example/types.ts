/**
 * A workbook as plain data: sheets of raw cells and workbook-scoped names. Written to .xlsx by
 * scripts/make-example.ts (ExcelJS) and inserted into an open workbook by the task pane
 * (Office.js) — both from this one description.
 */
import type { RawCell } from '../core';

export interface ExampleSheet {
  name: string;
  /** Row by row from A1; `null` is an empty cell. Text is always text, never a formula. */
  rows: RawCell[][];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /**
   * Excel number format per column, from column A, for every row that is not a heading
   * (`boldRows`): `yyyy-mm-dd` for dates, `#,##0.00` for amounts, `@` for text columns.
   */
  columnFormats?: (string | undefined)[];
  /** Number formats of single cells (0-based), winning over `columnFormats`. */
  cellFormats?: { row: number; col: number; format: string }[];
  /** 0-based rows shown bold: titles and header rows. */
  boldRows?: number[];
}

export interface ExampleName {
  /** The workbook-scoped name, e.g. `Huvudbok`. */
  name: string;
  sheet: string;
  /** A1 reference on the sheet without `$`, e.g. `A3:G2412`. */
  ref: string;
}

export interface ExampleWorkbook {
  sheets: ExampleSheet[];
  names: ExampleName[];
}

export interface ExampleOptions {
  /** Seed of the random generator (same seed → same workbook). */
  seed?: number;
  /** About this many ledger rows (only the number of small supplier invoices changes). */
  ledgerRows?: number;
  /** The report year (the ledger also holds the year before). Default 2024. */
  year?: number;
}
