/**
 * A percentage against a budget only where it means something (issue 15). A variance of a
 * few kronor against a budget of a few kronor — a result budgeted at zero, a cost centre with
 * a token budget — gives percentages in the thousands that say nothing. So a percentage is
 * shown only against a budget of at least the report's threshold: **1 % of the period's cost
 * budget (Summa verksamhetens kostnader), and at least 1 000 kr**, in whole kronor. Below it
 * the cell is empty (the sheet says why); the sheet's formula applies the same rule, so it
 * holds when someone edits the figures, and the over-budget highlight (which looks for a
 * number) follows it.
 *
 * Utilisation of participants compares with the expected number for the period: below one
 * expected participant it is empty too.
 */
import { Dec, roundKr, ZERO } from '../money';

/** A budget under this many kronor never gets a percentage. */
export const PERCENT_MIN_KR = 1000;
/** Nor does a budget under this share of the period's cost budget. */
export const PERCENT_MIN_SHARE = '0.01';
/** Utilisation is shown only when at least this many participants are expected in the period. */
export const UTILISATION_MIN_EXPECTED = 1;

/** The smallest budget magnitude (whole kronor) a percentage is shown against. */
export function percentThreshold(periodCostBudget: Dec | null): Dec {
  const share = roundKr((periodCostBudget ?? ZERO).abs().times(PERCENT_MIN_SHARE));
  return Dec.max(new Dec(PERCENT_MIN_KR), share);
}

/** Whether a budget is big enough to carry a percentage. */
export function carriesPercent(budget: Dec | null, threshold: Dec): budget is Dec {
  return budget !== null && budget.abs().greaterThanOrEqualTo(threshold);
}

/** The live formula: empty when the budget in `budgetRef` is under the threshold, else `expr`. */
export function percentFormula(budgetRef: string, expr: string, threshold: Dec): string {
  return `IF(ABS(${budgetRef})<${threshold.toFixed()},"",${expr})`;
}
