/**
 * The pane's "Importera SIE-fil" action on the fake host, with the real core: a clean file is
 * written and "Skapa rapport" then writes exactly the report the core builds from the file's
 * ranges; a file with errors writes nothing; the file's problems and reconciliation come back
 * for the pane to show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Progress } from '../../src/addin/workflow';
import { formatProblem } from '../../src/core/messages';
import { buildReport } from '../../src/core/report';
import { importSie, importedFile } from '../../src/core/sie';
import type { FakeExcelHost } from './fakeExcel';
import { setupActions } from './setupActions';
import { compareSheet } from './modelCompare';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sie');
const AT = new Date(Date.UTC(2025, 0, 20, 9));

const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });

const setup = (prepare?: (host: FakeExcelHost) => void) => setupActions(AT, prepare);

describe('importSie', () => {
  /** What Excel shows in a cell (the fake formats a date serial in the workbook's date system). */
  const shown = (host: FakeExcelHost, sheet: string, address: string) =>
    host.run(async (c) => {
      const range = c.workbook.worksheets.getItem(sheet).getRange(address);
      range.load('text');
      await c.sync();
      return range.text[0][0];
    });

  test('dates are real dates where Excel says which date system the workbook has (ExcelApi 1.16), ISO text where it cannot', async () => {
    // full-pc8.se's first voucher is dated 2024-01-15: day 45 306 of the 1900 system, 45 306 − 1 462 of the 1904 system.
    const in1900 = setupActions(AT, undefined, { api19: true, api116: true });
    expect((await in1900.actions.importSie(file('full-pc8.se'), () => undefined)).written).toBe(true);
    expect([in1900.host.cell('Huvudbok', 'A2'), in1900.host.numberFormat('Huvudbok', 'A2')]).toEqual([45_306, 'yyyy-mm-dd']);
    expect(await shown(in1900.host, 'Huvudbok', 'A2')).toBe('2024-01-15');
    // The report from the workbook's date cells is the core's report of the file.
    const report = await in1900.actions.createReport({}, () => undefined);
    const imported = importSie(file('full-pc8.se').bytes);
    const expected = buildReport({ ranges: imported.ranges, generatedAt: AT, imported: importedFile(imported, 'full-pc8.se') });
    expect(report.summary).toEqual(expected.model!.summary);
    for (const sheet of expected.model!.sheets) expect([sheet.name, compareSheet(in1900.host.sheetValues(sheet.name), sheet)]).toEqual([sheet.name, []]);

    const in1904 = setupActions(AT, (host) => (host.workbook.date1904 = true), { api19: true, api116: true });
    expect((await in1904.actions.importSie(file('full-pc8.se'), () => undefined)).written).toBe(true);
    expect([in1904.host.cell('Huvudbok', 'A2'), in1904.host.numberFormat('Huvudbok', 'A2')]).toEqual([45_306 - 1_462, 'yyyy-mm-dd']);
    expect(await shown(in1904.host, 'Huvudbok', 'A2')).toBe('2024-01-15');

    // Without ExcelApi 1.16 the date system is unknown: the day as ISO text, the same in either system.
    const unknown = setupActions(AT, (host) => (host.workbook.date1904 = true), { api19: true });
    expect((await unknown.actions.importSie(file('full-pc8.se'), () => undefined)).written).toBe(true);
    expect([unknown.host.cell('Huvudbok', 'A2'), unknown.host.numberFormat('Huvudbok', 'A2')]).toEqual(['2024-01-15', '@']);
  });

  test('a clean file: every range written, listed with its rows; then "Skapa rapport" writes the core’s report of the file', async () => {
    const { host, actions } = setup();
    const steps: Progress[] = [];
    const result = await actions.importSie(file('full-pc8.se'), (p) => steps.push(p));
    expect(result.written).toBe(true);
    expect(result.notWritten).toBeUndefined();
    expect(result.problems).toEqual([]);
    expect(result.reconciliation).toEqual([]);
    expect(result.reconciliationChecked).toBe(true);
    // rows by hand from the fixture (README): 13 voucher rows + 6 #PSALDO −1 rows; 3 #IB 0;
    // 9 #KONTO; 2 #OBJEKT 1; Organisation, Räkenskapsår, Första månad; 4 budget rows
    expect(result.ranges.map((r) => [r.key, r.rows, r.status])).toEqual([
      ['Huvudbok', 19, 'written'],
      ['IngaendeBalans', 3, 'written'],
      ['Kontoplan', 9, 'written'],
      ['Kostnadsstallen', 2, 'written'],
      ['Installningar', 3, 'written'],
      ['Budget', 4, 'written'],
    ]);
    expect(steps[0]).toEqual({ step: 'parsingFile', name: 'full-pc8.se' });
    expect(steps.slice(1)).toEqual(result.sheets.map((name, i) => ({ step: 'writing', sheet: i + 1, sheets: 6, name })));

    // The pane now finds the ranges, and the report is the core's report of the file's ranges.
    const found = await actions.findRanges();
    const byKey = (rows: [string, number | undefined][]) => rows.sort((x, y) => x[0].localeCompare(y[0]));
    expect(byKey(found.filter((r) => r.found).map((r) => [r.key, r.dataRows]))).toEqual(byKey(result.ranges.map((r) => [r.key, r.rows])));
    const report = await actions.createReport({}, () => undefined);
    const imported = importSie(file('full-pc8.se').bytes);
    const expected = buildReport({ ranges: imported.ranges, generatedAt: AT, imported: importedFile(imported, 'full-pc8.se') });
    const model = expected.model!;
    // the file's own reconciliation is on the report's checks sheet
    expect(model.checks.find((c) => c.key === 'sieFile')).toMatchObject({ status: 'ok', label: expect.stringContaining('full-pc8.se') });
    expect(report.written).toBe(true);
    expect(report.summary).toEqual(model.summary);
    expect(report.problems).toEqual(expected.problems);
    for (const sheet of model.sheets) expect([sheet.name, compareSheet(host.sheetValues(sheet.name), sheet)]).toEqual([sheet.name, []]);
    // 2024: income 100 000,00 + 12,34, costs 40 000,00 + 2 500,00 + 1 200,50 (README) → 56 311,84
    expect(report.summary?.result).toBe('56311.84');
  });

  test('a truncated #VER is an error: nothing is written, not even an Excel.run; the problem has its line', async () => {
    const { host, actions } = setup((h) => h.addSheet('Huvudbok', [['min']]));
    const before = host.snapshot();
    host.resetStats();
    const result = await actions.importSie(file('truncated-ver.se'), () => undefined);
    expect(result.written).toBe(false);
    expect(result.notWritten).toBe('errors');
    expect(result.sheets).toEqual([]);
    expect(host.snapshot()).toEqual(before);
    expect(host.stats.runs).toBe(0);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].params).toMatchObject({ line: 13, text: '#VER "A" "2" 20240111 "Andra"' });
    expect(formatProblem(errors[0], 'sv')).toBe('Rad 13: Verifikationen avslutas aldrig med ”}” — filen kan vara avkortad. — #VER "A" "2" 20240111 "Andra"');
  });

  test.each(['wrong-ksumma.se', 'syntax-errors.se', 'truncated-mid-line.se'])('%s has errors: nothing written', async (name) => {
    const { host, actions } = setup();
    const before = host.snapshot();
    const result = await actions.importSie(file(name), () => undefined);
    expect([result.written, result.notWritten]).toEqual([false, 'errors']);
    expect(host.snapshot()).toEqual(before);
  });

  test('warnings do not stop the import: the unbalanced file is written, its differences listed', async () => {
    const { actions } = setup();
    const result = await actions.importSie(file('unbalanced.se'), () => undefined);
    expect(result.written).toBe(true);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    // by hand: 1930 #IB 1000 + 500 = 1500, #UB 0 says 1600; 3010 transactions −500, #RES 0 says −600
    expect(result.reconciliation).toEqual([
      { account: 1930, kind: 'balance', expected: '1600.00', actual: '1500.00', difference: '-100.00' },
      { account: 3010, kind: 'result', expected: '-600.00', actual: '-500.00', difference: '100.00' },
    ]);
    expect(result.problems.map((p) => [p.code, p.params?.line])).toEqual([
      ['sieVoucherUnbalanced', 25],
      ['sieBalanceDiff', 16],
      ['sieResultDiff', 18],
      ['sieUbIbDiff', 11],
      ['sieResultAccountWithIb', 13],
    ]);
  });

  test('a file without anything the contract knows: nothing written', async () => {
    const { host, actions } = setup();
    const before = host.snapshot();
    const result = await actions.importSie({ name: 'tom.se', bytes: new TextEncoder().encode('#FLAGGA 0\r\n') }, () => undefined);
    expect([result.written, result.notWritten]).toEqual([false, 'errors']); // nothing to build a report from
    expect(result.reconciliationChecked).toBe(false);
    expect(host.snapshot()).toEqual(before);
  });

  test('the user’s own Kontoplan and Prognos are kept and reported; the report uses them', async () => {
    const { host, actions } = setup((h) => {
      h.addSheet('Min plan', [
        ['Konto', 'Avsnitt', 'Rad'],
        ['5000-5999', 'Kostnader', 'Personal'],
      ]);
      h.addName('Kontoplan', 'Min plan', 'A1:C2');
      h.addSheet('Prognos', [
        ['Kostnadsställe', 'Helår'],
        ['3001', 50000],
      ]);
      h.addName('Prognos', 'Prognos', 'A1:B2');
    });
    const result = await actions.importSie(file('full-pc8.se'), () => undefined);
    expect(result.ranges.find((r) => r.key === 'Kontoplan')).toMatchObject({ status: 'userKept', user: { name: 'Kontoplan' } });
    expect(result.userOnly.map((u) => u.key)).toEqual(['Prognos']);
    const found = await actions.findRanges();
    expect(found.find((r) => r.key === 'Kontoplan')?.found?.sheet).toBe('Min plan');
    expect(host.sheetNames()).not.toContain('Kontoplan');
  });

  test('re-importing the same file leaves the workbook as the first import did', async () => {
    const { host, actions } = setup();
    await actions.importSie(file('full-pc8.se'), () => undefined);
    const first = host.sheetNames().map((n) => [n, host.sheetValues(n)]);
    const again = await actions.importSie(file('full-pc8.se'), () => undefined);
    expect(again.replaced).toEqual(again.sheets);
    expect(host.sheetNames().map((n) => [n, host.sheetValues(n)])).toEqual(first);
  });
});
