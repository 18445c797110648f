/**
 * The renderer-neutral report model: sheets of cells with roles, number styles and
 * formulas. The package writer (CLI, src/xlsx) and the task pane's writer (src/addin/excel) both render
 * exactly this object; golden tests pin it.
 *
 * Rows and columns are placed from A1: `rows[i].cells[j]` is the cell at row i+1,
 * column j+1. Formulas are A1 formulas in English function syntax (`SUM(C5:C9)`) without
 * the leading `=`. A reference to another report sheet is written `{{sheetKey}}!C5`; the
 * renderer replaces the token with the sheet's final, quoted name (see `resolveFormula`).
 */
import type { Lang, Problem } from '../input/types';
import type { DecimalText } from '../money';

/** How a number is displayed. Values are always exact kronor; scaling is display only. */
export type NumberStyle =
  | 'kr' // kronor with öre: # ##0,00
  | 'tkr' // thousands of kronor, no decimals: # ##0 (value stays in kr)
  | 'percent' // 0,0 %
  | 'integer' // # ##0
  | 'text'; // text format (@)

/** What a row is, for formatting: bold, borders, indentation. */
export type RowRole =
  | 'organisation' // the organisation's name above the title, smaller than the title
  | 'title' // the report title, large bold
  | 'subtitle' // period, generated-at line
  | 'header' // column headings, bold with bottom border
  | 'section' // a section heading like "Verksamhetens intäkter", bold
  | 'line' // an ordinary line
  | 'detail' // an account row under a line (notes, cost-centre sheets), indented
  | 'total' // a sum row: bold with a top border
  | 'grandTotal' // a main result row: bold, top border, double bottom border
  | 'blank';

export type CellValue =
  | { kind: 'empty' }
  /** Text. `fromData` marks text taken from the user's data: always written as text. */
  | { kind: 'text'; text: string; fromData?: boolean }
  /** A number: `value` is the exact decimal string (e.g. "-1234.56"). */
  | { kind: 'number'; value: DecimalText; style: NumberStyle }
  /**
   * A live formula with its exact expected value (decimal string; "" when text). A formula
   * that gives text (a check's status, `IF(…,"Varning","OK")`) states that text in `text`.
   */
  | { kind: 'formula'; formula: string; value: DecimalText | ''; style: NumberStyle; text?: string };

export interface ModelRow {
  role: RowRole;
  cells: CellValue[];
  /** Indentation level of the first cell (0 = none). */
  indent?: number;
  /** Highlight the row as a warning (e.g. over budget beyond the threshold). */
  highlight?: boolean;
  /** Wrap the row's texts within their column's width (the user's long texts): the row grows in height. */
  wrap?: boolean;
  /** A hyperlink on the row's first cell to a cell of a report sheet (drill-down to Verifikationer). */
  link?: RowLink;
}

/**
 * An internal hyperlink: the renderers write it on the row's first cell, displaying that
 * cell's text (an internal hyperlink in both renderers: src/xlsx/hyperlinkXml.ts, src/addin/excel/hyperlinks.ts).
 */
export interface RowLink {
  /** Key of the target sheet (resolved to its final name by the renderer). */
  sheet: string;
  /** Target cell, A1 (e.g. `A120`). */
  cell: string;
  /** Tool tip, in the report language. */
  tip?: string;
}

/**
 * A report line and the ledger rows behind it (the pane lists these; a click selects `range`
 * on the sheet `sheet`). Ordered as the statements show them.
 */
export interface DrillTarget {
  /** Key of the sheet the line is on (`income`, `balance`, `costCentres`). */
  from: string;
  label: string;
  fromData?: boolean;
  /** The line's figure, presentation sign (the group's tie-out target). */
  value: DecimalText;
  /** Key of the Verifikationer sheet and the group's rows on it, A1 range (`A7:I42`). */
  sheet: string;
  range: string;
}

export interface ColumnSpec {
  /** Width in characters (Excel column width units). */
  width: number;
}

/** A conditional format: cells in `range` whose value is below `below` get a warning fill. */
export interface ConditionalRule {
  /** A1 range on the sheet, e.g. `E6:E20`. */
  range: string;
  /** Formula for the rule, relative to the top-left cell of `range`, e.g. `E6<-0.1`. */
  formula: string;
}

/**
 * A native chart, drawn by both renderers from this one specification (the data is always on the
 * sheet too). The layout puts it below the table, inside the printed columns, and its data right
 * of the table, outside them (src/core/layout/charts.ts).
 */
export interface ChartSpec {
  kind: 'bar' | 'line';
  title: string;
  /** A1 range of category labels, e.g. `A6:A20`. */
  categories: string;
  /** Series: name and A1 range of values. */
  series: { name: string; values: string }[];
  /** Where to anchor the chart (top-left cell, A1). */
  anchor: string;
  /** The bottom-right cell the chart covers (A1, inclusive): the chart spans `anchor`…`end`. */
  end: string;
}

/**
 * How a sheet prints (A4, one page wide). Issue 12 fills it for every report sheet; both
 * renderers write it (src/xlsx/printXml.ts; the task pane's writer in src/addin/excel).
 */
export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Heading rows repeated at the top of every printed page (1-based, inclusive). */
  titleRows?: { first: number; last: number };
  /**
   * How many columns from A print. Columns to the right never print: a chart's data sits
   * there, where the chart's reader finds it and the printer does not. Default: every column.
   */
  columns?: number;
  /** 1-based rows that must stay on the same page as the row after them (a note's heading and its table). */
  keepWithNext?: number[];
  /** The footer's left part: organisation, report name, period. The renderer adds "Sida N av M". */
  footer?: string;
}

export interface SheetModel {
  /** Stable key, e.g. `income`, `balance`, `cc:3001`. Used in `{{key}}` formula refs. */
  key: string;
  /** Preferred sheet name (≤ 31 chars, no []:*?/\). The renderer may alter it on a clash. */
  name: string;
  columns: ColumnSpec[];
  rows: ModelRow[];
  /** Frozen rows/columns at the top/left (the header row and above). */
  freeze?: { rows: number; cols: number };
  conditional?: ConditionalRule[];
  charts?: ChartSpec[];
  print?: PrintSetup;
}

/** A check on the checks sheet. */
export interface CheckResult {
  key: string;
  status: 'ok' | 'warning' | 'error';
  /** Text in the report language. */
  label: string;
  detail: string;
}

/** A short run summary for the CLI and the task pane. */
export interface RunSummary {
  organisation: string;
  year: number;
  period: number;
  /** e.g. "jan–aug 2024" / "Jan–Aug 2024" */
  periodLabel: string;
  /** RES3 for the period, presentation sign, exact decimal string. */
  result: DecimalText;
  /** True when the balance sheet balances in all columns. */
  balanced: boolean;
  /** Warnings of the run (input problems; the CLI adds its cuts). */
  warnings: number;
  errors: number;
  /** The checks sheet's statuses, counted: how many checks are OK, Varning and Fel. */
  checks?: { ok: number; warning: number; error: number };
}

/** One line of a statement in the JSON model: exact values per column key. */
export interface StatementLineData {
  key: string;
  label: string;
  kind: 'heading' | 'line' | 'sum';
  values: Record<string, DecimalText | null>;
  /** Account detail when the line has a note or detail. */
  accounts?: { account: number; name: string; values: Record<string, DecimalText | null> }[];
}

export interface StatementData {
  key: string;
  title: string;
  columns: { key: string; label: string }[];
  lines: StatementLineData[];
}

/** The whole report: sheets to render plus the data behind them (for `--json`). */
export interface ReportModel {
  lang: Lang;
  summary: RunSummary;
  sheets: SheetModel[];
  statements: StatementData[];
  checks: CheckResult[];
  problems: Problem[];
  generatedAt: string;
  /** The report's lines with the ledger rows behind them (absent when the Verifikationer sheet is off). */
  drill?: DrillTarget[];
}
