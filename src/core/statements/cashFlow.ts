/**
 * The cash-flow statement by the indirect method, derived from the income statement and the
 * balance sheet so that it reconciles with them by construction. Two layouts of the same
 * figures: the seeds' *Finansieringsanalys* (one column, the period) and the LKBR/RKR R13
 * *Kassaflödesanalys* (the period and the same period last year).
 */
import { ASSET_SECTIONS } from '../chart/sections';
import type { SectionKey } from '../input/parsed';
import { t, type TextKey } from '../layout/texts';
import { Dec, fromOre, ZERO } from '../money';
import { PREV, sumSlots } from '../post/balances';
import type { ReportContext } from './context';
import { rowOf } from './engine';
import { resultLabel } from './incomeStatement';
import type { Statement, StatementRow, Values } from './types';

/** The figures of one column of the cash-flow statement, presentation signs (cash in +). */
interface CashFigures {
  result: Dec;
  depreciation: Dec;
  provisions: Dec;
  receivables: Dec;
  investments: Dec;
  currentLiabilities: Dec;
  fixedAssets: Dec;
  longTermLiabilities: Dec;
  otherEquity: Dec;
  cashOpening: Dec;
}

/** Sum of a balance-sheet section's change (closing − opening), presentation sign. */
function sectionChange(balance: Statement, section: string): Dec {
  return balance.rows
    .filter((r) => r.kind === 'line' && r.section === section)
    .reduce((a, r) => a.plus((r.values.closing ?? ZERO).minus(r.values.opening ?? ZERO)), ZERO);
}

function sectionOpening(balance: Statement, section: string): Dec {
  return balance.rows.filter((r) => r.kind === 'line' && r.section === section).reduce((a, r) => a.plus(r.values.opening ?? ZERO), ZERO);
}

/** Whether the balance sheet has a line of `section`. */
function hasSection(balance: Statement, section: SectionKey): boolean {
  return balance.rows.some((r) => r.section === section);
}

/** Depreciation in an income column as a positive add-back (from accounts mapped to depreciation). */
function depreciation(ctx: ReportContext, income: Statement, column: string): Dec {
  let d = ZERO;
  for (const row of income.rows) {
    for (const a of row.accounts ?? []) {
      if (ctx.accounts.map(a.account)?.depreciation) d = d.minus(a.values[column] ?? ZERO);
    }
  }
  return d;
}

/** The period's column: from the balance sheet's opening and closing balances. */
function periodFigures(ctx: ReportContext, income: Statement, balance: Statement): CashFigures {
  const res3 = rowOf(income, 'RES3').values.actual ?? ZERO;
  const dep = depreciation(ctx, income, 'actual');
  const equity = rowOf(balance, 'equityTotal');
  return {
    result: res3,
    depreciation: dep,
    provisions: sectionChange(balance, 'provisions'),
    receivables: sectionChange(balance, 'receivables').negated(),
    investments: sectionChange(balance, 'investments').negated(),
    currentLiabilities: sectionChange(balance, 'currentLiabilities'),
    fixedAssets: sectionChange(balance, 'fixedAssets').plus(dep).negated(),
    longTermLiabilities: sectionChange(balance, 'longTermLiabilities'),
    otherEquity: (equity.values.closing ?? ZERO).minus(equity.values.opening ?? ZERO).minus(res3),
    cashOpening: sectionOpening(balance, 'cash'),
  };
}

/**
 * The same months of the year before, from last year's postings; undefined when last year's
 * opening cash cannot be known (no opening balance, or no postings of the year before).
 */
function prevFigures(ctx: ReportContext, income: Statement): CashFigures | undefined {
  if (!ctx.opening || !ctx.hasPrevYear) return undefined;
  const accounts = [...new Set([...ctx.balances.byAccount.keys(), ...ctx.opening.keys()])].filter((a) => a < 3000);
  const sectionOf = (a: number) => ctx.accounts.map(a)?.section;
  /** Movements of a section's accounts in months 1..period of last year, presentation sign. */
  const change = (section: SectionKey) =>
    accounts
      .filter((a) => sectionOf(a) === section)
      .reduce((s, a) => s.plus(fromOre((ASSET_SECTIONS.has(section) ? 1 : -1) * sumSlots(ctx.balances.byAccount.get(a), PREV, PREV + ctx.period))), ZERO);
  // Last year's opening cash: this year's opening less all of last year's movements.
  const cashOpening = accounts
    .filter((a) => sectionOf(a) === 'cash')
    .reduce((s, a) => s.plus(fromOre((ctx.opening!.get(a) ?? 0) - sumSlots(ctx.balances.byAccount.get(a), PREV, PREV + 12))), ZERO);
  const dep = depreciation(ctx, income, 'prev');
  return {
    result: rowOf(income, 'RES3').values.prev ?? ZERO,
    depreciation: dep,
    provisions: change('provisions'),
    receivables: change('receivables').negated(),
    investments: change('investments').negated(),
    currentLiabilities: change('currentLiabilities'),
    fixedAssets: change('fixedAssets').plus(dep).negated(),
    longTermLiabilities: change('longTermLiabilities'),
    // The year's result is not on an account until it is closed: every equity movement is "other".
    otherEquity: change('equity').plus(change('result')),
    cashOpening,
  };
}

/** Rows over one or more columns of figures; sums add their parts column by column. */
class CashRows {
  readonly rows: StatementRow[] = [];
  constructor(private readonly columns: [string, CashFigures | undefined][]) {}
  heading(key: string, label: string): void {
    this.rows.push({ key, label, kind: 'heading', role: 'section', values: Object.fromEntries(this.columns.map(([c]) => [c, null])) });
  }
  /** A line; `optional` lines are left out when zero in every column. */
  line(key: string, label: string, of: (f: CashFigures) => Dec, optional = false): boolean {
    const values: Values = Object.fromEntries(this.columns.map(([c, f]) => [c, f ? of(f) : null]));
    if (optional && Object.values(values).every((v) => v === null || v.isZero())) return false;
    this.rows.push({ key, label, kind: 'line', role: 'line', values, indent: 1 });
    return true;
  }
  sum(key: string, label: string, of: string[], role: 'total' | 'grandTotal' = 'total'): void {
    const parts = of.map((k) => this.rows.find((r) => r.key === k)!);
    const values: Values = Object.fromEntries(this.columns.map(([c, f]) => [c, f ? parts.reduce((a, r) => a.plus(r.values[c] ?? ZERO), ZERO) : null]));
    this.rows.push({ key, label, kind: 'sum', role, values, of });
  }
}

/** *Vid periodens/årets början/slut*: the whole fiscal year is *året*. */
const yearly = (ctx: ReportContext, period: TextKey, year: TextKey): TextKey => (ctx.period === 12 ? year : period);

/** The seeds' *Finansieringsanalys*: one column, the period. */
export function buildCashFlow(ctx: ReportContext, income: Statement, balance: Statement): Statement {
  if (ctx.settings.layout === 'lkbr') return buildLkbrCashFlow(ctx, income, balance);
  const f = periodFigures(ctx, income, balance);
  const r = new CashRows([['amount', f]]);
  const T = (k: TextKey) => t(k, ctx.lang);
  r.heading('operatingHeading', T('cfOperating'));
  r.line('result', resultLabel(ctx), (x) => x.result);
  r.line('adjustments', T('cfAdjustments'), (x) => x.depreciation.plus(x.provisions));
  r.sum('operatingTotal', T('cfFundsBeforeWc'), ['result', 'adjustments']);
  r.heading('workingCapitalHeading', T('cfWorkingCapital'));
  r.line('receivables', T('cfReceivables'), (x) => x.receivables);
  const wc = ['receivables'];
  // Short-term investments: when the balance sheet has them, or when they moved.
  if (r.line('investments', T('cfInvestmentsShort'), (x) => x.investments, !hasSection(balance, 'investments'))) wc.push('investments');
  r.line('currentLiabilities', T('cfCurrentLiabilities'), (x) => x.currentLiabilities);
  wc.push('currentLiabilities');
  r.sum('workingCapitalTotal', T('cfWorkingCapitalTotal'), wc);
  r.heading('investingHeading', T('cfInvesting'));
  r.line('fixedAssets', T('cfFixedAssets'), (x) => x.fixedAssets);
  r.sum('investingTotal', T('cfInvestingTotal'), ['fixedAssets']);
  r.heading('financingHeading', T('cfFinancing'));
  r.line('longTermLiabilities', T('cfLongTermLiabilities'), (x) => x.longTermLiabilities);
  const fin = ['longTermLiabilities'];
  if (r.line('otherEquity', T('cfOtherEquity'), (x) => x.otherEquity, true)) fin.push('otherEquity');
  r.sum('financingTotal', T('cfFinancingTotal'), fin);
  r.sum('cashChange', T('cfCashChange'), ['operatingTotal', 'workingCapitalTotal', 'investingTotal', 'financingTotal'], 'grandTotal');
  r.line('cashOpening', T(yearly(ctx, 'cfCashOpening', 'cfCashOpeningYear')), (x) => x.cashOpening);
  r.sum('cashClosing', T(yearly(ctx, 'cfCashClosing', 'cfCashClosingYear')), ['cashChange', 'cashOpening']);
  return { key: 'cashflow', rows: r.rows };
}

/**
 * The LKBR *Kassaflödesanalys* (RKR R13): the working-capital changes inside the operating
 * activities; the period (`amount`) and the same months last year (`prev`, null when last
 * year's opening cash is unknown).
 */
export function buildLkbrCashFlow(ctx: ReportContext, income: Statement, balance: Statement): Statement {
  const f = periodFigures(ctx, income, balance);
  const r = new CashRows([
    ['amount', f],
    ['prev', prevFigures(ctx, income)],
  ]);
  const T = (k: TextKey) => t(k, ctx.lang);
  r.heading('operatingHeading', T('lkcfOperating'));
  r.line('result', resultLabel(ctx), (x) => x.result);
  r.line('depreciation', T('lkcfDepreciation'), (x) => x.depreciation);
  const before = ['result', 'depreciation'];
  if (r.line('provisions', T('lkcfProvisions'), (x) => x.provisions, true)) before.push('provisions');
  r.sum('fundsBeforeWc', T('cfFundsBeforeWc'), before);
  const operating = ['fundsBeforeWc'];
  r.line('receivables', T('lkcfReceivables'), (x) => x.receivables);
  operating.push('receivables');
  // In either column: last year's investments may have moved although none are left.
  if (r.line('investments', T('lkcfInvestmentsShort'), (x) => x.investments, !hasSection(balance, 'investments'))) operating.push('investments');
  r.line('currentLiabilities', T('lkcfCurrentLiabilities'), (x) => x.currentLiabilities);
  operating.push('currentLiabilities');
  r.sum('operatingTotal', T('lkcfOperatingTotal'), operating);
  r.heading('investingHeading', T('lkcfInvesting'));
  r.line('fixedAssets', T('lkcfFixedAssets'), (x) => x.fixedAssets);
  r.sum('investingTotal', T('lkcfInvestingTotal'), ['fixedAssets']);
  r.heading('financingHeading', T('lkcfFinancing'));
  r.line('longTermLiabilities', T('lkcfLongTermLiabilities'), (x) => x.longTermLiabilities);
  const fin = ['longTermLiabilities'];
  if (r.line('otherEquity', T('cfOtherEquity'), (x) => x.otherEquity, true)) fin.push('otherEquity');
  r.sum('financingTotal', T('lkcfFinancingTotal'), fin);
  r.sum('cashChange', T(yearly(ctx, 'lkcfCashChange', 'lkcfCashChangeYear')), ['operatingTotal', 'investingTotal', 'financingTotal'], 'grandTotal');
  r.line('cashOpening', T(yearly(ctx, 'cfCashOpening', 'cfCashOpeningYear')), (x) => x.cashOpening);
  r.sum('cashClosing', T(yearly(ctx, 'cfCashClosing', 'cfCashClosingYear')), ['cashChange', 'cashOpening']);
  return { key: 'cashflow', rows: r.rows };
}
