/**
 * Charts and the cells they read. Both renderers draw each `ChartSpec` natively (the command
 * line as DrawingML chart parts, the task pane through its own writer in src/addin/excel); the layout decides where.
 *
 * A chart goes below its sheet's table, inside the printed columns, so a board that prints the
 * report gets the charts on paper; its data sits beside it, right of the table (one empty
 * column between), outside the printed columns (`print.columns` = the table's width), so the
 * figures the chart reads are on the sheet and never printed twice.
 *
 * - net cost per cost centre, actual against the period's budget (a bar chart): one row per
 *   cost centre, its figures as formulas over the follow-up table (sign turned so a cost is
 *   a positive bar);
 * - the cumulative result month by month against the cumulative budget (a line chart): the
 *   monthly figures as values, the cumulative columns as running-sum formulas;
 * - participant flows by month (participantsSheet.ts): formulas over the monthly table.
 */
import type { Dec } from '../money';
import { fromOre, ZERO } from '../money';
import type { CellValue, ChartSpec, PrintSetup } from '../model/types';
import type { MonthlyResult } from '../plans/monthlyResult';
import { monthName } from '../text/months';
import type { Lang } from '../input/types';
import type { LayoutInfo } from './common';
import { colLetter, empty, formula, num, type SheetBuilder, text } from './sheetBuilder';
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

/** Rows a chart covers on the sheet (20 rows of 15 pt: about 10.5 cm on screen). */
export const CHART_HEIGHT_ROWS = 20;

/** Where a sheet's charts go. */
export interface ChartPlace {
  /** Columns of the table, from A: the printed columns. The data starts one column further right. */
  tableWidth: number;
  /** Columns the chart covers, from A (at most `tableWidth`). */
  chartWidth: number;
  lang: Lang;
}

/** The widest row of the sheet so far: the table's width. */
export function tableWidthOf(s: SheetBuilder): number {
  return Math.max(s.widths.length, ...s.rows.map((r) => r.cells.length));
}

/** What one chart shows, its data laid out from column `col(0)` of rows `first`, `first + 1` … */
interface ChartData {
  kind: ChartSpec['kind'];
  title: string;
  /** Headings of the data columns. */
  headings: string[];
  /** One row of cells per category, the data columns only. */
  rows: CellValue[][];
  /** Index (in the data columns) of the category labels. */
  categories: number;
  series: { name: string; column: number }[];
}

/**
 * Lays out one chart block from the next row: its data right of the table (a heading row, the
 * column headings, one row per category) and the chart beside it, from column A, over
 * `CHART_HEIGHT_ROWS` rows (the block is padded with blank rows to the chart's bottom, and one
 * blank row follows). `make` gets the data's column letter by index and its first row.
 */
export function placeChart(s: SheetBuilder, place: ChartPlace, make: (col: (i: number) => string, first: number) => ChartData): ChartSpec {
  const offset = place.tableWidth + 1;
  const col = (i: number) => colLetter(offset + i);
  const lead = (cells: CellValue[]): CellValue[] => [...Array.from({ length: offset }, empty), ...cells];
  const top = s.rows.length + 1;
  const first = top + 2;
  const d = make(col, first);
  // Headings bold without a fill: a fill would span the table's width, under the chart.
  s.add('section', lead([text(t('chartData', place.lang))]));
  s.add('section', lead(d.headings.map((h) => (h === '' ? empty() : text(h)))));
  for (const cells of d.rows) s.add('line', lead(cells));
  const last = first + d.rows.length - 1;
  const bottom = top + CHART_HEIGHT_ROWS - 1;
  while (s.rows.length < bottom) s.add('blank', []);
  s.add('blank', []);
  const range = (i: number) => `${col(i)}${first}:${col(i)}${last}`;
  return {
    kind: d.kind,
    title: d.title,
    categories: range(d.categories),
    series: d.series.map((x) => ({ name: x.name, values: range(x.column) })),
    anchor: `A${top}`,
    end: `${colLetter(Math.min(place.chartWidth, place.tableWidth) - 1)}${bottom}`,
  };
}

/**
 * The sheet's print setup with `columns` set to the table's width, so the chart data right of
 * it never prints; whatever else `print` says is kept, and the sheet builder chooses the
 * orientation for that width (layout/printSetup.ts).
 */
export function printTableOnly(print: Partial<PrintSetup> | undefined, tableWidth: number): Partial<PrintSetup> {
  return { ...print, columns: tableWidth };
}

/**
 * The bar chart of net cost per cost centre: data code, name, net cost actual and budget (as
 * formulas over the follow-up table's columns C and D, sign turned).
 */
export function costCentreChart(s: SheetBuilder, info: LayoutInfo, place: ChartPlace, rows: CostCentreChartRow[]): ChartSpec {
  const L = info.lang;
  const hasBudget = rows.some((r) => r.budget !== null);
  return placeChart(s, place, () => ({
    kind: 'bar',
    title: t('chartCostCentres', L, { period: info.periodLabel }),
    headings: [t('colCode', L), t('colName', L), t('colNetCostActual', L), ...(hasBudget ? [t('colNetCostBudget', L)] : [])],
    rows: rows.map((r) => {
      const cells: CellValue[] = [text(r.code, true), text(r.label, r.fromData), formula(`-C${r.row}`, r.actual.negated(), 'tkr')];
      if (hasBudget) cells.push(r.budget === null ? empty() : formula(`-D${r.row}`, r.budget.negated(), 'tkr'));
      return cells;
    }),
    categories: 1,
    series: [{ name: t('colNetCostActual', L), column: 2 }, ...(hasBudget ? [{ name: t('colNetCostBudget', L), column: 3 }] : [])],
  }));
}

/**
 * The line chart of the cumulative result against the cumulative budget, for the twelve fiscal
 * months: data month, cumulative result, cumulative budget, result of the month, budget of the
 * month (the cumulative columns as running sums of the monthly ones).
 */
export function monthlyResultChart(s: SheetBuilder, info: LayoutInfo, place: ChartPlace, m: MonthlyResult): ChartSpec {
  const L = info.lang;
  const hasBudget = m.budget !== undefined;
  return placeChart(s, place, (col, first) => {
    const [cumA, cumB, monA, monB] = [col(1), col(2), col(3), col(4)];
    let cumActual = ZERO;
    let cumBudget = ZERO;
    const rows = m.months.map((cal, i): CellValue[] => {
      const row = first + i;
      const a = m.actual[i];
      const b = m.budget?.[i];
      if (a !== null) cumActual = cumActual.plus(fromOre(a));
      if (b !== undefined) cumBudget = cumBudget.plus(fromOre(b));
      const label = info.firstMonth === 1 ? monthName(cal.month, L, 'short') : `${monthName(cal.month, L, 'short')} ${cal.year}`;
      return [
        text(label),
        a === null ? empty() : formula(i === 0 ? `${monA}${row}` : `${cumA}${row - 1}+${monA}${row}`, cumActual, 'tkr'),
        b === undefined ? empty() : formula(i === 0 ? `${monB}${row}` : `${cumB}${row - 1}+${monB}${row}`, cumBudget, 'tkr'),
        a === null ? empty() : num(fromOre(a), 'tkr'),
        ...(hasBudget ? [b === undefined ? empty() : num(fromOre(b), 'tkr')] : []),
      ];
    });
    return {
      kind: 'line',
      title: t('chartResult', L, { year: info.yearLabel }),
      headings: [
        t('colMonth', L),
        t('colResultCumulative', L),
        hasBudget ? t('colBudgetCumulative', L) : '',
        t('colResultMonth', L),
        ...(hasBudget ? [t('colBudgetMonth', L)] : []),
      ],
      rows,
      categories: 0,
      series: [{ name: t('colResultCumulative', L), column: 1 }, ...(hasBudget ? [{ name: t('colBudgetCumulative', L), column: 2 }] : [])],
    };
  });
}
