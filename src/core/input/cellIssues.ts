/**
 * Cells that hold no usable value: an Excel error (`#N/A`, `#REF!` …) and a formula whose file
 * stores no result. Either one in a column the contract reads is an input error at its
 * address, whatever the column — never a cost centre called "#N/A", never a missing amount.
 */
import { headerText } from './headers';
import type { RangeProblems } from './problems';
import type { FormulaWithoutValue, RawCell } from './types';

/** Excel's error values, as Excel shows them and both readers return them. */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
]);

/** True for a cell holding one of Excel's error values. */
export function isExcelError(v: RawCell): v is string {
  return typeof v === 'string' && v.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(v);
}

/** True for a formula cell whose file stores no result. */
export function isFormulaWithoutValue(v: RawCell): v is FormulaWithoutValue {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && v.kind === 'formulaWithoutValue';
}

/**
 * Reports every Excel error and every formula without a stored value in columns `cols` of the
 * rows from `firstRow` on. Each is flagged, so that the parser's own problem at the same cell
 * ("not an amount", "empty") is not reported as well. One pass with no allocation per cell.
 */
export function reportCellIssues(
  values: readonly (RawCell[] | undefined)[],
  firstRow: number,
  cols: readonly number[],
  header: RawCell[] | undefined,
  rp: RangeProblems,
): void {
  for (let i = firstRow; i < values.length; i++) {
    const row = values[i];
    if (row === undefined || row === null) continue;
    for (let k = 0; k < cols.length; k++) {
      const v = row[cols[k]];
      if (typeof v === 'string') {
        if (v.charCodeAt(0) === 35 && EXCEL_ERRORS.has(v)) rp.flag('cellError', i, cols[k], v, { column: headerText(header, cols[k]) });
      } else if (typeof v === 'object' && v !== null && !(v instanceof Date)) {
        rp.flag('formulaWithoutValue', i, cols[k], v, { column: headerText(header, cols[k]) });
      }
    }
  }
}
