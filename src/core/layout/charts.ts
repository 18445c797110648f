/**
 * Charts of the cost-centre follow-up, with their data laid out on the sheet (the
 * command-line writer cannot draw charts; the task pane draws each `ChartSpec` natively):
 *
 * - net cost per cost centre, actual against the period's budget (a bar chart): one row per
 *   cost centre, its figures as formulas over the follow-up table (sign turned so a cost is
 *   a positive bar);
 * - the cumulative result month by month against the cumulative budget (a line chart): the
 *   monthly figures as values, the cumulative columns as running-sum formulas.
 */
import type { Dec } from '../money';
import { fromOre, ZERO } from '../money';
import type { CellValue, ChartSpec } from '../model/types';
import type { MonthlyResult } from '../plans/monthlyResult';
import { monthName } from '../text/months';
import type { LayoutInfo } from './common';
import { empty, formula, num, type SheetBuilder, text } from './sheetBuilder';
import { t } from './texts';

/** A cost centre's row in the follow-up table (columns C = actual, D = period budget). */
export interface CostCentreChartRow {
  code: string;
  label: string;
  fromData: boolean;
  row: number;
  actual: Dec;
  budget: Dec | null;
}

/** Rows a chart takes on the sheet, about: the next chart is anchored at least this far below. */
export const CHART_HEIGHT_ROWS = 18;

/**
 * Lays out the bar chart's data (A code, B name, C net cost actual, D net cost budget) from
 * the current row and returns the chart, anchored in column H beside its data.
 */
export function costCentreChart(s: SheetBuilder, info: LayoutInfo, rows: CostCentreChartRow[]): ChartSpec {
  const L = info.lang;
  const hasBudget = rows.some((r) => r.budget !== null);
  s.add('section', [text(t('chartData', L))]);
  const headerRow = s.add('header', [
    text(t('colCode', L)),
    text(t('colName', L)),
    text(t('colNetCostActual', L)),
    ...(hasBudget ? [text(t('colNetCostBudget', L))] : []),
  ]);
  const first = headerRow + 1;
  for (const r of rows) {
    const cells: CellValue[] = [text(r.code, true), text(r.label, r.fromData), formula(`-C${r.row}`, r.actual.negated(), 'tkr')];
    if (hasBudget) cells.push(r.budget === null ? empty() : formula(`-D${r.row}`, r.budget.negated(), 'tkr'));
    s.add('line', cells);
  }
  const last = first + rows.length - 1;
  const series = [{ name: t('colNetCostActual', L), values: `C${first}:C${last}` }];
  if (hasBudget) series.push({ name: t('colNetCostBudget', L), values: `D${first}:D${last}` });
  return { kind: 'bar', title: t('chartCostCentres', L, { period: info.periodLabel }), categories: `B${first}:B${last}`, series, anchor: `H${headerRow}` };
}

/**
 * Lays out the monthly result (B month, C cumulative result, D cumulative budget, E result
 * of the month, F budget of the month) for the twelve fiscal months and returns the line
 * chart of the cumulative columns, anchored in column H no higher than `minAnchorRow`.
 */
export function monthlyResultChart(s: SheetBuilder, info: LayoutInfo, m: MonthlyResult, minAnchorRow: number): ChartSpec {
  const L = info.lang;
  const hasBudget = m.budget !== undefined;
  s.add('blank', []);
  const headerRow = s.add('header', [
    empty(),
    text(t('colMonth', L)),
    text(t('colResultCumulative', L)),
    hasBudget ? text(t('colBudgetCumulative', L)) : empty(),
    text(t('colResultMonth', L)),
    ...(hasBudget ? [text(t('colBudgetMonth', L))] : []),
  ]);
  const first = headerRow + 1;
  let cumActual = ZERO;
  let cumBudget = ZERO;
  m.months.forEach((cal, i) => {
    const row = first + i;
    const a = m.actual[i];
    const b = m.budget?.[i];
    if (a !== null) cumActual = cumActual.plus(fromOre(a));
    if (b !== undefined) cumBudget = cumBudget.plus(fromOre(b));
    const label = info.firstMonth === 1 ? monthName(cal.month, L, 'short') : `${monthName(cal.month, L, 'short')} ${cal.year}`;
    s.add('line', [
      empty(),
      text(label),
      a === null ? empty() : formula(i === 0 ? `E${row}` : `C${row - 1}+E${row}`, cumActual, 'tkr'),
      b === undefined ? empty() : formula(i === 0 ? `F${row}` : `D${row - 1}+F${row}`, cumBudget, 'tkr'),
      a === null ? empty() : num(fromOre(a), 'tkr'),
      ...(hasBudget ? [b === undefined ? empty() : num(fromOre(b), 'tkr')] : []),
    ]);
  });
  const last = first + m.months.length - 1;
  const series = [{ name: t('colResultCumulative', L), values: `C${first}:C${last}` }];
  if (hasBudget) series.push({ name: t('colBudgetCumulative', L), values: `D${first}:D${last}` });
  return {
    kind: 'line',
    title: t('chartResult', L, { year: info.yearLabel }),
    categories: `B${first}:B${last}`,
    series,
    anchor: `H${Math.max(headerRow, minAnchorRow)}`,
  };
}
