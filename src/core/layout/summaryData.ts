/**
 * The figures of the economic summary and of the contributions row under the cost centres,
 * derived from the income statement, the cost centres' forecasts and equity.
 */
import type { ContributionFigures } from './costCentreSheets';
import type { SummaryData, SummaryFigures } from './summarySheet';
import { t } from './texts';
import { Dec, roundOre, ZERO } from '../money';
import type { ReportContext } from '../statements/context';
import type { CostCentreFollowUp } from '../statements/costCentres';
import { rowOf } from '../statements/engine';
import type { Statement } from '../statements/types';

/** Sum of a section's lines in one column of the income statement. */
function sectionSum(income: Statement, section: string, column: string): Dec | null {
  const rows = income.rows.filter((r) => r.kind === 'line' && r.section === section);
  if (rows.every((r) => r.values[column] === null)) return null;
  return rows.reduce((a, r) => a.plus(r.values[column] ?? ZERO), ZERO);
}

/** The owners' contributions in every follow-up column; forecast = full-year budget, else run rate. */
export function contributionFigures(ctx: ReportContext, income: Statement): ContributionFigures {
  const contrib = (col: string) => sectionSum(income, 'contributions', col);
  const actual = contrib('actual') ?? ZERO;
  return {
    label: t('ccContributions', ctx.lang),
    actual,
    budget: contrib('budget'),
    forecast: contrib('budgetYear') ?? roundOre(actual.div(ctx.period).times(12)),
    budgetYear: contrib('budgetYear'),
    prev: contrib('prev') ?? ZERO,
  };
}

export function summaryData(
  ctx: ReportContext,
  income: Statement,
  openingEquity: Dec,
  closingEquity: Dec,
  ccs: CostCentreFollowUp[],
  c: ContributionFigures,
): SummaryData {
  const res3 = rowOf(income, 'RES3').values;
  const contrib = (col: string) => sectionSum(income, 'contributions', col);
  const contribActual = c.actual;
  const contribForecast = c.forecast;
  const forecastResult = ccs.reduce((a, cc) => a.plus(cc.forecast), ZERO).plus(contribForecast);
  const minus = (a: Dec | null, b: Dec | null) => (a === null || b === null ? null : a.minus(b));
  const result: SummaryFigures = {
    actual: res3.actual ?? ZERO,
    budget: res3.budget,
    forecast: forecastResult,
    budgetYear: res3.budgetYear,
    prevYear: ctx.hasPrevYear ? res3.prevYear : null,
  };
  const contributions: SummaryFigures = {
    actual: contribActual,
    budget: contrib('budget'),
    forecast: contribForecast,
    budgetYear: contrib('budgetYear'),
    prevYear: ctx.hasPrevYear ? contrib('prevYear') : null,
  };
  const netCost: SummaryFigures = {
    actual: result.actual.minus(contributions.actual),
    budget: minus(result.budget, contributions.budget),
    forecast: result.forecast.minus(contributions.forecast),
    budgetYear: minus(result.budgetYear, contributions.budgetYear),
    prevYear: minus(result.prevYear, contributions.prevYear),
  };
  const plus = (v: Dec | null) => (v === null ? null : openingEquity.plus(v));
  const equity: SummaryFigures = {
    actual: closingEquity,
    budget: plus(result.budget),
    forecast: openingEquity.plus(result.forecast),
    budgetYear: plus(result.budgetYear),
    prevYear: ctx.opening ? openingEquity : null,
  };
  return { netCost, contributions, result, equity };
}
