/**
 * One test per problem of the financing plan, participant and project ranges: produced
 * through buildReport from a small inline table, its Swedish text and cell address checked
 * word for word (and English where the wording differs in kind). Every code of
 * PLAN_MESSAGES must have a test here.
 *
 * The ranges sit at B3 of their sheets (row 2, column 1, 0-based): the header row is sheet
 * row 3, data row k is sheet row 3 + k, and range columns 0, 1, 2, 3 are B, C, D, E.
 */
import { formatProblem, messages } from '../../../src/core/messages';
import { PLAN_MESSAGES } from '../../../src/core/messages/messages';
import { buildReport } from '../../../src/core/report';
import type { Lang, Problem, RangeData, RawCell } from '../../../src/core/input/types';
import { range, settings } from '../../helpers/ranges';
import type { ProblemCode } from '../../../src/core/messages/messages';

const covered = new Set<string>();
const ledger = range('Huvudbok', [
  ['Period', 'Konto', 'Belopp'],
  ['2024-03', 3810, -100],
  ['2024-03', 1920, 100],
]);
const at = (name: string, values: RawCell[][], sheet = 'Plan') => range(name, values, { sheet, row: 2, col: 1 });
const withTotal = settings({ Period: 3, 'Medlemsbidrag totalt': 1_000_000 });

/** The one problem with `code`, rendered in `lang`; asserts its severity. */
function render(ranges: RangeData[], code: string, severity: 'error' | 'warning' = 'error', lang: Lang = 'sv'): string {
  covered.add(code);
  const found = buildReport({ ranges: [ledger, ...ranges] }).problems.filter((p) => p.code === code);
  expect(found).toHaveLength(1);
  expect(found[0].severity).toBe(severity);
  return formatProblem(found[0], lang);
}

const members = (...rows: RawCell[][]) => at('Medlemsbidrag', [['Medlem', 'Huvudman', 'Befolkning'], ...rows]);
const good: RawCell[][] = [
  ['FK', 'Stat', null],
  ['AF', 'Stat', null],
  ['Regionen', 'Region', null],
  ['Alby', 'Kommun', 1000],
];

describe('Medlemsbidrag', () => {
  it("contributionsTotalMissing (at the header row's first cell, B3)", () => {
    expect(render([members(...good), settings({ Period: 3 })], 'contributionsTotalMissing')).toBe(
      'Medlemsbidrag (Plan!B3): Området Medlemsbidrag finns men inställningen Medlemsbidrag totalt saknas. Ange årets totala medlemsbidrag i kronor i Installningar, t.ex. 17 668 000.',
    );
  });

  it('contributionsTotalNotWhole (warning)', () => {
    expect(render([members(...good), settings({ Period: 3, 'Medlemsbidrag totalt': '1 000 000,50' })], 'contributionsTotalNotWhole', 'warning')).toBe(
      'Installningar: Medlemsbidrag totalt 1\u00a0000\u00a0000,50 kr är inte hela kronor; finansieringsplanen fördelar 1\u00a0000\u00a0000,00 kr.',
    );
  });

  it('contributionsPartyMissing names the parties and the keys', () => {
    const ranges = [members(['FK', 'Stat', null]), withTotal];
    expect(render(ranges, 'contributionsPartyMissing')).toBe(
      'Medlemsbidrag (Plan!B3): Medlemsbidrag saknar medlem för regionen och kommunerna. Staten betalar hälften, regionen en fjärdedel och kommunerna en fjärdedel; ange minst en medlem med Huvudman Region, Kommun.',
    );
    expect(render(ranges, 'contributionsPartyMissing', 'error', 'en')).toBe(
      'Medlemsbidrag (Plan!B3): Medlemsbidrag (Contributions) has no member for the region and the municipalities. The state pays half, the region a quarter and the municipalities a quarter; add at least one member with Huvudman (Party) Region, Kommun (Municipality).',
    );
  });

  it('unknownParty (Huvudman is range column 1 → C; data row 2 → row 5)', () => {
    expect(render([members(good[0], ['Landstinget i X', 'Landsting X', null], ...good.slice(1)), withTotal], 'unknownParty')).toBe(
      'Medlemsbidrag (Plan!C5): Huvudmannen "Landsting X" är okänd. Förväntat Stat, Region eller Kommun.',
    );
  });

  it('memberPopulationMissing (at the Befolkning cell, D8)', () => {
    expect(render([members(...good, ['Bstad', 'Kommun', null]), withTotal], 'memberPopulationMissing')).toBe(
      'Medlemsbidrag (Plan!D8): Kommunen Bstad saknar befolkning. Kommunernas fjärdedel fördelas efter befolkning: ange antalet invånare i kolumnen Befolkning.',
    );
  });

  it('memberPopulationMissing without a Befolkning column (at the Huvudman cell)', () => {
    const ranges = [
      at('Medlemsbidrag', [
        ['Medlem', 'Huvudman'],
        ['FK', 'Stat'],
        ['R', 'Region'],
        ['Alby', 'Kommun'],
      ]),
      withTotal,
    ];
    expect(render(ranges, 'memberPopulationMissing')).toMatch(/^Medlemsbidrag \(Plan!C6\): Kommunen Alby saknar befolkning\./);
  });

  it('notPopulation', () => {
    expect(render([members(...good, ['Bstad', 'Kommun', 'många']), withTotal], 'notPopulation')).toBe(
      'Medlemsbidrag (Plan!D8): Värdet "många" är inte en befolkning. Förväntat ett heltal större än 0, t.ex. 48 312.',
    );
  });

  it('duplicateMember (warning)', () => {
    expect(render([members(...good, ['alby', 'Kommun', 5]), withTotal], 'duplicateMember', 'warning')).toBe(
      'Medlemsbidrag (Plan!B8): Medlemmen "alby" finns redan (B7); den första raden används.',
    );
  });

  it('chartMemberUnknown (warning, at the Medlem cell of Kontoplan)', () => {
    const chart = range('Kontoplan', [
      ['Konto', 'Avsnitt', 'Medlem'],
      [3810, 'Bidrag', 'FK'],
      [3811, 'Bidrag', 'Statskontoret'],
      ['1900-1999', 'Likvida medel', null],
    ]);
    expect(render([members(...good), withTotal, chart], 'chartMemberUnknown', 'warning')).toBe(
      'Kontoplan (Kontoplan!C3): Medlemmen "Statskontoret" finns inte i Medlemsbidrag; kontona på raden knyts inte till någon medlem.',
    );
  });

  it("columnMissing for Medlemsbidrag (the contract's own message)", () => {
    expect(
      render(
        [
          at('Medlemsbidrag', [
            ['Medlem', 'Befolkning'],
            ['FK', 1],
          ]),
          withTotal,
        ],
        'columnMissing',
      ),
    ).toBe(
      'Medlemsbidrag (Plan!B3): Kolumnen "Huvudman" saknas (godtagna rubriker: Huvudman, Party, Part, Typ av huvudman, Owner type). Rubrikraden innehåller: "Medlem", "Befolkning".',
    );
  });
});

describe('Deltagare and Arsvolym', () => {
  const header = ['Månad', 'Kommun', 'Kön', 'Inskrivna', 'Utskrivna'];
  const ok = ['2024-01', 'Alby', 'K', 3, 1];

  it('unknownGender (Kön is range column 2 → D)', () => {
    expect(render([at('Deltagare', [header, ok, ['2024-02', 'Alby', 'X', 1, 0]])], 'unknownGender')).toBe(
      'Deltagare (Plan!D5): Könet "X" är okänt. Förväntat K eller Kvinna, M eller Man.',
    );
  });

  it('notCount (Utskrivna is range column 4 → F)', () => {
    expect(render([at('Deltagare', [header, ['2024-02', 'Alby', 'M', 1, -2]])], 'notCount')).toBe(
      'Deltagare (Plan!F4): Värdet "-2" är inte ett antal. Förväntat ett heltal 0 eller större, t.ex. 12.',
    );
  });

  it("notPeriod in Deltagare (the contract's own message)", () => {
    expect(render([at('Deltagare', [header, ['januari', 'Alby', 'M', 1, 0]])], 'notPeriod')).toBe(
      'Deltagare (Plan!B4): Värdet "januari" är inte en period. Förväntat ÅÅÅÅ-MM eller ÅÅÅÅMM, t.ex. 2024-03 eller 202403.',
    );
  });

  it('requiredCellEmpty for a municipality', () => {
    expect(render([at('Deltagare', [header, ['2024-02', null, 'M', 1, 0]])], 'requiredCellEmpty')).toMatch(/^Deltagare \(Plan!C4\): Kolumnen "Kommun" är tom/);
  });

  it('duplicateMunicipality (warning, in Arsvolym)', () => {
    const volumes = at(
      'Arsvolym',
      [
        ['Kommun', 'Förväntad årsvolym'],
        ['Alby', 40],
        ['ALBY', 50],
      ],
      'Volym',
    );
    expect(render([at('Deltagare', [header, ok]), volumes], 'duplicateMunicipality', 'warning')).toBe(
      'Arsvolym (Volym!B5): Kommunen "ALBY" finns redan (B4); den första raden används.',
    );
  });

  it('rangeDuplicate for a second Deltagare range (warning)', () => {
    const second = range('Participants', [header, ok], { sheet: 'Andra' });
    expect(render([at('Deltagare', [header, ok]), second], 'rangeDuplicate', 'warning')).toBe(
      'Deltagare (Andra!A1): Området "Participants" är ett andra område för Deltagare och används inte; "Deltagare" på bladet Plan används.',
    );
  });

  it('rangeEmpty for a blank Projekt range (warning)', () => {
    expect(
      render(
        [
          at('Projekt', [
            [null, null],
            [null, '  '],
          ]),
        ],
        'rangeEmpty',
        'warning',
      ),
    ).toBe('Projekt: Området "Projekt" är tomt och används inte.');
  });
});

describe('Projekt', () => {
  const header = ['Kod', 'Startdatum', 'Slutdatum'];

  it('projectEndBeforeStart (Slutdatum is range column 2 → D)', () => {
    expect(render([at('Projekt', [header, ['P1', '2024-05-01', '2024-04-30']])], 'projectEndBeforeStart')).toBe(
      'Projekt (Plan!D4): Slutdatumet "2024-04-30" ligger före startdatumet 2024-05-01.',
    );
  });

  it('duplicateProject (warning)', () => {
    expect(render([at('Projekt', [header, ['P1', '2024-01-01', '2024-12-31'], ['P1', '2024-02-01', '2024-12-31']])], 'duplicateProject', 'warning')).toBe(
      'Projekt (Plan!B5): Projektet "P1" finns redan (B4); den första raden används.',
    );
  });

  it("notDate in Projekt (the contract's own message)", () => {
    expect(render([at('Projekt', [header, ['P1', 'våren 2024', '2024-12-31']])], 'notDate')).toBe(
      'Projekt (Plan!C4): Värdet "våren 2024" är inte ett datum. Förväntat ÅÅÅÅ-MM-DD, t.ex. 2024-03-31, eller ett datumvärde.',
    );
  });

  it('notAccountOrRange for a flat-rate account', () => {
    expect(
      render(
        [
          at('Projekt', [
            [...header, 'Schablonkonton'],
            ['P1', '2024-01-01', '2024-12-31', '5500-5599, 55x'],
          ]),
        ],
        'notAccountOrRange',
      ),
    ).toBe('Projekt (Plan!E4): Värdet "55x" är inte ett konto eller ett kontointervall. Förväntat ett konto 1000–9999 eller ett intervall, t.ex. 5500-5599.');
  });
});

describe('the catalogue of the extras', () => {
  it('errors stop the report: no model while an error remains', () => {
    const r = buildReport({ ranges: [ledger, members(['FK', 'Stat', null]), withTotal] });
    expect(r.model).toBeUndefined();
    expect(r.problems.some((p: Problem) => p.code === 'contributionsPartyMissing')).toBe(true);
  });

  it('has a Swedish and an English text for every code, no code twice, and every code has a test above', () => {
    for (const [code, m] of Object.entries(PLAN_MESSAGES)) {
      const p: Problem = { severity: 'error', code: code as ProblemCode, value: 'v', params: { member: 'm', first: 'B4', start: '2024-01-01' } };
      expect(m.sv(p).length).toBeGreaterThan(10);
      expect(m.en(p).length).toBeGreaterThan(10);
      expect(m.sv(p)).not.toBe(m.en(p));
      expect(Object.prototype.hasOwnProperty.call(messages, code)).toBe(false);
    }
    expect(Object.keys(PLAN_MESSAGES).filter((c) => !covered.has(c))).toEqual([]);
  });
});
