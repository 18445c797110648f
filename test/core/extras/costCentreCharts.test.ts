/**
 * The charts of "Uppföljning KST" and the "Kvar av helårsbudget" column, by hand: two cost
 * centres and the contributions through February, a linear and a monthly budget row.
 *
 * In thousands of kronor (the table is in tkr, whose parts are whole thousands, issue 12):
 * result by month: jan −(−1 200 + 300) = 900, feb −(100 + 200) = −300 → cumulative 900, 600
 * (= Periodens resultat). Budget by month: −(1 200/12 + 50 − 2 400/12) = 50 → cumulative 50
 * … 600 in December (= the full-year budget result).
 */
import { buildReport } from '../../../src/core/report';
import { printTableOnly } from '../../../src/core/layout/charts';
import type { ReportModel } from '../../../src/core/model/types';
import { ModelEvaluator } from '../../helpers/evalModel';
import { range, settings } from '../../helpers/ranges';
import { cellAt, fx, rowTexts, sheetOf } from './helpers';

function build(withBudget: boolean): ReportModel {
  const r = buildReport({
    ranges: [
      range('Huvudbok', [
        ['Period', 'Konto', 'KST', 'Belopp'],
        ['2024-01', 3810, 9000, -1200000],
        ['2024-01', 1920, null, 1200000],
        ['2024-01', 5539, 3001, 300000],
        ['2024-01', 1920, null, -300000],
        ['2024-02', 5539, 3001, 100000],
        ['2024-02', 5010, 3002, 200000],
        ['2024-02', 1920, null, -300000],
      ]),
      ...(withBudget
        ? [
            range('Budget', [
              ['KST', 'Konto', 'Helår', ...Array.from({ length: 12 }, (_, i) => String(i + 1))],
              [3001, 5539, 1_200_000],
              [3002, 5010, 600_000, ...Array<number>(12).fill(50_000)],
              [9000, 3810, -2_400_000],
            ]),
          ]
        : []),
      settings({ Period: 2 }),
    ],
  });
  if (!r.model) throw new Error(JSON.stringify(r.problems));
  return r.model;
}

describe('Uppföljning KST with a budget', () => {
  const m = build(true);

  it('Kvar av helårsbudget = Budget helår − Utfall, on every row', () => {
    // Column J since the Prognosgrund column went (the basis is a note below the table).
    expect(rowTexts(m, 'costCentres', 5)[9]).toBe('Kvar av helårsbudget');
    expect(cellAt(m, 'costCentres', 'J6')).toEqual(fx('H6-C6', '-800000', 'tkr'));
    expect(cellAt(m, 'costCentres', 'J8')).toEqual(fx('H8-C8', '-1200000', 'tkr'));
    // contributions: 2 400 − 1 200; result: 600 − 600
    expect(cellAt(m, 'costCentres', 'J9')).toEqual(fx('H9-C9', '1200000', 'tkr'));
    expect(cellAt(m, 'costCentres', 'J10')).toEqual(fx('H10-C10', '0', 'tkr'));
    expect(sheetOf(m, 'costCentres').conditional![0].range).toBe('A6:J8');
  });

  // Below the table (row 14 blank) the chart blocks, 20 rows each and a blank row: their data
  // from column L (the table is A–J, K stays empty), the charts from column A.
  const data = (row: number) => {
    const cells = rowTexts(m, 'costCentres', row);
    expect(cells.slice(0, 12)).toEqual(Array<string>(12).fill('')); // the table A–K (K: the forecast comment), a gap
    return cells.slice(12);
  };

  it("lays out the bar chart's data right of the table: net cost per cost centre as formulas over it", () => {
    expect(rowTexts(m, 'costCentres', 14)).toEqual([]);
    expect(data(15)).toEqual(['Diagramdata']);
    expect(data(16)).toEqual(['KST', 'Namn', 'Nettokostnad utfall', 'Nettokostnad budget']);
    expect(data(17)).toEqual(['3001', '3001', '=-C6→400000', '=-D6→200000']);
    expect(data(18)).toEqual(['3002', '3002', '=-C7→200000', '=-D7→100000']);
  });

  it('lays out the monthly result: monthly values, cumulative running sums; actual only through the period', () => {
    expect(data(36)).toEqual(['Diagramdata']);
    expect(data(37)).toEqual(['Månad', 'Resultat ackumulerat', 'Budget ackumulerad', 'Resultat månad', 'Budget månad']);
    expect(data(38)).toEqual(['jan', '=P38→900000', '=Q38→50000', '900000', '50000']);
    expect(data(39)).toEqual(['feb', '=N38+P39→600000', '=O38+Q39→100000', '-300000', '50000']);
    expect(data(40)).toEqual(['mar', '', '=O39+Q40→150000', '', '50000']);
    expect(data(49)).toEqual(['dec', '', '=O48+Q49→600000', '', '50000']);
    // the cumulative result at the period's end is the result for the period
    expect((cellAt(m, 'costCentres', 'C10') as { value: string }).value).toBe('600000');
  });

  it('the ChartSpecs point at that data; the charts lie below the table in A–G, which prints, their data does not', () => {
    expect(sheetOf(m, 'costCentres').charts).toEqual([
      {
        kind: 'bar',
        title: 'Nettokostnad per kostnadsställe jan–feb 2024: utfall och budget',
        categories: 'N17:N18',
        series: [
          { name: 'Nettokostnad utfall', values: 'O17:O18' },
          { name: 'Nettokostnad budget', values: 'P17:P18' },
        ],
        anchor: 'A15',
        end: 'G34',
      },
      {
        kind: 'line',
        title: 'Ackumulerat resultat per månad mot budget 2024',
        categories: 'M38:M49',
        series: [
          { name: 'Resultat ackumulerat', values: 'N38:N49' },
          { name: 'Budget ackumulerad', values: 'O38:O49' },
        ],
        anchor: 'A36',
        end: 'G55',
      },
    ]);
    expect(sheetOf(m, 'costCentres').print).toMatchObject({ columns: 11 });
    // the sheet's rows reach the second chart's bottom (and the blank row after it)
    expect(sheetOf(m, 'costCentres').rows).toHaveLength(56);
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});

describe('printTableOnly', () => {
  it("sets the printed columns and keeps the rest of the sheet's print setup", () => {
    expect(printTableOnly({ orientation: 'portrait', footer: 'Förbundet', columns: 3 }, 11)).toEqual({
      orientation: 'portrait',
      footer: 'Förbundet',
      columns: 11,
    });
    // the orientation is the sheet builder's, for the printed width (layout/printSetup.ts)
    expect(printTableOnly(undefined, 8)).toEqual({ columns: 8 });
  });
});

describe('Uppföljning KST without a budget', () => {
  const m = build(false);

  it('charts the actuals alone', () => {
    const charts = sheetOf(m, 'costCentres').charts!;
    expect(charts.map((c) => c.series.map((s) => s.name))).toEqual([['Nettokostnad utfall'], ['Resultat ackumulerat']]);
    expect(cellAt(m, 'costCentres', 'J6')).toEqual({ kind: 'empty' });
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});
