/**
 * The task pane's actions end to end on the fake host, with the real core and the real example
 * workbook: what is written must be exactly the core's model.
 */
import type { Progress } from '../../src/addin/workflow';
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';
import { buildReport } from '../../src/core/report';
import { formatProblem } from '../../src/core/messages';
import { uniqueSheetName } from '../../src/core/model/sheetNames';
import type { FakeExcelHost } from './fakeExcel';
import { setupActions } from './setupActions';
import { compareSheet } from './modelCompare';

const AT = new Date(Date.UTC(2024, 8, 2, 8, 30));

const setup = (prepare?: (host: FakeExcelHost) => void) => setupActions(AT, prepare);

/** A workbook with the example inserted by the pane's own action, then `prepare`d. */
async function withExample(prepare?: (host: FakeExcelHost) => void) {
  const s = setup();
  await s.actions.insertExample();
  prepare?.(s.host);
  s.host.resetStats();
  return s;
}

const expected = () => buildReport({ ranges: toRangeData(exampleWorkbook()), generatedAt: AT });

describe('findRanges and check', () => {
  test('an empty workbook: the ledger is missing and that is an error', async () => {
    const { actions } = setup();
    const ranges = await actions.findRanges();
    expect(ranges.find((r) => r.key === 'Huvudbok')).toEqual({ key: 'Huvudbok', need: 'required' });
    const check = await actions.check(() => undefined);
    expect(check.problems.map((p) => [p.severity, p.code])).toContainEqual(['error', 'rangeMissing']);
    expect(check.defaults).toEqual({});
  });

  test('the example: every range found with its data rows; defaults from the data', async () => {
    const { actions } = await withExample();
    const ranges = await actions.findRanges();
    const ledger = ranges.find((r) => r.key === 'Huvudbok');
    const example = exampleWorkbook();
    const ledgerName = example.names.find((n) => n.name === 'Huvudbok')!;
    const [, last] = /(\d+)$/.exec(ledgerName.ref)!;
    expect(ledger?.found).toMatchObject({ name: 'Huvudbok', sheet: 'Huvudbok', row: 2, col: 0 });
    expect(ledger?.dataRows).toBe(Number(last) - 3); // rows 3..last, minus the header
    expect(ranges.every((r) => r.found)).toBe(true);
    const check = await actions.check(() => undefined);
    expect(check.defaults).toEqual({ year: 2024, period: 8, lang: 'sv' });
    expect(check.problems).toEqual(expected().problems);
  });
});

describe('createReport', () => {
  test('returns the report lines with their ledger rows; selecting one activates Verifikationer and selects the group', async () => {
    const { host, actions } = await withExample();
    const result = await actions.createReport({}, () => undefined);
    const model = expected().model!;
    const lines = result.drill!;
    expect(lines.length).toBe(model.drill!.length);
    const first = lines.find((l) => l.from === 'income')!;
    expect(result.sheets).toContain(first.sheet);
    expect(first.sheet).toBe('Verifikationer');
    const { fromData: _fromData, ...target } = model.drill!.find((d) => d.from === 'income')!;
    expect(first).toEqual({ ...target, sheet: 'Verifikationer' });
    await actions.selectCell(first.sheet, first.range);
    const sheet = host.sheet('Verifikationer');
    expect(host.workbook.activeSheetId).toBe(sheet.id);
    const [, top, bottom] = /^A(\d+):I(\d+)$/.exec(first.range)!;
    expect(host.workbook.selection).toEqual({ sheetId: sheet.id, rect: { row: Number(top) - 1, col: 0, rows: Number(bottom) - Number(top) + 1, cols: 9 } });
    // The selection starts at the group's heading, the line's label.
    expect(String(host.sheetValues('Verifikationer')[Number(top) - 1][0])).toBe(`Resultaträkning: ${first.label}`);
  });

  test('writes exactly the core’s model, reporting each step', async () => {
    const { host, actions } = await withExample();
    const steps: Progress[] = [];
    const result = await actions.createReport({}, (p) => steps.push(p));
    const model = expected().model!;
    expect(result.written).toBe(true);
    expect(result.summary).toEqual(model.summary);
    // The example's own input sheets (e.g. its "Deltagare") are the user's: a report sheet of the same name gets "(2)".
    const inputSheets = ['Blad1', ...exampleWorkbook().sheets.map((s) => s.name)];
    const names: string[] = [];
    for (const sheet of model.sheets) names.push(uniqueSheetName(sheet.name, [...inputSheets, ...names]));
    expect(result.sheets).toEqual(names);
    model.sheets.forEach((sheet, i) => expect([sheet.name, compareSheet(host.sheetValues(names[i]), sheet)]).toEqual([sheet.name, []]));

    const kinds = steps.map((s) => s.step);
    expect(kinds.indexOf('checking')).toBeGreaterThan(kinds.lastIndexOf('reading'));
    expect(kinds.indexOf('calculating')).toBeGreaterThan(kinds.indexOf('checking'));
    const writing = steps.filter((s): s is Extract<Progress, { step: 'writing' }> => s.step === 'writing');
    expect(writing.map((w) => w.sheet)).toEqual(model.sheets.map((_, i) => i + 1));
    expect(writing.every((w) => w.sheets === model.sheets.length)).toBe(true);

    // syncs: find 2 + read 1 block + workbook state 1 + all sheets in 1 request + swap 1 + print setup 1
    expect(model.sheets.length).toBeGreaterThan(10);
    expect(host.stats.syncs).toBe(2 + 1 + 1 + 1 + 1 + 1);
    expect(host.stats.runs).toBe(1);
  });

  test('the pane reads the example’s Texter and opens the report with Förvaltningsberättelse: texts wrapped, figures live', async () => {
    const { host, actions } = await withExample();
    // Read like the extras' ranges, not listed (the list stays short in a narrow pane).
    expect((await actions.findRanges()).map((r) => r.key)).not.toContain('Texter');
    const result = await actions.createReport({}, () => undefined);
    expect(result.sheets[0]).toBe('Förvaltningsberättelse');
    const sheet = host.sheet('Förvaltningsberättelse');
    const values = host.sheetValues('Förvaltningsberättelse');
    const intro = values.findIndex((row) => row[0] === 'Inledning');
    expect(String(values[intro + 1][0])).toMatch(/^Styrelsen för Samordningsförbundet Exempelförbundet avger/);
    expect(sheet.formatAt(intro + 1, 0, 'wrapText')).toBe(true);
    const result1 = values.findIndex((row) => row[0] === 'Periodens resultat för jan–aug 2024 är');
    // in whole tkr, as the table foots (issue 12)
    expect(host.formula('Förvaltningsberättelse', `B${result1 + 1}`)).toBe('=ROUND(Resultaträkning!C27,-3)');
    expect(host.cell('Förvaltningsberättelse', `B${result1 + 1}`)).toBe(2282000);
  });

  test('a re-run gives the same workbook; a user sheet "Resultaträkning" is never touched', async () => {
    const { host, actions } = await withExample((h) => h.addSheet('Resultaträkning', [['Egen analys'], ['=1+1']]));
    const user = host.sheet('Resultaträkning');
    const userBefore = JSON.stringify([user.values, user.formulas, user.numberFormats, user.formats]);
    const first = await actions.createReport({}, () => undefined);
    expect(first.sheets).toContain('Resultaträkning (2)');
    const snapshot = host.sheetNames().map((n) => [n, host.sheetValues(n)]);
    const second = await actions.createReport({}, () => undefined);
    expect(second.sheets).toEqual(first.sheets);
    expect(second.replaced.sort()).toEqual([...first.sheets].sort());
    expect(host.sheetNames().map((n) => [n, host.sheetValues(n)])).toEqual(snapshot);
    expect(host.sheet('Resultaträkning')).toBe(user);
    expect(JSON.stringify([user.values, user.formulas, user.numberFormats, user.formats])).toBe(userBefore);
  });

  test('year, month and language from the pane win over the data', async () => {
    const { host, actions } = await withExample();
    const result = await actions.createReport({ period: 4, lang: 'en' }, () => undefined);
    const model = buildReport({ ranges: toRangeData(exampleWorkbook()), generatedAt: AT, overrides: { period: 4, lang: 'en' } }).model!;
    expect(result.summary).toEqual(model.summary);
    expect(result.summary?.periodLabel).toMatch(/Jan.Apr 2024/);
    expect(host.sheetNames()).toContain('Income statement');
  });

  test('a bad amount stops the run before anything is written, and its cell can be selected', async () => {
    const { host, actions } = await withExample();
    const ledger = host.sheet('Huvudbok');
    // the ledger's header is on row 3; put a bad amount in the amount column of its 15th data row
    const header = ledger.values[2] as unknown[];
    const amountCol = header.findIndex((h) => h === 'Belopp');
    expect(amountCol).toBeGreaterThan(0);
    ledger.values[17][amountCol] = '12 kronor';
    const before = host.snapshot();
    const result = await actions.createReport({}, () => undefined);
    expect(result.written).toBe(false);
    expect(host.snapshot()).toEqual(before);
    const error = result.problems.find((p) => p.severity === 'error')!;
    const column = String.fromCharCode(65 + amountCol);
    expect(error).toMatchObject({ range: 'Huvudbok', sheet: 'Huvudbok', cell: `${column}18`, value: '12 kronor' });
    expect(formatProblem(error, 'sv')).toContain(`Huvudbok (Huvudbok!${column}18)`);
    await actions.selectCell(error.sheet!, error.cell!);
    expect(host.workbook.selection).toEqual({ sheetId: ledger.id, rect: { row: 17, col: amountCol, rows: 1, cols: 1 } });
    expect(host.workbook.activeSheetId).toBe(ledger.id);
  });
});

describe('what real Excel does around a run', () => {
  test('a cell being edited makes the run wait (delayForCellEdit), not fail', async () => {
    const { host, actions } = await withExample();
    host.cellEditMode = true;
    const result = await actions.createReport({}, () => undefined);
    expect(result.written).toBe(true);
    expect(host.cellEditWaits).toBe(1);
  });

  test('a 1904 workbook is refused before anything is read or written, where ExcelApi 1.16 can tell', async () => {
    const s = setupActions(AT, undefined, { api19: true, api116: true });
    await s.actions.insertExample();
    s.host.workbook.date1904 = true;
    const before = s.host.snapshot();
    await expect(s.actions.createReport({}, () => undefined)).rejects.toMatchObject({ code: 'Date1904' });
    expect(s.host.snapshot()).toEqual(before);
    s.host.workbook.date1904 = false;
    expect((await s.actions.createReport({}, () => undefined)).written).toBe(true);
  });

  test('a host that has ExcelApi 1.16 but not the property: only the probe fails, the run goes on', async () => {
    const s = setupActions(AT, undefined, { api19: true, api116: true });
    s.host.options.api116 = false; // the fake refuses the property (ApiNotFound)
    await s.actions.insertExample();
    s.host.resetStats();
    expect((await s.actions.createReport({}, () => undefined)).written).toBe(true);
    expect(s.host.stats.history[0]).toMatchObject({ ok: false, code: 'ApiNotFound', commands: 1 });
  });

  test('without ExcelApi 1.16 the date system is not asked for: no extra round trip', async () => {
    const s = setupActions(AT, undefined, { api19: true, api116: false });
    await s.actions.insertExample();
    s.host.resetStats();
    await s.actions.createReport({}, () => undefined);
    expect(s.host.stats.history.every((h) => h.ok)).toBe(true);
  });

  test('a ledger kept as a table with a total row gives no false errors', async () => {
    const { host, actions } = await withExample();
    // Turn the example's ledger name into a table of the same cells plus a "Summa" total row.
    const ledgerName = host.workbook.names.find((n) => n.name === 'Huvudbok');
    if (!ledgerName || ledgerName.ref.kind !== 'range') throw new Error('example has no Huvudbok name');
    const { sheetId, rect } = ledgerName.ref;
    const sheet = host.workbook.sheetById(sheetId);
    if (!sheet) throw new Error('no ledger sheet');
    const totalRow = rect.row + rect.rows;
    sheet.values[totalRow] = ['Summa'];
    host.workbook.names.splice(host.workbook.names.indexOf(ledgerName), 1);
    host.workbook.tables.push({ name: 'Huvudbok', sheetId, rect: { ...rect, rows: rect.rows + 1 }, showHeaders: true, showTotals: true });
    const check = await actions.check(() => undefined);
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('the 1904 date system where Excel cannot say (the dates Excel shows tell)', () => {
  test('a 1904 workbook is refused from the text of the ledger’s first date, in no extra round trip', async () => {
    const s = setupActions(AT, undefined, { api19: true, api116: false });
    await s.actions.insertExample();
    s.host.workbook.date1904 = true;
    const before = s.host.snapshot();
    await expect(s.actions.createReport({}, () => undefined)).rejects.toMatchObject({ code: 'Date1904' });
    expect(s.host.snapshot()).toEqual(before);
    s.host.workbook.date1904 = false;
    s.host.resetStats();
    expect((await s.actions.createReport({}, () => undefined)).written).toBe(true);
    expect(s.host.stats.syncs).toBe(2 + 1 + 1 + 1 + 1 + 1);
  });
});
