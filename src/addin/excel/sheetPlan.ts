/**
 * Turns one sheet of the report model into what Office.js writes: a 2D array for
 * `range.formulas` (values and formulas together), a 2D array of number formats, and runs of
 * consecutive rows that look alike, so formats go out per block of rows and never per cell.
 * Pure: no Office.js here, so it is tested directly.
 */
import {
  type CellValue,
  type ConditionalRule,
  type Lang,
  type RowRole,
  type SheetModel,
  wrappedRowHeight,
  columnLetters,
  lookWidth,
  footerParts,
  NUMBER_FORMATS,
  pageBreaks,
  PRINT_MARGINS,
} from '../../core';

/** What one cell of `range.formulas` receives. */
export type CellInput = string | number | boolean;

/** Excel's default number format. */
export const GENERAL = 'General';
/** The text format: a string assigned to such a cell is stored as text, never as a formula. */
export const TEXT_FORMAT = '@';

/** Consecutive rows (0-based sheet rows) with the same role and highlight. */
export interface LookRun {
  first: number;
  count: number;
  role: RowRole;
  highlight: boolean;
}

/** Consecutive rows whose first cell has the same indentation level (> 0). */
export interface IndentRun {
  first: number;
  count: number;
  level: number;
}

export interface SheetPlan {
  key: string;
  rowCount: number;
  columnCount: number;
  /** Columns a row's look spans (the table's width: `lookWidth`). */
  lookColumns: number;
  inputs: CellInput[][];
  numberFormats: string[][];
  looks: LookRun[];
  indents: IndentRun[];
  /** Consecutive rows whose texts wrap within their columns (`ModelRow.wrap`). */
  wraps: RowBlock[];
  /** Heights in points of the wrapped rows that need more than one line (0-based rows). */
  rowHeights: { row: number; height: number }[];
  /** Column widths in points (Office.js `format.columnWidth`). */
  columnWidths: number[];
  freeze?: { rows: number; cols: number };
  conditional: ConditionalRule[];
  charts: NonNullable<SheetModel['charts']>;
  print?: PrintPlan;
}

/** A sheet's print setup as Office.js takes it (worksheet.pageLayout, ExcelApi 1.9). */
export interface PrintPlan {
  orientation: 'Portrait' | 'Landscape';
  /** Margins in points. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Whole rows, e.g. `$5:$5`. */
  titleRows?: string;
  /** e.g. `A1:G40`, when the model limits the printed columns. */
  area?: string;
  /** Cells a manual page break stands above, e.g. `A31`. */
  breaks: string[];
  leftFooter?: string;
  rightFooter?: string;
}

/** The print plan of a sheet that has a print setup. */
export function printPlan(sheet: SheetModel, lang: Lang): PrintPlan | undefined {
  const print = sheet.print;
  if (!print) return undefined;
  const pt = (inches: number) => Math.round(inches * 72 * 100) / 100;
  const m = PRINT_MARGINS;
  const footer = print.footer !== undefined ? footerParts(print, lang) : undefined;
  return {
    orientation: print.orientation === 'portrait' ? 'Portrait' : 'Landscape',
    margins: { left: pt(m.left), right: pt(m.right), top: pt(m.top), bottom: pt(m.bottom), header: pt(m.header), footer: pt(m.footer) },
    ...(print.titleRows ? { titleRows: `$${print.titleRows.first}:$${print.titleRows.last}` } : {}),
    ...(print.columns !== undefined && print.columns > 0 ? { area: `A1:${columnLetters(print.columns - 1)}${Math.max(1, sheet.rows.length)}` } : {}),
    breaks: pageBreaks(sheet).map((after) => `A${after + 1}`),
    ...(footer ? { leftFooter: footer.left, rightFooter: footer.right } : {}),
  };
}

/**
 * Column width in points from Excel's width in characters (the model's unit): a character of
 * the default font is 7 px plus 5 px padding, and a point is 4/3 px.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The input and number format of one model cell. `resolve` turns `{{key}}` refs into sheet names. */
export function cellInput(cell: CellValue | undefined, resolve: (formula: string) => string): { input: CellInput; format: string } {
  if (!cell || cell.kind === 'empty') return { input: '', format: GENERAL };
  switch (cell.kind) {
    case 'text':
      // Every text cell is text-formatted before its value is written, so Excel stores the
      // string as it is: never a formula (=, +, -, @), never a number or date.
      return { input: cell.text, format: TEXT_FORMAT };
    case 'number':
      return { input: Number(cell.value), format: NUMBER_FORMATS[cell.style] };
    case 'formula':
      // A formula must not get the text format: Excel would store it as text.
      return {
        input: '=' + resolve(cell.formula),
        format: cell.style === 'text' ? GENERAL : NUMBER_FORMATS[cell.style],
      };
  }
}

/** Plans the whole sheet. */
export function planSheet(sheet: SheetModel, resolve: (formula: string) => string, lang: Lang = 'sv'): SheetPlan {
  const columnCount = Math.max(1, sheet.columns.length, ...sheet.rows.map((r) => r.cells.length));
  const rowCount = sheet.rows.length;
  const inputs: CellInput[][] = [];
  const numberFormats: string[][] = [];
  const looks: LookRun[] = [];
  const indents: IndentRun[] = [];
  const wraps: RowBlock[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  sheet.rows.forEach((row, r) => {
    const rowInputs: CellInput[] = new Array<CellInput>(columnCount);
    const rowFormats: string[] = new Array<string>(columnCount);
    for (let c = 0; c < columnCount; c++) {
      const { input, format } = cellInput(row.cells[c], resolve);
      rowInputs[c] = input;
      rowFormats[c] = format;
    }
    inputs.push(rowInputs);
    numberFormats.push(rowFormats);

    const highlight = row.highlight === true;
    const lastLook = looks[looks.length - 1];
    if (lastLook && lastLook.role === row.role && lastLook.highlight === highlight && lastLook.first + lastLook.count === r) lastLook.count++;
    else looks.push({ first: r, count: 1, role: row.role, highlight });

    const level = row.indent ?? 0;
    if (level > 0) {
      const lastIndent = indents[indents.length - 1];
      if (lastIndent && lastIndent.level === level && lastIndent.first + lastIndent.count === r) lastIndent.count++;
      else indents.push({ first: r, count: 1, level });
    }
    if (row.wrap) {
      const lastWrap = wraps[wraps.length - 1];
      if (lastWrap && lastWrap.first + lastWrap.count === r) lastWrap.count++;
      else wraps.push({ first: r, count: 1 });
      const height = wrappedRowHeight(row, sheet.columns, 15);
      if (height !== undefined) rowHeights.push({ row: r, height });
    }
  });
  return {
    key: sheet.key,
    rowCount,
    columnCount,
    lookColumns: Math.max(1, lookWidth(sheet)),
    inputs,
    numberFormats,
    looks,
    indents,
    wraps,
    rowHeights,
    columnWidths: sheet.columns.map((c) => columnWidthPoints(c.width)),
    ...(sheet.freeze ? { freeze: sheet.freeze } : {}),
    conditional: (sheet.conditional ?? []).map((rule) => ({ range: rule.range, formula: resolve(rule.formula) })),
    charts: sheet.charts ?? [],
    ...(sheet.print ? { print: printPlan(sheet, lang) } : {}),
  };
}

/** A block of rows [first, first + count) of a plan. */
export interface RowBlock {
  first: number;
  count: number;
}

/**
 * Splits rows into blocks whose JSON request size stays under `maxBytes` and whose row count
 * stays under `maxRows` (a single row larger than the budget gets a block of its own).
 */
export function splitRows(rows: readonly unknown[][], extra: readonly unknown[][], maxBytes: number, maxRows: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let first = 0;
  let bytes = 0;
  for (let r = 0; r < rows.length; r++) {
    const size = JSON.stringify(rows[r]).length + JSON.stringify(extra[r] ?? []).length + 2;
    const count = r - first;
    if (count > 0 && (bytes + size > maxBytes || count >= maxRows)) {
      blocks.push({ first, count });
      first = r;
      bytes = 0;
    }
    bytes += size;
  }
  if (rows.length > first) blocks.push({ first, count: rows.length - first });
  return blocks;
}

/** The look runs of a plan cut to a block of rows. */
export function looksIn(runs: readonly LookRun[], block: RowBlock): LookRun[] {
  return clip(runs, block);
}

/** The wrapped rows of a plan cut to a block of rows. */
export function wrapsIn(runs: readonly RowBlock[], block: RowBlock): RowBlock[] {
  return clip(runs, block);
}

/** The indent runs of a plan cut to a block of rows. */
export function indentsIn(runs: readonly IndentRun[], block: RowBlock): IndentRun[] {
  return clip(runs, block);
}

function clip<T extends { first: number; count: number }>(runs: readonly T[], block: RowBlock): T[] {
  const end = block.first + block.count;
  const out: T[] = [];
  for (const run of runs) {
    const a = Math.max(run.first, block.first);
    const b = Math.min(run.first + run.count, end);
    if (a < b) out.push({ ...run, first: a, count: b - a });
  }
  return out;
}
