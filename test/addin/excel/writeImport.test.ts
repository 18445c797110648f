/**
 * Writing a SIE import into the open workbook, on the strict fake host: new sheets only, the
 * user's sheets and ranges kept, text stays text, a re-import replaces only its own sheets,
 * and a failure anywhere leaves the workbook as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRanges } from '../../../src/addin/excel/findRanges';
import { planImport, SIE_MARKER_PREFIX } from '../../../src/addin/excel/importState';
import type { ImportState } from '../../../src/addin/excel/importState';
import { readRanges } from '../../../src/addin/excel/readRanges';
import { EXCEL_MAX_ROWS, markerComment, planImportSheet, writeImport } from '../../../src/addin/excel/writeImport';
import { isContractName } from '../../../src/addin/contractRanges';
import type { RangeData } from '../../../src/core/input/types';
import { buildReport } from '../../../src/core/report';
import { importCellFormat, importSheetPlan, importSie, SIE_SHEET_NAMES } from '../../../src/core/sie';
import { FakeExcelHost, formatLocal } from '../fakeExcel';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sie');
const FEATURES = { api19: true };
const AT = new Date(Date.UTC(2025, 0, 20, 9));

const fixture = (file: string) => importSie(new Uint8Array(readFileSync(join(FIXTURES, file))));
const full = () => fixture('full-pc8.se');

function hostWith(prepare?: (host: FakeExcelHost) => void): FakeExcelHost {
  const host = new FakeExcelHost();
  host.addSheet('Blad1', [['Mina anteckningar']]);
  prepare?.(host);
  return host;
}

const write = (host: FakeExcelHost, ranges: RangeData[], fileName = 'full-pc8.se') =>
  host.run((c) => writeImport(c, ranges, { features: FEATURES, fileName, dates: 'date1900' }));

/** Every workbook name → what it refers to (`Sheet!A1:G20`, or `#REF!`), sorted by name. */
function namesOf(host: FakeExcelHost): [string, string][] {
  return host.workbook.names
    .map((n): [string, string] => [
      n.name,
      n.ref.kind === 'range' ? `${host.workbook.sheetById(n.ref.sheetId)!.name}!${formatLocal(n.ref.rect)}` : String(n.ref.value),
    ])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

const markersOf = (host: FakeExcelHost) => namesOf(host).filter(([n]) => n.startsWith(SIE_MARKER_PREFIX));
const contractNamesOf = (host: FakeExcelHost) => namesOf(host).filter(([n]) => isContractName(n));

/** The workbook as the user sees it: sheets in order with their values, and contract names. */
const visible = (host: FakeExcelHost) => ({
  sheets: host.sheetNames().map((n) => [n, host.sheetValues(n)]),
  names: contractNamesOf(host),
  markers: markersOf(host)
    .map(([, where]) => where)
    .sort(),
});

/** Reads the contract ranges back through the add-in's own reader. */
const readBack = (host: FakeExcelHost) => host.run(async (c) => (await readRanges(c, (await findRanges(c, isContractName)).found)).ranges);

describe('writeImport into a workbook with no ranges', () => {
  test('each range on its own new sheet, named, marked; the user’s sheet untouched', async () => {
    const sie = full();
    expect(sie.problems).toEqual([]);
    const host = hostWith();
    const result = await write(host, sie.ranges);

    const expectedSheets = sie.ranges.map((r) => SIE_SHEET_NAMES[r.name]);
    expect(expectedSheets).toEqual(['Huvudbok', 'Ingående balans', 'Kontoplan', 'Kostnadsställen', 'Inställningar', 'Budget']);
    expect(host.sheetNames()).toEqual(['Blad1', ...expectedSheets]);
    expect(host.sheetValues('Blad1')).toEqual([['Mina anteckningar']]);
    expect(result.sheets).toEqual(expectedSheets);
    expect(result.replaced).toEqual([]);
    expect(result.userOnly).toEqual([]);
    // Huvudbok: 7 columns (Datum … Belopp), 19 rows + header (README: 13 voucher rows + 6 #PSALDO −1 rows)
    expect(result.ranges[0]).toEqual({ key: 'Huvudbok', rows: 19, status: 'written', sheet: 'Huvudbok', address: 'A1:G20' });

    // Every range is named on its sheet from A1, exactly its size.
    const names = Object.fromEntries(contractNamesOf(host));
    for (const r of sie.ranges) {
      const cols = Math.max(...r.values.map((row) => row.length));
      expect(names[r.name]).toBe(`${SIE_SHEET_NAMES[r.name]}!${formatLocal({ row: 0, col: 0, rows: r.values.length, cols })}`);
    }
    // One marker per sheet, on its A1, saying what it holds and from which file.
    expect(
      markersOf(host)
        .map(([, where]) => where)
        .sort(),
    ).toEqual(expectedSheets.map((s) => `${s}!A1`).sort());
    const huvudbokMarker = host.workbook.names.find(
      (n) => n.name.startsWith(SIE_MARKER_PREFIX) && n.ref.kind === 'range' && host.workbook.sheetById(n.ref.sheetId)!.name === 'Huvudbok',
    );
    expect(huvudbokMarker?.comment).toBe('finsam-sie Huvudbok: full-pc8.se');
  });

  test('the cells are the core’s import plan: text as text, amounts as numbers a user can sum', async () => {
    const sie = full();
    const host = hostWith();
    await write(host, sie.ranges);
    for (const r of sie.ranges) {
      const sheet = SIE_SHEET_NAMES[r.name];
      const plan = importSheetPlan(r, 'date1900');
      plan.rows.forEach((row, i) =>
        row.forEach((v, c) => {
          const at = formatLocal({ row: i, col: c, rows: 1, cols: 1 });
          expect([sheet, at, host.cell(sheet, at), host.numberFormat(sheet, at)]).toEqual([sheet, at, v ?? '', importCellFormat(plan, v, c)]);
          if (typeof v === 'string') expect([sheet, at, host.numberFormat(sheet, at)]).toEqual([sheet, at, '@']);
          expect(host.formula(sheet, at)).toBeUndefined();
        }),
      );
    }
    // A credit amount as a number in kronor, never a formula or text (row 3: #TRANS 3810 … -100000.00).
    expect([host.cell('Huvudbok', 'G3'), host.numberFormat('Huvudbok', 'G3')]).toEqual([-100000, '#,##0.00']);
    // A date is a date a user can sort and filter by: 2024-01-15 is day 45 306 of the 1900 system (2024-01-01 is 45 292).
    expect(sie.ranges[0].values[1][0]).toBe('2024-01-15');
    expect([host.cell('Huvudbok', 'A2'), host.numberFormat('Huvudbok', 'A2')]).toEqual([45_306, 'yyyy-mm-dd']);
  });

  test('read back by the add-in, the ranges give the same report as the import itself', async () => {
    const sie = full();
    const host = hostWith();
    await write(host, sie.ranges);
    const fromWorkbook = buildReport({ ranges: await readBack(host), generatedAt: AT });
    const direct = buildReport({ ranges: sie.ranges, generatedAt: AT });
    expect(direct.model).toBeDefined();
    expect(fromWorkbook.problems).toEqual(direct.problems.map((p) => ({ ...p })));
    expect(fromWorkbook.model?.summary).toEqual(direct.model?.summary);
    expect(fromWorkbook.model?.sheets).toEqual(direct.model?.sheets);
  });

  test('a large ledger goes out in blocks of 5 000 rows: one sync each, every request under Excel on the web’s 5 MB', async () => {
    const values: RangeData['values'] = [['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp']];
    for (let i = 0; i < 60_000; i++) values.push(['2024-03-15', `A ${i}`, 4000 + (i % 50), '3001', '', `Rad ${i}`, `-${i},50`]);
    const host = hostWith();
    await write(host, [{ name: 'Huvudbok', sheet: 'Huvudbok', row: 0, col: 0, values }]);
    // state 1 + ⌈60 001 / 5 000⌉ = 13 blocks + swap 1
    expect(host.stats.syncs).toBe(1 + 13 + 1);
    expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.cell('Huvudbok', 'G60001')).toBe(-59999.5);
    expect(host.numberFormat('Huvudbok', 'G60001')).toBe('#,##0.00');
  });

  test('syncs: state 1 + one per sheet + the swap', async () => {
    const sie = full();
    const host = hostWith();
    await write(host, sie.ranges);
    expect(host.stats.syncs).toBe(1 + sie.ranges.length + 1);
    expect(host.stats.runs).toBe(1);
  });
});

describe('the user’s sheets and ranges', () => {
  test('a user’s sheet called "Huvudbok" stays; the import’s ledger goes on "Huvudbok (2)"', async () => {
    const sie = full();
    const userRows = [['Min egen huvudbok'], ['=SUMMA(1;2)'], [42]];
    const host = hostWith((h) => h.addSheet('Huvudbok', userRows));
    const before = host.sheetValues('Huvudbok');
    const result = await write(host, sie.ranges);
    expect(host.sheetNames().slice(0, 3)).toEqual(['Blad1', 'Huvudbok', 'Huvudbok (2)']);
    expect(host.sheetValues('Huvudbok')).toEqual(before);
    expect(result.ranges[0]).toMatchObject({ key: 'Huvudbok', status: 'written', sheet: 'Huvudbok (2)' });
    expect(Object.fromEntries(contractNamesOf(host)).Huvudbok).toBe('Huvudbok (2)!A1:G20');
  });

  test('a user’s own Kontoplan (and Prognos) are kept: no Kontoplan sheet or name from the file', async () => {
    const sie = full();
    const plan = [
      ['Konto', 'Avsnitt'],
      ['3000-3999', 'Intäkter'],
      ['4000-7999', 'Kostnader'],
    ];
    const host = hostWith((h) => {
      h.addSheet('Min plan', plan);
      h.addName('Kontoplan', 'Min plan', 'A1:B3');
      h.addSheet('Prognos', [
        ['Kostnadsställe', 'Helår'],
        ['3001', 1000],
      ]);
      h.addName('Prognos', 'Prognos', 'A1:B2');
    });
    const result = await write(host, sie.ranges);
    expect(host.sheetNames()).not.toContain('Kontoplan');
    expect(host.sheetValues('Min plan')).toEqual(plan);
    const names = Object.fromEntries(contractNamesOf(host));
    expect(names.Kontoplan).toBe('Min plan!A1:B3');
    expect(names.Prognos).toBe('Prognos!A1:B2');
    expect(result.ranges.find((r) => r.key === 'Kontoplan')).toEqual({
      key: 'Kontoplan',
      rows: 9,
      status: 'userKept',
      user: { name: 'Kontoplan', source: 'name', reference: "'Min plan'!$A$1:$B$3", unusable: false },
    });
    expect(result.userOnly).toEqual([{ key: 'Prognos', user: { name: 'Prognos', source: 'name', reference: 'Prognos!$A$1:$B$2', unusable: false } }]);
    // Five of the six ranges written, one marker each.
    expect(result.sheets).toEqual(['Huvudbok', 'Ingående balans', 'Kostnadsställen', 'Inställningar', 'Budget']);
    expect(markersOf(host)).toHaveLength(5);
  });

  test('a range under another of its names, or as a table, is the user’s too (ChartOfAccounts table, IB name)', async () => {
    const sie = full();
    const host = hostWith((h) => {
      h.addSheet('Plan', [
        ['Account', 'Section'],
        [3810, 'Bidrag'],
      ]);
      h.addTable('ChartOfAccounts', 'Plan', 'A1:B2');
      h.addSheet('Ingående', [
        ['Konto', 'Belopp'],
        [1930, 5],
      ]);
      h.addName('IB', 'Ingående', 'A1:B2');
    });
    const result = await write(host, sie.ranges);
    expect(result.ranges.filter((r) => r.status === 'userKept').map((r) => [r.key, r.status === 'userKept' && r.user.name])).toEqual([
      ['IngaendeBalans', 'IB'],
      ['Kontoplan', 'ChartOfAccounts'],
    ]);
    expect(contractNamesOf(host).map(([n]) => n)).toEqual(['Budget', 'Huvudbok', 'IB', 'Installningar', 'Kostnadsstallen']);
  });

  test('a user’s name that is not a range (a constant) is kept too, and said to be unusable', async () => {
    const host = hostWith((h) => h.addConstantName('Budget', 5));
    const result = await write(host, full().ranges);
    expect(result.ranges.find((r) => r.key === 'Budget')).toMatchObject({ status: 'userKept', user: { name: 'Budget', unusable: true } });
    expect(host.sheetNames()).not.toContain('Budget');
  });

  test('a contract name that refers to #REF! holds nothing: the import replaces it', async () => {
    const host = hostWith((h) => h.addErrorName('Kostnadsstallen'));
    const result = await write(host, full().ranges);
    expect(result.ranges.find((r) => r.key === 'Kostnadsstallen')).toMatchObject({
      status: 'written',
      sheet: 'Kostnadsställen',
      replacedBroken: 'Kostnadsstallen',
    });
    expect(Object.fromEntries(contractNamesOf(host)).Kostnadsstallen).toBe('Kostnadsställen!A1:B3');
  });
});

describe('text from the file stays text', () => {
  // Texts that Excel would take for formulas, numbers or dates if they were assigned to a
  // General cell: a company name, account names, a cost centre code, voucher and row texts.
  const SIE = [
    '#FLAGGA 0',
    '#FORMAT PC8',
    '#SIETYP 4',
    '#FNAMN "=HYPERLINK(\\"http://example.com\\")"',
    '#RAR 0 20240101 20241231',
    '#KONTO 1930 "-Bank"',
    '#KONTO 3010 "=SUMMA(A1)"',
    '#DIM 1 "KST"',
    '#OBJEKT 1 "=1+1" "+46 70 123 45 67"',
    '#VER "A" "1" 20240110 "=2+3"',
    '{',
    '#TRANS 1930 {1 "=1+1"} 500.00',
    '#TRANS 3010 {} -500.00 20240110 "@SUM(A1)"',
    '}',
    '',
  ].join('\r\n');

  test('"=…", "-…", "+…" and "@…" are written as text, never as formulas', async () => {
    const sie = importSie(new TextEncoder().encode(SIE));
    expect(sie.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const host = hostWith();
    await write(host, sie.ranges, 'formler.se');
    const expectText = (sheet: string, at: string, text: string) => {
      expect([sheet, at, host.cell(sheet, at), host.formula(sheet, at), host.numberFormat(sheet, at)]).toEqual([sheet, at, text, undefined, '@']);
    };
    // Huvudbok: Datum, Verifikation, Konto, Kostnadsställe, Projekt, Text, Belopp
    expect(host.sheetValues('Huvudbok')[0]).toEqual(['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp']);
    expectText('Huvudbok', 'D2', '=1+1');
    expectText('Huvudbok', 'F2', '=2+3');
    expectText('Huvudbok', 'F3', '@SUM(A1)');
    expect([host.cell('Huvudbok', 'G3'), host.numberFormat('Huvudbok', 'G3')]).toEqual([-500, '#,##0.00']);
    // The date is a date (2024-01-10: day 45 301 of the 1900 system), never text or a formula.
    expect([host.cell('Huvudbok', 'A2'), host.formula('Huvudbok', 'A2'), host.numberFormat('Huvudbok', 'A2')]).toEqual([45_301, undefined, 'yyyy-mm-dd']);
    expectText('Kontoplan', 'B2', '-Bank');
    expectText('Kontoplan', 'B3', '=SUMMA(A1)');
    expectText('Kostnadsställen', 'A2', '=1+1');
    expectText('Kostnadsställen', 'B2', '+46 70 123 45 67');
    expectText('Inställningar', 'B2', '=HYPERLINK("http://example.com")');
    // the account number is a number
    expect(host.cell('Huvudbok', 'C2')).toBe(1930);
  });
});

describe('re-import', () => {
  test('the same file again gives the same workbook; user sheets untouched', async () => {
    const host = hostWith((h) => h.addSheet('Analys', [['egen'], ['=1+1']]));
    await write(host, full().ranges);
    const first = visible(host);
    const second = await write(host, full().ranges);
    expect(visible(host)).toEqual(first);
    expect(second.replaced).toEqual(['Huvudbok', 'Ingående balans', 'Kontoplan', 'Kostnadsställen', 'Inställningar', 'Budget']);
    expect(host.workbook.names.filter((n) => n.ref.kind !== 'range')).toEqual([]);
    // and a third time, for the marker numbers that alternate
    await write(host, full().ranges);
    expect(visible(host)).toEqual(first);
  });

  test('a file with fewer ranges: the previous import’s other sheets and names go, no #REF! left', async () => {
    const host = hostWith();
    await write(host, full().ranges);
    const small = fixture('right-ksumma.se');
    expect(small.ranges.map((r) => r.name)).toEqual(['Huvudbok', 'Kontoplan', 'Installningar']);
    await write(host, small.ranges, 'right-ksumma.se');
    expect(host.sheetNames()).toEqual(['Blad1', 'Huvudbok', 'Kontoplan', 'Inställningar']);
    expect(contractNamesOf(host).map(([n]) => n)).toEqual(['Huvudbok', 'Installningar', 'Kontoplan']);
    expect(markersOf(host)).toHaveLength(3);
    expect(host.workbook.names.every((n) => n.ref.kind === 'range')).toBe(true);
  });

  test('an imported sheet the user renamed is still the import’s and is replaced', async () => {
    const host = hostWith();
    await write(host, full().ranges);
    host.sheet('Budget').name = 'Budget från SIE';
    await write(host, full().ranges);
    expect(host.sheetNames()).not.toContain('Budget från SIE');
    expect(host.sheetNames()).toContain('Budget');
  });

  test('an imported sheet the user deleted: its #REF! name and marker are cleaned up', async () => {
    const host = hostWith();
    await write(host, full().ranges);
    const first = visible(host);
    await host.run(async (c) => {
      c.workbook.worksheets.getItem('Kontoplan').delete();
      await c.sync();
    });
    expect(namesOf(host).filter(([, where]) => where === '#REF!')).toHaveLength(2);
    await write(host, full().ranges);
    expect(visible(host)).toEqual(first);
  });

  test('a sheet whose marker the user removed is the user’s: kept, and so is its name', async () => {
    const host = hostWith();
    await write(host, full().ranges);
    const marker = markersOf(host).find(([, where]) => where === 'Kontoplan!A1')![0];
    host.workbook.names = host.workbook.names.filter((n) => n.name !== marker);
    const result = await write(host, full().ranges);
    expect(result.ranges.find((r) => r.key === 'Kontoplan')).toMatchObject({
      status: 'userKept',
      user: { name: 'Kontoplan', reference: 'Kontoplan!$A$1:$E$10' },
    });
    expect(host.sheetNames().filter((n) => n.startsWith('Kontoplan'))).toEqual(['Kontoplan']);
  });
});

describe('failures', () => {
  // First import into a workbook with one sheet: state 1 sync, 6 sheets (syncs 2–7), swap 8.
  // The swap's commands: 0 suspend calculation, 1–6 add markers, 7–12 add names, 13–18 rename, 19 activate.
  test.each([
    ['the state', 1, undefined],
    ['the first sheet', 2, undefined],
    ['the last sheet', 7, undefined],
    ['the swap, at its first marker', 8, 1],
    ['the swap, at a name', 8, 10],
    ['the swap, at a rename', 8, 15],
    ['the swap, at its last command', 8, 19],
  ])('a failure at %s leaves the workbook as it was (first import)', async (_what, onSync, atCommand) => {
    const host = hostWith((h) => h.addSheet('Egen', [['x']]));
    const before = host.snapshot();
    host.injectFailure({ onSync, code: 'GeneralException', ...(atCommand !== undefined ? { atCommand } : {}) });
    await expect(write(host, full().ranges)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.snapshot()).toEqual(before);
  });

  test('a failed swap that was replacing a broken (#REF!) name: the sheets and every other name are as they were', async () => {
    // The broken name held nothing; once the swap has deleted it, the undo does not bring it back.
    const host = hostWith((h) => h.addName('Egen', 'Blad1', 'A1'));
    host.addErrorName('Budget');
    const before = host.snapshot() as { sheets: unknown; names: { name: string }[] };
    // commands: 0 suspend, 1–6 markers, 7 delete the broken Budget, 8–13 names … → fail at a name
    host.injectFailure({ onSync: 8, code: 'GeneralException', atCommand: 10 });
    await expect(write(host, full().ranges)).rejects.toMatchObject({ code: 'GeneralException' });
    const after = host.snapshot() as typeof before;
    expect(after.sheets).toEqual(before.sheets);
    expect(after.names.filter((n) => n.name !== 'Budget')).toEqual(before.names.filter((n) => n.name !== 'Budget'));
  });

  test('a failure while writing a re-import leaves the previous import in place', async () => {
    const host = hostWith();
    await write(host, full().ranges);
    const before = host.snapshot();
    // state: 2 syncs (markers resolved), then the sheets: fail the third
    host.injectFailure({ onSync: 5, code: 'GeneralException' });
    await expect(write(host, full().ranges)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.snapshot()).toEqual(before);
  });

  test('a re-import’s swap failing at its first command is undone', async () => {
    const host = hostWith();
    await write(host, full().ranges);
    const before = host.snapshot();
    host.injectFailure({ onSync: 9, code: 'GeneralException', atCommand: 2 });
    await expect(write(host, full().ranges)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.snapshot()).toEqual(before);
  });

  test('a re-import’s swap failing after the old sheets went: every sheet stays marked, the next import cleans up', async () => {
    const host = hostWith();
    await write(host, full().ranges);
    const clean = visible(host);
    // swap commands: suspend calc, 6 × add marker, 6 × delete sheet, 6 × delete marker … → fail at a marker deletion
    host.injectFailure({ onSync: 9, code: 'GeneralException', atCommand: 15 });
    await expect(write(host, full().ranges)).rejects.toMatchObject({ code: 'GeneralException' });
    const marked = new Set(markersOf(host).map(([, where]) => where.split('!')[0]));
    for (const name of host.sheetNames()) if (name !== 'Blad1') expect([name, marked.has(name)]).toEqual([name, true]);
    await write(host, full().ranges);
    expect(visible(host)).toEqual(clean);
    expect(host.workbook.names.every((n) => n.ref.kind === 'range')).toBe(true);
  });

  test('a range longer than an Excel sheet is refused before anything is written', async () => {
    const host = hostWith();
    const before = host.snapshot();
    const huge: RangeData = { name: 'Huvudbok', sheet: 'Huvudbok', row: 0, col: 0, values: new Array(EXCEL_MAX_ROWS + 1).fill([1]) };
    await expect(write(host, [huge])).rejects.toMatchObject({ code: 'SieTooLarge' });
    expect(host.snapshot()).toEqual(before);
    expect(host.stats.syncs).toBe(0);
  });
});

describe('planImport and planImportSheet (pure)', () => {
  const state = (over: Partial<ImportState> = {}): ImportState => ({ sheetNames: ['Blad1'], nameNames: [], markers: [], contractNames: [], ...over });
  const range = (name: string, values: RangeData['values']): RangeData => ({ name, sheet: name, row: 0, col: 0, values });

  test('the previous import’s names go; a user’s alias keeps the file’s range out', () => {
    const plan = planImport(
      state({
        sheetNames: ['Blad1', 'Huvudbok', 'Egen'],
        markers: [{ marker: 'FinsamSie_1', sheet: 'Huvudbok' }, { marker: 'FinsamSie_2' }],
        contractNames: [
          { name: 'Huvudbok', key: 'Huvudbok', source: 'name', type: 'Range', reference: 'Huvudbok!$A$1:$G$3', sheet: 'Huvudbok' },
          { name: 'OpeningBalances', key: 'IngaendeBalans', source: 'name', type: 'Range', reference: 'Egen!$A$1:$B$9', sheet: 'Egen' },
        ],
      }),
      [range('Huvudbok', [['Konto']]), range('IngaendeBalans', [['Konto'], [1930]])],
    );
    expect(plan.oldSheets).toEqual(['Huvudbok']);
    expect(plan.namesToDelete).toEqual(['Huvudbok']);
    expect(plan.decisions.map((d) => [d.key, d.action, d.action === 'write' ? d.sheet : d.user.name])).toEqual([
      ['Huvudbok', 'write', 'Huvudbok'],
      ['IngaendeBalans', 'keepUser', 'OpeningBalances'],
    ]);
  });

  test('planImportSheet: header look and frozen row, text format for every string, widths from the content', () => {
    const plan = planImportSheet(
      range('Kontoplan', [
        ['Konto', 'Benämning'],
        [1930, 'Företagskonto med ett långt namn'],
        [2010, null],
      ]),
      'date1900',
    );
    expect(plan.numberFormats).toEqual([
      ['@', '@'],
      ['General', '@'],
      ['General', 'General'],
    ]);
    expect(plan.inputs[2]).toEqual([2010, '']);
    expect(plan.looks).toEqual([{ first: 0, count: 1, role: 'header', highlight: false }]);
    expect(plan.freeze).toEqual({ rows: 1, cols: 0 });
    // widths in characters: max(8, longest + 2) → points (7 px per character + 5 px, × 0.75)
    expect(plan.columnWidths).toEqual([(8 * 7 + 5) * 0.75, (34 * 7 + 5) * 0.75]);
  });

  test('a ledger of 200 000 rows: planned without spreading it into arguments, formats shared per pattern', () => {
    const values: RangeData['values'] = [['Datum', 'Konto', 'Belopp']];
    for (let i = 0; i < 200_000; i++) values.push(['2024-01-31', 4000 + (i % 9), `${i},50`]);
    const plan = planImportSheet(range('Huvudbok', values), 'date1900');
    expect([plan.rowCount, plan.columnCount]).toEqual([200_001, 3]);
    expect(plan.numberFormats[1]).toEqual(['yyyy-mm-dd', 'General', '#,##0.00']);
    expect(plan.numberFormats[199_999]).toBe(plan.numberFormats[1]);
    // 2024-01-31 is day 45 322 of the 1900 system (2024-01-01 is 45 292).
    expect(plan.inputs[200_000]).toEqual([45_322, 4000 + (199_999 % 9), 199999.5]);
  });

  test('markerComment is cut to Excel’s 255 characters', () => {
    expect(markerComment('Huvudbok', 'x.se')).toBe('finsam-sie Huvudbok: x.se');
    expect(markerComment('Huvudbok', 'a'.repeat(400))).toHaveLength(255);
  });
});
