/**
 * Finds the contract's ranges in the open workbook: workbook-scoped names (through
 * `getRangeOrNullObject`, so one odd name never fails the scan) and tables of the same names
 * (header row and data body, never the total row). Each range is trimmed to its sheet's used
 * range, so a whole-column name like `Data!$A:$H` costs the rows that hold data, not a
 * million. Two syncs.
 */
import { callsFunction } from '../../core';
import type { FindResult, FoundRange, RangeIssue } from './types';

interface Candidate {
  name: string;
  source: 'name' | 'table';
  range: Excel.Range;
  /** The name's reference as Excel shows it (empty for a table). */
  reference: string;
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

/** The sheet of an address as Excel gives it: `Data!A1:C6`, `'Min plan'!A1`, `'It''s'!A1`. */
export function sheetOfAddress(address: string): string {
  if (address.startsWith("'")) {
    const end = address.lastIndexOf("'!");
    return address.slice(1, end).replace(/''/g, "'");
  }
  return address.slice(0, address.lastIndexOf('!'));
}

/**
 * Why a name's reference cannot be read as one block of cells, or undefined when it can: a
 * bracket means another workbook (`[Bok2.xlsx]Data!A1`, `'[Bok 2.xlsx]Data'!$A$1:$B$5`; a sheet
 * name can never hold `[`), a comma or semicolon outside quotes several areas (`;` where the list
 * separator is a semicolon). A formula is left to `getRangeOrNullObject`.
 */
export function referenceProblem(reference: string): 'external' | 'multiArea' | undefined {
  if (reference.includes('[')) return 'external';
  // A formula (`=OFFSET(Data!$A$1,0,0,9,3)`) has commas of its own: getRangeOrNullObject decides.
  if (reference.includes('(')) return undefined;
  let quoted = false;
  for (const ch of reference) {
    if (ch === "'")
      quoted = !quoted; // a doubled '' toggles twice
    else if (!quoted && (ch === ',' || ch === ';')) return 'multiArea';
  }
  return undefined;
}

/** True when `referenceProblem` finds one (kept for the callers that only ask yes or no). */
export function isMultiAreaOrExternal(reference: string): boolean {
  return referenceProblem(reference) !== undefined;
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
  return referenceProblem(reference);
}

/**
 * Locates every workbook-scoped name and every table for which `wanted(name)` is true (the
 * core's `contractRangeOf` decides). Names come first, then tables, each in the workbook's
 * order. A name that is not one range of this workbook (a constant, a formula, `#REF!`, another
 * workbook, several areas, scoped to one sheet) and a table without a header row become issues,
 * each with its reason, and the scan goes on: `getRangeOrNullObject` never fails the request.
 * A table is read from its header row through its data body: a total row is not data.
 */
export async function findRanges(context: Excel.RequestContext, wanted: (name: string) => boolean): Promise<FindResult> {
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  const tables = context.workbook.tables;
  tables.load('items/name,items/showHeaders,items/showTotals');
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  const issues: RangeIssue[] = [];
  const candidates: Candidate[] = [];
  const take = (name: string, source: Candidate['source'], range: Excel.Range, reference = ''): void => {
    // Nothing is navigated from `range`: it may be a null object until the sync says.
    range.load('address,rowIndex,columnIndex,rowCount,columnCount');
    candidates.push({ name, source, range, reference });
  };

  for (const item of names.items) {
    if (!wanted(item.name)) continue;
    const reference = String(item.value ?? '');
    const kind = nameIssue(item.type, reference);
    if (kind !== undefined) issues.push({ name: item.name, kind, detail: reference });
    else take(item.name, 'name', item.getRangeOrNullObject(), reference);
  }
  const byName = new Set([...candidates.map((c) => c.name.toLowerCase()), ...issues.map((i) => i.name.toLowerCase())]);
  for (const table of tables.items) {
    const lower = table.name.toLowerCase();
    if (!wanted(table.name) || byName.has(lower)) continue;
    if (!table.showHeaders) {
      issues.push({ name: table.name, kind: 'noHeader', detail: table.name });
      continue;
    }
    // Header row through data body: the total row ("Summa") is not data.
    take(table.name, 'table', table.getHeaderRowRange().getBoundingRect(table.getDataBodyRange()));
    byName.add(lower);
  }
  // Names scoped to one sheet are not workbook names: say so when one matches a wanted range.
  // Every sheet's used range comes along in the same request (a range's sheet is read from its address).
  const scoped = worksheets.items.map((ws) => {
    const sheetNames = ws.names;
    sheetNames.load('items/name,items/value');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return { sheet: ws.name, sheetNames, used };
  });
  await context.sync();
  const usedBySheet = new Map(scoped.map((s) => [s.sheet, s.used]));

  for (const { sheet, sheetNames } of scoped) {
    for (const item of sheetNames.items) {
      const lower = item.name.toLowerCase();
      if (!wanted(item.name) || byName.has(lower)) continue;
      issues.push({ name: item.name, kind: 'sheetScoped', detail: `${sheet}: ${String(item.value ?? '')}` });
      byName.add(lower);
    }
  }

  const found: FoundRange[] = [];
  for (const c of candidates) {
    if (c.range.isNullObject) {
      issues.push({ name: c.name, kind: 'notRange', detail: c.reference });
      continue;
    }
    const whole: Rect = { row: c.range.rowIndex, col: c.range.columnIndex, rows: c.range.rowCount, cols: c.range.columnCount };
    const sheet = sheetOfAddress(c.range.address);
    const usedRange = usedBySheet.get(sheet);
    const used: Rect | undefined =
      !usedRange || usedRange.isNullObject
        ? undefined
        : { row: usedRange.rowIndex, col: usedRange.columnIndex, rows: usedRange.rowCount, cols: usedRange.columnCount };
    const trimmed = used ? intersect(whole, used) : undefined;
    found.push({
      name: c.name,
      source: c.source,
      sheet,
      row: trimmed?.row ?? whole.row,
      col: trimmed?.col ?? whole.col,
      rowCount: trimmed?.rows ?? 0,
      columnCount: trimmed?.cols ?? 0,
      address: c.range.address,
    });
  }
  return { found, issues };
}

/**
 * Whether the workbook uses the 1904 date system: `Workbook.use1904DateSystem`, or undefined
 * when the host cannot say. The property is young (and was long a preview API), so it is asked
 * for in a request of its own: a host without it fails only that request. One sync.
 */
export async function detectDate1904(context: Excel.RequestContext): Promise<boolean | undefined> {
  // The typings here predate the property.
  const workbook = context.workbook as unknown as { load(props: string): void; use1904DateSystem: boolean };
  try {
    workbook.load('use1904DateSystem');
    await context.sync();
    return workbook.use1904DateSystem;
  } catch {
    return undefined;
  }
}
