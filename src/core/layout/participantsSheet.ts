/**
 * "Deltagare": key figures first (registered and ended by gender, unique participants,
 * utilisation with its calculation, the same period last year beside them); per
 * municipality the period's registrations and ends by gender, unique participants when the
 * range has person ids, utilisation of the expected annual volume pro rata and last year's
 * registrations; the same per insats when the data names one; per month registrations and
 * ends by gender with a computed "Totalt perioden" row (seed 000's tables — whose period
 * total was left empty); and a chart of the monthly flows below them (its data right of the
 * tables, not printed: charts.ts).
 */
import type { Lang } from '../input/types';
import { countText, Dec, decimalOf } from '../money';
import type { CellValue, SheetModel, StatementData } from '../model/types';
import { type Flows, type ParticipantSummary, totalOf, utilisation } from '../plans/participants';
import { foldKey } from '../input/cells';
import { monthName } from '../text/months';
import { placeChart, printTableOnly, tableWidthOf, type ChartPlace } from './charts';
import type { LayoutInfo } from './common';
import { UTILISATION_MIN_EXPECTED } from './percentRule';
import { colLetter, empty, formula, num, SheetBuilder, sumFormula, text } from './sheetBuilder';
import { t } from './texts';

const count = (n: number) => num(new Dec(n), 'integer');

/** Label of a calendar month: `jan`, or `jan 2024` when the fiscal year is not the calendar year. */
function monthLabel(year: number, month: number, info: LayoutInfo): string {
  return info.firstMonth === 1 ? monthName(month, info.lang, 'short') : `${monthName(month, info.lang, 'short')} ${year}`;
}

/** The flows columns B–G of a row: registered women, men, total; ended women, men, total. */
function flowCells(row: number, f: Flows): CellValue[] {
  return [
    count(f.registered.women),
    count(f.registered.men),
    formula(`B${row}+C${row}`, new Dec(totalOf(f.registered)), 'integer'),
    count(f.ended.women),
    count(f.ended.men),
    formula(`E${row}+F${row}`, new Dec(totalOf(f.ended)), 'integer'),
  ];
}

function flowHeaders(L: Lang): CellValue[] {
  return [
    text(t('colRegisteredWomen', L)),
    text(t('colRegisteredMen', L)),
    text(t('colRegistered', L)),
    text(t('colEndedWomen', L)),
    text(t('colEndedMen', L)),
    text(t('colEnded', L)),
  ];
}

/** The total row's B–G: sums of the group rows. */
function flowTotals(rows: number[], groups: readonly Flows[]): CellValue[] {
  const sum = (col: string, pick: (f: Flows) => number) => formula(sumFormula(col, rows), new Dec(groups.reduce((a, g) => a + pick(g), 0)), 'integer');
  return [
    sum('B', (f) => f.registered.women),
    sum('C', (f) => f.registered.men),
    sum('D', (f) => totalOf(f.registered)),
    sum('E', (f) => f.ended.women),
    sum('F', (f) => f.ended.men),
    sum('G', (f) => totalOf(f.ended)),
  ];
}

/** Where the key figures read from: the municipality table's total row and its optional columns. */
interface TotalsAt {
  row: number;
  uniqueCol?: string;
  volumeCol?: string;
  utilisationCol?: string;
}

/**
 * The key figures the seeds lead with ("119 deltagare (55 kvinnor och 64 män). Under samma
 * period förra året hade 90"): live links to the municipality table's totals, the same
 * period the year before beside them, and the utilisation with its calculation written out.
 */
function keyFigures(s: SheetBuilder, info: LayoutInfo, p: ParticipantSummary, at: TotalsAt): void {
  const L = info.lang;
  const prev = p.previous;
  s.add('section', [text(t('partKeyFigures', L))]);
  s.add('header', [
    empty(),
    text(info.periodLabel),
    ...(prev ? [text(info.prevPeriodLabel), text(t('colChange', L))] : []),
    ...(at.utilisationCol ? [text(t('colCalculation', L))] : []),
  ]);
  const line = (label: string, col: string, value: number, prevValue: number | undefined, indent = 0) => {
    const row = s.rows.length + 1;
    const cells: CellValue[] = [text(label), formula(`${col}${at.row}`, new Dec(value), 'integer')];
    if (prev) {
      cells.push(prevValue === undefined ? empty() : count(prevValue));
      cells.push(prevValue === undefined ? empty() : formula(`B${row}-C${row}`, new Dec(value - prevValue), 'integer'));
    }
    s.add('line', cells, { indent });
    return row;
  };
  const totals = sumFlows(p.municipalities);
  /** A flow's total, then of which women and men, each beside the same period last year. */
  const flowLines = (kind: keyof Flows, label: string, [all, women, men]: readonly [string, string, string]) => {
    const now = totals[kind];
    const before = prev?.total[kind];
    const row = line(label, all, totalOf(now), before && totalOf(before));
    line(t('partOfWhichWomen', L), women, now.women, before?.women, 1);
    line(t('partOfWhichMen', L), men, now.men, before?.men, 1);
    return row;
  };
  const registeredRow = flowLines('registered', t('partRegisteredInPeriod', L), ['D', 'B', 'C']);
  if (at.uniqueCol !== undefined) line(t('colUnique', L), at.uniqueCol, p.uniqueTotal ?? 0, prev?.uniqueTotal);
  flowLines('ended', t('partEndedInPeriod', L), ['G', 'E', 'F']);
  if (at.volumeCol !== undefined) {
    const volumes = p.municipalities.map((m) => m.volume ?? 0).reduce((a, v) => a + v, 0);
    const registered = totalOf(totals.registered);
    const volumeRow = s.rows.length + 1;
    line(t('colVolume', L), at.volumeCol, volumes, undefined);
    // The same rule as the table's (layout/percentRule.ts), and only when every municipality has a volume.
    const allVolumes = p.municipalities.every((m) => m.volume !== undefined);
    const expected = `B${volumeRow}*${p.period}/12`;
    const tooFew = new Dec(volumes).times(p.period).div(12).abs().lessThan(UTILISATION_MIN_EXPECTED);
    s.add('line', [
      text(t('colUtilisation', L)),
      allVolumes
        ? formula(
            `IF(ABS(${expected})<${UTILISATION_MIN_EXPECTED},"",B${registeredRow}/(${expected}))`,
            tooFew ? null : utilisation(registered, volumes, p.period),
            'percent',
          )
        : empty(),
      ...(prev ? [empty(), empty()] : []),
      allVolumes ? text(t('partUtilisationCalc', L, { registered: countText(registered), volume: countText(volumes), months: p.period })) : empty(),
    ]);
  }
  if (!prev) s.add('subtitle', [text(t('partNoPrevious', L, { period: info.prevPeriodLabel }))]);
  s.add('blank', []);
}

function sumFlows(groups: readonly Flows[]): Flows {
  const f: Flows = { registered: { women: 0, men: 0 }, ended: { women: 0, men: 0 } };
  for (const g of groups) {
    f.registered.women += g.registered.women;
    f.registered.men += g.registered.men;
    f.ended.women += g.ended.women;
    f.ended.men += g.ended.men;
  }
  return f;
}

/** Rows the key-figure block takes, so its formulas can point at the table below it. */
function keyFigureRows(p: ParticipantSummary, hasUnique: boolean, hasVolume: boolean): number {
  return 2 + 6 + (hasUnique ? 1 : 0) + (hasVolume ? 2 : 0) + (p.previous ? 0 : 1) + 1;
}

/** Lays out the participants sheet: key figures, per municipality, per insats, per month. */
export function participantsSheet(
  info: LayoutInfo,
  p: ParticipantSummary,
  name: string,
  insatsName: (code: string) => string | undefined = () => undefined,
): SheetModel {
  const L = info.lang;
  // Per municipality: A Kommun, B–G flows, [Unika], [Förväntad årsvolym, Nyttjandegrad], [Inskrivna samma period i fjol]
  const hasUnique = p.uniqueTotal !== undefined;
  const hasVolume = p.municipalities.some((m) => m.volume !== undefined);
  const prev = p.previous;
  let next = 7;
  const uniqueCol = hasUnique ? colLetter(next++) : undefined;
  const volumeCol = hasVolume ? colLetter(next++) : undefined;
  const utilisationCol = hasVolume ? colLetter(next++) : undefined;
  const prevCol = prev ? colLetter(next++) : undefined;
  // The municipality table is the widest: the sheet's printed width (the chart's data goes right of it).
  const s = new SheetBuilder('participants', name, [24, ...Array<number>(next - 1).fill(12)]);
  s.titleRows({ organisation: info.organisation, title: t('titleParticipants', L, { period: info.periodLabel }), generatedAt: info.generatedAt, lang: L });

  const tableHeader = s.rows.length + keyFigureRows(p, hasUnique, hasVolume) + 1;
  const first = tableHeader + 1;
  const totalRow = first + p.municipalities.length;
  keyFigures(s, info, p, { row: totalRow, uniqueCol, volumeCol, utilisationCol });
  if (s.rows.length + 1 !== tableHeader) throw new Error('participantsSheet: key-figure rows miscounted');

  const header = [text(t('colMunicipality', L)), ...flowHeaders(L)];
  if (hasUnique) header.push(text(t('colUnique', L)));
  if (hasVolume) header.push(text(t('colVolume', L)), text(t('colUtilisation', L)));
  if (prev) header.push(text(t('colRegisteredIn', L, { period: info.prevPeriodLabel })));
  s.add('header', header);
  const utilisationCell = (row: number, registered: number, volume: number | undefined): CellValue => {
    if (volume === undefined || volume === 0 || volumeCol === undefined) return empty();
    // Only against at least one expected participant in the period (layout/percentRule.ts).
    const expected = `${volumeCol}${row}*${p.period}/12`;
    const u = new Dec(volume).times(p.period).div(12).abs().lessThan(UTILISATION_MIN_EXPECTED) ? null : utilisation(registered, volume, p.period);
    return formula(`IF(ABS(${expected})<${UTILISATION_MIN_EXPECTED},"",D${row}/(${expected}))`, u, 'percent');
  };
  for (const m of p.municipalities) {
    const row = s.rows.length + 1;
    const cells: CellValue[] = [text(m.name, true), ...flowCells(row, m)];
    if (hasUnique) cells.push(count(m.unique ?? 0));
    if (hasVolume) cells.push(m.volume === undefined ? empty() : count(m.volume), utilisationCell(row, totalOf(m.registered), m.volume));
    if (prev) {
      const f = prev.municipalities.get(foldKey(m.name));
      cells.push(count(f ? totalOf(f.registered) : 0));
    }
    s.add('line', cells);
  }
  const rows = p.municipalities.map((_, i) => first + i);
  const totals: CellValue[] = [text(t('partTotal', L)), ...flowTotals(rows, p.municipalities)];
  // A person who moved is one participant: the total of unique participants is counted, not summed.
  if (hasUnique) totals.push(count(p.uniqueTotal ?? 0));
  if (volumeCol !== undefined) {
    const volumes = p.municipalities.map((m) => m.volume);
    const allVolumes = volumes.every((v) => v !== undefined);
    const volumeTotal = volumes.reduce<number>((a, v) => a + (v ?? 0), 0);
    totals.push(
      formula(sumFormula(volumeCol, rows), new Dec(volumeTotal), 'integer'),
      allVolumes ? utilisationCell(totalRow, totalOf(sumFlows(p.municipalities).registered), volumeTotal) : empty(),
    );
  }
  if (prevCol !== undefined && prev) totals.push(formula(sumFormula(prevCol, rows), new Dec(totalOf(prev.total.registered)), 'integer'));
  s.add('total', totals);
  s.add('blank', []);

  if (p.insatser.length > 0) insatsTable(s, info, p, insatsName);

  // Per month: A Månad, B–D Inskrivna kvinnor, män, totalt; E–G Utskrivna kvinnor, män, totalt.
  s.add('section', [text(t('partByMonth', L))]);
  s.add('header', [text(t('colMonth', L)), ...flowHeaders(L)]);
  const firstMonth = s.rows.length + 1;
  for (const m of p.months) s.add('line', [text(monthLabel(m.year, m.month, info)), ...flowCells(s.rows.length + 1, m)]);
  s.add('total', [
    text(t('partTotal', L)),
    ...flowTotals(
      p.months.map((_, i) => firstMonth + i),
      p.months,
    ),
  ]);
  s.add('blank', []);
  if (hasVolume) s.add('subtitle', [text(t('partUtilisationRule', L, { months: p.period }))]);
  if (hasUnique) s.add('subtitle', [text(t('partUniqueRule', L))]);
  // The flows chart below the tables, its data (formulas over the monthly totals) right of them.
  if (p.months.length === 0) return s.build({ freeze: { rows: 5, cols: 1 } });
  const place: ChartPlace = { tableWidth: tableWidthOf(s), chartWidth: 6, lang: L };
  s.add('blank', []);
  const chart = placeChart(s, place, () => ({
    kind: 'bar',
    title: t('chartFlows', L, { period: info.periodLabel }),
    headings: [t('colMonth', L), t('colRegistered', L), t('colEnded', L)],
    rows: p.months.map((m, i) => [
      text(monthLabel(m.year, m.month, info)),
      formula(`D${firstMonth + i}`, new Dec(totalOf(m.registered)), 'integer'),
      formula(`G${firstMonth + i}`, new Dec(totalOf(m.ended)), 'integer'),
    ]),
    categories: 0,
    series: [
      { name: t('colRegistered', L), column: 1 },
      { name: t('colEnded', L), column: 2 },
    ],
  }));
  return s.build({ freeze: { rows: 5, cols: 1 }, charts: [chart], print: printTableOnly(undefined, place.tableWidth) });
}

/** Per insats (cost centre or project), when the data names one: the same flows, and last year's registrations. */
function insatsTable(s: SheetBuilder, info: LayoutInfo, p: ParticipantSummary, insatsName: (code: string) => string | undefined): void {
  const L = info.lang;
  const hasUnique = p.uniqueTotal !== undefined;
  const withPrev = p.previous !== undefined;
  const prevCol = colLetter(hasUnique ? 8 : 7);
  s.add('section', [text(t('partByInsats', L))]);
  s.add('header', [
    text(t('colInsats', L)),
    ...flowHeaders(L),
    ...(hasUnique ? [text(t('colUnique', L))] : []),
    ...(withPrev ? [text(t('colRegisteredIn', L, { period: info.prevPeriodLabel }))] : []),
  ]);
  const first = s.rows.length + 1;
  for (const g of p.insatser) {
    const row = s.rows.length + 1;
    const name = insatsName(g.code);
    const cells: CellValue[] = [text(name === undefined ? g.code : `${g.code} ${name}`, true), ...flowCells(row, g)];
    if (hasUnique) cells.push(count(g.unique ?? 0));
    if (withPrev) {
      const f = p.previous?.insatser.get(g.code);
      cells.push(count(f ? totalOf(f.registered) : 0));
    }
    s.add('line', cells);
  }
  const rows = p.insatser.map((_, i) => first + i);
  // Rows without an insats are not in this table: its total is the rows that name one.
  const prevTotal = p.insatser.reduce((a, g) => a + totalOf(p.previous?.insatser.get(g.code)?.registered ?? { women: 0, men: 0 }), 0);
  s.add('total', [
    text(t('partTotalWithInsats', L)),
    ...flowTotals(rows, p.insatser),
    ...(hasUnique ? [empty()] : []),
    ...(withPrev ? [formula(sumFormula(prevCol, rows), new Dec(prevTotal), 'integer')] : []),
  ]);
  s.add('blank', []);
}

/** The participant flows for the `--json` document: per municipality and per month. */
export function participantsData(info: LayoutInfo, p: ParticipantSummary, lang: Lang): StatementData[] {
  const decimalOfOrNull = (v: Dec | null) => (v === null ? null : decimalOf(v));
  // null when the data has no rows for last year's period at all; 0 for a group without any
  const previousRegistered = (f: Flows | undefined) => (p.previous === undefined ? null : countText(f ? totalOf(f.registered) : 0));
  const flows = (f: { registered: { women: number; men: number }; ended: { women: number; men: number } }) => ({
    registeredWomen: countText(f.registered.women),
    registeredMen: countText(f.registered.men),
    registered: countText(totalOf(f.registered)),
    endedWomen: countText(f.ended.women),
    endedMen: countText(f.ended.men),
    ended: countText(totalOf(f.ended)),
  });
  const flowColumns = [
    { key: 'registeredWomen', label: t('colRegisteredWomen', lang) },
    { key: 'registeredMen', label: t('colRegisteredMen', lang) },
    { key: 'registered', label: t('colRegistered', lang) },
    { key: 'endedWomen', label: t('colEndedWomen', lang) },
    { key: 'endedMen', label: t('colEndedMen', lang) },
    { key: 'ended', label: t('colEnded', lang) },
  ];
  return [
    {
      key: 'participantsByMunicipality',
      title: t('titleParticipants', lang, { period: info.periodLabel }),
      columns: [
        ...flowColumns,
        { key: 'unique', label: t('colUnique', lang) },
        { key: 'volume', label: t('colVolume', lang) },
        { key: 'utilisation', label: t('colUtilisation', lang) },
        { key: 'registeredPrevious', label: t('colRegisteredIn', lang, { period: info.prevPeriodLabel }) },
      ],
      lines: p.municipalities.map((m) => ({
        key: m.name,
        label: m.name,
        kind: 'line' as const,
        values: {
          ...flows(m),
          unique: m.unique === undefined ? null : countText(m.unique),
          volume: m.volume === undefined ? null : countText(m.volume),
          utilisation: decimalOfOrNull(utilisation(totalOf(m.registered), m.volume, p.period)),
          registeredPrevious: previousRegistered(p.previous?.municipalities.get(foldKey(m.name))),
        },
      })),
    },
    {
      key: 'participantsByInsats',
      title: t('partByInsats', lang),
      columns: [
        ...flowColumns,
        { key: 'unique', label: t('colUnique', lang) },
        { key: 'registeredPrevious', label: t('colRegisteredIn', lang, { period: info.prevPeriodLabel }) },
      ],
      lines: p.insatser.map((g) => ({
        key: g.code,
        label: g.code,
        kind: 'line' as const,
        values: {
          ...flows(g),
          unique: g.unique === undefined ? null : countText(g.unique),
          registeredPrevious: previousRegistered(p.previous?.insatser.get(g.code)),
        },
      })),
    },
    {
      key: 'participantsByMonth',
      title: t('partByMonth', lang),
      columns: flowColumns,
      lines: p.months.map((m) => ({
        key: `${m.year}-${String(m.month).padStart(2, '0')}`,
        label: monthLabel(m.year, m.month, info),
        kind: 'line' as const,
        values: flows(m),
      })),
    },
  ];
}
