/**
 * Golden tests of "Deltagare" through buildReport. The monthly flows are seed 000's
 * (jan–apr 2017, here 2024): January 50 + 30 in, 21 + 20 out, and so on — and the
 * "Totalt perioden" row that the seed left empty is computed: 121 + 87 = 208 in, 93 + 63 =
 * 156 out.
 */
import { buildReport } from '../../../src/core/report';
import { t } from '../../../src/core/layout/texts';
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

describe('Deltagare: key figures, per municipality and per month, with expected volumes', () => {
  const m = build([flows, volumes]);

  it('opens with key figures linked to the totals, the utilisation with its calculation, and says that last year is missing', () => {
    expect(textAt(m, 'participants', 'A2')).toBe('Deltagare jan–apr 2024');
    expect(textAt(m, 'participants', 'A5')).toBe('Nyckeltal');
    expect(rowTexts(m, 'participants', 6)).toEqual(['', 'jan–apr 2024', 'Beräkning']);
    // 121 women + 87 men registered; 93 + 63 ended (seed 000's months)
    expect(rowTexts(m, 'participants', 7)).toEqual(['Inskrivna deltagare', '=D21→208']);
    expect(rowTexts(m, 'participants', 8)).toEqual(['varav kvinnor', '=B21→121']);
    expect(rowTexts(m, 'participants', 9)).toEqual(['varav män', '=C21→87']);
    expect(rowTexts(m, 'participants', 10)).toEqual(['Utskrivna deltagare', '=G21→156']);
    expect(rowTexts(m, 'participants', 11)).toEqual(['varav kvinnor', '=E21→93']);
    expect(rowTexts(m, 'participants', 12)).toEqual(['varav män', '=F21→63']);
    expect(rowTexts(m, 'participants', 13)).toEqual(['Förväntad årsvolym', '=H21→601']);
    // 208 ÷ (601 × 4/12) = 2496 ÷ 2404
    expect(cellAt(m, 'participants', 'B14')).toMatchObject({ kind: 'formula', formula: 'IF(ABS(B13*4/12)<1,"",B7/(B13*4/12))', style: 'percent' });
    expect((cellAt(m, 'participants', 'B14') as { value: string }).value.slice(0, 12)).toBe('1.0382695507');
    expect(textAt(m, 'participants', 'C14')).toBe('= 208 ÷ (601 × 4/12)');
    expect(textAt(m, 'participants', 'A15')).toBe('Deltagarunderlaget har inga rader för samma period föregående år (jan–apr 2023); jämförelse saknas.');
  });

  it('per municipality: registrations and ends by gender, volume and utilisation pro rata (jan–apr = 4/12)', () => {
    expect(rowTexts(m, 'participants', 17)).toEqual([
      'Kommun',
      'Inskrivna kvinnor',
      'Inskrivna män',
      'Inskrivna',
      'Utskrivna kvinnor',
      'Utskrivna män',
      'Utskrivna',
      'Förväntad årsvolym',
      'Nyttjandegrad',
    ]);
    // Borås ended: women 21 + 19 = 40, men 20 + 9 = 29
    expect(rowTexts(m, 'participants', 18).slice(0, 8)).toEqual(['Borås', '75', '62', '=B18+C18→137', '40', '29', '=E18+F18→69', '409']);
    // 137 ÷ (409 × 4/12) = 1644 ÷ 1636
    expect(cellAt(m, 'participants', 'I18')).toMatchObject({ kind: 'formula', formula: 'IF(ABS(H18*4/12)<1,"",D18/(H18*4/12))', style: 'percent' });
    expect((cellAt(m, 'participants', 'I18') as { value: string }).value.slice(0, 12)).toBe('1.0048899755');
    // Mark ended: women 38 + 15 = 53, men 22 + 12 = 34
    expect(rowTexts(m, 'participants', 19).slice(0, 8)).toEqual(['Mark', '46', '25', '=B19+C19→71', '53', '34', '=E19+F19→87', '145']);
    expect((cellAt(m, 'participants', 'I19') as { value: string }).value.slice(0, 12)).toBe('1.4689655172'); // 71 ÷ (145 × 4/12) = 852 ÷ 580
    // a municipality in Arsvolym without participants: zeros, utilisation 0
    expect(rowTexts(m, 'participants', 20)).toEqual([
      'Bollebygd',
      '0',
      '0',
      '=B20+C20→0',
      '0',
      '0',
      '=E20+F20→0',
      '47',
      '=IF(ABS(H20*4/12)<1,"",D20/(H20*4/12))→0',
    ]);
    expect(rowTexts(m, 'participants', 21).slice(0, 8)).toEqual([
      'Totalt perioden',
      '=SUM(B18:B20)→121',
      '=SUM(C18:C20)→87',
      '=SUM(D18:D20)→208',
      '=SUM(E18:E20)→93',
      '=SUM(F18:F20)→63',
      '=SUM(G18:G20)→156',
      '=SUM(H18:H20)→601',
    ]);
    expect((cellAt(m, 'participants', 'I21') as { value: string }).value.slice(0, 12)).toBe('1.0382695507'); // 2496 ÷ 2404
    expect(sheetOf(m, 'participants').rows[20].role).toBe('total');
  });

  it('per month by gender with monthly totals and a computed period total (seed 000)', () => {
    expect(textAt(m, 'participants', 'A23')).toBe('Flöden per månad');
    expect(rowTexts(m, 'participants', 24)).toEqual([
      'Månad',
      'Inskrivna kvinnor',
      'Inskrivna män',
      'Inskrivna',
      'Utskrivna kvinnor',
      'Utskrivna män',
      'Utskrivna',
    ]);
    expect(rowTexts(m, 'participants', 25)).toEqual(['jan', '50', '30', '=B25+C25→80', '21', '20', '=E25+F25→41']);
    expect(rowTexts(m, 'participants', 26)).toEqual(['feb', '25', '32', '=B26+C26→57', '19', '9', '=E26+F26→28']);
    expect(rowTexts(m, 'participants', 27)).toEqual(['mar', '28', '18', '=B27+C27→46', '38', '22', '=E27+F27→60']);
    expect(rowTexts(m, 'participants', 28)).toEqual(['apr', '18', '7', '=B28+C28→25', '15', '12', '=E28+F28→27']);
    expect(rowTexts(m, 'participants', 29)).toEqual([
      'Totalt perioden',
      '=SUM(B25:B28)→121',
      '=SUM(C25:C28)→87',
      '=SUM(D25:D28)→208',
      '=SUM(E25:E28)→93',
      '=SUM(F25:F28)→63',
      '=SUM(G25:G28)→156',
    ]);
    expect(cellAt(m, 'participants', 'D29')).toEqual(fx('SUM(D25:D28)', '208', 'integer'));
    expect(textAt(m, 'participants', 'A31')).toBe(
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
    expect(cellAt(small, 'participants', 'I19')).toEqual(fx('IF(ABS(H19*4/12)<1,"",D19/(H19*4/12))', '', 'percent'));
    // Bollebygd's 3 a year is exactly 1 expected: shown (0 registered → 0 %)
    expect(cellAt(small, 'participants', 'I20')).toEqual(fx('IF(ABS(H20*4/12)<1,"",D20/(H20*4/12))', '0', 'percent'));
    expect((cellAt(small, 'participants', 'I18') as { value: string }).value.slice(0, 12)).toBe('1.0048899755');
    expect(new ModelEvaluator(small).mismatches()).toEqual([]);
  });

  it('a chart of the monthly flows below the tables, its data (formulas over the month table) right of them', () => {
    expect(sheetOf(m, 'participants').charts).toEqual([
      {
        kind: 'bar',
        title: 'In- och utflöden per månad jan–apr 2024',
        // the month table ends at 29, its notes at 31: the chart from A33 (20 rows, 6 columns),
        // its data from row 35 in K–M, one empty column right of the 9-column table
        categories: 'K35:K38',
        series: [
          { name: 'Inskrivna', values: 'L35:L38' },
          { name: 'Utskrivna', values: 'M35:M38' },
        ],
        anchor: 'A33',
        end: 'F52',
      },
    ]);
    // January's registrations and ends: 50 + 30 = 80 and 21 + 20 = 41 (row 25 of the month table)
    expect(rowTexts(m, 'participants', 35).slice(10)).toEqual(['jan', '=D25→80', '=G25→41']);
    expect(
      rowTexts(m, 'participants', 35)
        .slice(0, 10)
        .every((c) => c === ''),
    ).toBe(true);
    // A–I print; the data from K does not
    expect(sheetOf(m, 'participants').print).toMatchObject({ columns: 9 });
  });

  it('every formula states its value; a check counts the rows; the JSON has both tables', () => {
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
    expect(m.checks.find((c) => c.key === 'participantsRows')).toMatchObject({
      status: 'ok',
      detail: '8 rader i perioden; 1 rad utanför dessa perioder används inte',
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

describe('Deltagare with an insats column and the same period last year (seed 003: "Under samma period förra året hade 90")', () => {
  const m = build([
    range('Deltagare', [
      ['Månad', 'Kommun', 'Kön', 'Inskrivna', 'Utskrivna', 'Insats'],
      ['2024-01', 'Borås', 'K', 10, 2, 3001],
      ['2024-02', 'Borås', 'M', 7, 1, 3002],
      ['2024-03', 'Mark', 'K', 4, 3, 3001],
      ['2024-04', 'Mark', 'M', 2, 0, null], // no insats: in the municipality table, not the insats table
      ['2023-02', 'Borås', 'K', 6, 1, 3001], // same period last year
      ['2023-04', 'Ulricehamn', 'M', 3, 0, 3002], // last year only
      ['2023-06', 'Borås', 'K', 9, 9, 3001], // last year, outside jan–apr: not used
    ]),
    range('Kostnadsstallen', [
      ['Kostnadsställe', 'Namn'],
      [3001, 'Coachning'],
      [3002, 'Arbetsträning'],
    ]),
  ]);

  it('key figures put last year beside this year with the change', () => {
    expect(rowTexts(m, 'participants', 6)).toEqual(['', 'jan–apr 2024', 'jan–apr 2023', 'Förändring']);
    // 2024: 10 + 7 + 4 + 2 = 23 registered; 2023 jan–apr: 6 + 3 = 9 (June's 9 is outside the months)
    expect(rowTexts(m, 'participants', 7)).toEqual(['Inskrivna deltagare', '=D18→23', '9', '=B7-C7→14']);
    expect(rowTexts(m, 'participants', 8)).toEqual(['varav kvinnor', '=B18→14', '6', '=B8-C8→8']);
    expect(rowTexts(m, 'participants', 9)).toEqual(['varav män', '=C18→9', '3', '=B9-C9→6']);
    expect(rowTexts(m, 'participants', 10)).toEqual(['Utskrivna deltagare', '=G18→6', '1', '=B10-C10→5']);
  });

  it("per municipality with last year's registrations; Ulricehamn, only last year, gets a row so the column adds up", () => {
    expect(rowTexts(m, 'participants', 14)).toEqual([
      'Kommun',
      'Inskrivna kvinnor',
      'Inskrivna män',
      'Inskrivna',
      'Utskrivna kvinnor',
      'Utskrivna män',
      'Utskrivna',
      'Inskrivna jan–apr 2023',
    ]);
    expect(rowTexts(m, 'participants', 15)).toEqual(['Borås', '10', '7', '=B15+C15→17', '2', '1', '=E15+F15→3', '6']);
    expect(rowTexts(m, 'participants', 16)).toEqual(['Mark', '4', '2', '=B16+C16→6', '3', '0', '=E16+F16→3', '0']);
    expect(rowTexts(m, 'participants', 17)).toEqual(['Ulricehamn', '0', '0', '=B17+C17→0', '0', '0', '=E17+F17→0', '3']);
    expect(rowTexts(m, 'participants', 18)[7]).toBe('=SUM(H15:H17)→9');
  });

  it("per insats with the cost centre's name; rows without an insats are left out of that table and its total says so", () => {
    expect(textAt(m, 'participants', 'A20')).toBe('Per insats');
    expect(rowTexts(m, 'participants', 21)).toEqual([
      'Insats',
      'Inskrivna kvinnor',
      'Inskrivna män',
      'Inskrivna',
      'Utskrivna kvinnor',
      'Utskrivna män',
      'Utskrivna',
      'Inskrivna jan–apr 2023',
    ]);
    expect(rowTexts(m, 'participants', 22)).toEqual(['3001 Coachning', '14', '0', '=B22+C22→14', '5', '0', '=E22+F22→5', '6']);
    expect(rowTexts(m, 'participants', 23)).toEqual(['3002 Arbetsträning', '0', '7', '=B23+C23→7', '0', '1', '=E23+F23→1', '3']);
    expect(rowTexts(m, 'participants', 24)).toEqual([
      'Totalt med angiven insats',
      '=SUM(B22:B23)→14',
      '=SUM(C22:C23)→7',
      '=SUM(D22:D23)→21',
      '=SUM(E22:E23)→5',
      '=SUM(F22:F23)→1',
      '=SUM(G22:G23)→6',
      '=SUM(H22:H23)→9',
    ]);
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });

  it("the check counts this year's, last year's and unused rows apart", () => {
    expect(m.checks.find((c) => c.key === 'participantsRows')?.detail).toBe(
      '4 rader i perioden, 2 rader för samma period föregående år; 1 rad utanför dessa perioder används inte',
    );
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
    // key figures: 6 rows + unique, no volume, no last year: header 16
    expect(rowTexts(m, 'participants', 10)).toEqual(['Unika deltagare', '=H19→2']);
    expect(rowTexts(m, 'participants', 16)).toEqual([
      'Kommun',
      'Inskrivna kvinnor',
      'Inskrivna män',
      'Inskrivna',
      'Utskrivna kvinnor',
      'Utskrivna män',
      'Utskrivna',
      'Unika deltagare',
    ]);
    expect(rowTexts(m, 'participants', 17)).toEqual(['Borås', '1', '1', '=B17+C17→2', '1', '0', '=E17+F17→1', '2']);
    expect(rowTexts(m, 'participants', 18)).toEqual(['Mark', '1', '0', '=B18+C18→1', '0', '0', '=E18+F18→0', '1']);
    expect(rowTexts(m, 'participants', 19)).toEqual([
      'Totalt perioden',
      '=SUM(B17:B18)→2',
      '=SUM(C17:C18)→1',
      '=SUM(D17:D18)→3',
      '=SUM(E17:E18)→1',
      '=SUM(F17:F18)→0',
      '=SUM(G17:G18)→1',
      '2',
    ]);
    // person ids are never written to the report
    const texts = sheetOf(m, 'participants')
      .rows.flatMap((r) => r.cells)
      .filter((c) => c.kind === 'text')
      .map((c) => (c as { text: string }).text);
    expect(texts.some((s) => s.includes('19800101'))).toBe(false);
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});

describe('the participants check says rad or rader as the count needs', () => {
  const detail = (lang: 'sv' | 'en', count: number, previous: number, outside: number) =>
    t('chkParticipantsDetail', lang, { rows: String(count), count, previous, previousText: String(previous), outside, outsideText: String(outside) });

  it('in Swedish', () => {
    expect(detail('sv', 1, 1, 1)).toBe('1 rad i perioden, 1 rad för samma period föregående år; 1 rad utanför dessa perioder används inte');
    expect(detail('sv', 48, 48, 24)).toBe('48 rader i perioden, 48 rader för samma period föregående år; 24 rader utanför dessa perioder används inte');
    expect(detail('sv', 0, 0, 0)).toBe('0 rader i perioden');
  });

  it('in English', () => {
    expect(detail('en', 1, 1, 1)).toBe('1 row in the period, 1 row for the same period last year; 1 row outside these periods is not used');
    expect(detail('en', 3, 2, 5)).toBe('3 rows in the period, 2 rows for the same period last year; 5 rows outside these periods are not used');
  });
});
