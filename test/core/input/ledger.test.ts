import { parseWorkbook } from '../../../src/core/input';
import type { RangeData, RawCell, WorkbookInput } from '../../../src/core/input';

const range = (name: string, values: RawCell[][], sheet = 'Data', row = 0, col = 0): RangeData => ({ name, sheet, row, col, values });
const parse = (...ranges: RangeData[]) => parseWorkbook({ ranges });
const codes = (input: WorkbookInput) => parseWorkbook(input).problems.map((p) => `${p.severity}:${p.code}:${p.cell ?? ''}`);

describe('Huvudbok: the usual ledger', () => {
  const values: RawCell[][] = [
    ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Belopp', 'Text'],
    [45306, 'V1', 3001, '3001', 'P1', -1_766_800, 'Medlemsbidrag'], // serial 45306 = 2024-01-15
    ['2024-01-15', 'V1', 1930, null, '', 1_766_800, ''],
    [new Date(Date.UTC(2024, 1, 20)), 2, '5510', 3001, null, '12 500,00', 'Lokalhyra'],
    [null, null, null, null, null, null, null], // a blank row is skipped
    ['2024-02-20', 2, 1930, '', '', '-12 500,00', ''],
  ];
  const parsed = parse(range('Huvudbok', values));
  const l = parsed.ledger;

  it('reads every non-blank row without problems', () => {
    expect(parsed.problems).toEqual([]);
    expect(l.count).toBe(4);
  });

  it('stores year, month, account and amount in öre column by column', () => {
    expect(Array.from(l.year)).toEqual([2024, 2024, 2024, 2024]);
    expect(Array.from(l.month)).toEqual([1, 1, 2, 2]);
    expect(Array.from(l.account)).toEqual([3001, 1930, 5510, 1930]);
    expect(Array.from(l.amount)).toEqual([-176_680_000, 176_680_000, 1_250_000, -1_250_000]);
  });

  it('remembers where each row came from (index within the range) and the amount column', () => {
    expect(Array.from(l.sourceRow)).toEqual([1, 2, 3, 5]);
    expect(l.amountCol).toBe(5);
    expect(l.accountCol).toBe(2);
    expect(l.ref).toEqual({ range: 'Huvudbok', sheet: 'Data', row: 0, col: 0, headerIndex: 0 });
  });

  it('treats the cost centre 3001 written as text and as a number as the same code', () => {
    expect(l.costCentreCodes).toEqual(['3001']);
    expect(Array.from(l.costCentre)).toEqual([0, -1, 0, -1]);
  });

  it('interns projects and vouchers; empty cells are -1', () => {
    expect(l.projectCodes).toEqual(['P1']);
    expect(Array.from(l.project)).toEqual([0, -1, -1, -1]);
    expect(l.voucherIds).toEqual(['V1', '2']);
    expect(Array.from(l.voucher)).toEqual([0, 0, 1, 1]);
  });
});

describe('Huvudbok: codes', () => {
  it('writes a number code as an integer string (3001.0 → "3001") and trims text', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Konto', 'KST', 'Belopp'],
        ['2024-01-01', 4010, 3001.0, 1],
        ['2024-01-01', 4010, ' 3001 ', 1],
        ['2024-01-01', 4010, 'ESF 12', 1],
        ['2024-01-01', 4010, 12.5, 1],
        ['2024-01-01', 4010, '12.5', 1],
        ['2024-01-01', 4010, '03001', 1],
      ]),
    );
    expect(p.problems).toEqual([]);
    expect(p.ledger.costCentreCodes).toEqual(['3001', 'ESF 12', '12.5', '03001']);
    expect(Array.from(p.ledger.costCentre)).toEqual([0, 0, 1, 2, 2, 3]);
  });
});

describe('Huvudbok: Debet and Kredit', () => {
  const values: RawCell[][] = [
    ['Datum', 'Konto', 'Debet', 'Kredit'],
    ['2024-03-01', 5510, '1 000,00', null],
    ['2024-03-01', 1930, '', 1000],
    ['2024-03-02', 6110, 300, 100.5], // both sides: 300 − 100,50 = 199,50
  ];

  it('gives Debet − Kredit, an empty side counting as 0, and warns when both sides hold an amount', () => {
    const p = parse(range('Huvudbok', values));
    expect(p.problems).toEqual([
      {
        severity: 'warning',
        code: 'debitCreditBoth',
        range: 'Huvudbok',
        sheet: 'Data',
        cell: 'C4',
        params: { debit: 'Debet', credit: 'Kredit', amount: '199.50' },
      },
    ]);
    expect(Array.from(p.ledger.amount)).toEqual([100_000, -100_000, 19_950]);
    expect(p.ledger.amountCol).toBe(2);
  });

  it('is an error when both are empty on a row with other data', () => {
    const p = parse(range('Huvudbok', [...values, ['2024-03-03', 6110, null, ' ']]));
    expect(p.problems.map((x) => [x.code, x.cell])).toEqual([
      ['debitCreditBoth', 'C4'],
      ['debitCreditEmpty', 'C5'],
    ]);
    expect(p.ledger.count).toBe(3);
  });

  it('uses Belopp when both Belopp and Debet/Kredit are there', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Konto', 'Debet', 'Kredit', 'Belopp'],
        ['2024-03-01', 5510, 1, 2, 777],
      ]),
    );
    expect(Array.from(p.ledger.amount)).toEqual([77_700]);
    expect(p.ledger.amountCol).toBe(4);
  });
});

describe('Huvudbok: English headers, aliases and header rows', () => {
  it('reads English headers in any order and case, ignoring unknown columns', () => {
    const p = parse(
      range('Ledger', [
        ['AMOUNT', 'Comment', ' account ', 'cost center', 'Date:', 'Voucher'],
        ['-1,234.56', 'ignored', 3001, 'A1', '2024-05-31', 'X'],
      ]),
    );
    expect(p.problems).toEqual([]);
    expect(Array.from(p.ledger.amount)).toEqual([-123_456]);
    expect(Array.from(p.ledger.month)).toEqual([5]);
    expect(p.ledger.costCentreCodes).toEqual(['A1']);
    expect(p.ledger.ref.range).toBe('Huvudbok');
  });

  it('matches headers after collapsing inner whitespace and dropping a trailing colon', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum :', 'Konto', 'Cost   centre', 'Belopp'],
        ['2024-01-01', 4010, 'K1', 5],
      ]),
    );
    expect(p.problems).toEqual([]);
    expect(p.ledger.costCentreCodes).toEqual(['K1']);
  });

  it('finds the header row below a title row and blank rows', () => {
    // The range starts at B3 (row 2, col 1): title in row 3, blank row 4, header row 5.
    const values: RawCell[][] = [
      ['Huvudbok 2024', null, null],
      [null, null, null],
      ['Datum', 'Konto', 'Belopp'],
      ['2024-01-01', 4010, 'abc'],
    ];
    const p = parse(range('Huvudbok', values, 'Data', 2, 1));
    expect(p.ledger.ref.headerIndex).toBe(2);
    // The bad amount sits in values[3], column 2 → sheet row 2 + 3 + 1 = 6, column 1 + 2 = D.
    expect(p.problems.map((x) => [x.code, x.cell])).toEqual([['notAmount', 'D6']]);
  });

  it('does not look for the header row further than 10 rows below the first', () => {
    const title = (n: number): RawCell[][] => Array.from({ length: n }, () => ['titel', null, null]);
    const ok = parse(range('Huvudbok', [...title(10), ['Datum', 'Konto', 'Belopp'], ['2024-01-01', 4010, 1]]));
    expect(ok.problems).toEqual([]);
    expect(ok.ledger.ref.headerIndex).toBe(10);
    const tooLow = parse(range('Huvudbok', [...title(11), ['Datum', 'Konto', 'Belopp'], ['2024-01-01', 4010, 1]]));
    expect(tooLow.problems.map((x) => x.code)).toEqual(['dateColumnMissing', 'columnMissing', 'amountColumnMissing']);
  });

  it('finds the ledger range case-insensitively and by any alias', () => {
    const values: RawCell[][] = [
      ['Datum', 'Konto', 'Belopp'],
      ['2024-01-01', 4010, 1],
    ];
    for (const name of ['huvudbok', 'LEDGER', 'Data!Huvudbok']) {
      expect(parse(range(name, values)).ledger.count).toBe(1);
    }
  });

  it('reports a missing Huvudbok as an error', () => {
    expect(codes({ ranges: [] })).toEqual(['error:rangeMissing:']);
    expect(codes({ ranges: [range('Budget', [['Konto', 'Helår']])] })).toEqual(['error:rangeMissing:']);
  });

  it('uses the first of two ranges for the ledger and warns about the second', () => {
    const a = range('Huvudbok', [
      ['Datum', 'Konto', 'Belopp'],
      ['2024-01-01', 4010, 1],
    ]);
    const b = range(
      'Ledger',
      [
        ['Datum', 'Konto', 'Belopp'],
        ['2024-01-01', 4010, 2],
        ['2024-01-01', 4010, 3],
      ],
      'Blad2',
    );
    const p = parse(a, b);
    expect(p.ledger.count).toBe(1);
    expect(p.problems.map((x) => x.code)).toEqual(['rangeDuplicate']);
  });
});

describe('Huvudbok: Period and Datum', () => {
  it('uses Period when the cell is non-empty, else Datum', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Period', 'Konto', 'Belopp'],
        ['2024-01-31', '2024-02', 4010, 1], // booked in February although dated January
        ['2024-03-15', null, 4010, 1],
        [null, 202404, 4010, 1],
        [null, '202405', 4010, 1],
        [null, new Date(Date.UTC(2024, 5, 1)), 4010, 1],
      ]),
    );
    expect(p.problems).toEqual([]);
    expect(Array.from(p.ledger.month)).toEqual([2, 3, 4, 5, 6]);
  });

  it('reports an invalid period and does not fall back to Datum', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Period', 'Konto', 'Belopp'],
        ['2024-01-31', '2024-13', 4010, 1],
      ]),
    );
    expect(p.problems.map((x) => [x.code, x.cell, x.value])).toEqual([['invalidMonth', 'B2', '2024-13']]);
    expect(p.ledger.count).toBe(0);
  });

  it('needs Datum or Period on every row', () => {
    const p = parse(
      range('Huvudbok', [
        ['Period', 'Konto', 'Belopp'],
        [null, 4010, 1],
      ]),
    );
    expect(p.problems.map((x) => [x.code, x.cell])).toEqual([['requiredCellEmpty', 'A2']]);
  });
});

describe('Huvudbok: accounts', () => {
  it('accepts 1000–9999 as a number or text, also 3001.0', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Konto', 'Belopp'],
        ['2024-01-01', '3001', 1],
        ['2024-01-01', 3001.0, 1],
        ['2024-01-01', '3001.0', 1],
        ['2024-01-01', ' 1000 ', 1],
        ['2024-01-01', 9999, 1],
      ]),
    );
    expect(p.problems).toEqual([]);
    expect(Array.from(p.ledger.account)).toEqual([3001, 3001, 3001, 1000, 9999]);
  });

  it('rejects 30a1, 999, 3001.5, 10000 and logical values', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Konto', 'Belopp'],
        ['2024-01-01', '30a1', 1],
        ['2024-01-01', 999, 1],
        ['2024-01-01', 3001.5, 1],
        ['2024-01-01', '3001.5', 1],
        ['2024-01-01', 10000, 1],
        ['2024-01-01', true, 1],
      ]),
    );
    expect(p.problems.map((x) => [x.code, x.cell, x.value])).toEqual([
      ['notAccount', 'B2', '30a1'],
      ['notAccount', 'B3', '999'],
      ['notAccount', 'B4', '3001.5'],
      ['notAccount', 'B5', '3001.5'],
      ['notAccount', 'B6', '10000'],
      ['notAccount', 'B7', 'TRUE'],
    ]);
    expect(p.ledger.count).toBe(0);
  });
});

describe('Huvudbok: an account written with a leading zero (issue 14)', () => {
  it('takes the text 0351 as an account as written, but not the number 351 nor the text 351', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Konto', 'Belopp'],
        ['2024-01-01', '0351', 1],
        ['2024-01-01', 351, 1],
        ['2024-01-01', '351', 1],
      ]),
    );
    expect(p.problems.map((x) => [x.code, x.cell, x.value])).toEqual([
      ['notAccount', 'B3', '351'],
      ['notAccount', 'B4', '351'],
    ]);
  });
});

describe('Huvudbok: amounts', () => {
  it('warns when a number has more than two decimals and keeps the rounded amount', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Konto', 'Belopp'],
        ['2024-01-01', 4010, 12.345],
      ]),
    );
    expect(p.problems.map((x) => [x.severity, x.code, x.cell, x.value, x.params?.rounded])).toEqual([['warning', 'amountRounded', 'C2', '12.345', '12.35']]);
    expect(Array.from(p.ledger.amount)).toEqual([1235]);
  });

  it('reports an empty amount on a row with other data', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Konto', 'Belopp'],
        ['2024-01-01', 4010, '  '],
      ]),
    );
    expect(p.problems.map((x) => [x.code, x.cell, x.params?.column])).toEqual([['requiredCellEmpty', 'C2', 'Belopp']]);
  });

  it('reports every bad cell of a row, and collects problems of all rows in one run', () => {
    const p = parse(
      range('Huvudbok', [
        ['Datum', 'Konto', 'Belopp'],
        ['2024-02-30', 'x', '1,234'],
        ['2024-01-01', 4010, 1],
        ['31/1', 4010, '1.234'],
      ]),
    );
    expect(p.problems.map((x) => [x.code, x.cell])).toEqual([
      ['invalidDate', 'A2'],
      ['notAccount', 'B2'],
      ['amountTooManyDecimals', 'C2'],
      ['notDate', 'A4'],
      ['amountAmbiguous', 'C4'],
    ]);
    expect(p.ledger.count).toBe(1);
    expect(Array.from(p.ledger.sourceRow)).toEqual([2]);
  });

  it('shows at most 100 problems of a range and counts the rest', () => {
    const rows: RawCell[][] = [['Datum', 'Konto', 'Belopp']];
    for (let i = 0; i < 150; i++) rows.push(['2024-01-01', 4010, 'x']);
    const p = parse(range('Huvudbok', rows));
    expect(p.problems).toHaveLength(101);
    expect(p.problems[100]).toMatchObject({ severity: 'error', code: 'moreProblems', params: { count: 50 } });
  });
});

describe('Huvudbok: an empty ledger', () => {
  it('warns when the ledger has a header row but no rows', () => {
    expect(
      codes({
        ranges: [
          range('Huvudbok', [
            ['Datum', 'Konto', 'Belopp'],
            [null, '', null],
          ]),
        ],
      }),
    ).toEqual(['warning:ledgerEmpty:']);
  });
});

describe('Huvudbok: many rows', () => {
  it('parses 200 000 rows of numbers into typed arrays (the speed is measured outside the tests)', () => {
    const n = 200_000;
    const values: RawCell[][] = [['Datum', 'Konto', 'KST', 'Projekt', 'Belopp', 'Ver']];
    for (let i = 0; i < n; i++) values.push([45292 + (i % 366), 4000 + (i % 300), 3000 + (i % 40), i % 7, (i % 2001) - 1000 + 0.25, i >> 3]);
    const p = parse(range('Huvudbok', values));
    expect(p.problems).toEqual([]);
    expect(p.ledger.count).toBe(n);
    // Σ ((i mod 2001) − 1000) kr: 99 full cycles of 2001 rows (−1000 … 1000) sum to 0; the
    // remaining 200 000 − 99·2001 = 1901 rows are −1000 … 900, summing to −(901 + … + 1000)
    // = −100·1901/2 = −95 050 kr. Plus 0.25 kr × 200 000 = 50 000 kr. Total −45 050 kr.
    let sum = 0;
    for (let i = 0; i < p.ledger.count; i++) sum += p.ledger.amount[i];
    expect(sum).toBe(-4_505_000);
    expect(p.ledger.voucherIds.length).toBe(25_000);
    expect(p.ledger.costCentreCodes.length).toBe(40);
  });
});
