/**
 * The result month by month (every income-statement account, presentation sign: positive =
 * surplus) for the fiscal year, actual through the report period and budget for all twelve
 * months — the data behind the cumulative result-against-budget chart. The cumulative budget
 * through month k is the income statement's budgeted result for a report through month k
 * (`post/budget.cumulativeResultBudget`: the annual amounts periodised once), so it ends
 * exactly at the annual budget and a zero-result plan stays at zero.
 */
import type { BudgetRow, SectionKey } from '../input/parsed';
import { cumulativeResultBudget } from '../post/budget';
import { calendarOf } from '../post/fiscal';
import type { ReportContext } from '../statements/context';
import { INCOME_SECTIONS, isIncomeAccount } from '../statements/incomeStatement';

/** The income statement's sections: the result is their sum. */
const RESULT_SECTIONS: ReadonlySet<SectionKey> = new Set<SectionKey>(INCOME_SECTIONS);

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
    return section !== undefined && RESULT_SECTIONS.has(section) && isIncomeAccount(account, section);
  };
  const actual: (number | null)[] = [];
  for (let m = 0; m < 12; m++) actual.push(m < ctx.period ? 0 : null);
  for (const [account, slots] of ctx.balances.byAccount) {
    if (!isResult(account)) continue;
    for (let m = 0; m < ctx.period; m++) actual[m] = (actual[m] as number) - slots[m];
  }
  const out: MonthlyResult = { months, actual: actual.map((v) => (v === null ? null : v + 0)) };
  if (budgetRows) {
    const cumulative = cumulativeResultBudget(budgetRows, isResult);
    out.budget = cumulative.map((v, m) => -(v - (m > 0 ? cumulative[m - 1] : 0)) + 0);
  }
  return out;
}
