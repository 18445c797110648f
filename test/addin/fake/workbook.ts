/**
 * The fake host's workbook state (sheets, names, tables, what calculation left stale) and what
 * Excel does with a string typed into a cell. No client objects here: those are in
 * ../fakeExcel.ts.
 */
import { emptyPrint, type PrintRecord } from './pageLayout';
import { contains } from './a1';
import type { Rect } from './a1';
import { fail } from './errors';
import { evaluate } from './formula';
import type { Scalar, Value } from './formula';

// ---------------------------------------------------------------------------------------------
// Workbook state
// ---------------------------------------------------------------------------------------------

export interface FormatRecord {
  rect: Rect;
  /** e.g. `font.bold`, `fill.color`, `borders.EdgeTop.style`, `columnWidth`, `indentLevel` */
  path: string;
  value: unknown;
}

export interface ChartRecord {
  type: string;
  title?: string;
  position?: string;
  series: { name?: string; values?: string; xValues?: string }[];
}

let nextSheetId = 1;

export class SheetData {
  readonly id = nextSheetId++;
  name: string;
  /** values[r][c]; undefined = empty. Formula cells hold no value here. */
  values: (Scalar | undefined)[][] = [];
  formulas: (string | undefined)[][] = [];
  numberFormats: (string | undefined)[][] = [];
  formats: FormatRecord[] = [];
  frozen?: { rows: number; cols: number };
  conditionalFormats: { rect: Rect; type: string; formula?: string; fill?: string; font?: string }[] = [];
  charts: ChartRecord[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** A protected sheet refuses every change to its cells, formats, name or existence (AccessDenied). */
  protected = false;
  /** Print setup (pageLayout, page breaks: pageLayout.ts). */
  print: PrintRecord = emptyPrint();

  constructor(name: string) {
    this.name = name;
  }

  numberFormatAt(r: number, c: number): string {
    return this.numberFormats[r]?.[c] ?? 'General';
  }

  /** The last value set for a format path at a cell, if any. */
  formatAt(r: number, c: number, path: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (f.path === path && contains(f.rect, r, c)) return f.value;
    }
    return undefined;
  }

  /** Bounding rectangle of cells with a value or formula (and formats unless valuesOnly). */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    const take = (grid: unknown[][]): void => {
      grid.forEach((row, r) => {
        if (!row) return;
        row.forEach((v, c) => {
          if (v === undefined || v === '') return;
          r0 = Math.min(r0, r);
          c0 = Math.min(c0, c);
          r1 = Math.max(r1, r);
          c1 = Math.max(c1, c);
        });
      });
    };
    take(this.values);
    take(this.formulas);
    if (!valuesOnly) take(this.numberFormats);
    if (r1 < 0) return undefined;
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

export interface NameData {
  name: string;
  comment: string;
  /** A range on a sheet (by id, so it follows renames), a constant, or an error; or what getRange cannot take:
   * a reference into another workbook, several areas, or a formula (with the type Excel reports for it). */
  ref:
    | { kind: 'range'; sheetId: number; rect: Rect }
    | { kind: 'constant'; value: Scalar }
    | { kind: 'error'; value: string }
    | { kind: 'external' | 'multiArea'; value: string }
    | { kind: 'formula'; value: string; type: string };
  /** The sheet a sheet-scoped name belongs to (it is then not in `workbook.names`). */
  scopeSheetId?: number;
}

export interface TableData {
  name: string;
  sheetId: number;
  /** The whole table: header row (when shown), data body and total row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
}

export class WorkbookData {
  sheets: SheetData[] = [];
  names: NameData[] = [];
  tables: TableData[] = [];
  activeSheetId?: number;
  selection?: { sheetId: number; rect: Rect };
  /** The workbook's date system: serials count from 1904-01-01 instead of 1900-01-00. */
  date1904 = false;
  /**
   * Formula cells written while calculation was suspended: Excel shows their stale value (0
   * for a new formula) until the workbook is recalculated (`application.calculate`).
   */
  stale = new Set<string>();

  sheetByName(name: string): SheetData | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** A workbook-scoped name (`scopeSheetId` given: a name scoped to that sheet). */
  nameByName(name: string, scopeSheetId?: number): NameData | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower && n.scopeSheetId === scopeSheetId);
  }

  /** Value of a cell as Excel reports it in `values` (formulas evaluated). */
  cellValue(sheet: SheetData, r: number, c: number, memo = new Map<string, Value>(), depth = 0): Value {
    const f = sheet.formulas[r]?.[c];
    if (f === undefined) {
      const v = sheet.values[r]?.[c];
      return v === undefined ? null : v;
    }
    const key = `${sheet.id}:${r}:${c}`;
    if (this.stale.has(key)) return 0;
    if (memo.has(key)) return memo.get(key) as Value;
    if (depth > 200) return { error: '#CIRC' };
    memo.set(key, { error: '#CIRC' });
    const result = evaluate(f, {
      cell: (sheetName, row, col) => {
        const target = sheetName === undefined ? sheet : this.sheetByName(sheetName);
        if (!target) return { error: '#REF!' };
        return this.cellValue(target, row, col, memo, depth + 1);
      },
    });
    memo.set(key, result);
    return result;
  }
}

// ---------------------------------------------------------------------------------------------
// Input parsing (what Excel does with a string assigned to values/formulas)
// ---------------------------------------------------------------------------------------------

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** What a cell holds after `input` is written to a cell with number format `numberFormat`. */
export function parseInput(input: unknown, numberFormat: string): { value?: Scalar; formula?: string } {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') return fail('InvalidArgument', `Unsupported cell input ${String(input)}`);
  if (input === '') return {};
  if (numberFormat === '@') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) return { formula: input };
  if (NUMERIC.test(input)) return { value: Number(input) };
  const pct = /^\s*([+-]?\d+(\.\d+)?)\s*%\s*$/.exec(input);
  if (pct) return { value: Number(pct[1]) / 100 };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === 'true' };
  const date = ISO_DATE.exec(input);
  if (date) {
    const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    return { value: ms / 86_400_000 + 25_569 };
  }
  if ((input.startsWith('+') || input.startsWith('-') || input.startsWith('@')) && input.length > 1) {
    return { formula: `=${input.startsWith('@') ? input.slice(1) : input}` };
  }
  return { value: input };
}
