/**
 * How roles and number styles look — one table that both renderers (the package writer for the CLI, src/xlsx; the task pane's writer, src/addin/excel)
 * apply, so the CLI's workbook and the task pane's sheets look the same.
 */
import type { NumberStyle, RowRole, SheetModel } from './types';

/**
 * Excel number format codes. Written with `,` as thousands and `.` as decimal separator, as
 * format codes always are; Excel and LibreOffice display them with the workbook's locale
 * (Swedish: space and comma). Negative numbers with a minus sign. `tkr` scales by a
 * thousand with the trailing comma: the cell keeps the exact kronor value.
 */
export const NUMBER_FORMATS: Record<NumberStyle, string> = {
  kr: '#,##0.00;-#,##0.00',
  tkr: '#,##0,;-#,##0,',
  percent: '0.0%;-0.0%',
  integer: '#,##0;-#,##0',
  text: '@',
};

export interface RoleLook {
  bold: boolean;
  italic?: boolean;
  /** font size in points; undefined = workbook default */
  size?: number;
  topBorder?: boolean;
  bottomBorder?: 'thin' | 'double';
  /** background fill, RGB hex without '#' */
  fill?: string;
  /** text colour, RGB hex without '#' */
  color?: string;
}

export const ROLE_LOOKS: Record<RowRole, RoleLook> = {
  organisation: { bold: true, color: '595959' },
  title: { bold: true, size: 14 },
  subtitle: { bold: false, italic: true, color: '595959' },
  header: { bold: true, bottomBorder: 'thin', fill: 'DDEBF7' },
  section: { bold: true },
  line: { bold: false },
  detail: { bold: false, color: '404040' },
  total: { bold: true, topBorder: true },
  grandTotal: { bold: true, topBorder: true, bottomBorder: 'double' },
  blank: { bold: false },
};

/** Fill for highlighted rows (over budget beyond the threshold) and conditional formats. */
export const HIGHLIGHT_FILL = 'FCE4D6';
export const HIGHLIGHT_FONT = '9C0006';

/** Fill for the status cells of the checks sheet. */
export const STATUS_FILLS: Record<'ok' | 'warning' | 'error', string> = {
  ok: 'E2EFDA',
  warning: 'FFF2CC',
  error: 'F8CBAD',
};

/**
 * The marker that identifies a sheet the product made: a workbook-scoped defined name
 * `FinsamRapport_<n>` referring to cell A1 of that sheet. It follows the sheet when a user
 * renames it, and lets a re-run replace exactly its own sheets and nothing else.
 */
export const SHEET_MARKER_PREFIX = 'FinsamRapport_';

/**
 * How many columns, from A, a row's look (fill, borders) spans: the table's width — the printed
 * columns when the sheet names them (a chart's data right of the table gets no table borders),
 * else every column a row fills.
 */
export function lookWidth(sheet: SheetModel): number {
  const all = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.cells.length));
  return sheet.print?.columns !== undefined ? Math.min(all, sheet.print.columns) : all;
}
