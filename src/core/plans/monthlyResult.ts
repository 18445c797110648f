/**
 * The result month by month (every income-statement account, presentation sign: positive =
 * surplus) for the fiscal year, actual through the report period and budget for all twelve
 * months — the data behind the cumulative result-against-budget chart. A budget row without
 * months is spread linearly (`money.cumulativeLinear`), so the cumulative budget ends exactly
 * at the annual budget.
 */
import type { BudgetRow, SectionKey } from '../input/parsed';
import { cumulativeLinear } from '../money';
import { calendarOf } from '../post/fiscal';
import type { ReportContext } from '../statements/context';

const RESULT_SECTIONS: ReadonlySet<SectionKey> = new Set<SectionKey>([
  'revenue', 'expenses', 'contributions', 'financialIncome', 'financialExpenses', 'extraordinaryIncome', 'extraordinaryExpenses',
]);

export interface MonthlyResult {
  /** Calendar year and month of fiscal months 1–12. */
  months: { year: number; month: number }[];
  /** Actual result per fiscal month, öre, presentation sign; null after the report period. */
  actual: (number | null)[];
  /** Budgeted result per fiscal month, öre, presentation sign; undefined without a budget. */
  budget?: number[];
}

/** The month-by-month result of the report year (see the module comment). */
export function monthlyResult(ctx: ReportContext, budgetRows: readonly BudgetRow[] | undefined): MonthlyResult {
  const months = Array.from({ length: 12 }, (_, m) => calendarOf(ctx.year, m + 1, ctx.firstMonth));
  const isResult = (account: number) => {
    const section = ctx.accounts.map(account)?.section;
    return section !== undefined && RESULT_SECTIONS.has(section);
  };
  const actual: (number | null)[] = [];
  for (let m = 0; m < 12; m++) actual.push(m < ctx.period ? 0 : null);
  for (const [account, slots] of ctx.balances.byAccount) {
    if (!isResult(account)) continue;
    for (let m = 0; m < ctx.period; m++) actual[m] = (actual[m] as number) - slots[m];
  }
  const out: MonthlyResult = { months, actual: actual.map((v) => (v === null ? null : v + 0)) };
  if (budgetRows) {
    const budget = new Array<number>(12).fill(0);
    for (const row of budgetRows) {
      if (!isResult(row.account)) continue;
      for (let m = 0; m < 12; m++) {
        budget[m] -= row.months ? row.months[m] ?? 0 : cumulativeLinear(row.annual, m + 1) - cumulativeLinear(row.annual, m);
      }
    }
    out.budget = budget.map((v) => v + 0);
  }
  return out;
}
