/**
 * One test per user-facing message: the problem is produced through `parseWorkbook` from a
 * small inline table, and its Swedish text and cell address are checked word for word.
 *
 * Most ledgers here sit at sheet row 5, column 2 (0-based), i.e. their header row starts in
 * C6: the header row is sheet row 6, data row k (values[k]) is sheet row 6 + k, and range
 * columns 0, 1, 2, 3 are C, D, E, F.
 */
import { parseWorkbook } from '../../../src/core/input';
import type { Problem, RangeData, RawCell } from '../../../src/core/input';
import { formatProblem, messages } from '../../../src/core/messages';
import type { ProblemCode } from '../../../src/core/messages/messages';

const covered = new Set<string>();

const range = (name: string, values: RawCell[][], sheet = 'Data', row = 0, col = 0): RangeData => ({ name, sheet, row, col, values });
const goodLedger = range('Huvudbok', [
  ['Datum', 'Konto', 'Belopp'],
  ['2024-01-01', 4010, 1],
]);

/** A ledger at C6 with header Datum | Belopp | Konto and `rows` below two good rows. */
const ledgerAt = (rows: RawCell[][], header: RawCell[] = ['Datum', 'Belopp', 'Konto']) => range('Huvudbok', [header, ...rows], 'Data', 5, 2);
const good = ['2024-01-10', 100, 3001];

/** The one problem with `code`, rendered; asserts its severity. */
function render(ranges: RangeData[], code: string, severity: 'error' | 'warning' = 'error', lang: 'sv' | 'en' = 'sv'): string {
  covered.add(code);
  const found = parseWorkbook({ ranges }).problems.filter((p) => p.code === code);
  expect(found).toHaveLength(1);
  expect(found[0].severity).toBe(severity);
  return formatProblem(found[0], lang);
}

describe('amount messages', () => {
  it('notAmount (the bad cell in data row 3 of a ledger at C6: column D, row 6 + 3 = 9)', () => {
    const ranges = [ledgerAt([good, good, ['2024-01-12', '12 kr', 4010]])];
    expect(render(ranges, 'notAmount')).toBe('Huvudbok (Data!D9): Värdet "12 kr" är inte ett belopp. Förväntat ett tal, t.ex. 1 234,56 eller -1 234,56.');
    expect(render(ranges, 'notAmount', 'error', 'en')).toBe(
      'Huvudbok (Data!D9): The value "12 kr" is not an amount. Expected a number such as 1,234.56 or -1 234,56.',
    );
  });

  it('amountTooManyDecimals', () => {
    expect(render([ledgerAt([good, good, ['2024-01-12', '1,234', 4010]])], 'amountTooManyDecimals')).toBe(
      'Huvudbok (Data!D9): Värdet "1,234" har fler än två decimaler (ett ensamt kommatecken är decimaltecken). Förväntat ett belopp med högst två decimaler, t.ex. 1 234,56; skriv tusental med mellanslag: 1 234.',
    );
  });

  it('amountAmbiguous', () => {
    expect(render([ledgerAt([good, good, ['2024-01-12', '1.234', 4010]])], 'amountAmbiguous')).toBe(
      'Huvudbok (Data!D9): Värdet "1.234" är tvetydigt: punkten kan vara decimaltecken eller tusentalsavgränsare. Skriv tusental med mellanslag (1 234) och högst två decimaler (1,23).',
    );
  });

  it('amountTooLarge names the limit (issue 9, point 14)', () => {
    expect(render([ledgerAt([good, good, ['2024-01-12', 12345678901234, 4010]])], 'amountTooLarge')).toBe(
      'Huvudbok (Data!D9): Värdet "12345678901234" är för stort för ett belopp (högst 9\u00a0999\u00a0999\u00a0999\u00a0999,99 kr, positivt eller negativt).',
    );
    expect(render([ledgerAt([good, good, ['2024-01-12', '-10 000 000 000 000', 4010]])], 'amountTooLarge', 'error', 'en')).toBe(
      'Huvudbok (Data!D9): The value "-10 000 000 000 000" is too large for an amount (max 9,999,999,999,999.99 kr, positive or negative).',
    );
  });

  it('amountRounded (warning)', () => {
    expect(render([ledgerAt([good, good, ['2024-01-12', 12.345, 4010]])], 'amountRounded', 'warning')).toBe(
      'Huvudbok (Data!D9): Beloppet 12,345 har fler än två decimaler och avrundas till 12,35.',
    );
  });

  it('amountBoolean', () => {
    expect(render([ledgerAt([good, good, ['2024-01-12', true, 4010]])], 'amountBoolean')).toBe(
      'Huvudbok (Data!D9): Cellen innehåller ett sanningsvärde (SANT/FALSKT), inte ett belopp. Förväntat ett tal, t.ex. 1 234,56.',
    );
  });

  it('debitCreditEmpty (Debet is range column 1 → D)', () => {
    const ranges = [
      ledgerAt(
        [
          ['2024-01-10', 100, null, 3001],
          ['2024-01-11', null, 5, 3001],
          ['2024-01-12', '', null, 4010],
        ],
        ['Datum', 'Debet', 'Kredit', 'Konto'],
      ),
    ];
    expect(render(ranges, 'debitCreditEmpty')).toBe(
      'Huvudbok (Data!D9): Både "Debet" och "Kredit" är tomma på en rad som har andra uppgifter. Ange beloppet i den ena.',
    );
  });

  it('debitCreditBoth (warning)', () => {
    const ranges = [
      ledgerAt(
        [
          ['2024-01-10', 100, null, 3001],
          ['2024-01-11', 1200, 0.5, 3001],
        ],
        ['Datum', 'Debet', 'Kredit', 'Konto'],
      ),
    ];
    expect(render(ranges, 'debitCreditBoth', 'warning')).toBe(
      'Huvudbok (Data!D8): Både "Debet" och "Kredit" har ett belopp på samma rad; raden räknas som debet minus kredit, 1\u00a0199,50. Ange beloppet i bara den ena om det inte är meningen.',
    );
    expect(render(ranges, 'debitCreditBoth', 'warning', 'en')).toBe(
      'Huvudbok (Data!D8): Both "Debet" and "Kredit" hold an amount on the same row; the row counts as debit minus credit, 1,199.50. Enter the amount in one of them unless that is meant.',
    );
  });

  it('requiredCellEmpty (Konto is range column 2 → E)', () => {
    expect(render([ledgerAt([good, good, ['2024-01-12', 100, null]])], 'requiredCellEmpty')).toBe(
      'Huvudbok (Data!E9): Kolumnen "Konto" är tom på en rad som har andra uppgifter. Fyll i värdet eller töm hela raden.',
    );
  });
});

describe('date, period, account and code messages', () => {
  it('notDate (Datum is range column 0 → C)', () => {
    expect(render([ledgerAt([good, good, ['31/3 2024', 100, 4010]])], 'notDate')).toBe(
      'Huvudbok (Data!C9): Värdet "31/3 2024" är inte ett datum. Förväntat ÅÅÅÅ-MM-DD, t.ex. 2024-03-31, eller ett datumvärde.',
    );
  });

  it('invalidDate', () => {
    expect(render([ledgerAt([good, good, ['2024-02-30', 100, 4010]])], 'invalidDate')).toBe('Huvudbok (Data!C9): Datumet "2024-02-30" finns inte.');
  });

  it('notPeriod', () => {
    const header = ['Period', 'Belopp', 'Konto'];
    expect(
      render(
        [
          ledgerAt(
            [
              ['2024-01', 1, 3001],
              ['2024-01', 1, 3001],
              ['mars', 100, 4010],
            ],
            header,
          ),
        ],
        'notPeriod',
      ),
    ).toBe('Huvudbok (Data!C9): Värdet "mars" är inte en period. Förväntat ÅÅÅÅ-MM eller ÅÅÅÅMM, t.ex. 2024-03 eller 202403.');
  });

  it('invalidMonth', () => {
    const header = ['Period', 'Belopp', 'Konto'];
    expect(
      render(
        [
          ledgerAt(
            [
              ['2024-01', 1, 3001],
              ['2024-01', 1, 3001],
              ['2024-13', 100, 4010],
            ],
            header,
          ),
        ],
        'invalidMonth',
      ),
    ).toBe('Huvudbok (Data!C9): Perioden "2024-13" har en månad som inte finns; månaden ska vara 1–12.');
  });

  it('notAccount', () => {
    expect(render([ledgerAt([good, good, ['2024-01-12', 100, '30a1']])], 'notAccount')).toBe(
      'Huvudbok (Data!E9): Värdet "30a1" är inte ett kontonummer. Förväntat ett heltal 1000–9999, t.ex. 3001.',
    );
  });

  it('notCode (KST is range column 3 → F)', () => {
    const header = ['Datum', 'Belopp', 'Konto', 'KST'];
    const ranges = [
      ledgerAt(
        [
          [...good, 'A'],
          [...good, 1],
          ['2024-01-12', 100, 4010, new Date(Date.UTC(2024, 2, 1))],
        ],
        header,
      ),
    ];
    expect(render(ranges, 'notCode')).toBe('Huvudbok (Data!F9): Värdet "2024-03-01" kan inte vara en kod. Förväntat text eller ett heltal, t.ex. 3001.');
  });
});

describe('cells with no usable value (issue 9, points 9 and 11)', () => {
  const header = ['Datum', 'Belopp', 'Konto', 'Kostnadsställe'];

  it('cellError: an Excel error in the Kostnadsställe column (range column 3 → F)', () => {
    const ranges = [
      ledgerAt(
        [
          [...good, '10'],
          [...good, '10'],
          ['2024-01-12', 100, 4010, '#N/A'],
        ],
        header,
      ),
    ];
    expect(render(ranges, 'cellError')).toBe(
      'Huvudbok (Data!F9): Cellen i kolumnen "Kostnadsställe" innehåller Excel-felet #N/A, inte ett värde. Rätta formeln eller värdet som ger felet.',
    );
    expect(render(ranges, 'cellError', 'error', 'en')).toBe(
      'Huvudbok (Data!F9): The cell in the column "Kostnadsställe" holds the Excel error #N/A, not a value. Correct the formula or the value that causes it.',
    );
  });

  it('formulaWithoutValue: a formula with no stored result in the Belopp column (range column 1 → D)', () => {
    const ranges = [ledgerAt([good, good, ['2024-01-12', { kind: 'formulaWithoutValue', formula: 'SUM(H1:H5)' }, 4010]])];
    expect(render(ranges, 'formulaWithoutValue')).toBe(
      'Huvudbok (Data!D9): Cellen i kolumnen "Belopp" innehåller en formel (=SUM(H1:H5)) utan sparat värde. Öppna och spara arbetsboken i Excel, eller skriv in värdena.',
    );
    expect(render(ranges, 'formulaWithoutValue', 'error', 'en')).toBe(
      'Huvudbok (Data!D9): The cell in the column "Belopp" holds a formula (=SUM(H1:H5)) with no stored value. Open and save the workbook in Excel, or give values.',
    );
  });
});

describe('header row messages', () => {
  it("columnMissing (reported at the header row's first cell, C6)", () => {
    expect(render([ledgerAt([good], ['Datum', 'Belopp'])], 'columnMissing')).toBe(
      'Huvudbok (Data!C6): Kolumnen "Konto" saknas (godtagna rubriker: Konto, Account, Kontonummer, Kontonr, Account number). Rubrikraden innehåller: "Datum", "Belopp".',
    );
    expect(render([ledgerAt([good], ['Datum', 'Belopp'])], 'columnMissing', 'error', 'en')).toBe(
      'Huvudbok (Data!C6): The column "Account" is missing (accepted headers: Konto, Account, Kontonummer, Kontonr, Account number). The header row holds: "Datum", "Belopp".',
    );
  });

  it('columnMissing below a title row names the best header row found (range at A1, header in row 3)', () => {
    const ranges = [range('Huvudbok', [['Huvudbok 2024'], [], ['Datum', 'Belopp', 'Text'], ['2024-01-01', 1, 'x']])];
    expect(render(ranges, 'columnMissing')).toBe(
      'Huvudbok (Data!A3): Kolumnen "Konto" saknas (godtagna rubriker: Konto, Account, Kontonummer, Kontonr, Account number). Rubrikraden innehåller: "Datum", "Belopp", "Text".',
    );
  });

  it('dateColumnMissing', () => {
    expect(render([ledgerAt([good], ['Konto', 'Belopp'])], 'dateColumnMissing')).toBe(
      'Huvudbok (Data!C6): Kolumnen för datum saknas: det behövs Datum eller Period (godtagna rubriker: Datum, Date, Bokföringsdatum, Transaktionsdatum, Verifikationsdatum, Period, Month, Månad, Bokföringsperiod). Rubrikraden innehåller: "Konto", "Belopp".',
    );
  });

  it('amountColumnMissing', () => {
    expect(render([ledgerAt([good], ['Datum', 'Konto', 'Debet'])], 'amountColumnMissing')).toBe(
      'Huvudbok (Data!C6): Kolumnen för belopp saknas: det behövs Belopp, eller både Debet och Kredit (godtagna rubriker: Belopp, Amount, Saldo, Debet, Debit, Kredit, Credit). Rubrikraden innehåller: "Datum", "Konto", "Debet".',
    );
  });

  it('budgetAnnualMissing (on a sheet whose name needs quotes)', () => {
    const ranges = [
      goodLedger,
      range(
        'Budget',
        [
          ['Konto', 'Jan'],
          [5510, 1],
        ],
        'Budget 2024',
      ),
    ];
    expect(render(ranges, 'budgetAnnualMissing')).toBe(
      'Budget (\'Budget 2024\'!A1): Kolumnen "Helår" saknas och alla tolv månadskolumner (Jan … Dec) finns inte heller (godtagna rubriker för helår: Helår, Annual, År, Year, Helårsbudget, Årsbudget, Annual budget). Rubrikraden innehåller: "Konto", "Jan".',
    );
  });

  it('columnMissing with an empty header row (a blank Huvudbok range)', () => {
    const p = parseWorkbook({ ranges: [range('Huvudbok', [[null, '  ']])] }).problems.find((x) => x.code === 'columnMissing');
    expect(formatProblem(p as Problem, 'sv')).toBe(
      'Huvudbok (Data!A1): Kolumnen "Konto" saknas (godtagna rubriker: Konto, Account, Kontonummer, Kontonr, Account number). Rubrikraden är tom.',
    );
  });

  it('columnDuplicate (warning; the second Belopp is range column 3 → F6)', () => {
    expect(render([ledgerAt([[...good, 5]], ['Datum', 'Belopp', 'Konto', 'Belopp'])], 'columnDuplicate', 'warning')).toBe(
      'Huvudbok (Data!F6): Kolumnen "Belopp" finns flera gånger; den första (D6) används.',
    );
  });
});

describe('chart, budget, forecast and cost-centre messages', () => {
  it('notAccountOrRange', () => {
    const ranges = [
      goodLedger,
      range(
        'Kontoplan',
        [
          ['Konto', 'Avsnitt'],
          ['55xx', 'Kostnader'],
        ],
        'Kontoplan',
      ),
    ];
    expect(render(ranges, 'notAccountOrRange')).toBe(
      'Kontoplan (Kontoplan!A2): Värdet "55xx" är inte ett konto eller ett kontointervall. Förväntat ett konto 1000–9999 eller ett intervall, t.ex. 5500-5599.',
    );
  });

  it('unknownSection lists the allowed keys', () => {
    const ranges = [
      goodLedger,
      range(
        'Kontoplan',
        [
          ['Konto', 'Avsnitt'],
          [3001, 'Intäkt'],
        ],
        'Kontoplan',
      ),
    ];
    expect(render(ranges, 'unknownSection')).toBe(
      'Kontoplan (Kontoplan!B2): Avsnittet "Intäkt" finns inte. Tillåtna avsnitt: Intäkter, Kostnader, Bidrag, Finansiella intäkter, Finansiella kostnader, Extraordinära intäkter, Extraordinära kostnader, Anläggningstillgångar, Kortfristiga fordringar, Kortfristiga placeringar, Likvida medel, Eget kapital, Periodens resultat, Avsättningar, Långfristiga skulder, Kortfristiga skulder.',
    );
    expect(render(ranges, 'unknownSection', 'error', 'en')).toBe(
      'Kontoplan (Kontoplan!B2): The section "Intäkt" is unknown. Allowed sections: Revenue, Expenses, Contributions, Financial income, Financial expenses, Extraordinary income, Extraordinary expenses, Fixed assets, Current receivables, Short-term investments, Cash, Equity, Result for the period, Provisions, Long-term liabilities, Current liabilities (or the Swedish names).',
    );
  });

  it('budgetMonthsDiffer (warning; budget at B3, Helår in column C, data row in sheet row 4)', () => {
    const ranges = [
      goodLedger,
      range(
        'Budget',
        [
          ['Konto', 'Helår', 'Jan', 'Feb'],
          [5510, '120 000', '50 000', '60 000'],
        ],
        'Budget',
        2,
        1,
      ),
    ];
    expect(render(ranges, 'budgetMonthsDiffer', 'warning')).toBe(
      'Budget (Budget!C4): Helår 120\u00a0000,00 skiljer sig från summan av månaderna 110\u00a0000,00; månaderna används.',
    );
    expect(render(ranges, 'budgetMonthsDiffer', 'warning', 'en')).toBe(
      'Budget (Budget!C4): The annual amount 120,000.00 differs from the sum of the months 110,000.00; the months are used.',
    );
  });

  it('duplicateForecast (warning)', () => {
    const ranges = [
      goodLedger,
      range(
        'Prognos',
        [
          ['KST', 'Helår'],
          [3001, 1],
          ['3001', 2],
        ],
        'Prognos',
      ),
    ];
    expect(render(ranges, 'duplicateForecast', 'warning')).toBe(
      'Prognos (Prognos!A3): Kostnadsstället "3001" har redan en prognos (A2); den första raden används.',
    );
  });

  it('textWithoutHeading (warning): a text above the first heading, at its empty Rubrik cell', () => {
    const texts = range(
      'Texter',
      [
        ['Rubrik', 'Text'],
        [null, 'Förbundet har haft ett bra år.'],
        ['Inledning', 'Text under en rubrik.'],
      ],
      'Texter',
      2,
      1,
    );
    expect(render([goodLedger, texts], 'textWithoutHeading', 'warning')).toBe(
      'Texter (Texter!B4): Texten saknar rubrik (kolumnen Rubrik är tom och ingen rubrik står ovanför). Den visas utan rubrik; skriv en rubrik, t.ex. Inledning.',
    );
    expect(render([goodLedger, texts], 'textWithoutHeading', 'warning', 'en')).toBe(
      'Texter (Texter!B4): The text has no heading (the Heading column is empty and no heading is above it). It is shown without one; write a heading such as Introduction.',
    );
  });

  it('textTooLong (warning): more than a cell holds, at the text cell', () => {
    const texts = range('Texter', [
      ['Rubrik', 'Text'],
      ['Inledning', 'x'.repeat(32_768)],
    ]);
    expect(render([goodLedger, texts], 'textTooLong', 'warning')).toBe(
      'Texter (Data!B2): Texten har 32768 tecken; en cell rymmer högst 32767. Den kortas; dela texten på flera rader.',
    );
  });

  it('duplicateCostCentre (warning)', () => {
    const ranges = [
      goodLedger,
      range(
        'Kostnadsställen',
        [
          ['Kod', 'Namn'],
          [3001, 'A'],
          ['3001', 'B'],
        ],
        'KST',
      ),
    ];
    expect(render(ranges, 'duplicateCostCentre', 'warning')).toBe(
      'Kostnadsstallen (KST!A3): Kostnadsstället "3001" finns redan (A2); den första raden används.',
    );
  });
});

describe('settings messages', () => {
  const settings = (rows: RawCell[][]) => [goodLedger, range('Inställningar', [['Inställning', 'Värde'], ...rows], 'Inställningar')];

  it('invalidSetting', () => {
    expect(render(settings([['Period', 13]]), 'invalidSetting')).toBe(
      'Installningar (Inställningar!B2): Värdet "13" för inställningen Period är ogiltigt. Förväntat en månad 1–12 eller ett månadsnamn, t.ex. 4 eller april.',
    );
    expect(render(settings([['Avvikelsegräns', 'hög']]), 'invalidSetting')).toBe(
      'Installningar (Inställningar!B2): Värdet "hög" för inställningen Avvikelsegräns är ogiltigt. Förväntat en procentsats, t.ex. 10 % eller 0,1.',
    );
    expect(render(settings([['Prognosmetod', 'gissning']]), 'invalidSetting', 'error', 'en')).toBe(
      'Installningar (Inställningar!B2): The value "gissning" of the setting Forecast method is not valid. Expected Budget, Actual+budget or Run-rate.',
    );
    expect(render(settings([['Uppställning', 'Modern']]), 'invalidSetting')).toBe(
      'Installningar (Inställningar!B2): Värdet "Modern" för inställningen Uppställning är ogiltigt. Förväntat Traditionell eller LKBR.',
    );
    expect(render(settings([['Uppställning', 'RKR']]), 'invalidSetting', 'error', 'en')).toBe(
      'Installningar (Inställningar!B2): The value "RKR" of the setting Layout is not valid. Expected Traditionell (or Traditional) or LKBR.',
    );
  });

  it('unknownSetting (warning)', () => {
    expect(render(settings([['Färg', 'blå']]), 'unknownSetting', 'warning')).toBe(
      'Installningar (Inställningar!A2): Inställningen "Färg" är okänd och används inte. Kända inställningar: Organisation, Räkenskapsår, Period, Första månad, Språk, Eget kapital mål, Medlemsbidrag totalt, Prognosmetod, Avvikelsegräns, Uppställning, Verifikationer max rader.',
    );
  });

  it('duplicateSetting (warning)', () => {
    expect(
      render(
        settings([
          ['Period', 4],
          ['Månad', 5],
        ]),
        'duplicateSetting',
        'warning',
      ),
    ).toBe('Installningar (Inställningar!A3): Inställningen Period anges flera gånger; den första (A2) används.');
  });
});

describe('range messages', () => {
  it('rangeMissing', () => {
    expect(render([], 'rangeMissing')).toBe(
      'Huvudbok: Arbetsboken saknar området Huvudbok. Namnge cellerna (med rubrikraden) Huvudbok eller Ledger, eller gör dem till en tabell med det namnet.',
    );
  });

  it('rangeDuplicate (warning; the second range starts at B4 of a sheet with a space in its name)', () => {
    const ranges = [goodLedger, range('Ledger', [['Datum', 'Konto', 'Belopp']], 'Blad 2', 3, 1)];
    expect(render(ranges, 'rangeDuplicate', 'warning')).toBe(
      'Huvudbok (\'Blad 2\'!B4): Området "Ledger" är ett andra område för Huvudbok och används inte; "Huvudbok" på bladet Data används.',
    );
  });

  it('rangeEmpty (warning)', () => {
    expect(render([goodLedger, range('Budget', [[null, '']])], 'rangeEmpty', 'warning')).toBe('Budget: Området "Budget" är tomt och används inte.');
  });

  it('rangeTotalTooLarge names the cell, the value and the limit (issue 9, point 3)', () => {
    const huge = (sign: string) => ['2024-01-12', `${sign}9 000 000 000 000`, 4010];
    expect(render([ledgerAt([good, huge(''), huge('-')])], 'rangeTotalTooLarge', 'error', 'en')).toBe(
      'Huvudbok (Data!D9): At the value "-9 000 000 000 000" the range\'s amounts add up to 18,000,000,000,100.00 kr counted without sign, over the limit of 9,999,999,999,999.99 kr for a range. The report cannot add up such sums exactly; check the amounts.',
    );
  });

  it('ledgerEmpty (warning)', () => {
    expect(render([ledgerAt([])], 'ledgerEmpty', 'warning')).toBe('Huvudbok: Huvudboken har inga rader.');
  });

  it('moreProblems: 150 bad rows give 100 messages and one that counts the other 50', () => {
    const rows = Array.from({ length: 150 }, () => ['2024-01-01', 'x', 4010]);
    expect(render([ledgerAt(rows)], 'moreProblems')).toBe('Huvudbok: … och ytterligare 50 problem i området som inte visas.');
  });
});

describe('messages for the posting and checks steps', () => {
  const say = (p: Problem, lang: 'sv' | 'en' = 'sv') => {
    covered.add(p.code);
    return formatProblem(p, lang);
  };

  it('unmappedAccount', () => {
    const p: Problem = { severity: 'warning', code: 'unmappedAccount', range: 'Huvudbok', params: { account: 4711 } };
    expect(say(p)).toBe('Huvudbok: Konto 4711 har bokningar men finns inte i kontoplanen; det redovisas enligt standardkontoplanens kontoklass.');
    expect(say(p, 'en')).toBe("Huvudbok: Account 4711 has postings but is not in the chart of accounts; it is reported by the default plan's account class.");
  });

  it('accountNotReported (an account written with its leading zero, cited by the SIE line it came from)', () => {
    const p: Problem = {
      severity: 'warning',
      code: 'accountNotReported',
      value: '0351',
      params: { account: '0351', line: '–', sieLine: 23, sieText: '#RES 0  0351 -104320.00' },
    };
    expect(say(p)).toBe(
      'Rad 23: Konto 0351 har bokningar men hör inte till någon rad i rapporten (kontoklass 0 och 9 och konton som kontoplanen inte placerar redovisas inte); beloppen ingår varken i resultat- eller balansräkningen. — #RES 0  0351 -104320.00',
    );
    expect(say(p, 'en')).toBe(
      'Line 23: Account 0351 has postings but belongs to no line of the report (classes 0 and 9 and accounts the chart does not place are not reported); its amounts are in neither the income statement nor the balance sheet. — #RES 0  0351 -104320.00',
    );
  });

  it('voucherUnbalanced', () => {
    const p: Problem = {
      severity: 'warning',
      code: 'voucherUnbalanced',
      range: 'Huvudbok',
      sheet: 'Data',
      cell: 'B17',
      params: { voucher: 'V17', difference: '-1234.50' },
    };
    expect(say(p)).toBe('Huvudbok (Data!B17): Verifikation V17 balanserar inte: differensen är \u22121\u00a0234,50 kr.');
    expect(say(p, 'en')).toBe('Huvudbok (Data!B17): Voucher V17 does not balance: the difference is \u22121,234.50 kr.');
  });

  it('yearWithoutData', () => {
    const p: Problem = {
      severity: 'warning',
      code: 'yearWithoutData',
      range: 'Huvudbok',
      sheet: 'Data',
      cell: 'A1',
      value: '2023',
      params: { year: '2023/2024', latest: '2024/2025' },
    };
    expect(say(p)).toBe(
      'Huvudbok (Data!A1): Huvudboken har inga rader i räkenskapsåret 2023/2024; rapporten visar bara nollor för året. Den senaste bokföringen är från 2024/2025.',
    );
    expect(say(p, 'en')).toBe(
      'Huvudbok (Data!A1): The ledger has no rows in the fiscal year 2023/2024; the report shows only zeros for the year. The latest entries are from 2024/2025.',
    );
  });

  it('costCentreWithoutName', () => {
    const p: Problem = { severity: 'warning', code: 'costCentreWithoutName', params: { costCentre: '3001' } };
    expect(say(p)).toBe('Kostnadsställe 3001 används men finns inte i registret över kostnadsställen (området Kostnadsstallen); det visas med sin kod.');
  });
});

describe('formatProblem', () => {
  it('throws for a code that is not in the catalogue', () => {
    expect(() => formatProblem({ severity: 'error', code: 'noSuchCode' as ProblemCode }, 'sv')).toThrow(/noSuchCode/);
    expect(() => formatProblem({ severity: 'error', code: 'toString' as ProblemCode }, 'sv')).toThrow();
  });

  it('quotes sheet names like Excel does', () => {
    const at = (sheet: string) => formatProblem({ severity: 'error', code: 'invalidDate', range: 'Huvudbok', sheet, cell: 'D17', value: 'x' }, 'en');
    expect(at('Data')).toMatch(/^Huvudbok \(Data!D17\)/);
    expect(at('Försäljning')).toMatch(/^Huvudbok \(Försäljning!D17\)/);
    expect(at('Min data')).toMatch(/^Huvudbok \('Min data'!D17\)/);
    expect(at("Kalle's")).toMatch(/^Huvudbok \('Kalle''s'!D17\)/);
    expect(at('2024')).toMatch(/^Huvudbok \('2024'!D17\)/);
    expect(at('A1')).toMatch(/^Huvudbok \('A1'!D17\)/);
    expect(at('R1C1')).toMatch(/^Huvudbok \('R1C1'!D17\)/);
    expect(at('Blad-1')).toMatch(/^Huvudbok \('Blad-1'!D17\)/);
  });

  it('has a Swedish and an English text for every code, and every code has a test above', () => {
    for (const [code, m] of Object.entries(messages)) {
      const p: Problem = { severity: 'error', code: code as ProblemCode, value: 'v', params: { column: 'c', setting: 'year', count: 2 } };
      expect(m.sv(p).length).toBeGreaterThan(10);
      expect(m.en(p).length).toBeGreaterThan(10);
      expect(m.sv(p)).not.toBe(m.en(p));
    }
    expect([...covered].sort()).toEqual(Object.keys(messages).sort());
  });
});
