/** "Uppföljning KST" (all cost centres, grouped, in tkr) and one detail sheet per cost centre. */
import { Dec, formatAmount, ZERO } from '../money';
import type { CellValue, ChartSpec, ConditionalRule, SheetModel } from '../model/types';
import type { MonthlyResult } from '../plans/monthlyResult';
import { costGroupOf, NET_COST_GROUPS, type CostGroup } from '../chart/costGroups';
import type { ForecastMethod } from '../input/parsed';
import type { CostCentreFollowUp, ForecastBasis } from '../statements/costCentres';
import { costCentreChart, monthlyResultChart, printTableOnly, tableWidthOf, type ChartPlace, type CostCentreChartRow } from './charts';
import type { LayoutInfo } from './common';
import { empty, formula, num, SheetBuilder, sumFormula, text } from './sheetBuilder';
import { carriesPercent, percentFormula } from './percentRule';
import { t as mt } from './managementTexts';
import { t, type TextKey } from './texts';

const BASIS_TEXT: Record<ForecastBasis, TextKey> = {
  entered: 'ccForecastEntered',
  budget: 'ccForecastBudget',
  actualPlusBudget: 'ccForecastActualPlusBudget',
  runRate: 'ccForecastRunRate',
};

/** Marks a cost centre whose forecast basis differs from the sheet's. */
export const FORECAST_MARKER = '*';
/** Marks a cost centre whose computed forecast was raised to its actual to date (checks: forecastBelowActual). */
export const FLOORED_MARKER = '**';

/**
 * The basis most of the sheet's cost centres have — an entered forecast or the method
 * (`Prognosmetod`); the method when they are as many. The other rows carry the marker.
 */
function sheetBasis(method: ForecastMethod, ccs: CostCentreFollowUp[]): ForecastBasis {
  const entered = ccs.filter((cc) => cc.forecastBasis === 'entered').length;
  return entered > ccs.length - entered ? 'entered' : method;
}

/**
 * The sheet's one note on the forecast's basis — named once, not on every row: the basis
 * most cost centres have, and which rows (marked) have the other.
 */
export function forecastNote(info: LayoutInfo, method: ForecastMethod, ccs: CostCentreFollowUp[]): string {
  const L = info.lang;
  const forecast = t('colForecast', L, { year: info.yearLabel });
  const basis = sheetBasis(method, ccs);
  const others = ccs.filter((cc) => cc.forecastBasis !== basis).length;
  if (others === 0) return basis === 'entered' ? t('ccForecastNoteAll', L, { forecast }) : t('ccForecastNote', L, { forecast, basis: t(BASIS_TEXT[basis], L) });
  const params = { forecast, marker: FORECAST_MARKER, method: t(BASIS_TEXT[method], L) };
  return basis === 'entered' ? t('ccForecastNoteMarkedMethod', L, params) : t('ccForecastNoteMarked', L, { ...params, basis: params.method });
}

/** Whether a row of Uppföljning KST carries the marker: its basis differs from the sheet's. */
function marked(cc: CostCentreFollowUp, basis: ForecastBasis): boolean {
  return cc.forecastBasis !== basis;
}

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
  /** The sheet row of each cost centre, by code. */
  rows: Map<string, number>;
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
 * Columns: A KST, B Namn, C Utfall, D Budget, E Avvikelse, F Avvikelse %, G Prognos helår,
 * H Budget helår, I Utfall fg år, J Kvar av helårsbudget (H − C), K
 * Kommentar (the user's comment on the forecast, from `Prognos`). The forecast's basis is a
 * note below the table (`forecastNote`); a cost centre whose basis differs from the method
 * has the marker after its name. Below the table, two charts (charts.ts): net cost per cost
 * centre against budget, and — given `monthly` — the cumulative result by month against the
 * budget line; their data right of the table, outside the printed columns.
 */
export function costCentresSheet(
  info: LayoutInfo,
  ccs: CostCentreFollowUp[],
  contributions: ContributionFigures,
  threshold: Dec,
  method: ForecastMethod,
  name: string,
  monthly?: MonthlyResult,
): PlacedCostCentres {
  const L = info.lang;
  const s = new SheetBuilder('costCentres', name, [10, 34, 14, 14, 14, 12, 14, 14, 14, 14, 40]);
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
    text(t('colForecast', L, { year: info.yearLabel })),
    text(t('colBudgetYear', L, { year: info.yearLabel })),
    text(t('colActualPeriod', L, { period: info.prevPeriodLabel })),
    text(t('colRemaining', L)),
    text(mt('colComment', L)),
  ]);
  const firstData = s.rows.length + 1;
  const basis = sheetBasis(method, ccs);
  const hasGroups = ccs.some((c) => c.group);
  const groupTotals: number[] = [];
  const chartRows: CostCentreChartRow[] = [];
  const ungroupedRows: number[] = [];
  const areas: PlacedArea[] = [];
  const ccRows = new Map<string, number>();
  const valueCols = ['C', 'D', 'G', 'H', 'I'] as const;
  const pick = (cc: CostCentreFollowUp, col: (typeof valueCols)[number]): Dec | null =>
    col === 'C' ? cc.actual : col === 'D' ? cc.budget : col === 'G' ? cc.forecast : col === 'H' ? cc.budgetYear : cc.prev;
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
    cells.push(formula(sumFormula('G', rows), sums.get('G'), 'tkr'));
    cells.push(sums.get('H') === null ? empty() : formula(sumFormula('H', rows), sums.get('H'), 'tkr'));
    cells.push(formula(sumFormula('I', rows), sums.get('I'), 'tkr'));
    cells.push(remainingCell(n, sums.get('C')!, sums.get('H') ?? null));
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
      ccRows.set(cc.code, n);
      s.add(
        'line',
        [
          text(cc.code, true),
          text(
            cc.forecastFloored
              ? `${costCentreLabel(cc, info)} ${FLOORED_MARKER}`
              : marked(cc, basis)
                ? `${costCentreLabel(cc, info)} ${FORECAST_MARKER}`
                : costCentreLabel(cc, info),
            !!cc.name,
          ),
          num(cc.actual, 'tkr'),
          num(cc.budget, 'tkr'),
          ...varianceCells(n, cc.actual, cc.budget, info.percentThreshold),
          num(cc.forecast, 'tkr'),
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
      const n = addSums('total', group ? t('ccGroupTotal', L, { group }) : t('ccNoGroupTotal', L), rows, members, !!group);
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
    num(c.budgetYear, 'tkr'),
    num(c.prev, 'tkr'),
    remainingCell(contribRow, c.actual, c.budgetYear),
  ]);
  const totalRow = s.rows.length + 1;
  const net = (col: (typeof valueCols)[number]) => ccs.map((cc) => pick(cc, col)).reduce<Dec>((a, x) => a.plus(x ?? ZERO), ZERO);
  const both = (col: (typeof valueCols)[number], own: Dec | null) =>
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
    both('H', c.budgetYear),
    both('I', c.prev),
    remainingCell(totalRow, resultActual, c.budgetYear === null ? null : net('H').plus(c.budgetYear)),
  ]);
  s.add('blank', []);
  s.add('subtitle', [text(forecastNote(info, method, ccs))]);
  if (ccs.some((cc) => cc.forecastFloored)) s.add('subtitle', [text(t('ccForecastFlooredNote', L, { marker: FLOORED_MARKER }))]);
  const pct = `${threshold.times(100).toFixed()} %`;
  s.add('subtitle', [text(`${t('ccThreshold', L, { pct })} ${t('percentRule', L, { threshold: formatAmount(info.percentThreshold, L, 0) })}`)]);
  const conditional: ConditionalRule[] =
    lastData >= firstData ? [{ range: `A${firstData}:J${netRow}`, formula: `AND(ISNUMBER($F${firstData}),$F${firstData}<-${threshold.toFixed()})` }] : [];
  const charts: ChartSpec[] = [];
  const place: ChartPlace = { tableWidth: tableWidthOf(s), chartWidth: 7, lang: L };
  if (chartRows.length > 0 || monthly) s.add('blank', []);
  if (chartRows.length > 0) charts.push(costCentreChart(s, info, place, chartRows));
  if (monthly) charts.push(monthlyResultChart(s, info, place, monthly));
  const print = charts.length > 0 ? { print: printTableOnly(undefined, place.tableWidth) } : {};
  return { sheet: s.build({ freeze: { rows: 5, cols: 2 }, conditional, charts, ...print }), totalRow, areas, rows: ccRows };
}

/** What is left of the full-year budget (presentation sign): Budget helår − Utfall. */
function remainingCell(row: number, actual: Dec, budgetYear: Dec | null): CellValue {
  return budgetYear === null ? empty() : formula(`H${row}-C${row}`, budgetYear.minus(actual), 'tkr');
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

/** A cost centre's figures in the columns of its sheet (presentation sign, kronor). */
interface Figures {
  actual: Dec;
  budget: Dec | null;
  budgetYear: Dec | null;
  prev: Dec;
}

interface AccountFigures extends Figures {
  label: string;
  fromData: boolean;
}

const GROUP_TEXT: Record<CostGroup, TextKey> = {
  income: 'ccgIncome',
  personnel: 'ccgPersonnel',
  premises: 'ccgPremises',
  otherCosts: 'ccgOtherCosts',
  financial: 'ccgFinancial',
  contributions: 'ccContributions',
};

const isZero = (f: Figures) => [f.actual, f.budget, f.budgetYear, f.prev].every((v) => v === null || v.isZero());

/** The cost centre's accounts with a figure in a column of its sheet, by group, in account order. */
function accountsByGroup(cc: CostCentreFollowUp): Map<CostGroup, AccountFigures[]> {
  const found: (AccountFigures & { group: CostGroup; account: number })[] = [];
  for (const row of cc.statement.rows) {
    if (row.kind !== 'line' || row.section === undefined) continue;
    for (const a of row.accounts ?? []) {
      const group = a.account === 0 ? undefined : costGroupOf(a.account, row.section);
      if (group === undefined) continue;
      const f: Figures = {
        actual: a.values.actual ?? ZERO,
        budget: a.values.budget ?? null,
        budgetYear: a.values.budgetYear ?? null,
        prev: a.values.prev ?? ZERO,
      };
      if (isZero(f)) continue;
      found.push({ ...f, group, account: a.account, label: `${a.account} ${a.name}`.trim(), fromData: true });
    }
  }
  found.sort((a, b) => a.account - b.account);
  const byGroup = new Map<CostGroup, AccountFigures[]>();
  for (const g of [...NET_COST_GROUPS, 'contributions' as const]) {
    const members = found.filter((a) => a.group === g);
    if (members.length > 0) byGroup.set(g, members);
  }
  return byGroup;
}

function sumOf(list: Figures[], key: keyof Figures): Dec | null {
  if (list.every((f) => f[key] === null)) return null;
  return list.reduce<Dec>((a, f) => a.plus(f[key] ?? ZERO), ZERO);
}

/**
 * One sheet per cost centre, as seeds 003 and 004 present an area: a few lines in tkr —
 * Intäkter, Personalkostnader, Lokalkostnader, Övriga kostnader, Finansiella och
 * extraordinära poster (chart/costGroups.ts), only those with a figure — and Nettokostnad,
 * which equals the cost centre's row on Uppföljning KST and carries its forecast; the
 * owners' contributions and the result only when the cost centre has contributions. Columns
 * in Uppföljning KST's order: Utfall, Budget, Avvikelse, Prognos helår, Budget helår, Utfall
 * föregående år, Kvar av helårsbudget. Below, the accounts with a figure, by group; each
 * line above is their live sum.
 */
export function costCentreSheet(info: LayoutInfo, cc: CostCentreFollowUp, name: string): SheetModel {
  const L = info.lang;
  const s = new SheetBuilder(`cc:${cc.code}`, name, [40, 14, 14, 14, 14, 14, 14, 14]);
  const label = cc.code === '' ? t('ccNone', L) : `${cc.code} ${cc.name ?? ''}`.trim();
  s.titleRows({
    organisation: info.organisation,
    title: `${t('titleCostCentre', L)} ${label} ${info.periodLabel}`,
    titleFromData: true,
    generatedAt: info.generatedAt,
    lang: L,
    unitNote: t('amountsInTkr', L),
    // The user's comment on the forecast, in the row that is otherwise blank (the rows below keep their places).
    ...(cc.comment === undefined ? {} : { note: mt('ccComment', L, { comment: cc.comment }) }),
  });
  s.add('header', [
    empty(),
    text(t('colActualPeriod', L, { period: info.periodLabel })),
    text(t('colBudgetPeriod', L, { period: info.periodLabel })),
    text(t('colVariance', L)),
    text(t('colForecast', L, { year: info.yearLabel })),
    text(t('colBudgetYear', L, { year: info.yearLabel })),
    text(t('colActualPeriod', L, { period: info.prevPeriodLabel })),
    text(t('colRemaining', L)),
  ]);
  const byGroup = accountsByGroup(cc);
  const lineGroups = NET_COST_GROUPS.filter((g) => byGroup.has(g));
  const contributions = byGroup.get('contributions');
  // Where everything lands: the lines, the net cost, (contributions, result), a blank, the
  // note, a blank, the heading "Konton", then per group its heading and accounts.
  const firstLine = s.rows.length + 1;
  const netRow = firstLine + lineGroups.length;
  const contribRow = contributions ? netRow + 1 : undefined;
  const resultRow = contributions ? netRow + 2 : undefined;
  let heading = (resultRow ?? netRow) + 5;
  const detailRows = new Map<CostGroup, number[]>();
  for (const [g, accounts] of byGroup) {
    const first = heading + 1;
    detailRows.set(
      g,
      accounts.map((_, i) => first + i),
    );
    heading = first + accounts.length;
  }
  const row = (
    role: 'line' | 'total' | 'grandTotal' | 'detail',
    n: number,
    text0: CellValue,
    f: Figures,
    value: (col: string) => CellValue,
    forecast: CellValue,
  ) => {
    if (s.rows.length + 1 !== n) throw new Error(`costCentreSheet: row ${n} planned, ${s.rows.length + 1} reached`);
    return s.add(
      role,
      [
        text0,
        value('B'),
        value('C'),
        f.budget === null ? empty() : formula(`B${n}-C${n}`, f.actual.minus(f.budget), 'tkr'),
        forecast,
        value('F'),
        value('G'),
        f.budgetYear === null ? empty() : formula(`F${n}-B${n}`, f.budgetYear.minus(f.actual), 'tkr'),
      ],
      { indent: role === 'detail' ? 2 : 0 },
    );
  };
  const cols: Record<string, keyof Figures> = { B: 'actual', C: 'budget', F: 'budgetYear', G: 'prev' };
  const sumCells = (f: Figures, rows: number[]) => (col: string) => {
    const v = f[cols[col]];
    return v === null ? empty() : formula(sumFormula(col, rows), v, 'tkr');
  };
  const groupFigures = (g: CostGroup): Figures => {
    const list = byGroup.get(g)!;
    return { actual: sumOf(list, 'actual')!, budget: sumOf(list, 'budget'), budgetYear: sumOf(list, 'budgetYear'), prev: sumOf(list, 'prev')! };
  };
  const lineRows: number[] = [];
  for (const g of lineGroups) {
    const n = s.rows.length + 1;
    const f = groupFigures(g);
    row('line', n, text(t(GROUP_TEXT[g], L)), f, sumCells(f, detailRows.get(g)!), empty());
    lineRows.push(n);
  }
  const net: Figures = {
    actual: cc.actual,
    budget: cc.budget,
    budgetYear: cc.budgetYear,
    prev: cc.prev,
  };
  // Without a line (a cost centre with nothing but contributions) the net cost is a plain zero, not "=0".
  const netCells = lineRows.length > 0 ? sumCells(net, lineRows) : (col: string) => num(net[cols[col]], 'tkr');
  row('total', netRow, text(t('ccgNetCost', L)), net, netCells, num(cc.forecast, 'tkr'));
  if (contributions && contribRow !== undefined && resultRow !== undefined) {
    const c = groupFigures('contributions');
    row('line', contribRow, text(t('ccContributions', L)), c, sumCells(c, detailRows.get('contributions')!), empty());
    const plus = (a: Dec | null, b: Dec | null) => (a === null || b === null ? null : a.plus(b));
    const result: Figures = {
      actual: net.actual.plus(c.actual),
      budget: plus(net.budget, c.budget),
      budgetYear: plus(net.budgetYear, c.budgetYear),
      prev: net.prev.plus(c.prev),
    };
    row(
      'grandTotal',
      resultRow,
      text(t('sumResult', L)),
      result,
      (col) => {
        const v = result[cols[col]];
        return v === null ? empty() : formula(`${col}${netRow}+${col}${contribRow}`, v, 'tkr');
      },
      empty(),
    );
  }
  s.add('blank', []);
  const forecast = t('colForecast', L, { year: info.yearLabel });
  s.add('subtitle', [
    text(
      `${t('ccForecastNote', L, { forecast, basis: t(cc.forecastFloored ? 'ccForecastFloored' : BASIS_TEXT[cc.forecastBasis], L) })} ${t('ccForecastTotalOnly', L, { total: t('ccgNetCost', L) })}`,
    ),
  ]);
  s.add('blank', []);
  s.add('section', [text(t('ccgAccounts', L))]);
  for (const [g, accounts] of byGroup) {
    s.add('section', [text(t(GROUP_TEXT[g], L))], { indent: 1 });
    detailRows.get(g)!.forEach((n, i) => {
      const a = accounts[i];
      row('detail', n, text(a.label, a.fromData), a, (col) => num(a[cols[col]], 'tkr'), empty());
    });
  }
  return s.build({ freeze: { rows: 5, cols: 1 } });
}
