/**
 * Project follow-up sheets: per project, its costs (actual and flat-rate), external income
 * and the association's co-financing for each fiscal year of the project up to the end of
 * the report period (the report year's column is this period's part), the project to date,
 * and the project to date against the budget for the whole project period. One sheet per
 * project, or one sheet with a block per project when there are many.
 */
import type { Lang } from '../input/types';
import { isoDate } from '../input/projects';
import { Dec, decimalOf, formatAmount, fromOre } from '../money';
import type { SheetModel, StatementData } from '../model/types';
import { type ProjectFigures, type ProjectSpan, toDate } from '../plans/projects';
import { monthName } from '../text/months';
import type { LayoutInfo } from './common';
import { carriesPercent, percentFormula } from './percentRule';
import { colLetter, empty, formula, num, SheetBuilder, text } from './sheetBuilder';
import { t } from './texts';

/** More projects than this go on one sheet, a block each. */
export const PROJECTS_PER_SHEET_LIMIT = 5;

/** "mar–dec 2023", "nov 2015–okt 2016", "jan 2024". */
export function monthRangeLabel(from: { year: number; month: number }, to: { year: number; month: number }, lang: Lang): string {
  const a = monthName(from.month, lang, 'short');
  const b = monthName(to.month, lang, 'short');
  if (from.year === to.year && from.month === to.month) return `${a} ${from.year}`;
  if (from.year === to.year) return `${a}–${b} ${from.year}`;
  return `${a} ${from.year}–${b} ${to.year}`;
}

const spanLabel = (s: ProjectSpan, lang: Lang) =>
  s.isReportPeriod ? t('projColThisPeriod', lang, { period: monthRangeLabel(s.from, s.to, lang) }) : monthRangeLabel(s.from, s.to, lang);

/** The project's display name: `ESF-VV Vägen vidare`. */
export const projectTitle = (f: ProjectFigures) => `${f.project.code} ${f.project.name ?? ''}`.trim();

/** Where a project's block landed (for checks). */
export interface PlacedProject {
  code: string;
  sheetKey: string;
  /** The "Summa kostnader" row and the project-to-date column. */
  costsRow: number;
  toDateCol: string;
}

/** Places one project's block from the current row of `s`. */
function placeProject(s: SheetBuilder, info: LayoutInfo, f: ProjectFigures, heading: boolean): PlacedProject {
  const L = info.lang;
  const p = f.project;
  if (heading) s.add('section', [text(projectTitle(f), true)]);
  const infoRow = (label: string, value: string, fromData = true) => s.add('line', [text(label), text(value, fromData)]);
  if (p.funder) infoRow(t('projFunder', L), p.funder);
  infoRow(t('projPeriod', L), `${isoDate(p.start)} – ${isoDate(p.end)}`, false);
  infoRow(t('projReportedThrough', L), info.closingDate, false);
  if (p.actualCostCentres.length > 0) infoRow(t('projActualCostCentres', L), p.actualCostCentres.join(', '));
  if (p.flatRateCostCentres.length > 0) infoRow(t('projFlatRateCostCentres', L), p.flatRateCostCentres.join(', '));
  if (p.flatRateAccounts.length > 0)
    infoRow(t('projFlatRateAccounts', L), p.flatRateAccounts.map((a) => (a.from === a.to ? String(a.from) : `${a.from}-${a.to}`)).join(', '));
  s.add('blank', []);
  if (f.spans.length === 0) {
    s.add('subtitle', [text(t('projNotStarted', L))]);
    return { code: p.code, sheetKey: s.key, costsRow: 0, toDateCol: '' };
  }
  // Columns: A label, B.. one per fiscal-year span, then the project to date.
  const n = f.spans.length;
  const spanCols = f.spans.map((_, i) => colLetter(1 + i));
  const toDateCol = colLetter(1 + n);
  s.add('header', [empty(), ...f.spans.map((sp) => text(spanLabel(sp, L))), text(t('projColToDate', L))]);
  const total = toDate(f);
  const valueRow = (label: string, pick: (a: { actualCosts: number; flatRateCosts: number; income: number }) => number, key: string) => {
    const row = s.rows.length + 1;
    s.add(
      'line',
      [
        text(label),
        ...f.spans.map((sp) => num(fromOre(pick(sp)), 'kr')),
        formula(`SUM(${spanCols[0]}${row}:${spanCols[n - 1]}${row})`, fromOre(pick(total)), 'kr'),
      ],
      { key: `${p.code}:${key}` },
    );
    return row;
  };
  const actualRow = valueRow(t('projActualCosts', L), (a) => a.actualCosts, 'actual');
  const flatRow = valueRow(t('projFlatRateCosts', L), (a) => a.flatRateCosts, 'flat');
  const costsRow = s.rows.length + 1;
  const costs = (a: { actualCosts: number; flatRateCosts: number }) => fromOre(a.actualCosts + a.flatRateCosts);
  s.add('total', [
    text(t('projCostsTotal', L)),
    ...[...spanCols, toDateCol].map((c, i) => formula(`SUM(${c}${actualRow}:${c}${flatRow})`, costs(i < n ? f.spans[i] : total), 'kr')),
  ]);
  const incomeRow = valueRow(t('projIncome', L), (a) => a.income, 'income');
  s.add('grandTotal', [
    text(t('projCofinancing', L)),
    ...[...spanCols, toDateCol].map((c, i) => {
      const a = i < n ? f.spans[i] : total;
      return formula(`${c}${costsRow}-${c}${incomeRow}`, costs(a).minus(fromOre(a.income)), 'kr');
    }),
  ]);
  s.add('blank', []);
  if (p.budget !== undefined) {
    const budgetRow = s.add('line', [text(t('projBudget', L)), num(fromOre(p.budget), 'kr')]);
    const toDateRow = s.add('line', [text(t('projCostsToDate', L)), formula(`${toDateCol}${costsRow}`, costs(total), 'kr')]);
    s.add('line', [text(t('projBudgetLeft', L)), formula(`B${budgetRow}-B${toDateRow}`, fromOre(p.budget).minus(costs(total)), 'kr')]);
    // The share used, only against a budget of at least the percentage threshold (layout/percentRule.ts).
    const budget = fromOre(p.budget);
    const used = carriesPercent(budget, info.percentThreshold) ? costs(total).div(budget) : null;
    s.add('line', [
      text(t('projBudgetUsed', L)),
      formula(percentFormula(`B${budgetRow}`, `B${toDateRow}/B${budgetRow}`, info.percentThreshold), used, 'percent'),
    ]);
    if (used === null) s.add('subtitle', [text(t('projPercentRule', L, { threshold: formatAmount(info.percentThreshold, L, 0) }))]);
  }
  if (f.monthsTotal > 0) s.add('line', [text(t('projTimeUsed', L)), num(new Dec(f.monthsElapsed).div(f.monthsTotal), 'percent')]);
  if (!f.ledgerCoversStart && f.ledgerFirst) s.add('subtitle', [text(t('projLedgerGap', L, { first: monthRangeLabel(f.ledgerFirst, f.ledgerFirst, L) }))]);
  return { code: p.code, sheetKey: s.key, costsRow, toDateCol };
}

/**
 * The project sheets: one per project (key `project:‹code›`) when there are at most
 * `PROJECTS_PER_SHEET_LIMIT`, else one sheet `projects` with a block per project.
 */
export function projectSheets(
  info: LayoutInfo,
  figures: ProjectFigures[],
  sheetName: (wanted: string) => string,
): { sheets: SheetModel[]; placed: PlacedProject[] } {
  const L = info.lang;
  const widths = [46, 20, 20, 20, 20, 20];
  const placed: PlacedProject[] = [];
  if (figures.length <= PROJECTS_PER_SHEET_LIMIT) {
    const sheets = figures.map((f) => {
      const s = new SheetBuilder(`project:${f.project.code}`, sheetName(t('sheetProject', L, { code: f.project.code })), widths);
      s.titleRows({
        organisation: info.organisation,
        title: t('titleProject', L, { project: projectTitle(f) }),
        generatedAt: info.generatedAt,
        lang: L,
        unitNote: `${t('amountsInKr', L)} · ${t('projSigns', L)}`,
      });
      placed.push(placeProject(s, info, f, false));
      return s.build();
    });
    return { sheets, placed };
  }
  const s = new SheetBuilder('projects', sheetName(t('sheetProjects', L)), widths);
  s.titleRows({
    organisation: info.organisation,
    title: t('titleProjects', L, { period: info.periodLabel }),
    generatedAt: info.generatedAt,
    lang: L,
    unitNote: `${t('amountsInKr', L)} · ${t('projSigns', L)}`,
  });
  figures.forEach((f, i) => {
    if (i > 0) s.add('blank', []);
    placed.push(placeProject(s, info, f, true));
  });
  return { sheets: [s.build()], placed };
}

/** A project for the `--json` document: one column per fiscal-year span plus the project to date. */
export function projectData(f: ProjectFigures, lang: Lang): StatementData {
  const columns = [...f.spans.map((sp) => ({ key: `fy${sp.fiscalYear}`, label: spanLabel(sp, lang) })), { key: 'toDate', label: t('projColToDate', lang) }];
  const total = toDate(f);
  const all = [...f.spans, total];
  const keys = columns.map((c) => c.key);
  const line = (
    key: string,
    label: string,
    pick: (a: { actualCosts: number; flatRateCosts: number; income: number }) => Dec,
    kind: 'line' | 'sum' = 'line',
  ) => ({
    key,
    label,
    kind,
    values: Object.fromEntries(keys.map((k, i) => [k, decimalOf(pick(all[i]), 2)])),
  });
  const costs = (a: { actualCosts: number; flatRateCosts: number }) => fromOre(a.actualCosts + a.flatRateCosts);
  return {
    key: `project:${f.project.code}`,
    title: t('titleProject', lang, { project: projectTitle(f) }),
    columns: [...columns, { key: 'budget', label: t('projBudget', lang) }],
    lines: [
      line('actualCosts', t('projActualCosts', lang), (a) => fromOre(a.actualCosts)),
      line('flatRateCosts', t('projFlatRateCosts', lang), (a) => fromOre(a.flatRateCosts)),
      {
        ...line('costs', t('projCostsTotal', lang), costs, 'sum'),
        values: { ...line('costs', '', costs).values, budget: f.project.budget === undefined ? null : decimalOf(fromOre(f.project.budget), 2) },
      },
      line('income', t('projIncome', lang), (a) => fromOre(a.income)),
      line('cofinancing', t('projCofinancing', lang), (a) => costs(a).minus(fromOre(a.income)), 'sum'),
    ],
  };
}
