/**
 * Types shared by the Office.js adapter's modules. The adapter is the only code that calls
 * `Excel.run`; everything else (the core, the task pane's components) sees plain data.
 */

/**
 * `Excel.run(options, batch)` or a stand-in with the same shape (the tests' fake host). The
 * add-in always passes `delayForCellEdit: true` (ExcelApi 1.11; older hosts ignore it), so a
 * cell being edited makes the request wait instead of fail.
 */
export type ExcelRun = <T>(options: { delayForCellEdit?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the running Excel supports beyond the manifest's minimum (ExcelApi 1.7). */
export interface HostFeatures {
  /** ExcelApi 1.9: `suspendScreenUpdatingUntilNextSync`, `format.indentLevel`. */
  api19: boolean;
  /** ExcelApi 1.16: `workbook.use1904DateSystem` (the date system can be checked). */
  api116?: boolean;
}

/** A contract range located in the workbook, before its cells are read. */
export interface FoundRange {
  /** The name as the workbook spells it (`Huvudbok`, `Ledger`, `IB` …). */
  name: string;
  /** A workbook-scoped defined name or an Excel table. */
  source: 'name' | 'table';
  sheet: string;
  /** 0-based sheet row/column of the top-left cell, after trimming to the used range. */
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
  /** A1 address as Excel gave it, before trimming (e.g. `Data!A:H`), for display. */
  address: string;
}

/** A name that matches a contract range but cannot be read as one. */
export interface RangeIssue {
  name: string;
  /**
   * `notRange`: a constant or formula; `error`: refers to #REF! or similar; `multiArea`: several
   * areas; `external`: another workbook; `formula`: a dynamic name (`OFFSET(…)`), not a fixed
   * range; `sheetScoped`: a name of one sheet only; `noHeader`: a table whose header row is hidden.
   */
  kind: 'notRange' | 'error' | 'multiArea' | 'external' | 'formula' | 'sheetScoped' | 'noHeader';
  /** What the name refers to, as Excel shows it. */
  detail: string;
}

export interface FindResult {
  found: FoundRange[];
  issues: RangeIssue[];
}

/** A sheet the add-in made earlier, recognised by its workbook-scoped marker name. */
export interface MarkedSheet {
  marker: string;
  /** undefined when the marked sheet no longer exists (the marker refers to #REF!). */
  sheet?: string;
}

/** Where the writer is: sheet `index` (1-based) of `count`. */
export type WriteProgress = (index: number, count: number, name: string) => void;

export interface WriteResult {
  /** The written sheets in model order: model key and final sheet name. */
  sheets: { key: string; name: string }[];
  /** Report sheets of an earlier run that were rewritten in place or deleted (their earlier names). */
  removed: string[];
  /** Final names of the sheets that were earlier report sheets, rewritten in place. */
  reused?: string[];
  /**
   * The sheets' print setup (A4, one page wide, print titles, footer): `set`; `unsupported`
   * when Excel lacks ExcelApi 1.9; `failed` when Excel refused it (the report is written).
   */
  printSetup?: 'set' | 'unsupported' | 'failed';
}
