/**
 * The charts of "Uppföljning KST" and the "Kvar av helårsbudget" column, by hand: two cost
 * centres and the contributions through February, a linear and a monthly budget row.
 *
 * Result by month: jan −(−1 200 + 300) = 900, feb −(100 + 200) = −300 → cumulative 900, 600
 * (= Periodens resultat). Budget by month: −(1 200/12 + 50 − 2 400/12) = 50 → cumulative 50
 * … 600 in December (= the full-year budget result).
 */
import { buildReport } from '../../../src/core/report';
import type { ReportModel } from '../../../src/core/model/types';
import { ModelEvaluator } from '../../helpers/evalModel';
import { range, settings } from '../../helpers/ranges';
import { cellAt, fx, rowTexts, sheetOf } from './helpers';

function build(withBudget: boolean): ReportModel {
  const r = buildReport({
    ranges: [
      range('Huvudbok', [
        ['Period', 'Konto', 'KST', 'Belopp'],
        ['2024-01', 3810, 9000, -1200],
        ['2024-01', 1920, null, 1200],
        ['2024-01', 5539, 3001, 300],
        ['2024-01', 1920, null, -300],
        ['2024-02', 5539, 3001, 100],
        ['2024-02', 5010, 3002, 200],
        ['2024-02', 1920, null, -300],
      ]),
      ...(withBudget
        ? [
            range('Budget', [
              ['KST', 'Konto', 'Helår', ...Array.from({ length: 12 }, (_, i) => String(i + 1))],
              [3001, 5539, 1200],
              [3002, 5010, 600, ...Array<number>(12).fill(50)],
              [9000, 3810, -2400],
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
    expect(cellAt(m, 'costCentres', 'J6')).toEqual(fx('H6-C6', '-800', 'tkr'));
    expect(cellAt(m, 'costCentres', 'J8')).toEqual(fx('H8-C8', '-1200', 'tkr'));
    // contributions: 2 400 − 1 200; result: 600 − 600
    expect(cellAt(m, 'costCentres', 'J9')).toEqual(fx('H9-C9', '1200', 'tkr'));
    expect(cellAt(m, 'costCentres', 'J10')).toEqual(fx('H10-C10', '0', 'tkr'));
    expect(sheetOf(m, 'costCentres').conditional![0].range).toBe('A6:J8');
  });

  it("lays out the bar chart's data: net cost per cost centre as formulas over the table", () => {
    expect(rowTexts(m, 'costCentres', 15)).toEqual(['Diagramdata']);
    expect(rowTexts(m, 'costCentres', 16)).toEqual(['KST', 'Namn', 'Nettokostnad utfall', 'Nettokostnad budget']);
    expect(rowTexts(m, 'costCentres', 17)).toEqual(['3001', '3001', '=-C6→400', '=-D6→200']);
    expect(rowTexts(m, 'costCentres', 18)).toEqual(['3002', '3002', '=-C7→200', '=-D7→100']);
  });

  it('lays out the monthly result: monthly values, cumulative running sums; actual only through the period', () => {
    expect(rowTexts(m, 'costCentres', 20)).toEqual(['', 'Månad', 'Resultat ackumulerat', 'Budget ackumulerad', 'Resultat månad', 'Budget månad']);
    expect(rowTexts(m, 'costCentres', 21)).toEqual(['', 'jan', '=E21→900', '=F21→50', '900', '50']);
    expect(rowTexts(m, 'costCentres', 22)).toEqual(['', 'feb', '=C21+E22→600', '=D21+F22→100', '-300', '50']);
    expect(rowTexts(m, 'costCentres', 23)).toEqual(['', 'mar', '', '=D22+F23→150', '', '50']);
    expect(rowTexts(m, 'costCentres', 32)).toEqual(['', 'dec', '', '=D31+F32→600', '', '50']);
    // the cumulative result at the period's end is the result for the period
    expect((cellAt(m, 'costCentres', 'C10') as { value: string }).value).toBe('600');
  });

  it('the ChartSpecs point at that data', () => {
    expect(sheetOf(m, 'costCentres').charts).toEqual([
      {
        kind: 'bar',
        title: 'Nettokostnad per kostnadsställe jan–feb 2024: utfall och budget',
        categories: 'B17:B18',
        series: [
          { name: 'Nettokostnad utfall', values: 'C17:C18' },
          { name: 'Nettokostnad budget', values: 'D17:D18' },
        ],
        anchor: 'H16',
      },
      {
        kind: 'line',
        title: 'Ackumulerat resultat per månad mot budget 2024',
        categories: 'B21:B32',
        series: [
          { name: 'Resultat ackumulerat', values: 'C21:C32' },
          { name: 'Budget ackumulerad', values: 'D21:D32' },
        ],
        anchor: 'H34',
      },
    ]);
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
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
