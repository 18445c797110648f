import type { ProblemCode } from '../messages/messages';
/**
 * What the core reads: raw 2D cell arrays with the position they came from.
 * Both the Excel add-in API (`range.values`) and an .xlsx reader produce this shape.
 */

/**
 * One raw cell value as a spreadsheet reader returns it. An Excel error value is its text
 * (`#N/A`, `#REF!` …), as Excel shows it; a formula whose file stores no result is a
 * `FormulaWithoutValue`.
 */
export type RawCell = string | number | boolean | Date | FormulaWithoutValue | null | undefined;

/**
 * A formula cell whose file holds no computed result, as scripts and some libraries write
 * them: its value is unknown until Excel calculates and saves the workbook.
 */
export interface FormulaWithoutValue {
  readonly kind: 'formulaWithoutValue';
  /** The formula's text without `=`, as stored (may be empty for a shared formula). */
  readonly formula: string;
}

/** A named range (or table) of the user's workbook, as found. */
export interface RangeData {
  /** The name as found in the workbook, e.g. `Huvudbok`, `Ledger`, `IB`. */
  name: string;
  /** The sheet that holds the range. */
  sheet: string;
  /** 0-based row of the range's top-left cell on its sheet. */
  row: number;
  /** 0-based column of the range's top-left cell on its sheet. */
  col: number;
  /** The cells, row by row; the first row is (normally) the header row. */
  values: RawCell[][];
}

/** Everything the core needs from a workbook: its ranges, found by name. */
export interface WorkbookInput {
  ranges: RangeData[];
  /** Overrides from the command line or the task pane (win over `Installningar`). */
  overrides?: {
    year?: number;
    period?: number;
    lang?: Lang;
    /** Most ledger rows on the Verifikationer sheet; 0 = no sheet. */
    transactionRows?: number;
  };
  /** When the report is generated (for the "generated at" line); defaults to now. */
  generatedAt?: Date;
  /** The SIE 4 file the ranges were imported from: its reconciliation goes onto the checks sheet. */
  imported?: ImportedFile;
}

/** What a SIE import found when it reconciled the file with itself. */
export interface ImportedFile {
  /** The file's name, as shown. */
  file: string;
  /** False when the file has neither #UB 0 nor #RES 0, so nothing could be reconciled. */
  checked: boolean;
  /** Accounts where #IB 0 + transactions ≠ #UB 0 (balance) or transactions ≠ #RES 0 (result). */
  differences: { account: number; kind: 'balance' | 'result'; expected: string; actual: string }[];
  /**
   * What the ledger was built from: vouchers (SIE 4), period balances (SIE 2/3) or the year's
   * balances (SIE 1: the whole year only). Absent means vouchers.
   */
  basis?: 'vouchers' | 'periods' | 'annual';
  /** Closing vouchers left out of the ledger (the result is shown before them). */
  closingVouchers?: { voucher: string; line: number }[];
  /** Vouchers whose series, number and date appear twice, with the lines. */
  duplicateVouchers?: { voucher: string; lines: number[] }[];
  /**
   * The file's line (and its text) that row `row` (0-based, of the range's values) of the
   * range on sheet `sheet` came from — so a problem found in an imported range cites the
   * file the user has, not a sheet they never saw.
   */
  locate?: (sheet: string, row: number) => { line: number; text: string } | undefined;
}

export type Lang = 'sv' | 'en';

export type Severity = 'error' | 'warning';

/**
 * An input problem, as data. Rendered in the user's language by `formatProblem`
 * (src/core/messages). `code` is a key of the message catalogue.
 */
export interface Problem {
  severity: Severity;
  /** A key of the message catalogues: the compiler refuses a code no catalogue has a text for. */
  code: ProblemCode;
  /** The contract range the problem is in, e.g. `Huvudbok`. */
  range?: string;
  /** Sheet name of the cell. */
  sheet?: string;
  /** A1 address of the cell on its sheet, e.g. `D17`. */
  cell?: string;
  /** The value found, as text. */
  value?: string;
  /** Extra parameters for the message text. */
  params?: Record<string, string | number>;
}
