/**
 * "Deltagare": per municipality the period's registrations (women, men, total), ends, unique
 * participants when the range has person ids, and utilisation of the expected annual volume
 * pro rata; per month registrations and ends by gender with monthly totals and a computed
 * "Totalt perioden" row (seed 000's tables — whose period total was left empty); and a
 * chart of the monthly flows below them (its data right of the tables, not printed: charts.ts).
 */
import type { Lang } from '../input/types';
import { countText, Dec, decimalOf, ZERO } from '../money';
import type { CellValue, SheetModel, StatementData } from '../model/types';
import { type ParticipantSummary, totalOf, utilisation } from '../plans/participants';
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

/** Lays out the participants sheet. */
export function participantsSheet(info: LayoutInfo, p: ParticipantSummary, name: string): SheetModel {
  const L = info.lang;
  const s = new SheetBuilder('participants', name, [22, 12, 12, 12, 12, 12, 12, 12]);
  s.titleRows({ organisation: info.organisation, title: t('titleParticipants', L, { period: info.periodLabel }), generatedAt: info.generatedAt, lang: L });

  // Per municipality: A Kommun, B Inskrivna kvinnor, C Inskrivna män, D Inskrivna, E Utskrivna, [Unika], [Förväntad årsvolym, Nyttjandegrad]
  const hasUnique = p.uniqueTotal !== undefined;
  const hasVolume = p.municipalities.some((m) => m.volume !== undefined);
  const volumeCol = colLetter(hasUnique ? 6 : 5);
  const header = [
    text(t('colMunicipality', L)),
    text(t('colRegisteredWomen', L)),
    text(t('colRegisteredMen', L)),
    text(t('colRegistered', L)),
    text(t('colEnded', L)),
  ];
  if (hasUnique) header.push(text(t('colUnique', L)));
  if (hasVolume) header.push(text(t('colVolume', L)), text(t('colUtilisation', L)));
  s.add('header', header);
  const first = s.rows.length + 1;
  const utilisationCell = (row: number, registered: number, volume: number | undefined): CellValue => {
    if (volume === undefined || volume === 0) return empty();
    // Only against at least one expected participant in the period (layout/percentRule.ts).
    const expected = `${volumeCol}${row}*${p.period}/12`;
    const u = new Dec(volume).times(p.period).div(12).abs().lessThan(UTILISATION_MIN_EXPECTED) ? null : utilisation(registered, volume, p.period);
    return formula(`IF(ABS(${expected})<${UTILISATION_MIN_EXPECTED},"",D${row}/(${expected}))`, u, 'percent');
  };
  for (const m of p.municipalities) {
    const row = s.rows.length + 1;
    const cells: CellValue[] = [
      text(m.name, true),
      count(m.registered.women),
      count(m.registered.men),
      formula(`B${row}+C${row}`, new Dec(totalOf(m.registered)), 'integer'),
      count(totalOf(m.ended)),
    ];
    if (hasUnique) cells.push(count(m.unique ?? 0));
    if (hasVolume) cells.push(m.volume === undefined ? empty() : count(m.volume), utilisationCell(row, totalOf(m.registered), m.volume));
    s.add('line', cells);
  }
  const rows = p.municipalities.map((_, i) => first + i);
  const totalRow = s.rows.length + 1;
  const sumOf = (col: string, values: number[]) =>
    formula(
      sumFormula(col, rows),
      values.reduce((a, v) => a.plus(v), ZERO),
      'integer',
    );
  const registeredTotal = p.municipalities.reduce((a, m) => a + totalOf(m.registered), 0);
  const totals: CellValue[] = [
    text(t('partTotal', L)),
    sumOf(
      'B',
      p.municipalities.map((m) => m.registered.women),
    ),
    sumOf(
      'C',
      p.municipalities.map((m) => m.registered.men),
    ),
    formula(`B${totalRow}+C${totalRow}`, new Dec(registeredTotal), 'integer'),
    sumOf(
      'E',
      p.municipalities.map((m) => totalOf(m.ended)),
    ),
  ];
  // A person who moved is one participant: the total of unique participants is counted, not summed.
  if (hasUnique) totals.push(count(p.uniqueTotal ?? 0));
  if (hasVolume) {
    const volumes = p.municipalities.map((m) => m.volume);
    const allVolumes = volumes.every((v) => v !== undefined);
    const volumeTotal = volumes.reduce<number>((a, v) => a + (v ?? 0), 0);
    totals.push(
      sumOf(
        volumeCol,
        volumes.map((v) => v ?? 0),
      ),
      allVolumes ? utilisationCell(totalRow, registeredTotal, volumeTotal) : empty(),
    );
  }
  s.add('total', totals);
  s.add('blank', []);

  // Per month: A Månad, B–D Inskrivna kvinnor, män, totalt; E–G Utskrivna kvinnor, män, totalt.
  s.add('section', [text(t('partByMonth', L))]);
  s.add('header', [
    text(t('colMonth', L)),
    text(t('colRegisteredWomen', L)),
    text(t('colRegisteredMen', L)),
    text(t('colRegistered', L)),
    text(t('colEndedWomen', L)),
    text(t('colEndedMen', L)),
    text(t('colEnded', L)),
  ]);
  const firstMonth = s.rows.length + 1;
  for (const m of p.months) {
    const row = s.rows.length + 1;
    s.add('line', [
      text(monthLabel(m.year, m.month, info)),
      count(m.registered.women),
      count(m.registered.men),
      formula(`B${row}+C${row}`, new Dec(totalOf(m.registered)), 'integer'),
      count(m.ended.women),
      count(m.ended.men),
      formula(`E${row}+F${row}`, new Dec(totalOf(m.ended)), 'integer'),
    ]);
  }
  const monthRows = p.months.map((_, i) => firstMonth + i);
  const monthSum = (col: string, pick: (i: number) => number) =>
    formula(sumFormula(col, monthRows), new Dec(p.months.reduce((a, _, i) => a + pick(i), 0)), 'integer');
  s.add('total', [
    text(t('partTotal', L)),
    monthSum('B', (i) => p.months[i].registered.women),
    monthSum('C', (i) => p.months[i].registered.men),
    monthSum('D', (i) => totalOf(p.months[i].registered)),
    monthSum('E', (i) => p.months[i].ended.women),
    monthSum('F', (i) => p.months[i].ended.men),
    monthSum('G', (i) => totalOf(p.months[i].ended)),
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

/** The participant flows for the `--json` document: per municipality and per month. */
export function participantsData(info: LayoutInfo, p: ParticipantSummary, lang: Lang): StatementData[] {
  const decimalOfOrNull = (v: Dec | null) => (v === null ? null : decimalOf(v));
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
