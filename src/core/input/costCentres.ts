/**
 * `Kostnadsstallen` (CostCentres): code, name and group of each cost centre.
 */
import { cellAddress } from './cellAddress';
import { rowBlankAt } from './cells';
import { readCode, reportEmpty, textOf, type RowContext } from './fields';
import { column, type ColumnDef } from './headers';
import type { CostCentreRow, RangeRef } from './parsed';
import { required, setupRange } from './rangeSetup';
import type { Problem, RangeData } from './types';

export const COST_CENTRE_COLUMNS = {
  code: column('code', 'Kostnadsställe', 'Code', 'KST', 'Kod', 'Cost centre', 'Cost center', 'Ansvar'),
  name: column('name', 'Namn', 'Name', 'Benämning'),
  group: column('group', 'Grupp', 'Group'),
} satisfies Record<string, ColumnDef>;

const C = COST_CENTRE_COLUMNS;

/** Parses the cost centres; undefined when the code column is missing. A repeated code: the first row counts. */
export function parseCostCentres(range: RangeData, problems: Problem[]): { rows: CostCentreRow[]; ref: RangeRef } | undefined {
  const s = setupRange(range, 'Kostnadsstallen', Object.values(C), [required(C.code)], problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const { cols, rp } = s;
  const ctx: RowContext = { rp, header: s.header };
  const rows: CostCentreRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    const code = readCode(ctx, row, i, cols.code);
    if (code === null) reportEmpty(ctx, i, cols.code);
    if (code === null || code === undefined) continue;
    const first = firstRowOf.get(code);
    if (first !== undefined) {
      rp.warning('duplicateCostCentre', i, cols.code, row[cols.code], { first: cellAddress(s.ref.row + first, s.ref.col + cols.code) });
      continue;
    }
    firstRowOf.set(code, i);
    const entry: CostCentreRow = { code, sourceRow: i };
    const name = cols.name >= 0 ? textOf(row[cols.name]) : undefined;
    if (name !== undefined) entry.name = name;
    const group = cols.group >= 0 ? textOf(row[cols.group]) : undefined;
    if (group !== undefined) entry.group = group;
    rows.push(entry);
  }
  rp.finish();
  return { rows, ref: s.ref };
}
