/**
 * Contributions ahead of or behind the financing plan: the income statement's contributions
 * for the period against the plan for the same months (Finansieringsplan). Beyond the
 * variance threshold (a share of the plan) it is a warning that names each member's
 * difference and suggests the periodisation: booked ahead → förutbetald intäkt (29xx),
 * booked behind → upplupen intäkt (17xx), for the difference.
 */
import type { Lang } from '../input/types';
import type { LayoutInfo } from '../layout/common';
import type { BookedContributions } from '../layout/financingSheet';
import type { PlacedStatement } from '../layout/statementSheet';
import { Dec, formatAmount, fromOre, ZERO } from '../money';
import type { FinancingPlan } from '../plans/financingPlan';
import type { Statement } from '../statements/types';
import { Checks, shortList, type CheckRow } from './checks';

export interface ContributionTimingInput {
  info: LayoutInfo;
  plan: FinancingPlan;
  booked?: BookedContributions;
  /** Row of Totalt on Finansieringsplan; its column J is the plan for the period (only with `booked`). */
  financingTotalRow: number;
  income: Statement;
  placedIncome?: PlacedStatement;
  /** Avvikelsegräns, a share (0.1 = 10 %). */
  threshold: Dec;
}

/** The check row; its figure is booked − plan and its status a live formula. */
export function contributionTiming(x: ContributionTimingInput): CheckRow {
  const L: Lang = x.info.lang;
  const c = new Checks(L);
  const lines = x.income.rows.filter((r) => r.kind === 'line' && r.section === 'contributions');
  const booked = lines.reduce((a, r) => a.plus(r.values.actual ?? ZERO), ZERO);
  const plan = fromOre(x.plan.members.reduce((a, m) => a + m.periodPlan, 0));
  const diff = booked.minus(plan);
  const fails = diff.abs().greaterThan(x.threshold.times(plan.abs()));
  const planCell = x.booked ? `{{financing}}!J${x.financingTotalRow}` : plan.toFixed();
  const pi = x.placedIncome;
  const bookedCells = pi && lines.length ? lines.map((r) => `{{income}}!${pi.colOf('actual')}${pi.rowOf(r.key)}`).join('+') : undefined;
  const figure = bookedCells ? { formula: `${bookedCells}-${planCell}`, value: diff } : { value: diff };
  const pct = `${formatAmount(x.threshold.times(100), L)} %`;
  const amounts = { booked: c.kr(booked), plan: c.kr(plan), diff: c.kr(diff), period: x.info.periodLabel, pct };
  let detail = c.text(fails ? 'contribTimingBad' : 'contribTimingOk', amounts);
  if (fails) {
    if (x.booked) {
      const byMember = x.booked.byMember;
      const perMember = x.plan.members.flatMap((m, i) => {
        const b = byMember[i];
        if (b === null || b === m.periodPlan) return [];
        const d = fromOre(b - m.periodPlan);
        return [`${m.member.name} ${d.greaterThan(0) ? '+' : ''}${c.kr(d)}`];
      });
      if (perMember.length) detail += '. ' + c.text('contribTimingMembers', { list: shortList(perMember, 12) });
    }
    detail += '. ' + c.text(diff.greaterThan(0) ? 'contribTimingPrepaid' : 'contribTimingAccrued', { amount: c.kr(diff.abs()) });
  }
  c.judge('contributionTiming', c.text('contribTiming'), detail, figure, `ABS({x})>${x.threshold.toFixed()}*ABS(${planCell})`, fails);
  return c.rows[0];
}
