/**
 * Golden tests of "Deltagare" through buildReport. The monthly flows are seed 000's
 * (jan–apr 2017, here 2024): January 50 + 30 in, 21 + 20 out, and so on — and the
 * "Totalt perioden" row that the seed left empty is computed: 121 + 87 = 208 in, 93 + 63 =
 * 156 out.
 */
import { buildReport } from '../../../src/core/report';
import type { RangeData } from '../../../src/core/input/types';
import type { ReportModel } from '../../../src/core/model/types';
import { ModelEvaluator } from '../../helpers/evalModel';
import { range, settings } from '../../helpers/ranges';
import { cellAt, fx, rowTexts, sheetOf, textAt } from './helpers';

const ledger = range('Huvudbok', [
  ['Period', 'Konto', 'Belopp'],
  ['2024-04', 5010, 100],
  ['2024-04', 1920, -100],
]);

function build(extra: RangeData[]): ReportModel {
  const r = buildReport({ ranges: [ledger, settings({ Organisation: 'Sjuhärad', Period: 4 }), ...extra], generatedAt: new Date(2024, 4, 2, 8, 0) });
  if (!r.model) throw new Error(JSON.stringify(r.problems));
  return r.model;
}

const flows = range('Deltagare', [
  ['Månad', 'Kommun', 'Kön', 'Inskrivna', 'Utskrivna'],
  ['2024-01', 'Borås', 'K', 50, 21],
  ['2024-01', 'Borås', 'M', 30, 20],
  ['2024-02', 'Borås', 'Kvinna', 25, 19],
  ['2024-02', 'Borås', 'Man', 32, 9],
  ['2024-03', 'Mark', 'K', 28, 38],
  ['2024-03', 'Mark', 'M', 18, 22],
  [202404, 'Mark', 'F', 18, 15],
  ['2024-04', 'Mark', 'M', '7', 12],
  ['2023-12', 'Mark', 'K', 5, 5], // the year before: not in the period
]);
const volumes = range(
  'Arsvolym',
  [
    ['Kommun', 'Förväntad årsvolym'],
    ['Borås', 409],
    ['Mark', 145],
    ['Bollebygd', 47],
  ],
  { sheet: 'Deltagare', col: 8 },
);

describe('Deltagare: per municipality and per month, with expected volumes', () => {
  const m = build([flows, volumes]);

  it('per municipality: registrations by gender, ends, volume and utilisation pro rata (jan–apr = 4/12)', () => {
    expect(textAt(m, 'participants', 'A2')).toBe('Deltagare jan–apr 2024');
    expect(rowTexts(m, 'participants', 5)).toEqual([
      'Kommun',
      'Inskrivna kvinnor',
      'Inskrivna män',
      'Inskrivna',
      'Utskrivna',
      'Förväntad årsvolym',
      'Nyttjandegrad',
    ]);
    expect(rowTexts(m, 'participants', 6).slice(0, 6)).toEqual(['Borås', '75', '62', '=B6+C6→137', '69', '409']);
    // 137 ÷ (409 × 4/12) = 1644 ÷ 1636
    expect(cellAt(m, 'participants', 'G6')).toMatchObject({ kind: 'formula', formula: 'IF(ABS(F6*4/12)<1,"",D6/(F6*4/12))', style: 'percent' });
    expect((cellAt(m, 'participants', 'G6') as { value: string }).value.slice(0, 12)).toBe('1.0048899755');
    expect(rowTexts(m, 'participants', 7).slice(0, 6)).toEqual(['Mark', '46', '25', '=B7+C7→71', '87', '145']);
    expect((cellAt(m, 'participants', 'G7') as { value: string }).value.slice(0, 12)).toBe('1.4689655172'); // 71 ÷ (145 × 4/12) = 852 ÷ 580
    // a municipality in Arsvolym without participants: zeros, utilisation 0
    expect(rowTexts(m, 'participants', 8)).toEqual(['Bollebygd', '0', '0', '=B8+C8→0', '0', '47', '=IF(ABS(F8*4/12)<1,"",D8/(F8*4/12))→0']);
    expect(rowTexts(m, 'participants', 9).slice(0, 6)).toEqual([
      'Totalt perioden',
      '=SUM(B6:B8)→121',
      '=SUM(C6:C8)→87',
      '=B9+C9→208',
      '=SUM(E6:E8)→156',
      '=SUM(F6:F8)→601',
    ]);
    expect((cellAt(m, 'participants', 'G9') as { value: string }).value.slice(0, 12)).toBe('1.0382695507'); // 2496 ÷ 2404
    expect(sheetOf(m, 'participants').rows[8].role).toBe('total');
  });

  it('per month by gender with monthly totals and a computed period total (seed 000)', () => {
    expect(textAt(m, 'participants', 'A11')).toBe('Flöden per månad');
    expect(rowTexts(m, 'participants', 12)).toEqual([
      'Månad',
      'Inskrivna kvinnor',
      'Inskrivna män',
      'Inskrivna',
      'Utskrivna kvinnor',
      'Utskrivna män',
      'Utskrivna',
    ]);
    expect(rowTexts(m, 'participants', 13)).toEqual(['jan', '50', '30', '=B13+C13→80', '21', '20', '=E13+F13→41']);
    expect(rowTexts(m, 'participants', 14)).toEqual(['feb', '25', '32', '=B14+C14→57', '19', '9', '=E14+F14→28']);
    expect(rowTexts(m, 'participants', 15)).toEqual(['mar', '28', '18', '=B15+C15→46', '38', '22', '=E15+F15→60']);
    expect(rowTexts(m, 'participants', 16)).toEqual(['apr', '18', '7', '=B16+C16→25', '15', '12', '=E16+F16→27']);
    expect(rowTexts(m, 'participants', 17)).toEqual([
      'Totalt perioden',
      '=SUM(B13:B16)→121',
      '=SUM(C13:C16)→87',
      '=SUM(D13:D16)→208',
      '=SUM(E13:E16)→93',
      '=SUM(F13:F16)→63',
      '=SUM(G13:G16)→156',
    ]);
    expect(cellAt(m, 'participants', 'D17')).toEqual(fx('SUM(D13:D16)', '208', 'integer'));
    expect(textAt(m, 'participants', 'A19')).toBe(
      'Nyttjandegrad = inskrivna ÷ (förväntad årsvolym × 4/12), tom när färre än en deltagare väntas under perioden.',
    );
  });

  it('leaves utilisation empty against fewer than one expected participant (issue 15)', () => {
    // Mark expects 2 a year: 2 × 4/12 = 0,67 participants in jan–apr, against whom its 71 would be 10 650 %
    const small = build([
      flows,
      range(
        'Arsvolym',
        [
          ['Kommun', 'Förväntad årsvolym'],
          ['Borås', 409],
          ['Mark', 2],
          ['Bollebygd', 3],
        ],
        { sheet: 'Deltagare', col: 8 },
      ),
    ]);
    expect(cellAt(small, 'participants', 'G7')).toEqual(fx('IF(ABS(F7*4/12)<1,"",D7/(F7*4/12))', '', 'percent'));
    // Bollebygd's 3 a year is exactly 1 expected: shown (0 registered → 0 %)
    expect(cellAt(small, 'participants', 'G8')).toEqual(fx('IF(ABS(F8*4/12)<1,"",D8/(F8*4/12))', '0', 'percent'));
    expect((cellAt(small, 'participants', 'G6') as { value: string }).value.slice(0, 12)).toBe('1.0048899755');
    expect(new ModelEvaluator(small).mismatches()).toEqual([]);
  });

  it('a chart of the monthly flows below the tables, its data (formulas over the month table) right of them', () => {
    expect(sheetOf(m, 'participants').charts).toEqual([
      {
        kind: 'bar',
        title: 'In- och utflöden per månad jan–apr 2024',
        categories: 'J23:J26',
        series: [
          { name: 'Inskrivna', values: 'K23:K26' },
          { name: 'Utskrivna', values: 'L23:L26' },
        ],
        anchor: 'A21',
        end: 'F40',
      },
    ]);
    expect(rowTexts(m, 'participants', 23).slice(9)).toEqual([
      'jan',
      `=D13→${(cellAt(m, 'participants', 'D13') as { value: string }).value}`,
      `=G13→${(cellAt(m, 'participants', 'G13') as { value: string }).value}`,
    ]);
    expect(
      rowTexts(m, 'participants', 23)
        .slice(0, 9)
        .every((c) => c === ''),
    ).toBe(true);
    // A–H print; the data from J does not
    expect(sheetOf(m, 'participants').print).toMatchObject({ columns: 8 });
  });

  it('every formula states its value; a check counts the rows; the JSON has both tables', () => {
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
    expect(m.checks.find((c) => c.key === 'participantsRows')).toMatchObject({
      status: 'ok',
      detail: '8 rader i perioden; 1 rader utanför perioden används inte',
    });
    const byMonth = m.statements.find((s) => s.key === 'participantsByMonth')!;
    expect(byMonth.lines.map((l) => l.values.registered)).toEqual(['80', '57', '46', '25']);
    const byMunicipality = m.statements.find((s) => s.key === 'participantsByMunicipality')!;
    expect(byMunicipality.lines.map((l) => [l.key, l.values.registered, l.values.ended, l.values.volume])).toEqual([
      ['Borås', '137', '69', '409'],
      ['Mark', '71', '87', '145'],
      ['Bollebygd', '0', '0', '47'],
    ]);
  });
});

describe('Deltagare with a person id and without Arsvolym', () => {
  const m = build([
    range('Deltagare', [
      ['Period', 'Kommun', 'Kön', 'In', 'Ut', 'Personnummer'],
      ['2024-01', 'Borås', 'K', 1, 0, '19800101-1234'],
      ['2024-02', 'Borås', 'M', 1, 0, '19900202-2345'],
      ['2024-03', 'Borås', 'K', 0, 1, '19800101-1234'],
      ['2024-04', 'Mark', 'K', 1, null, '19800101-1234'],
    ]),
  ]);

  it('counts unique participants per municipality; the total counts a person once', () => {
    expect(rowTexts(m, 'participants', 5)).toEqual(['Kommun', 'Inskrivna kvinnor', 'Inskrivna män', 'Inskrivna', 'Utskrivna', 'Unika deltagare']);
    expect(rowTexts(m, 'participants', 6)).toEqual(['Borås', '1', '1', '=B6+C6→2', '1', '2']);
    expect(rowTexts(m, 'participants', 7)).toEqual(['Mark', '1', '0', '=B7+C7→1', '0', '1']);
    expect(rowTexts(m, 'participants', 8)).toEqual(['Totalt perioden', '=SUM(B6:B7)→2', '=SUM(C6:C7)→1', '=B8+C8→3', '=SUM(E6:E7)→1', '2']);
    // person ids are never written to the report
    const texts = sheetOf(m, 'participants')
      .rows.flatMap((r) => r.cells)
      .filter((c) => c.kind === 'text')
      .map((c) => (c as { text: string }).text);
    expect(texts.some((s) => s.includes('19800101'))).toBe(false);
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});
