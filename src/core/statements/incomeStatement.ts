/**
 * Resultaträkning in the municipal layout: a specification run by the statement engine.
 * Presentation signs: income +, costs − (the negated debit-positive ledger sign).
 */
import { sectionName } from '../chart/sections';
import type { SectionKey, StatementLayout } from '../input/parsed';
import { t } from '../layout/texts';
import { type Dec, fromOre, ZERO } from '../money';
import { PREV, sumSlots } from '../post/balances';
import type { ReportContext } from './context';
import { runSpec, type SectionLine } from './engine';
import { groupLines } from './lines';
import type { AccountPart, SpecItem, Statement, Values } from './types';

/** Columns: budget for the period, actual, same period last year, full-year budget, full prior year. */
export const INCOME_COLUMNS = ['budget', 'actual', 'prev', 'budgetYear', 'prevYear'] as const;

export const INCOME_SECTIONS: SectionKey[] = [
  'revenue',
  'expenses',
  'contributions',
  'financialIncome',
  'financialExpenses',
  'extraordinaryIncome',
  'extraordinaryExpenses',
];

/** Whether an account with this section is on the income statement (a line of one of its sections). */
export function isIncomeAccount(account: number, section: SectionKey): boolean {
  return account >= 3000 && INCOME_SECTIONS.includes(section);
}

/** Presentation value of one account in every income column (negated debit sign). */
export function incomeAccountValues(ctx: ReportContext, arr: Float64Array | undefined, budget: { period: number; year: number } | undefined): Values {
  const neg = (ore: number) => fromOre(-ore);
  return {
    budget: ctx.budget ? neg(budget?.period ?? 0) : null,
    actual: neg(sumSlots(arr, 0, ctx.period)),
    prev: neg(sumSlots(arr, PREV, PREV + ctx.period)),
    budgetYear: ctx.budget ? neg(budget?.year ?? 0) : null,
    prevYear: neg(sumSlots(arr, PREV, PREV + 12)),
  };
}

/** The lines of each income section: chart lines in order, with their accounts. */
export function incomeLines(ctx: ReportContext): (section: SectionKey) => SectionLine[] {
  const accounts = [...ctx.balances.byAccount.keys(), ...(ctx.budget?.keys() ?? [])].filter((a) => a >= 3000);
  return groupLines(ctx, accounts, new Set(INCOME_SECTIONS), (account) =>
    incomeAccountValues(ctx, ctx.balances.byAccount.get(account), ctx.budget?.get(account)),
  );
}

/** The result line: *Årets resultat* when the period is the whole fiscal year, else *Periodens resultat*. */
export function resultLabel(ctx: { lang: ReportContext['lang']; period: number }): string {
  return t(ctx.period === 12 ? 'isRes3Year' : 'isRes3', ctx.lang);
}

/** The seeds' layout: sections line by line, with their totals. */
export function incomeSpec(ctx: ReportContext): SpecItem[] {
  const L = ctx.lang;
  return [
    { kind: 'heading', heading: t('isRevenue', L), key: 'revenueHeading' },
    { kind: 'section', section: 'revenue' },
    { kind: 'sum', sum: 'revenueTotal', label: t('isRevenueTotal', L), of: ['section:revenue'], role: 'total' },
    { kind: 'heading', heading: t('isExpenses', L), key: 'expensesHeading' },
    { kind: 'section', section: 'expenses' },
    { kind: 'sum', sum: 'expensesTotal', label: t('isExpensesTotal', L), of: ['section:expenses'], role: 'total' },
    { kind: 'sum', sum: 'RES1', label: t('isRes1', L), of: ['revenueTotal', 'expensesTotal'], role: 'grandTotal' },
    { kind: 'section', section: 'contributions' },
    { kind: 'section', section: 'financialIncome' },
    { kind: 'section', section: 'financialExpenses' },
    {
      kind: 'sum',
      sum: 'financialTotal',
      label: t('isFinancialTotal', L),
      of: ['section:contributions', 'section:financialIncome', 'section:financialExpenses'],
      role: 'total',
    },
    { kind: 'sum', sum: 'RES2', label: t('isRes2', L), of: ['RES1', 'financialTotal'], role: 'grandTotal' },
    { kind: 'section', section: 'extraordinaryIncome' },
    { kind: 'section', section: 'extraordinaryExpenses' },
    { kind: 'sum', sum: 'RES3', label: resultLabel(ctx), of: ['RES2', 'section:extraordinaryIncome', 'section:extraordinaryExpenses'], role: 'grandTotal' },
  ];
}

/**
 * The LKBR layout (LKBR 4 kap., RKR R11): one line per item, each specified in a note by
 * account. Depreciation is its own line; the owners' contributions come after the net cost.
 * RES1–RES3 carry the same figures as in the traditional layout.
 */
export function lkbrIncomeSpec(ctx: ReportContext): SpecItem[] {
  const L = ctx.lang;
  return [
    { kind: 'merge', key: 'revenue', label: t('lkRevenue', L), sections: ['revenue'] },
    { kind: 'merge', key: 'expenses', label: t('lkExpenses', L), sections: ['expenses'], part: 'operating' },
    { kind: 'merge', key: 'depreciation', label: t('lkDepreciation', L), sections: ['expenses'], part: 'depreciation' },
    { kind: 'sum', sum: 'RES1', label: t('lkNetCost', L), of: ['revenue', 'expenses', 'depreciation'], role: 'total' },
    { kind: 'merge', key: 'contributions', label: t('lkContributions', L), sections: ['contributions'] },
    { kind: 'sum', sum: 'operatingResult', label: t('lkOperatingResult', L), of: ['RES1', 'contributions'], role: 'total' },
    { kind: 'merge', key: 'financialIncome', label: t('lkFinancialIncome', L), sections: ['financialIncome'] },
    { kind: 'merge', key: 'financialExpenses', label: t('lkFinancialExpenses', L), sections: ['financialExpenses'] },
    { kind: 'sum', sum: 'RES2', label: t('lkRes2', L), of: ['operatingResult', 'financialIncome', 'financialExpenses'], role: 'total' },
    {
      kind: 'merge',
      key: 'extraordinary',
      label: t('lkExtraordinary', L),
      sections: ['extraordinaryIncome', 'extraordinaryExpenses'],
      whenNonZero: true,
    },
    { kind: 'sum', sum: 'RES3', label: resultLabel(ctx), of: ['RES2', 'extraordinary'], role: 'grandTotal' },
  ];
}

/** Builds the income statement in `layout` (the setting Uppställning unless given). */
export function buildIncomeStatement(ctx: ReportContext, layout: StatementLayout = ctx.settings.layout ?? 'traditional'): Statement {
  const empty = new Set<string>([...(ctx.budget ? [] : ['budget', 'budgetYear']), ...(ctx.hasPrevYear ? [] : ['prev', 'prevYear'])]);
  const spec = layout === 'lkbr' ? lkbrIncomeSpec(ctx) : incomeSpec(ctx);
  const partOf = (account: number): AccountPart => (ctx.accounts.map(account)?.depreciation ? 'depreciation' : 'operating');
  return runSpec('income', spec, INCOME_COLUMNS, incomeLines(ctx), (s) => sectionName(s, ctx.lang), empty, partOf);
}

/** The period budget of every operating cost (depreciation included), for the percent rule; null without a budget. */
export function expensesBudget(income: Statement): Dec | null {
  const rows = income.rows.filter((r) => r.kind === 'line' && r.section === 'expenses');
  if (rows.every((r) => r.values.budget === null)) return null;
  return rows.reduce((a, r) => a.plus(r.values.budget ?? ZERO), ZERO);
}
