/**
 * The 1904 date system seen from the cells: a date cell's serial and the text Excel shows for
 * it. A serial read as a 1900 serial gives one year; the same serial in the 1904 system gives
 * the year 1 462 days later. The year Excel shows says which system the workbook uses. Pure.
 */
import { cellText, serialToDate, type RawCell } from '../../core';

/** The year a displayed date shows: four digits, or two (`15.1.24`) read in the serial's century. */
function shownYear(text: string, near: number): number | undefined {
  const four = /(?:^|\D)(\d{4})(?:\D|$)/.exec(text);
  if (four) return Number(four[1]);
  const parts = text.split(/\D+/).filter((p) => p.length === 2);
  if (parts.length === 0) return undefined;
  const yy = Number(parts[parts.length - 1]);
  return Math.floor(near / 100) * 100 + yy;
}

/**
 * True when the first data row of a range (its `header`, `values` and displayed `texts`) shows a
 * date column in the 1904 system, false when in the 1900 system, undefined when it cannot tell
 * (no date column, no number in it, or a format that shows no year).
 */
export function date1904FromCells(header: readonly RawCell[], values: readonly RawCell[], texts: readonly string[]): boolean | undefined {
  for (let c = 0; c < header.length; c++) {
    if (!/dat(um|e)/i.test(cellText(header[c]))) continue;
    const serial = values[c];
    if (typeof serial !== 'number' || serial < 367) continue;
    const y1900 = serialToDate(serial).getUTCFullYear();
    const y1904 = serialToDate(serial, true).getUTCFullYear();
    const shown = shownYear(texts[c] ?? '', y1900);
    if (shown === y1900) return false;
    if (shown === y1904 || shown === y1904 % 100) return true;
  }
  return undefined;
}
