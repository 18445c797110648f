/**
 * The height of a row whose texts wrap (`ModelRow.wrap`). Neither LibreOffice nor every Excel
 * grows a row to its wrapped text when a file does not say how high it is, so both renderers
 * write this height: the lines the longest wrapped text needs in its column, at the default
 * font's line height. A column holds about one character of prose per unit of its width (Excel
 * measures width in the digit `0`, wider than the average letter; the rest is room for words
 * that do not break), and an explicit line break starts a line.
 */
import type { ColumnSpec, ModelRow } from './types';

/** Excel's default column width in characters, for a column the sheet does not size. */
const DEFAULT_WIDTH = 8.43;
/** Excel's highest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Lines `text` takes in a column of `width` characters. */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * The row's height in points when it wraps and needs more than one line, else undefined (the
 * default height). `lineHeight`: one line of the default font, in points (15 for Calibri 11).
 */
export function wrappedRowHeight(row: ModelRow, columns: readonly ColumnSpec[], lineHeight: number): number | undefined {
  if (!row.wrap) return undefined;
  let lines = 1;
  row.cells.forEach((cell, c) => {
    if (cell.kind === 'text') lines = Math.max(lines, wrappedLines(cell.text, columns[c]?.width ?? DEFAULT_WIDTH));
  });
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT, Math.round(lines * lineHeight * 100) / 100) : undefined;
}
