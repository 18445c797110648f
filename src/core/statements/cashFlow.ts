/**
 * Finansieringsanalys by the indirect method, derived from the income statement and the
 * balance sheet so that it reconciles with them by construction. One column: the period.
 */
import { t } from '../layout/texts';
import { Dec, ZERO } from '../money';
import type { ReportContext } from './context';
import { rowOf } from './engine';
import type { Statement, StatementRow } from './types';

/** Sum of a balance-sheet section's change (closing − opening), presentation sign. */
function sectionChange(balance: Statement, section: string): Dec {
  return balance.rows
    .filter((r) => r.kind === 'line' && r.section === section)
    .reduce((a, r) => a.plus((r.values.closing ?? ZERO).minus(r.values.opening ?? ZERO)), ZERO);
}

function sectionOpening(balance: Statement, section: string): Dec {
  return balance.rows.filter((r) => r.kind === 'line' && r.section === section).reduce((a, r) => a.plus(r.values.opening ?? ZERO), ZERO);
}

/** Depreciation of the period as a positive add-back (from accounts mapped to depreciation). */
function depreciation(ctx: ReportContext, income: Statement): Dec {
  let d = ZERO;
  for (const row of income.rows) {
    for (const a of row.accounts ?? []) {
      if (ctx.accounts.map(a.account)?.depreciation) d = d.minus(a.values.actual ?? ZERO);
    }
  }
  return d;
}

export function buildCashFlow(ctx: ReportContext, income: Statement, balance: Statement): Statement {
  const L = ctx.lang;
  const res3 = rowOf(income, 'RES3').values.actual ?? ZERO;
  const dep = depreciation(ctx, income);
  const provisions = sectionChange(balance, 'provisions');
  const equityChange = (rowOf(balance, 'equityTotal').values.closing ?? ZERO).minus(rowOf(balance, 'equityTotal').values.opening ?? ZERO);
  const otherEquity = equityChange.minus(res3);
  const rows: StatementRow[] = [];
  const heading = (key: string, label: string) => rows.push({ key, label, kind: 'heading', role: 'section', values: { amount: null } });
  const line = (key: string, label: string, v: Dec) => rows.push({ key, label, kind: 'line', role: 'line', values: { amount: v }, indent: 1 });
  const sum = (key: string, label: string, of: string[], role: 'total' | 'grandTotal' = 'total') => {
    const v = of.reduce((a, k) => a.plus(rows.find((r) => r.key === k)!.values.amount ?? ZERO), ZERO);
    rows.push({ key, label, kind: 'sum', role, values: { amount: v }, of });
  };
  heading('operatingHeading', t('cfOperating', L));
  line('result', t('cfResult', L), res3);
  line('adjustments', t('cfAdjustments', L), dep.plus(provisions));
  sum('operatingTotal', t('cfOperatingTotal', L), ['result', 'adjustments']);
  heading('workingCapitalHeading', t('cfWorkingCapital', L));
  line('receivables', t('cfReceivables', L), sectionChange(balance, 'receivables').negated());
  const wc = ['receivables'];
  const investments = sectionChange(balance, 'investments');
  if (!investments.isZero() || balance.rows.some((r) => r.section === 'investments')) {
    line('investments', t('cfInvestmentsShort', L), investments.negated());
    wc.push('investments');
  }
  line('currentLiabilities', t('cfCurrentLiabilities', L), sectionChange(balance, 'currentLiabilities'));
  wc.push('currentLiabilities');
  sum('workingCapitalTotal', t('cfWorkingCapitalTotal', L), wc);
  heading('investingHeading', t('cfInvesting', L));
  line('fixedAssets', t('cfFixedAssets', L), sectionChange(balance, 'fixedAssets').plus(dep).negated());
  sum('investingTotal', t('cfInvestingTotal', L), ['fixedAssets']);
  heading('financingHeading', t('cfFinancing', L));
  line('longTermLiabilities', t('cfLongTermLiabilities', L), sectionChange(balance, 'longTermLiabilities'));
  const fin = ['longTermLiabilities'];
  if (!otherEquity.isZero()) {
    line('otherEquity', t('cfOtherEquity', L), otherEquity);
    fin.push('otherEquity');
  }
  sum('financingTotal', t('cfFinancingTotal', L), fin);
  sum('cashChange', t('cfCashChange', L), ['operatingTotal', 'workingCapitalTotal', 'investingTotal', 'financingTotal'], 'grandTotal');
  line('cashOpening', t('cfCashOpening', L), sectionOpening(balance, 'cash'));
  sum('cashClosing', t('cfCashClosing', L), ['cashChange', 'cashOpening'], 'total');
  return { key: 'cashflow', rows };
}
