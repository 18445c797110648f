/**
 * `Budget`: annual budget per account (and cost centre), optionally by month.
 *
 * Month columns are calendar months; `months` is stored by fiscal month index using the
 * fiscal year's first month. When any month cell of a row is filled the months win: the
 * annual amount is their sum, and a differing Helår is a warning.
 */
import { oreToDecimal } from '../money';
import { isBlank, rowBlankAt } from './cells';
import { readAccount, readAmount, readCode, reportEmpty, type RowContext } from './fields';
import { column, type ColumnDef, type ColumnMap } from './headers';
import { fiscalIndex, MONTH_NAMES } from './months';
import type { BudgetRow, RangeRef } from './parsed';
import { RangeTotal } from './rangeTotal';
import { required, setupRange, type Requirement } from './rangeSetup';
import type { Problem, RangeData } from './types';

const MONTH_COLUMNS: ColumnDef[] = MONTH_NAMES.map((names, i) => {
  const n = String(i + 1);
  return column(`m${n}`, names.sv, names.en, ...names.more, n, ...(i < 9 ? ['0' + n] : []));
});

export const BUDGET_COLUMNS = {
  costCentre: column('costCentre', 'Kostnadsställe', 'Cost centre', 'KST', 'Ansvar', 'Cost center'),
  account: column('account', 'Konto', 'Account', 'Kontonummer', 'Kontonr', 'Account number'),
  annual: column('annual', 'Helår', 'Annual', 'År', 'Year', 'Helårsbudget', 'Årsbudget', 'Annual budget'),
} satisfies Record<string, ColumnDef>;

const C = BUDGET_COLUMNS;
const allMonths = (c: ColumnMap) => MONTH_COLUMNS.every((m) => c[m.key] >= 0);
const REQUIREMENTS: Requirement[] = [required(C.account), { met: (c) => c.annual >= 0 || allMonths(c), code: 'budgetAnnualMissing', columns: [C.annual] }];

/** Parses the budget; `firstMonth` is the fiscal year's first calendar month (1–12). */
export function parseBudget(range: RangeData, firstMonth: number, problems: Problem[]): { rows: BudgetRow[]; ref: RangeRef } | undefined {
  const s = setupRange(range, 'Budget', [...Object.values(C), ...MONTH_COLUMNS], REQUIREMENTS, problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const { cols, rp } = s;
  const ctx: RowContext = { rp, header: s.header };
  const monthCols = MONTH_COLUMNS.map((m) => cols[m.key]); // by calendar month − 1
  const firstMonthCol = monthCols.find((c) => c >= 0) ?? -1;
  const rows: BudgetRow[] = [];
  const total = new RangeTotal(rp);
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    let bad = false;
    const account = readAccount(ctx, row, i, cols.account);
    if (account === undefined) bad = true;
    const costCentre = readCode(ctx, row, i, cols.costCentre);
    if (costCentre === undefined) bad = true;

    let months: number[] | undefined;
    let monthSum = 0;
    for (let m = 0; m < 12; m++) {
      const c = monthCols[m];
      if (c < 0 || isBlank(row[c])) continue;
      const a = readAmount(ctx, row, i, c, false);
      if (a === undefined || a === null) {
        bad = true;
        continue;
      }
      if (!total.add(a, i, c, row[c])) {
        bad = true;
        continue;
      }
      months ??= new Array<number>(12).fill(0);
      months[fiscalIndex(m + 1, firstMonth)] = a;
      monthSum += a;
    }
    let annual: number | undefined;
    const annualGiven = cols.annual >= 0 && !isBlank(row[cols.annual]);
    if (annualGiven) {
      const a = readAmount(ctx, row, i, cols.annual, true);
      if (a === undefined || a === null) bad = true;
      else annual = a;
    }
    if (bad) continue;
    if (months !== undefined) {
      if (annual !== undefined && annual !== monthSum) {
        rp.warning('budgetMonthsDiffer', i, cols.annual, row[cols.annual], {
          annual: oreToDecimal(annual),
          months: oreToDecimal(monthSum),
        });
      }
      annual = monthSum;
    } else if (annual === undefined) {
      reportEmpty(ctx, i, cols.annual >= 0 ? cols.annual : firstMonthCol);
      continue;
    } else if (!total.add(annual, i, cols.annual, row[cols.annual])) continue;
    const entry: BudgetRow = { account: account as number, annual, sourceRow: i };
    if (costCentre !== null) entry.costCentre = costCentre;
    if (months !== undefined) entry.months = months;
    rows.push(entry);
  }
  rp.finish();
  return { rows, ref: s.ref };
}
