/** Reading the report model's cells by address, for the golden tests of the extras' sheets. */
import type { CellValue, ReportModel, SheetModel } from '../../../src/core/model/types';

export function sheetOf(m: ReportModel, key: string): SheetModel {
  const s = m.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}; sheets: ${m.sheets.map((x) => x.key).join(', ')}`);
  return s;
}

export function cellAt(m: ReportModel, key: string, a1: string): CellValue | undefined {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheetOf(m, key).rows[Number(row) - 1]?.cells[col];
}

/** The text of a text cell, else undefined. */
export function textAt(m: ReportModel, key: string, a1: string): string | undefined {
  const c = cellAt(m, key, a1);
  return c?.kind === 'text' ? c.text : undefined;
}

/** The row's cells as short strings: text, number value, `=formula→value`, '' for empty. */
export function rowTexts(m: ReportModel, key: string, row: number): string[] {
  return (sheetOf(m, key).rows[row - 1]?.cells ?? []).map((c) =>
    c.kind === 'empty' ? '' : c.kind === 'text' ? c.text : c.kind === 'number' ? c.value : `=${c.formula}→${c.value}`,
  );
}

export const num = (value: string, style: 'kr' | 'tkr' | 'percent' | 'integer') => ({ kind: 'number', value, style });
export const fx = (formula: string, value: string, style: 'kr' | 'tkr' | 'percent' | 'integer') => ({ kind: 'formula', formula, value, style });
