/**
 * The common start of every table-shaped range: find its header row, report missing and
 * repeated columns, and hand back what the row loop needs.
 */
import { cellAddress } from './cellAddress';
import { reportCellIssues } from './cellIssues';
import { rowBlank } from './cells';
import { acceptedHeaders, findHeader, headerCellsText, headerText, type ColumnDef, type ColumnMap } from './headers';
import type { RangeRef } from './parsed';
import { RangeProblems } from './problems';
import type { Problem, RangeData, RawCell } from './types';
import type { ProblemCode } from '../messages/messages';

/** A requirement on the header row: a set of columns of which the row must hold enough. */
export interface Requirement {
  /** True when the header row's columns satisfy it. */
  met(cols: ColumnMap): boolean;
  /** Problem code when it is not met (`columnMissing` for a single column). */
  code: ProblemCode;
  /** The columns it asks for (for the message's accepted headers). */
  columns: ColumnDef[];
}

/** A single required column. */
export function required(def: ColumnDef): Requirement {
  return { met: (cols) => cols[def.key] >= 0, code: 'columnMissing', columns: [def] };
}

export interface RangeSetup {
  ref: RangeRef;
  rp: RangeProblems;
  cols: ColumnMap;
  header: RawCell[] | undefined;
  /** Index of the first data row. */
  firstRow: number;
  /** Every column index that was recognised (for skipping blank rows). */
  known: number[];
  /** False when required columns are missing (errors reported; no rows should be read). */
  ok: boolean;
}

/** True when every cell of the range is blank. */
export function rangeBlank(range: RangeData): boolean {
  for (const row of range.values) if (!rowBlank(row)) return false;
  return true;
}

/**
 * Finds the header row of `range` for `contract` (its canonical name), reporting each
 * unmet requirement at the header row's first cell and each repeated column as a warning.
 */
export function setupRange(
  range: RangeData,
  contract: string,
  defs: readonly ColumnDef[],
  requirements: readonly Requirement[],
  problems: Problem[],
): RangeSetup {
  const match = findHeader(range.values, defs, (cols) => requirements.every((r) => r.met(cols)));
  const ref: RangeRef = { range: contract, sheet: range.sheet, row: range.row, col: range.col, headerIndex: match.headerIndex };
  const rp = new RangeProblems(problems, ref);
  const header = range.values[match.headerIndex];
  if (!match.complete) {
    const found = headerCellsText(header);
    for (const req of requirements) {
      if (req.met(match.cols)) continue;
      const params: Record<string, string> = { accepted: acceptedHeaders(...req.columns), found };
      if (req.code === 'columnMissing') {
        params.column = req.columns[0].sv;
        params.columnEn = req.columns[0].en;
      }
      rp.error(req.code, match.headerIndex, 0, undefined, params);
    }
  }
  for (const d of match.duplicates) {
    rp.warning('columnDuplicate', match.headerIndex, d.col, header?.[d.col], {
      column: headerText(header, d.col),
      first: cellAddress(ref.row + match.headerIndex, ref.col + d.firstCol),
    });
  }
  const known = Object.values(match.cols).filter((c) => c >= 0);
  if (match.complete) reportCellIssues(range.values, match.headerIndex + 1, known, header, rp);
  return { ref, rp, cols: match.cols, header, firstRow: match.headerIndex + 1, known, ok: match.complete };
}
