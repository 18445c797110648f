/**
 * "Ekonomisk sammanfattning": net cost, contributions, result and closing equity, in tkr.
 * Columns: A label, B Utfall, C Budget, D Avvikelse (B − C), E Prognos helår, F Budget helår,
 * G Prognos − budget helår (E − F: what the year is forecast to end above (+) or below (−)
 * its budget, as seed 003's "överstiga budget med totalt 392 tkr"), H Utfall föregående år.
 */
import type { Dec } from '../money';
import type { SheetModel } from '../model/types';
import type { LayoutInfo } from './common';
import { empty, formula, num, SheetBuilder, text } from './sheetBuilder';
import { t } from './texts';

export interface SummaryFigures {
  actual: Dec;
  budget: Dec | null;
  forecast: Dec;
  budgetYear: Dec | null;
  prevYear: Dec | null;
}

export interface SummaryData {
  netCost: SummaryFigures;
  contributions: SummaryFigures;
  result: SummaryFigures;
  equity: SummaryFigures;
}

/** The summary sheet and where its result and closing equity landed (column B is the period's actual). */
export interface PlacedSummary {
  sheet: SheetModel;
  resultRow: number;
  equityRow: number;
}

/** The comparative year's column: on the closing-equity row, the opening equity of this year. */
const OPENING_COL = 'H';

export function summarySheet(info: LayoutInfo, d: SummaryData, name: string): PlacedSummary {
  const L = info.lang;
  const s = new SheetBuilder('summary', name, [34, 16, 16, 14, 16, 16, 16, 16]);
  s.titleRows({
    organisation: info.organisation,
    title: `${t('titleSummary', L)} ${info.periodLabel}`,
    generatedAt: info.generatedAt,
    lang: L,
    unitNote: t('amountsInTkr', L),
  });
  s.add('header', [
    empty(),
    text(t('colActualPeriod', L, { period: info.periodLabel })),
    text(t('colBudgetPeriod', L, { period: info.periodLabel })),
    text(t('colVariance', L)),
    text(t('colForecast', L, { year: info.yearLabel })),
    text(t('colBudgetYear', L, { year: info.yearLabel })),
    text(t('colForecastMinusBudget', L, { year: info.yearLabel })),
    text(t('colActualPrevYear', L, { year: info.prevYearLabel })),
  ]);
  const variance = (row: number, f: SummaryFigures) => (f.budget === null ? empty() : formula(`B${row}-C${row}`, f.actual.minus(f.budget), 'tkr'));
  const forecastVariance = (row: number, f: SummaryFigures) =>
    f.budgetYear === null ? empty() : formula(`E${row}-F${row}`, f.forecast.minus(f.budgetYear), 'tkr');
  const valueRow = (label: string, f: SummaryFigures, role: 'line' | 'total' = 'line') => {
    const row = s.rows.length + 1;
    return s.add(role, [
      text(label),
      num(f.actual, 'tkr'),
      num(f.budget, 'tkr'),
      variance(row, f),
      num(f.forecast, 'tkr'),
      num(f.budgetYear, 'tkr'),
      forecastVariance(row, f),
      num(f.prevYear, 'tkr'),
    ]);
  };
  const a = valueRow(t('sumNetCost', L), d.netCost);
  const b = valueRow(t('sumContributions', L), d.contributions);
  const row = s.rows.length + 1;
  const sum = (col: string, v: Dec | null) => (v === null ? empty() : formula(`${col}${a}+${col}${b}`, v, 'tkr'));
  s.add('total', [
    text(t('sumResult', L)),
    sum('B', d.result.actual),
    sum('C', d.result.budget),
    variance(row, d.result),
    sum('E', d.result.forecast),
    sum('F', d.result.budgetYear),
    forecastVariance(row, d.result),
    sum('H', d.result.prevYear),
  ]);
  // Closing equity = opening equity (the comparative year's closing, column H) + the column's
  // result: a live sum, so it foots as displayed in tkr (issue 12). A figure that is not opening
  // + result (no opening balance, or equity changed besides the result) stays a number.
  const resultRow = row;
  const equityRow = s.rows.length + 1;
  const opening = d.equity.prevYear;
  const closing = (col: string, v: Dec | null, result: Dec | null) =>
    v === null
      ? empty()
      : opening !== null && result !== null && v.equals(opening.plus(result))
        ? formula(`${OPENING_COL}${equityRow}+${col}${resultRow}`, v, 'tkr')
        : num(v, 'tkr');
  s.add('total', [
    text(t('sumEquity', L)),
    closing('B', d.equity.actual, d.result.actual),
    closing('C', d.equity.budget, d.result.budget),
    variance(equityRow, d.equity),
    closing('E', d.equity.forecast, d.result.forecast),
    closing('F', d.equity.budgetYear, d.result.budgetYear),
    forecastVariance(equityRow, d.equity),
    num(d.equity.prevYear, 'tkr'),
  ]);
  return { sheet: s.build({ freeze: { rows: 5, cols: 1 } }), resultRow, equityRow };
}
