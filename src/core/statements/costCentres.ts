/**
 * Follow-up per cost centre: actual and budget for the period, forecast for the full year,
 * full-year budget and the same period last year — the net cost of every result account
 * except the owners' contributions (shown once, below the cost centres, as in the seeds), in
 * presentation sign (positive = surplus). Plus each cost centre's own income statement.
 * An entered `Prognos` is the cost centre's full-year net cost, excluding contributions.
 */
import type { CostCentreRow, ForecastMethod, ForecastRow } from '../input/parsed';
import { Dec, fromOre, roundOre, ZERO } from '../money';
import { ccKeyParts, PREV, sumSlots } from '../post/balances';
import type { BudgetFigure } from '../post/budget';
import type { ReportContext } from './context';
import { buildIncomeStatement } from './incomeStatement';
import type { Statement } from './types';

export type ForecastBasis = 'entered' | ForecastMethod;

export interface CostCentreFollowUp {
  /** Normalised code; '' = rows without a cost centre. */
  code: string;
  name?: string;
  group?: string;
  /** True when the code is not in the Kostnadsstallen range. */
  unnamed: boolean;
  actual: Dec;
  budget: Dec | null;
  forecast: Dec;
  forecastBasis: ForecastBasis;
  /**
   * A computed forecast that was below the actual to date (less net cost than already
   * spent) and was raised to the actual. An entered forecast is never changed.
   */
  forecastFloored: boolean;
  budgetYear: Dec | null;
  prev: Dec;
  /** The user's comment on the forecast (`Prognos`, column `Kommentar`), from the data. */
  comment?: string;
  /** The cost centre's own income statement (lines with account detail). */
  statement: Statement;
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'sv', { numeric: true });
}

/** Builds the follow-up of every cost centre, in register order (groups kept together). */
export function buildCostCentres(
  ctx: ReportContext,
  ledgerCodes: string[],
  register: CostCentreRow[] | undefined,
  forecasts: ForecastRow[] | undefined,
): CostCentreFollowUp[] {
  // Each cost centre's accounts, from the posted (cost centre, account) balances.
  const perCode = new Map<string, Map<number, Float64Array>>();
  for (const [key, arr] of ctx.balances.byCostCentre) {
    const { costCentre, account } = ccKeyParts(key);
    const code = costCentre < 0 ? '' : ledgerCodes[costCentre];
    let m = perCode.get(code);
    if (!m) perCode.set(code, (m = new Map<number, Float64Array>()));
    const prev = m.get(account);
    if (prev) for (let i = 0; i < arr.length; i++) prev[i] += arr[i];
    else m.set(account, Float64Array.from(arr));
  }
  const forecastOf = new Map((forecasts ?? []).map((f) => [f.costCentre, f.annual]));
  const commentOf = new Map((forecasts ?? []).flatMap((f) => (f.comment === undefined ? [] : [[f.costCentre, f.comment] as const])));
  const registered = new Map((register ?? []).map((r, i) => [r.code, { row: r, index: i }]));
  const codes = new Set<string>([...perCode.keys(), ...(ctx.budgetByCostCentre?.keys() ?? []), ...forecastOf.keys(), ...registered.keys()]);
  const order = (code: string) => (code === '' ? Number.MAX_SAFE_INTEGER : (registered.get(code)?.index ?? Number.MAX_SAFE_INTEGER - 1));
  const sorted = [...codes].sort((a, b) => order(a) - order(b) || naturalCompare(a, b));
  // keep each group together, groups in order of first appearance
  const groupOrder = new Map<string, number>();
  for (const code of sorted) {
    const g = registered.get(code)?.row.group ?? '';
    if (!groupOrder.has(g)) groupOrder.set(g, groupOrder.size);
  }
  const groupRank = (code: string) => {
    const g = registered.get(code)?.row.group ?? '';
    return g === '' ? Number.MAX_SAFE_INTEGER : groupOrder.get(g)!;
  };
  sorted.sort((a, b) => groupRank(a) - groupRank(b) || order(a) - order(b) || naturalCompare(a, b));

  const ccs = sorted.map((code) => {
    const accounts = perCode.get(code) ?? new Map<number, Float64Array>();
    const budget = ctx.budgetByCostCentre?.get(code) ?? new Map<number, BudgetFigure>();
    const sub: ReportContext = {
      ...ctx,
      balances: { ...ctx.balances, byAccount: accounts },
      budget: ctx.budget ? budget : undefined,
    };
    // The follow-up by cost centre is the association's own, line by line, in either layout.
    const statement = buildIncomeStatement(sub, 'traditional');
    let actualOre = 0;
    let prevOre = 0;
    const isContribution = (account: number) => ctx.accounts.map(account)?.section === 'contributions';
    for (const [account, arr] of accounts) {
      if (isContribution(account)) continue;
      actualOre += sumSlots(arr, 0, ctx.period);
      prevOre += sumSlots(arr, PREV, PREV + ctx.period);
    }
    let budgetPeriodOre = 0;
    let budgetYearOre = 0;
    for (const [account, f] of budget) {
      if (isContribution(account)) continue;
      budgetPeriodOre += f.period;
      budgetYearOre += f.year;
    }
    const actual = fromOre(-actualOre);
    const budgetPeriod = ctx.budget ? fromOre(-budgetPeriodOre) : null;
    const budgetYear = ctx.budget ? fromOre(-budgetYearOre) : null;
    const entered = forecastOf.get(code);
    let forecast: Dec;
    let forecastBasis: ForecastBasis;
    if (entered !== undefined) {
      forecast = fromOre(-entered);
      forecastBasis = 'entered';
    } else {
      forecastBasis = ctx.settings.forecastMethod;
      if (forecastBasis === 'runRate') forecast = roundOre(actual.div(ctx.period).times(12));
      else if (forecastBasis === 'actualPlusBudget') forecast = actual.plus((budgetYear ?? ZERO).minus(budgetPeriod ?? ZERO));
      else forecast = budgetYear ?? ZERO;
    }
    // Presentation sign: a net cost is negative, so "less cost than already spent" is a
    // forecast above a negative actual. Only a net cost to date floors the forecast: a cost
    // centre in surplus may still gain income (decisions.md).
    const forecastFloored = forecastBasis !== 'entered' && actual.lessThan(0) && forecast.greaterThan(actual);
    if (forecastFloored) forecast = actual;
    const reg = registered.get(code)?.row;
    const comment = commentOf.get(code);
    return {
      ...(comment === undefined ? {} : { comment }),
      code,
      name: reg?.name,
      group: reg?.group,
      unnamed: code !== '' && !reg,
      actual,
      budget: budgetPeriod,
      forecast,
      forecastBasis,
      forecastFloored,
      budgetYear,
      prev: fromOre(-prevOre),
      statement,
    };
  });
  // A cost centre outside the register with nothing but contributions has no row of its own.
  return ccs.filter(
    (cc) => !cc.unnamed || cc.forecastBasis === 'entered' || [cc.actual, cc.budget, cc.budgetYear, cc.prev].some((v) => v !== null && !v.isZero()),
  );
}
