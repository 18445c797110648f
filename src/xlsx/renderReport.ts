/**
 * Renders the core's report model as ExcelJS worksheets: values, live formulas with their
 * exact results, number formats, the shared role looks, column widths, frozen panes and
 * print setup. The Office.js writer renders the same model with the same look table.
 *
 * Charts (`SheetModel.charts`) are not drawn: ExcelJS cannot write charts. Their data is on
 * the sheet already.
 */
import ExcelJS from 'exceljs';
import type { CellValue, ModelRow, NumberStyle, ReportModel, SheetModel } from '../core/model/types';
import { resolveFormula, uniqueSheetName } from '../core/model/sheetNames';
import { HIGHLIGHT_FILL, HIGHLIGHT_FONT, NUMBER_FORMATS, ROLE_LOOKS, type RoleLook } from '../core/model/style';
import { markerName, markerRef } from './markers';

export interface BaseFont {
  name: string;
  size: number;
}

export interface RenderOptions {
  /** Sheet names already in the workbook the report goes into (never reused). */
  takenNames?: Iterable<string>;
  /** The workbook's default font: styled cells keep its name and size. Default Calibri 11. */
  baseFont?: BaseFont;
  /** Add the `FinsamRapport_<n>` marker names (for a workbook written as it is). */
  markers?: boolean;
}

export interface RenderedSheet {
  key: string;
  /** Final sheet name after clashes were resolved. */
  name: string;
}

export interface RenderedReport {
  workbook: ExcelJS.Workbook;
  sheets: RenderedSheet[];
}

/** Final names for the model's sheets: the wanted name unless taken, else "name (2)" … */
export function assignSheetNames(model: ReportModel, taken: Iterable<string>): RenderedSheet[] {
  const used = [...taken];
  return model.sheets.map((s) => {
    const name = uniqueSheetName(s.name, used);
    used.push(name);
    return { key: s.key, name };
  });
}

/** Renders every sheet of the model into a new ExcelJS workbook. */
export function renderReport(model: ReportModel, options: RenderOptions = {}): RenderedReport {
  const font = options.baseFont ?? { name: 'Calibri', size: 11 };
  const sheets = assignSheetNames(model, options.takenNames ?? []);
  const nameOf = new Map(sheets.map((s) => [s.key, s.name]));
  const resolve = (f: string) => resolveFormula(f, (key) => nameOf.get(key));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'finsam-rapport';
  model.sheets.forEach((sheet, i) => renderSheet(workbook, sheet, sheets[i].name, resolve, font));
  if (options.markers) sheets.forEach((s, i) => workbook.definedNames.add(markerRef(s.name), markerName(i + 1)));
  return { workbook, sheets };
}

function renderSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetModel,
  name: string,
  resolve: (formula: string) => string,
  font: BaseFont,
): void {
  const freeze = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0) ? sheet.freeze : undefined;
  const ws = workbook.addWorksheet(name, {
    views: freeze ? [{ state: 'frozen', xSplit: freeze.cols, ySplit: freeze.rows }] : [{ state: 'normal' }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  let width = sheet.columns.length;
  for (const r of sheet.rows) if (r.cells.length > width) width = r.cells.length;
  sheet.rows.forEach((row, r) => renderRow(ws.getRow(r + 1), row, width, resolve, font));
  (sheet.conditional ?? []).forEach((rule, k) => {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'expression',
          priority: k + 1,
          formulae: [resolve(rule.formula)],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(HIGHLIGHT_FILL) } },
            font: { color: { argb: argb(HIGHLIGHT_FONT) } },
          },
        },
      ],
    });
  });
}

/** Roles whose look (fill, borders) spans the whole table width, not only the filled cells. */
function spansRow(look: RoleLook, row: ModelRow): boolean {
  return row.highlight === true || look.fill !== undefined || look.topBorder === true || look.bottomBorder !== undefined;
}

function renderRow(xlRow: ExcelJS.Row, row: ModelRow, width: number, resolve: (f: string) => string, font: BaseFont): void {
  const look = ROLE_LOOKS[row.role];
  const last = spansRow(look, row) ? width : row.cells.length;
  for (let c = 0; c < last; c++) {
    const cell = xlRow.getCell(c + 1);
    const value: CellValue = row.cells[c] ?? { kind: 'empty' };
    writeValue(cell, value, resolve);
    applyLook(cell, look, row, font);
    if (c === 0 && row.indent) cell.alignment = { indent: row.indent };
  }
}

function writeValue(cell: ExcelJS.Cell, value: CellValue, resolve: (f: string) => string): void {
  switch (value.kind) {
    case 'empty':
      return;
    case 'text':
      // A string is always written as a string (a shared or inline string), never parsed as a
      // formula; the text format keeps Excel from reinterpreting it when the cell is edited.
      cell.value = value.text;
      if (value.fromData) cell.numFmt = NUMBER_FORMATS.text;
      return;
    case 'number':
      cell.value = toNumber(value.value);
      cell.numFmt = numberFormat(value.style);
      return;
    case 'formula': {
      const result = value.value === '' ? undefined : toNumber(value.value);
      cell.value = result === undefined ? ({ formula: resolve(value.formula) } as ExcelJS.CellFormulaValue) : { formula: resolve(value.formula), result };
      cell.numFmt = numberFormat(value.style);
      return;
    }
  }
}

function numberFormat(style: NumberStyle): string {
  return NUMBER_FORMATS[style];
}

/** The exact decimal string as the double Excel stores (the one place a value becomes binary). */
export function toNumber(decimal: string): number {
  const n = Number(decimal);
  if (!Number.isFinite(n)) throw new Error(`renderReport: not a decimal number: ${decimal}`);
  return n === 0 ? 0 : n;
}

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

function applyLook(cell: ExcelJS.Cell, look: RoleLook, row: ModelRow, font: BaseFont): void {
  const color = row.highlight ? HIGHLIGHT_FONT : look.color;
  if (look.bold || look.italic || look.size !== undefined || color !== undefined) {
    cell.font = {
      name: font.name,
      size: look.size ?? font.size,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(color !== undefined ? { color: { argb: argb(color) } } : {}),
    };
  }
  const fill = row.highlight ? HIGHLIGHT_FILL : look.fill;
  if (fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
  if (look.topBorder || look.bottomBorder) {
    cell.border = {
      ...(look.topBorder ? { top: { style: 'thin' } } : {}),
      ...(look.bottomBorder ? { bottom: { style: look.bottomBorder } } : {}),
    };
  }
}
