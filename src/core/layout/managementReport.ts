/**
 * *Förvaltningsberättelse* (Administration report), the report's first sheet: the user's own
 * texts (`Texter`) in the user's order, a generated *Ekonomisk översikt* — plain sentences with
 * the period's key figures — and the equity analysis against `Eget kapital mål`.
 *
 * Every figure in a sentence is a live formula on the statement it comes from (income
 * statement, balance sheet, Uppföljning KST), in its own cell with the tkr number format, so
 * the workbook's locale displays it (Swedish `2 282`) and a reader can follow it to its
 * source. A sentence is a row: text, figure, text, figure, text (columns A–E). Only the words
 * around the figures (better/worse, met/not met) are chosen when the report is made.
 *
 * A user's heading *Ekonomisk översikt* (or *Financial overview*) takes the generated
 * sentences' place: with a text, the user's text replaces them; without a text, the generated
 * sentences stand under it, where the user put it. Otherwise they follow the user's texts.
 */
import { foldCompact } from '../input/cells';
import type { TextSection } from '../input/parsed';
import { Dec, ZERO } from '../money';
import type { CellValue, SheetModel } from '../model/types';
import { rowOf } from '../statements/engine';
import type { Statement } from '../statements/types';
import type { LayoutInfo } from './common';
import { FOLLOW_UP_COLUMNS as KST, variancePct, type PlacedCostCentres } from './costCentreSheets';
import { t } from './managementTexts';
import { empty, formula, num, SheetBuilder, text } from './sheetBuilder';
import type { PlacedStatement } from './statementSheet';

export interface ManagementReportInput {
  info: LayoutInfo;
  /** The user's texts, when the workbook has `Texter`. */
  texts?: TextSection[];
  income: Statement;
  placedIncome: PlacedStatement;
  balance: Statement;
  placedBalance: PlacedStatement;
  costCentres: PlacedCostCentres;
  /** The forecast result for the full year (Uppföljning KST, column G of its result row). */
  forecastResult: Dec;
  /** The summary's row *Utgående eget kapital*: its forecast (column E) is opening equity + the forecast result, in footed tkr. */
  summaryEquityRow: number;
  /** `Eget kapital mål` in kr, when set. */
  equityTarget?: Dec;
  /** The variance threshold (`Avvikelsegräns`) as a fraction. */
  threshold: Dec;
  name: string;
}

/** The sheet's columns: A sentence text and the user's texts, B figure, C text, D figure, E text. */
const WIDTHS = [58, 12, 24, 12, 24];
const ref = (sheet: string, col: string, row: number) => `{{${sheet}}}!${col}${row}`;

/** True for a user's heading that names the generated overview (Swedish or English). */
export function isOverviewHeading(heading: string | undefined): boolean {
  if (heading === undefined) return false;
  const h = foldCompact(heading);
  return h === foldCompact(t('overview', 'sv')) || h === foldCompact(t('overview', 'en'));
}

export function managementReportSheet(x: ManagementReportInput): SheetModel {
  const { info } = x;
  const L = info.lang;
  const s = new SheetBuilder('management', x.name, WIDTHS);
  s.titleRows({
    organisation: info.organisation,
    title: `${t('titleManagement', L)} ${info.periodLabel}`,
    generatedAt: info.generatedAt,
    lang: L,
  });
  const sections = x.texts ?? [];
  const placeholder = sections.findIndex((sec) => isOverviewHeading(sec.heading) && sec.paragraphs.length === 0);
  const replaced = sections.some((sec) => isOverviewHeading(sec.heading) && sec.paragraphs.length > 0);
  sections.forEach((sec, i) => {
    if (i === placeholder) {
      overview(s, x, sec.heading);
      return;
    }
    if (sec.heading !== undefined) s.add('section', [text(sec.heading, true)]);
    for (const p of sec.paragraphs) s.add('line', [text(p, true)], { wrap: true });
    s.add('blank', []);
  });
  if (placeholder < 0 && !replaced) overview(s, x);
  equityAnalysis(s, x);
  return s.build();
}

/** One sentence: text, figure, text[, figure, text]. */
function sentence(s: SheetBuilder, parts: CellValue[]): number {
  return s.add('line', parts, { wrap: true });
}

/** The generated *Ekonomisk översikt*. */
function overview(s: SheetBuilder, x: ManagementReportInput, heading?: string): void {
  const { info, placedIncome: pi, placedBalance: pb } = x;
  const L = info.lang;
  s.add('section', [heading === undefined ? text(t('overview', L)) : text(heading, true)]);
  const res3Row = rowOf(x.income, 'RES3');
  const res3 = res3Row.values;
  const resRow = pi.rowOf('RES3');
  // The result as the income statement names it: Periodens resultat, or Årets resultat for a whole year.
  const resultStart = t('resultStart', L, { result: res3Row.label, period: info.periodLabel });
  const actual = res3.actual ?? ZERO;
  const budget = res3.budget;

  // Result against budget.
  const r1 = s.rows.length + 1;
  const actualCell = formula(ref('income', pi.colOf('actual'), resRow), actual, 'tkr');
  if (budget === null) sentence(s, [text(resultStart), actualCell, text(t('resultOnly', L))]);
  else {
    sentence(s, [
      text(resultStart),
      actualCell,
      text(t('resultMid', L)),
      formula(ref('income', pi.colOf('budget'), resRow), budget, 'tkr'),
      text(t('resultEnd', L)),
    ]);
    const better = actual.greaterThanOrEqualTo(budget);
    sentence(s, [
      text(t(better ? 'betterStart' : 'worseStart', L)),
      formula(better ? `B${r1}-D${r1}` : `D${r1}-B${r1}`, better ? actual.minus(budget) : budget.minus(actual), 'tkr'),
      text(t('resultEnd', L)),
    ]);
  }

  // The forecast for the year against the full-year budget.
  const kst = x.costCentres;
  const f1 = s.rows.length + 1;
  const forecastCell = formula(ref('costCentres', KST.forecast, kst.totalRow), x.forecastResult, 'tkr');
  const budgetYear = res3.budgetYear;
  if (budgetYear === null) sentence(s, [text(t('forecastStart', L, { year: info.yearLabel })), forecastCell, text(t('resultOnly', L))]);
  else {
    sentence(s, [
      text(t('forecastStart', L, { year: info.yearLabel })),
      forecastCell,
      text(t('forecastMid', L)),
      formula(ref('income', pi.colOf('budgetYear'), resRow), budgetYear, 'tkr'),
      text(t('forecastEnd', L)),
    ]);
    const better = x.forecastResult.greaterThanOrEqualTo(budgetYear);
    sentence(s, [
      text(t(better ? 'forecastBetterStart' : 'forecastWorseStart', L)),
      formula(better ? `B${f1}-D${f1}` : `D${f1}-B${f1}`, better ? x.forecastResult.minus(budgetYear) : budgetYear.minus(x.forecastResult), 'tkr'),
      text(t('resultEnd', L)),
    ]);
  }

  // Net cost per area beyond the variance threshold (either way), in the follow-up's order.
  if (budget !== null) {
    const pct = `${x.threshold.times(100).toFixed()} %`;
    const beyond = kst.areas.filter((a) => {
      const v = variancePct(a, info.percentThreshold);
      return v !== null && v.abs().greaterThan(x.threshold);
    });
    if (beyond.length === 0) sentence(s, [text(t('areasNone', L, { pct }))]);
    else {
      sentence(s, [text(t('areasIntro', L, { pct }))]);
      for (const a of beyond) {
        // Net cost is shown as a cost (positive): the follow-up shows it with the result's sign.
        const over = a.actual.lessThan(a.budget!);
        sentence(s, [
          text(t('areaStart', L, { area: a.label }), a.fromData),
          formula(`-${ref('costCentres', KST.actual, a.row)}`, a.actual.neg(), 'tkr'),
          text(t('areaMid', L)),
          formula(`-${ref('costCentres', KST.budget, a.row)}`, a.budget!.neg(), 'tkr'),
          text(t(over ? 'areaOver' : 'areaUnder', L)),
        ]);
      }
    }
  }

  // Equity against its target, now and with the forecast.
  const eqRow = pb.rowOf('equityTotal');
  const equity = rowOf(x.balance, 'equityTotal').values;
  const closing = equity.closing ?? ZERO;
  const opening = equity.opening ?? ZERO;
  const target = x.equityTarget;
  const closingCell = formula(ref('balance', pb.colOf('closing'), eqRow), closing, 'tkr');
  if (target === undefined) sentence(s, [text(t('equityStart', L)), closingCell, text(t('equityNoTarget', L))]);
  else
    sentence(s, [
      text(t('equityStart', L)),
      closingCell,
      text(t('equityMid', L)),
      num(target, 'tkr'),
      text(t(closing.greaterThanOrEqualTo(target) ? 'equityEndMet' : 'equityEndNotMet', L)),
    ]);
  const forecastEquity = opening.plus(x.forecastResult);
  const forecastEnd = target === undefined ? 'equityForecastEnd' : forecastEquity.greaterThanOrEqualTo(target) ? 'equityForecastMet' : 'equityForecastNotMet';
  sentence(s, [text(t('equityForecastStart', L)), formula(ref('summary', 'E', x.summaryEquityRow), forecastEquity, 'tkr'), text(t(forecastEnd, L))]);
  s.add('blank', []);
}

/**
 * Opening equity + result = closing equity, for the period's actual and budget and the year's
 * forecast and budget, against the target: how far above or below, and whether it is met.
 */
function equityAnalysis(s: SheetBuilder, x: ManagementReportInput): void {
  const { info, placedIncome: pi, placedBalance: pb } = x;
  const L = info.lang;
  const eqRow = pb.rowOf('equityTotal');
  const resRow = pi.rowOf('RES3');
  const equity = rowOf(x.balance, 'equityTotal').values;
  const res3 = rowOf(x.income, 'RES3').values;
  const opening = equity.opening ?? ZERO;
  const actual = res3.actual ?? ZERO;
  const other = (equity.closing ?? ZERO).minus(opening).minus(actual);
  s.add('section', [text(t('equityHeading', L))]);
  s.add('header', [
    text(t('colEquityTkr', L)),
    text(t('colActualShort', L, { period: info.periodLabel })),
    text(t('colBudgetShort', L, { period: info.periodLabel })),
    text(t('colForecastShort', L, { year: info.yearLabel })),
    text(t('colBudgetYearShort', L, { year: info.yearLabel })),
  ]);
  // Column by column: the result, the budget, the forecast, the full-year budget.
  const results: { value: Dec | null; ref: string }[] = [
    { value: actual, ref: ref('income', pi.colOf('actual'), resRow) },
    { value: res3.budget, ref: res3.budget === null ? '' : ref('income', pi.colOf('budget'), resRow) },
    { value: x.forecastResult, ref: ref('costCentres', KST.forecast, x.costCentres.totalRow) },
    { value: res3.budgetYear, ref: res3.budgetYear === null ? '' : ref('income', pi.colOf('budgetYear'), resRow) },
  ];
  const cols = ['B', 'C', 'D', 'E'];
  const o = s.add('line', [
    text(t('eqOpening', L, { date: info.openingDate })),
    ...results.map((r) => (r.value === null ? empty() : formula(ref('balance', pb.colOf('opening'), eqRow), opening, 'tkr'))),
  ]);
  const r = s.add('line', [text(t('eqResult', L)), ...results.map((res) => (res.value === null ? empty() : formula(res.ref, res.value, 'tkr')))]);
  const parts = [o, r];
  if (!other.isZero()) {
    // Equity also moved by something besides the result (the checks sheet says so too).
    parts.push(
      s.add('line', [text(t('eqOther', L)), formula(`${ref('balance', pb.colOf('closing'), eqRow)}-B${o}-B${r}`, other, 'tkr'), empty(), empty(), empty()]),
    );
  }
  const closingOf = (i: number): Dec | null => {
    const v = results[i].value;
    return v === null ? null : opening.plus(v).plus(i === 0 ? other : ZERO);
  };
  const c = s.add('total', [
    text(t('eqClosing', L)),
    ...cols.map((col, i) => (closingOf(i) === null ? empty() : formula(parts.map((p) => `${col}${p}`).join('+'), closingOf(i), 'tkr'))),
  ]);
  const target = x.equityTarget;
  if (target === undefined) {
    s.add('subtitle', [text(t('eqNoTarget', L))]);
    s.add('blank', []);
    return;
  }
  const tr = s.add('line', [text(t('eqTarget', L)), ...cols.map((_, i) => (closingOf(i) === null ? empty() : num(target, 'tkr')))]);
  s.add('line', [
    text(t('eqMargin', L)),
    ...cols.map((col, i) => {
      const v = closingOf(i);
      return v === null ? empty() : formula(`${col}${c}-${col}${tr}`, v.minus(target), 'tkr');
    }),
  ]);
  s.add('line', [
    text(t('eqStatus', L)),
    ...cols.map((_, i) => {
      const v = closingOf(i);
      return v === null ? empty() : text(t(v.greaterThanOrEqualTo(target) ? 'eqMet' : 'eqNotMet', L));
    }),
  ]);
  s.add('blank', []);
}
