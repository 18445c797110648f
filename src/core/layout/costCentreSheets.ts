/** "Uppföljning KST" (all cost centres, grouped, in tkr) and one detail sheet per cost centre. */
import { Dec, formatAmount, ZERO } from '../money';
import type { CellValue, ChartSpec, ConditionalRule, SheetModel } from '../model/types';
import type { MonthlyResult } from '../plans/monthlyResult';
import type { CostCentreFollowUp, ForecastBasis } from '../statements/costCentres';
import { CHART_HEIGHT_ROWS, costCentreChart, monthlyResultChart, type CostCentreChartRow } from './charts';
import type { LayoutInfo } from './common';
import { empty, formula, num, SheetBuilder, sumFormula, text } from './sheetBuilder';
import { incomeColumns } from './statementSheets';
import { carriesPercent, percentFormula } from './percentRule';
import { placeStatement } from './statementSheet';
import { t as mt } from './managementTexts';
import { t, type TextKey } from './texts';

const BASIS_TEXT: Record<ForecastBasis, TextKey> = {
  entered: 'ccForecastEntered',
  budget: 'ccForecastBudget',
  actualPlusBudget: 'ccForecastActualPlusBudget',
  runRate: 'ccForecastRunRate',
};

/** Label of a cost centre: its name, or its code when the register has none. */
export function costCentreLabel(cc: CostCentreFollowUp, info: LayoutInfo): string {
  if (cc.code === '') return t('ccNone', info.lang);
  return cc.name ?? cc.code;
}

/**
 * Variance as a share of the budget's size; null without a budget or when the budget is under
 * the percentage threshold (layout/percentRule.ts).
 */
export function variancePct(cc: { actual: Dec; budget: Dec | null }, percentThreshold: Dec): Dec | null {
  if (!carriesPercent(cc.budget, percentThreshold)) return null;
  return cc.actual.minus(cc.budget).div(cc.budget.abs());
}

/** A row of the follow-up that the management report may cite: a group's subtotal, or a cost centre when there are no groups. */
export interface PlacedArea {
  label: string;
  fromData: boolean;
  /** Sheet row (1-based); net cost actual in C, budget in D. */
  row: number;
  actual: Dec;
  budget: Dec | null;
}

/** Where *Uppföljning KST* puts the figures other sheets cite (net cost actual and budget, forecast). */
export const FOLLOW_UP_COLUMNS = { actual: 'C', budget: 'D', forecast: 'G' } as const;

export interface PlacedCostCentres {
  sheet: SheetModel;
  /** The result row (net cost + contributions); its forecast is in `FOLLOW_UP_COLUMNS.forecast`. */
  totalRow: number;
  /** Groups (or cost centres, when there are no groups), in sheet order. */
  areas: PlacedArea[];
}

/** The owners' contributions, shown once below the cost centres (values in presentation sign). */
export interface ContributionFigures {
  label: string;
  actual: Dec;
  budget: Dec | null;
  forecast: Dec;
  budgetYear: Dec | null;
  prev: Dec;
}

/**
 * Columns: A KST, B Namn, C Utfall, D Budget, E Avvikelse, F Avvikelse %, G Prognos,
 * H Prognosgrund, I Budget helår, J Utfall fg år, K Kvar av helårsbudget (I − C), L Kommentar
 * (the user's comment on the forecast, from `Prognos`). Below the
 * table, the data of two charts: net cost per cost centre against budget, and — given
 * `monthly` — the cumulative result by month against the budget line.
 */
export function costCentresSheet(
  info: LayoutInfo,
  ccs: CostCentreFollowUp[],
  contributions: ContributionFigures,
  threshold: Dec,
  methodText: string,
  name: string,
  monthly?: MonthlyResult,
): PlacedCostCentres {
  const L = info.lang;
  const s = new SheetBuilder('costCentres', name, [10, 34, 14, 14, 14, 12, 14, 30, 14, 14, 14, 40]);
  s.titleRows({
    organisation: info.organisation,
    title: `${t('titleCostCentres', L)} ${info.periodLabel}`,
    generatedAt: info.generatedAt,
    lang: L,
    unitNote: t('amountsInTkr', L),
  });
  s.add('header', [
    text(t('colCode', L)),
    text(t('colName', L)),
    text(t('colActualPeriod', L, { period: info.periodLabel })),
    text(t('colBudgetPeriod', L, { period: info.periodLabel })),
    text(t('colVariance', L)),
    text(t('colVariancePct', L)),
    text(t('colForecast', L)),
    text(t('colForecastBasis', L)),
    text(t('colBudgetYear', L, { year: info.yearLabel })),
    text(t('colActualPeriod', L, { period: info.prevPeriodLabel })),
    text(t('colRemaining', L)),
    text(mt('colComment', L)),
  ]);
  const firstData = s.rows.length + 1;
  const hasGroups = ccs.some((c) => c.group);
  const groupTotals: number[] = [];
  const chartRows: CostCentreChartRow[] = [];
  const ungroupedRows: number[] = [];
  const areas: PlacedArea[] = [];
  const valueCols = ['C', 'D', 'G', 'I', 'J'] as const;
  const pick = (cc: CostCentreFollowUp, col: (typeof valueCols)[number]): Dec | null =>
    col === 'C' ? cc.actual : col === 'D' ? cc.budget : col === 'G' ? cc.forecast : col === 'I' ? cc.budgetYear : cc.prev;
  const addSums = (role: 'total' | 'grandTotal', label: string, rows: number[], members: CostCentreFollowUp[], labelFromData: boolean): number => {
    const n = s.rows.length + 1;
    const cells: CellValue[] = [text(label, labelFromData), empty()];
    const sums = new Map<string, Dec | null>();
    for (const col of valueCols) {
      const vals = members.map((m) => pick(m, col));
      const v = vals.length > 0 && vals.every((x) => x === null) ? null : vals.reduce<Dec>((a, x) => a.plus(x ?? ZERO), ZERO);
      sums.set(col, v);
    }
    cells.push(sums.get('C') === null ? empty() : formula(sumFormula('C', rows), sums.get('C'), 'tkr'));
    cells.push(sums.get('D') === null ? empty() : formula(sumFormula('D', rows), sums.get('D'), 'tkr'));
    cells.push(...varianceCells(n, sums.get('C')!, sums.get('D') ?? null, info.percentThreshold));
    cells.push(formula(sumFormula('G', rows), sums.get('G'), 'tkr'), empty());
    cells.push(sums.get('I') === null ? empty() : formula(sumFormula('I', rows), sums.get('I'), 'tkr'));
    cells.push(formula(sumFormula('J', rows), sums.get('J'), 'tkr'));
    cells.push(remainingCell(n, sums.get('C')!, sums.get('I') ?? null));
    return s.add(role, cells, { key: label });
  };
  const groups = new Map<string, CostCentreFollowUp[]>();
  for (const cc of ccs) {
    const g = cc.group ?? '';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(cc);
  }
  for (const [group, members] of groups) {
    const showGroup = hasGroups;
    if (showGroup) s.add('section', [text(group || t('ccNoGroup', L), !!group)]);
    const rows: number[] = [];
    for (const cc of members) {
      const n = s.rows.length + 1;
      s.add(
        'line',
        [
          text(cc.code, true),
          text(costCentreLabel(cc, info), !!cc.name),
          num(cc.actual, 'tkr'),
          num(cc.budget, 'tkr'),
          ...varianceCells(n, cc.actual, cc.budget, info.percentThreshold),
          num(cc.forecast, 'tkr'),
          text(t(BASIS_TEXT[cc.forecastBasis], L)),
          num(cc.budgetYear, 'tkr'),
          num(cc.prev, 'tkr'),
          remainingCell(n, cc.actual, cc.budgetYear),
          cc.comment === undefined ? empty() : text(cc.comment, true),
        ],
        { indent: showGroup ? 1 : 0 },
      );
      rows.push(n);
      if (!showGroup) areas.push({ label: costCentreLabel(cc, info), fromData: !!cc.name, row: n, actual: cc.actual, budget: cc.budget });
      // A cost centre with neither actual nor budget (one that holds only contributions) has no bar.
      if (!cc.actual.isZero() || (cc.budget !== null && !cc.budget.isZero()))
        chartRows.push({ code: cc.code, label: costCentreLabel(cc, info), fromData: !!cc.name, row: n, actual: cc.actual, budget: cc.budget });
    }
    if (showGroup) {
      const n = addSums('total', t('ccGroupTotal', L, { group: group || t('ccNoGroup', L) }), rows, members, !!group);
      groupTotals.push(n);
      const budgets = members.map((m) => m.budget);
      areas.push({
        label: group || t('ccNoGroup', L),
        fromData: !!group,
        row: n,
        actual: members.reduce((a, m) => a.plus(m.actual), ZERO),
        budget: budgets.every((b) => b === null) ? null : budgets.reduce<Dec>((a, b) => a.plus(b ?? ZERO), ZERO),
      });
    } else ungroupedRows.push(...rows);
  }
  const lastData = s.rows.length;
  const netRow = addSums('total', t('ccTotal', L), hasGroups ? groupTotals : ungroupedRows, ccs, false);
  const c = contributions;
  const contribRow = s.rows.length + 1;
  s.add('line', [
    empty(),
    text(c.label, true),
    num(c.actual, 'tkr'),
    num(c.budget, 'tkr'),
    ...varianceCells(contribRow, c.actual, c.budget, info.percentThreshold),
    num(c.forecast, 'tkr'),
    empty(),
    num(c.budgetYear, 'tkr'),
    num(c.prev, 'tkr'),
    remainingCell(contribRow, c.actual, c.budgetYear),
  ]);
  const totalRow = s.rows.length + 1;
  const net = (col: 'C' | 'D' | 'G' | 'I' | 'J') => {
    const vals = ccs.map((cc) => (col === 'C' ? cc.actual : col === 'D' ? cc.budget : col === 'G' ? cc.forecast : col === 'I' ? cc.budgetYear : cc.prev));
    return vals.reduce<Dec>((a, x) => a.plus(x ?? ZERO), ZERO);
  };
  const both = (col: 'C' | 'D' | 'G' | 'I' | 'J', own: Dec | null) =>
    own === null ? empty() : formula(`${col}${netRow}+${col}${contribRow}`, net(col).plus(own), 'tkr');
  const resultActual = net('C').plus(c.actual);
  const resultBudget = c.budget === null ? null : net('D').plus(c.budget);
  s.add('grandTotal', [
    text(t('sumResult', L)),
    empty(),
    both('C', c.actual),
    both('D', c.budget),
    ...varianceCells(totalRow, resultActual, resultBudget, info.percentThreshold),
    both('G', c.forecast),
    empty(),
    both('I', c.budgetYear),
    both('J', c.prev),
    remainingCell(totalRow, resultActual, c.budgetYear === null ? null : net('I').plus(c.budgetYear)),
  ]);
  s.add('blank', []);
  s.add('subtitle', [text(methodText)]);
  const pct = `${threshold.times(100).toFixed()} %`;
  s.add('subtitle', [text(`${t('ccThreshold', L, { pct })} ${t('percentRule', L, { threshold: formatAmount(info.percentThreshold, L, 0) })}`)]);
  const conditional: ConditionalRule[] =
    lastData >= firstData ? [{ range: `A${firstData}:K${netRow}`, formula: `AND(ISNUMBER($F${firstData}),$F${firstData}<-${threshold.toFixed()})` }] : [];
  const charts: ChartSpec[] = [];
  if (chartRows.length > 0) {
    s.add('blank', []);
    charts.push(costCentreChart(s, info, chartRows));
  }
  if (monthly) charts.push(monthlyResultChart(s, info, monthly, charts.length > 0 ? Number(/\d+$/.exec(charts[0].anchor)![0]) + CHART_HEIGHT_ROWS : 0));
  return { sheet: s.build({ freeze: { rows: 5, cols: 2 }, conditional, charts }), totalRow, areas };
}

/** What is left of the full-year budget (presentation sign): Budget helår − Utfall. */
function remainingCell(row: number, actual: Dec, budgetYear: Dec | null): CellValue {
  return budgetYear === null ? empty() : formula(`I${row}-C${row}`, budgetYear.minus(actual), 'tkr');
}

/** Avvikelse (C − D) and Avvikelse % (E ÷ |D|, empty under the percentage threshold). */
function varianceCells(row: number, actual: Dec, budget: Dec | null, percentThreshold: Dec): CellValue[] {
  if (budget === null) return [empty(), empty()];
  const pct = variancePct({ actual, budget }, percentThreshold);
  return [
    formula(`C${row}-D${row}`, actual.minus(budget), 'tkr'),
    formula(percentFormula(`D${row}`, `E${row}/ABS(D${row})`, percentThreshold), pct, 'percent'),
  ];
}

/** One sheet per cost centre: its own income statement with account detail below each line. */
export function costCentreSheet(info: LayoutInfo, cc: CostCentreFollowUp, name: string): SheetModel {
  const L = info.lang;
  const s = new SheetBuilder(`cc:${cc.code}`, name, [46, 18, 18, 16, 18, 18, 18]);
  const label = cc.code === '' ? t('ccNone', L) : `${cc.code} ${cc.name ?? ''}`.trim();
  s.add('title', [text(info.organisation, true)]);
  s.add('title', [text(`${t('titleCostCentre', L)} ${label} ${info.periodLabel}`, true)]);
  s.add('subtitle', [text(`${t('generatedAt', L, { at: info.generatedAt })} · ${t('amountsInKr', L)}`)]);
  // The user's comment on the forecast, in the row that is otherwise blank (the rows below keep their places).
  if (cc.comment === undefined) s.add('blank', []);
  else s.add('subtitle', [text(mt('ccComment', L, { comment: cc.comment }), true)]);
  placeStatement(s, cc.statement, incomeColumns(info, true), L, { details: true });
  s.add('blank', []);
  s.add('total', [text(t('colForecast', L)), num(cc.forecast, 'kr'), text(t(BASIS_TEXT[cc.forecastBasis], L))]);
  return s.build({ freeze: { rows: 5, cols: 1 } });
}
