/**
 * Limits Excel has, applied to what the command line writes: a cell holds at most 32 767
 * characters (a SIE file can carry a name of any length; Excel reports a file with a longer
 * cell as damaged). Longer texts are cut at the limit — never inside a surrogate pair — and
 * each cut is a warning naming the cell.
 */
import { type Lang, type RangeData, type RawCell, type ReportModel, formatAmount, sheetRef } from '../core';
import { a1 } from '../xlsx/refs';
import { t } from './texts';

export const MAX_CELL_TEXT = 32_767;

/** `text` cut to at most `max` UTF-16 units, at a character boundary. */
export function cutAtCharacter(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  // A high surrogate whose low half would be cut off goes too.
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

export interface CutWarning {
  range: string;
  /** `Huvudbok!F5` */
  cell: string;
  length: number;
  text(lang: Lang): string;
}

function cutWarning(range: string, cell: string, length: number): CutWarning {
  return {
    range,
    cell,
    length,
    text: (lang) => t('cutWarning', lang, { range, cell, length: formatAmount(length, lang), max: formatAmount(MAX_CELL_TEXT, lang) }),
  };
}

/**
 * The ranges with every text longer than an Excel cell holds cut to fit, and a warning per
 * cut cell. Ranges and rows without a long text are passed on as they are (not copied).
 */
export function cutLongTexts(ranges: readonly RangeData[]): { ranges: RangeData[]; warnings: CutWarning[] } {
  const warnings: CutWarning[] = [];
  const out = ranges.map((r) => {
    let values: RawCell[][] | undefined;
    r.values.forEach((row, i) => {
      let copy: RawCell[] | undefined;
      row.forEach((v, c) => {
        if (typeof v !== 'string' || v.length <= MAX_CELL_TEXT) return;
        copy ??= [...row];
        copy[c] = cutAtCharacter(v, MAX_CELL_TEXT);
        warnings.push(cutWarning(r.name, `${sheetRef(r.sheet)}!${a1(r.row + i, r.col + c)}`, v.length));
      });
      if (copy) {
        values ??= [...r.values];
        values[i] = copy;
      }
    });
    return values ? { ...r, values } : r;
  });
  return { ranges: out, warnings };
}

/**
 * Text cells of the report longer than a cell holds (a label made of an account number and a
 * name that was already at the limit) cut to fit, in place; a warning per cell, naming the
 * report sheet and cell.
 */
export function cutLongReportTexts(model: ReportModel): CutWarning[] {
  const warnings: CutWarning[] = [];
  for (const sheet of model.sheets) {
    sheet.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        if (cell.kind !== 'text' || cell.text.length <= MAX_CELL_TEXT) return;
        warnings.push(cutWarning(sheet.name, `${sheetRef(sheet.name)}!${a1(r, c)}`, cell.text.length));
        cell.text = cutAtCharacter(cell.text, MAX_CELL_TEXT);
      });
    });
  }
  return warnings;
}
