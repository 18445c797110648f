/**
 * The budget for the period: the sum of the period's months when months are given, else
 * the annual amount periodised linearly (`money.cumulativeLinear`), per budget row.
 */
import type { BudgetRow } from '../input/parsed';
import { cumulativeLinear } from '../money';

export interface BudgetFigure {
  /** Budget for fiscal months 1..period, öre, debit positive. */
  period: number;
  /** Full-year budget, öre, debit positive. */
  year: number;
}

/** Budget of one row for months 1..period. */
export function periodBudget(row: BudgetRow, period: number): number {
  if (row.months) {
    let s = 0;
    for (let i = 0; i < period; i++) s += row.months[i] ?? 0;
    return s;
  }
  return cumulativeLinear(row.annual, period);
}

/** Budget per cost-centre code ('' = none) and account. */
export function budgetByCostCentre(rows: BudgetRow[], period: number): Map<string, Map<number, BudgetFigure>> {
  const out = new Map<string, Map<number, BudgetFigure>>();
  for (const row of rows) {
    const code = row.costCentre ?? '';
    let accounts = out.get(code);
    if (!accounts) out.set(code, (accounts = new Map()));
    const f = accounts.get(row.account) ?? { period: 0, year: 0 };
    f.period += periodBudget(row, period);
    f.year += row.annual;
    accounts.set(row.account, f);
  }
  return out;
}

/** Budget per account over all cost centres. */
export function budgetByAccount(byCc: Map<string, Map<number, BudgetFigure>>): Map<number, BudgetFigure> {
  const out = new Map<number, BudgetFigure>();
  for (const accounts of byCc.values()) {
    for (const [account, f] of accounts) {
      const t = out.get(account) ?? { period: 0, year: 0 };
      t.period += f.period;
      t.year += f.year;
      out.set(account, t);
    }
  }
  return out;
}
