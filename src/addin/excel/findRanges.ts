/**
 * Finds the contract's ranges in the open workbook: workbook-scoped names (only those whose
 * type is `Range` — a constant or a #REF! name is reported, never passed to `getRange`) and
 * tables of the same names. Each range is trimmed to its sheet's used range, so a whole-column
 * name like `Data!$A:$H` costs the rows that hold data, not a million. Two syncs.
 */
import { callsFunction } from '../../core/ranges';
import type { FindResult, FoundRange, RangeIssue } from './types';

interface Candidate {
  name: string;
  source: 'name' | 'table';
  range: Excel.Range;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Rectangle in 0-based sheet coordinates. */
interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The intersection of two rectangles, or undefined when they do not overlap. */
export function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  if (rowEnd <= row || colEnd <= col) return undefined;
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}

/**
 * True when a name's reference has several areas (`A1:B2,D1:E2`) or points into another
 * workbook (`[Book2]Data!A1`): `getRange` cannot give one block of cells for it.
 */
export function isMultiAreaOrExternal(reference: string): boolean {
  let quoted = false;
  for (const ch of reference) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === '[')) return true;
  }
  return false;
}

/**
 * Why a name of Office.js `type` referring to `reference` is not one range, or undefined when
 * it is. A dynamic name (`=OFFSET(…)`, `=Data!$A$1:INDEX(…)`) is a formula, not a fixed range,
 * whatever type Excel gives it.
 */
export function nameIssue(type: string, reference: string): RangeIssue['kind'] | undefined {
  if (type === 'Error') return 'error';
  if (callsFunction(reference)) return 'formula';
  if (type !== 'Range') return 'notRange';
  return isMultiAreaOrExternal(reference) ? 'multiArea' : undefined;
}

/**
 * Locates every workbook-scoped name and every table for which `wanted(name)` is true (the
 * core's `contractRangeOf` decides). Names come first, then tables, each in the workbook's
 * order; names that exist but are not a single range are issues.
 */
export async function findRanges(context: Excel.RequestContext, wanted: (name: string) => boolean): Promise<FindResult> {
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();

  const issues: RangeIssue[] = [];
  const candidates: Candidate[] = [];
  const take = (name: string, source: Candidate['source'], range: Excel.Range): void => {
    const worksheet = range.worksheet;
    worksheet.load('name');
    range.load('address,rowIndex,columnIndex,rowCount,columnCount');
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    candidates.push({ name, source, range, worksheet, used });
  };

  for (const item of names.items) {
    if (!wanted(item.name)) continue;
    const reference = String(item.value ?? '');
    const kind = nameIssue(item.type, reference);
    if (kind !== undefined) issues.push({ name: item.name, kind, detail: reference });
    else take(item.name, 'name', item.getRange());
  }
  const taken = new Set(candidates.map((c) => c.name.toLowerCase()));
  for (const table of tables.items) {
    const lower = table.name.toLowerCase();
    if (wanted(table.name) && !taken.has(lower)) take(table.name, 'table', table.getRange());
  }
  if (candidates.length > 0) await context.sync();

  const found: FoundRange[] = candidates.map((c) => {
    const whole: Rect = { row: c.range.rowIndex, col: c.range.columnIndex, rows: c.range.rowCount, cols: c.range.columnCount };
    const used: Rect | undefined = c.used.isNullObject
      ? undefined
      : { row: c.used.rowIndex, col: c.used.columnIndex, rows: c.used.rowCount, cols: c.used.columnCount };
    const trimmed = used ? intersect(whole, used) : undefined;
    return {
      name: c.name,
      source: c.source,
      sheet: c.worksheet.name,
      row: trimmed?.row ?? whole.row,
      col: trimmed?.col ?? whole.col,
      rowCount: trimmed?.rows ?? 0,
      columnCount: trimmed?.cols ?? 0,
      address: c.range.address,
    };
  });
  return { found, issues };
}
