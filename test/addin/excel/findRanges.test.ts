import { findRanges, intersect, isMultiAreaOrExternal, nameIssue, referenceProblem } from '../../../src/addin/excel/findRanges';
import { tr } from '../../../src/addin/i18n';
import { FakeExcelHost } from '../fakeExcel';

const among = (names: string[]) => (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
const ledger = (rows: number): unknown[][] => [['Datum', 'Konto', 'Belopp'], ...Array.from({ length: rows }, (_, i) => ['2024-01-15', 5000 + (i % 10), i])];

describe('findRanges', () => {
  test('finds names, then tables, case-insensitively, with their sheet and top-left', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', ledger(5));
    host.addSheet('Övrigt', [[], ['Konto', 'Belopp'], [1910, 100]]);
    host.addName('huvudbok', 'Data', 'A1:C6');
    host.addTable('IB', 'Övrigt', 'A2:B3');
    const result = await host.run((c) => findRanges(c, among(['IB', 'Huvudbok', 'Budget'])));
    expect(result.issues).toEqual([]);
    expect(result.found).toEqual([
      { name: 'huvudbok', source: 'name', sheet: 'Data', row: 0, col: 0, rowCount: 6, columnCount: 3, address: 'Data!A1:C6' },
      { name: 'IB', source: 'table', sheet: 'Övrigt', row: 1, col: 0, rowCount: 2, columnCount: 2, address: 'Övrigt!A2:B3' },
    ]);
    expect(host.stats.syncs).toBe(2);
  });

  test('a whole-column name is trimmed to the used range', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', [[], [], ...ledger(1000)]); // header on row 3
    host.addName('Huvudbok', 'Data', 'A:C');
    const { found } = await host.run((c) => findRanges(c, among(['Huvudbok'])));
    expect(found[0]).toMatchObject({ row: 2, col: 0, rowCount: 1001, columnCount: 3, address: 'Data!A:C' });
  });

  test('names that are not one range are reported and never passed to getRange', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', ledger(1));
    host.addConstantName('Huvudbok', 'hej');
    host.addErrorName('IB');
    host.addName('Budget', 'Data', 'A1:C2');
    const result = await host.run((c) => findRanges(c, among(['Huvudbok', 'IB', 'Budget'])));
    expect(result.issues).toEqual([
      { name: 'Huvudbok', kind: 'notRange', detail: 'hej' },
      { name: 'IB', kind: 'error', detail: '#REF!' },
    ]);
    expect(result.found.map((f) => f.name)).toEqual(['Budget']);
  });

  test('a table with a total row is read from its header row through its data body, never the total row', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', [...ledger(3), ['Summa', '', 3]]);
    host.addTable('Huvudbok', 'Data', 'A1:C5', { totals: true });
    const result = await host.run((c) => findRanges(c, among(['Huvudbok'])));
    expect(result.issues).toEqual([]);
    expect(result.found[0]).toMatchObject({ source: 'table', row: 0, rowCount: 4, columnCount: 3 });
  });

  test('a table without a shown header row is an issue, not data read as headers', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', ledger(3).slice(1));
    host.addTable('IB', 'Data', 'A1:C3', { headers: false });
    const result = await host.run((c) => findRanges(c, among(['IB'])));
    expect(result).toEqual({ found: [], issues: [{ name: 'IB', kind: 'noHeader', detail: 'IB' }] });
  });

  test('every unusable name is an issue with its reason, and the scan goes on', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', ledger(2));
    host.addOddName('Huvudbok', 'external', "'[Bok 2.xlsx]Data'!$A$1:$B$5");
    host.addOddName('IB', 'multiArea', 'Data!$A$1:$B$2;Data!$D$1:$E$2');
    host.addOddName('Kontoplan', 'formula', '=SUM(Data!$C:$C)');
    host.addOddName('Prognos', 'formula', '=OFFSET(Data!$A$1,0,0,3,3)', 'Range'); // a formula Excel calls a range
    host.addSheetName('Kostnadsstallen', 'Data', 'A1:B2');
    host.addName('Budget', 'Data', 'A1:C3');
    const result = await host.run((c) => findRanges(c, among(['Huvudbok', 'IB', 'Kontoplan', 'Prognos', 'Kostnadsstallen', 'Budget'])));
    expect(result.found.map((f) => f.name)).toEqual(['Budget']);
    expect(result.issues).toEqual([
      { name: 'Huvudbok', kind: 'external', detail: "'[Bok 2.xlsx]Data'!$A$1:$B$5" },
      { name: 'IB', kind: 'multiArea', detail: 'Data!$A$1:$B$2;Data!$D$1:$E$2' },
      // A formula is "a formula, not a fixed range" whatever type Excel gives it (issue 9, point 13).
      { name: 'Kontoplan', kind: 'formula', detail: '=SUM(Data!$C:$C)' },
      { name: 'Prognos', kind: 'formula', detail: '=OFFSET(Data!$A$1,0,0,3,3)' },
      { name: 'Kostnadsstallen', kind: 'sheetScoped', detail: 'Data: Data!$A$1:$B$2' },
    ]);
    expect(host.stats.syncs).toBe(2);
  });

  test('a sheet-scoped name does not hide a workbook name of the same name', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', ledger(2));
    host.addSheetName('Huvudbok', 'Data', 'A1:B2');
    host.addName('Huvudbok', 'Data', 'A1:C3');
    const result = await host.run((c) => findRanges(c, among(['Huvudbok'])));
    expect(result.issues).toEqual([]);
    expect(result.found[0]).toMatchObject({ name: 'Huvudbok', rowCount: 3, columnCount: 3 });
  });

  test('a range on an empty sheet is found with no rows', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Tom');
    host.addName('Budget', 'Tom', 'A1:D10');
    const { found } = await host.run((c) => findRanges(c, among(['Budget'])));
    expect(found[0]).toMatchObject({ rowCount: 0, columnCount: 0 });
  });

  test('no names at all: nothing found, two syncs (sheet-scoped names are asked for too)', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Blad1');
    expect(await host.run((c) => findRanges(c, among(['Huvudbok'])))).toEqual({ found: [], issues: [] });
    expect(host.stats.syncs).toBe(2);
  });
});

test('intersect', () => {
  expect(intersect({ row: 0, col: 0, rows: 1048576, cols: 3 }, { row: 2, col: 1, rows: 10, cols: 5 })).toEqual({ row: 2, col: 1, rows: 10, cols: 2 });
  expect(intersect({ row: 0, col: 0, rows: 2, cols: 2 }, { row: 5, col: 5, rows: 1, cols: 1 })).toBeUndefined();
});

test('isMultiAreaOrExternal', () => {
  expect(isMultiAreaOrExternal('Data!$A$1:$B$2')).toBe(false);
  expect(isMultiAreaOrExternal("'Data, 2024'!$A$1:$B$2")).toBe(false);
  expect(isMultiAreaOrExternal('Data!$A$1:$B$2,Data!$D$1:$E$2')).toBe(true);
  expect(isMultiAreaOrExternal('[Bok2.xlsx]Data!$A$1')).toBe(true);
});

test('nameIssue: a dynamic name is a formula, not a fixed range (issue 9, point 13)', () => {
  const offset = '=OFFSET(Data!$A$1,0,0,COUNTA(Data!$A:$A),8)';
  expect(nameIssue('Range', offset)).toBe('formula');
  expect(nameIssue('Range', '=Data!$A$1:INDEX(Data!$A:$H,COUNTA(Data!$A:$A),8)')).toBe('formula');
  expect(nameIssue('Array', offset)).toBe('formula');
  expect(nameIssue('Range', "='Data (2)'!$A$1:$H$9")).toBeUndefined();
  expect(nameIssue('Range', '=Data!$A$1:$B$2,Data!$D$1:$E$2')).toBe('multiArea');
  expect(nameIssue('Error', '=#REF!')).toBe('error');
  expect(nameIssue('String', 'hej')).toBe('notRange');
  expect(tr('issue_formula', 'sv', { detail: offset })).toBe(
    `namnet är en formel, inte ett fast område (${offset}); namnge cellerna direkt eller gör dem till en tabell`,
  );
});

test('referenceProblem: quoted external workbooks and semicolon unions', () => {
  expect(referenceProblem("'[Bok 2.xlsx]Data'!$A$1:$B$5")).toBe('external');
  expect(referenceProblem("'C:\\Mapp\\[Bok.xlsx]Data'!$A$1")).toBe('external');
  expect(referenceProblem('Data!$A$1:$B$2;Data!$D$1:$E$2')).toBe('multiArea');
  expect(referenceProblem("'Data; 2024'!$A$1:$B$2")).toBeUndefined();
  expect(referenceProblem("'It''s, ok'!$A$1")).toBeUndefined();
});
