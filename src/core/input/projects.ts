/**
 * `Projekt` (Projects): externally funded projects (ESF and others) with their own period —
 * code, name, start and end date, funder, budget for the whole project period — and how
 * their costs split into actual and flat-rate ("faktiska" / "schablonbaserade") costs: by
 * cost centre (`Faktiska KST`, `Schablon KST`) and/or by account (`Schablonkonton`).
 */
import { cellAddress } from './cellAddress';
import { cellText, isBlank, rowBlankAt } from './cells';
import { accountRangeOf } from './chart';
import { dateErrorOf, dateKey } from './dates';
import { codeOf, readAmount, readCode, reportEmpty, textOf, type RowContext } from './fields';
import { column, type ColumnDef } from './headers';
import type { RangeRef } from './parsed';
import { required, setupRange } from './rangeSetup';
import type { Problem, RangeData, RawCell } from './types';

/** A calendar date, packed y·10000 + m·100 + d. */
export type PackedDate = number;

export interface ProjectRow {
  code: string;
  name?: string;
  funder?: string;
  start: PackedDate;
  end: PackedDate;
  /** Budget for the whole project period, öre (costs positive), when given. */
  budget?: number;
  /** Cost centres whose costs are actual costs ("faktiska"). */
  actualCostCentres: string[];
  /** Cost centres whose costs are flat-rate costs ("schablonbaserade"). */
  flatRateCostCentres: string[];
  /** Accounts (ranges) whose costs are flat-rate costs, on any of the project's rows. */
  flatRateAccounts: { from: number; to: number }[];
  sourceRow: number;
}

export const PROJECT_COLUMNS = {
  code: column('code', 'Kod', 'Code', 'Projekt', 'Project', 'Projektkod', 'Project code'),
  name: column('name', 'Namn', 'Name', 'Projektnamn', 'Benämning', 'Project name'),
  start: column('start', 'Startdatum', 'Start date', 'Start', 'Från', 'From'),
  end: column('end', 'Slutdatum', 'End date', 'Slut', 'End', 'Till', 'To'),
  funder: column('funder', 'Finansiär', 'Funder', 'Extern finansiär', 'External funder'),
  budget: column('budget', 'Budget', 'Project budget', 'Projektbudget', 'Budget hela projektet', 'Total budget'),
  actualCostCentres: column(
    'actualCostCentres',
    'Faktiska KST',
    'Actual cost centres',
    'Faktiska kostnadsställen',
    'Kostnadsställen',
    'KST',
    'Cost centres',
    'Cost centers',
  ),
  flatRateCostCentres: column(
    'flatRateCostCentres',
    'Schablon KST',
    'Flat-rate cost centres',
    'Schablonbaserade KST',
    'Schablonkostnadsställen',
    'Schablon kostnadsställen',
    'Flat-rate cost centers',
  ),
  flatRateAccounts: column('flatRateAccounts', 'Schablonkonton', 'Flat-rate accounts', 'Schablon konton', 'Schablonbaserade konton'),
} satisfies Record<string, ColumnDef>;

const C = PROJECT_COLUMNS;

/** Items of a list cell: `3041`, `"3041, 3042"`, `"3041; 3042"` (numbers as their integer text). */
export function listOf(v: RawCell): string[] | undefined {
  if (typeof v === 'string')
    return v
      .split(/[,;\n]/)
      .map((x) => x.trim())
      .filter((x) => x.length > 0);
  const c = codeOf(v);
  if (c === undefined) return undefined;
  return c === null ? [] : [c];
}

/** ISO text `YYYY-MM-DD` of a packed date. */
export function isoDate(d: PackedDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(d / 10_000)}-${pad(Math.floor(d / 100) % 100)}-${pad(d % 100)}`;
}

/** Parses the projects; undefined when Kod, Startdatum or Slutdatum is missing. A repeated code: the first row counts. */
export function parseProjects(range: RangeData, problems: Problem[]): { rows: ProjectRow[]; ref: RangeRef } | undefined {
  const s = setupRange(range, 'Projekt', Object.values(C), [required(C.code), required(C.start), required(C.end)], problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const { cols, rp } = s;
  const ctx: RowContext = { rp, header: s.header };
  const rows: ProjectRow[] = [];
  const firstRowOf = new Map<string, number>();
  const date = (row: RawCell[], i: number, col: number): PackedDate | undefined => {
    const k = dateKey(row[col]);
    if (k >= 0) return k;
    const e = dateErrorOf(k);
    if (e === 'empty') reportEmpty(ctx, i, col);
    else rp.error(e, i, col, row[col]);
    return undefined;
  };
  const list = (row: RawCell[], i: number, col: number): string[] | undefined => {
    if (col < 0) return [];
    const items = listOf(row[col]);
    if (items === undefined) rp.error('notCode', i, col, row[col]);
    return items;
  };
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    const code = readCode(ctx, row, i, cols.code);
    if (code === null) reportEmpty(ctx, i, cols.code);
    const start = date(row, i, cols.start);
    const end = date(row, i, cols.end);
    let bad = code === null || code === undefined || start === undefined || end === undefined;
    if (start !== undefined && end !== undefined && end < start) {
      rp.error('projectEndBeforeStart', i, cols.end, row[cols.end], { start: isoDate(start) });
      bad = true;
    }
    const budget = cols.budget >= 0 ? readAmount(ctx, row, i, cols.budget, false) : null;
    const actualCostCentres = list(row, i, cols.actualCostCentres);
    const flatRateCostCentres = list(row, i, cols.flatRateCostCentres);
    const flatRateAccounts: ProjectRow['flatRateAccounts'] = [];
    if (cols.flatRateAccounts >= 0 && !isBlank(row[cols.flatRateAccounts])) {
      for (const item of listOf(row[cols.flatRateAccounts]) ?? [cellText(row[cols.flatRateAccounts])]) {
        const a = accountRangeOf(item);
        if (typeof a === 'number') {
          rp.error('notAccountOrRange', i, cols.flatRateAccounts, item);
          bad = true;
        } else flatRateAccounts.push(a);
      }
    }
    if (bad || budget === undefined || !actualCostCentres || !flatRateCostCentres) continue;
    const first = firstRowOf.get(code!);
    if (first !== undefined) {
      rp.warning('duplicateProject', i, cols.code, row[cols.code], { first: cellAddress(s.ref.row + first, s.ref.col + cols.code) });
      continue;
    }
    firstRowOf.set(code!, i);
    const entry: ProjectRow = { code: code!, start: start!, end: end!, actualCostCentres, flatRateCostCentres, flatRateAccounts, sourceRow: i };
    const name = cols.name >= 0 ? textOf(row[cols.name]) : undefined;
    if (name !== undefined) entry.name = name;
    const funder = cols.funder >= 0 ? textOf(row[cols.funder]) : undefined;
    if (funder !== undefined) entry.funder = funder;
    if (budget !== null) entry.budget = budget;
    rows.push(entry);
  }
  rp.finish();
  return { rows, ref: s.ref };
}
