import { planSheet } from '../../../src/addin/excel/sheetPlan';
import { writeReport } from '../../../src/addin/excel/writeReport';
import type { ReportModel } from '../../../src/core/model/types';
import { FakeExcelHost } from '../fakeExcel';
import { DANGEROUS_TEXTS, reportModel } from '../modelFixture';

const FEATURES = { api19: true };

function hostWithData(options = {}): FakeExcelHost {
  const host = new FakeExcelHost(options);
  host.addSheet('Data', [
    ['Datum', 'Konto', 'Belopp'],
    ['2024-01-15', 5000, 100],
  ]);
  host.addName('Huvudbok', 'Data', 'A1:C2');
  return host;
}

const write = (host: FakeExcelHost, model: ReportModel = reportModel(), options = {}) =>
  host.run((c) => writeReport(c, model, { features: FEATURES, ...options }));

/** Marker names and the sheets they point at. */
function markers(host: FakeExcelHost): [string, string][] {
  return host.workbook.names
    .filter((n) => n.name.startsWith('FinsamRapport_'))
    .map((n) => [n.name, n.ref.kind === 'range' ? `${host.workbook.sheetById(n.ref.sheetId)?.name}!${n.ref.rect.row},${n.ref.rect.col}` : 'ERR']);
}

describe('writeReport into a workbook without a report', () => {
  test('writes every sheet with the model’s values, formulas and number formats', async () => {
    const host = hostWithData();
    const result = await write(host);
    expect(result).toEqual({
      sheets: [
        { key: 'income', name: 'Resultaträkning' },
        { key: 'summary', name: 'Ekonomisk sammanfattning' },
      ],
      removed: [],
      reused: [],
    });
    expect(host.sheetNames()).toEqual(['Data', 'Resultaträkning', 'Ekonomisk sammanfattning']);
    expect(host.cell('Resultaträkning', 'A1')).toBe('Samordningsförbundet Exempel');
    expect(host.cell('Resultaträkning', 'C7')).toBe(1200.5);
    expect(host.numberFormat('Resultaträkning', 'C7')).toBe('#,##0.00;-#,##0.00');
    // sums are live formulas that compute the model's value
    expect(host.formula('Resultaträkning', 'C9')).toBe('=SUM(C7:C8)');
    expect(host.cell('Resultaträkning', 'C9')).toBeCloseTo(1200.75, 10);
    // the cross-sheet reference was written to a temporary sheet and follows the rename
    expect(host.formula('Ekonomisk sammanfattning', 'B2')).toBe('=Resultaträkning!C9'); // Excel quotes only where needed
    expect(host.cell('Ekonomisk sammanfattning', 'B2')).toBeCloseTo(1200.75, 10);
    expect(host.cell('Ekonomisk sammanfattning', 'B3')).toBeCloseTo(1200, 10);
  });

  test('text from the data is stored as text, never as a formula, number or date', async () => {
    const host = hostWithData();
    await write(host);
    DANGEROUS_TEXTS.forEach((text, i) => {
      const address = `A${10 + i}`;
      expect(host.cell('Resultaträkning', address)).toBe(text);
      expect(host.formula('Resultaträkning', address)).toBeUndefined();
      expect(host.numberFormat('Resultaträkning', address)).toBe('@');
    });
  });

  test('marks each sheet with a workbook name on its A1 and activates the first', async () => {
    const host = hostWithData();
    await write(host);
    expect(markers(host)).toEqual([
      ['FinsamRapport_1', 'Resultaträkning!0,0'],
      ['FinsamRapport_2', 'Ekonomisk sammanfattning!0,0'],
    ]);
    expect(host.workbook.names.find((n) => n.name === 'FinsamRapport_2')?.comment).toBe('finsam-rapport summary');
    expect(host.workbook.activeSheetId).toBe(host.sheet('Resultaträkning').id);
  });

  test('looks go out per run of rows, not per cell; frozen panes and conditional formats once per sheet', async () => {
    const host = hostWithData();
    await write(host);
    const sheet = host.sheet('Resultaträkning');
    expect(sheet.formatAt(0, 2, 'font.bold')).toBe(true); // title, across the width
    expect(sheet.formatAt(4, 1, 'fill.color')).toBe('#DDEBF7'); // header
    expect(sheet.formatAt(8, 0, 'borders.EdgeTop.style')).toBe('Continuous'); // total
    expect(sheet.formatAt(15, 2, 'fill.color')).toBe('#FCE4D6'); // highlighted grand total
    expect(sheet.formatAt(15, 0, 'borders.EdgeBottom.style')).toBe('Double');
    expect(sheet.formatAt(9, 0, 'indentLevel')).toBe(2);
    expect(sheet.frozen).toEqual({ rows: 5, cols: 1 });
    expect(host.sheet('Ekonomisk sammanfattning').conditionalFormats).toEqual([
      { rect: { row: 1, col: 1, rows: 2, cols: 1 }, type: 'Custom', formula: '=B2<0', fill: '#FCE4D6', font: '#9C0006' },
    ]);
    // A model with 20 000 more detail rows costs no more format commands than the small one.
    const small = host.stats.formatCommands;
    const big = hostWithData();
    await write(big, reportModel(20_000));
    expect(big.stats.formatCommands).toBeLessThanOrEqual(small + 10);
  });

  test('sync count: a constant per sheet plus one per block, never per row', async () => {
    const host = hostWithData();
    await write(host);
    // 1 (workbook state) + 1 request for both sheets + 1 (swap)
    expect(host.stats.syncs).toBe(3);

    const big = hostWithData();
    const model = reportModel(22_000); // income sheet: 22 016 rows → 5 blocks of ≤ 5 000 rows
    const requests = Math.ceil((model.sheets[0].rows.length + model.sheets[1].rows.length) / 5_000); // ≤ 5 000 rows per request
    await write(big, model);
    expect(big.stats.syncs).toBe(2 + requests);
    expect(big.stats.history.every((h) => h.requestBytes <= 5 * 1024 * 1024)).toBe(true);
    // every write request suspends calculation; the swap recalculates once
    expect(big.stats.calculationSuspended).toBe(big.stats.syncs - 2);
    expect(big.stats.recalculations).toBe(1);
    expect(big.stats.screenUpdatingSuspended).toBeGreaterThan(0);
  });

  test('the written formulas are recalculated: none keeps a stale value after calculation was suspended', async () => {
    const host = hostWithData();
    await write(host);
    expect(host.workbook.stale.size).toBe(0);
    expect(host.cell('Resultaträkning', 'C9')).toBeCloseTo(1200.75, 10);
    expect(host.cell('Ekonomisk sammanfattning', 'B2')).toBeCloseTo(1200.75, 10);
  });

  test('a range or a request over Excel’s cell limits is halved and written, the new sheet made once', async () => {
    const host = hostWithData({ rangeCellLimit: 8_000, operationCellLimit: 12_000 });
    const model = reportModel(22_000);
    await write(host, model);
    expect(host.stats.history.some((h) => h.code === 'RangeExceedsLimit' || h.code === 'OperationCellsExceedLimit')).toBe(true);
    const rows = model.sheets[0].rows.length;
    expect(host.sheetValues('Resultaträkning')).toHaveLength(rows);
    expect(host.sheetNames()).toEqual(['Data', 'Resultaträkning', 'Ekonomisk sammanfattning']);
  });

  test('a block Excel refuses as too large is halved and written', async () => {
    const host = hostWithData({ payloadLimit: 100_000 });
    const model = reportModel(4_000);
    await write(host, model, { maxBlockBytes: 1e9, maxBlockRows: 1e9 });
    expect(host.stats.history.some((h) => h.code === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(host.cell('Resultaträkning', `C${model.sheets[0].rows.length - 1}`)).toBe(3_999.5);
    expect(host.sheetNames()).toEqual(['Data', 'Resultaträkning', 'Ekonomisk sammanfattning']);
  });

  test('wraps the rows the model marks (a long text of the user), top-aligned, and no other row', async () => {
    const host = hostWithData();
    const model = reportModel();
    const long = 'Förbundet har under perioden arbetat vidare med '.repeat(20);
    model.sheets[0].rows.push({ role: 'line', wrap: true, cells: [{ kind: 'text', text: long, fromData: true }] });
    const row = model.sheets[0].rows.length - 1;
    await write(host, model);
    const sheet = host.sheet('Resultaträkning');
    expect(host.cell('Resultaträkning', `A${row + 1}`)).toBe(long);
    expect(sheet.formatAt(row, 0, 'wrapText')).toBe(true);
    expect(sheet.formatAt(row, 0, 'verticalAlignment')).toBe('Top');
    expect(sheet.formatAt(row - 1, 0, 'wrapText')).toBeUndefined();
    // 960 characters in the fixture's first column: as many lines of 15 points as it needs
    const width = model.sheets[0].columns[0].width;
    expect(sheet.formatAt(row, 0, 'rowHeight')).toBe(Math.min(409, Math.ceil(long.length / Math.floor(width)) * 15));
  });

  test('works on hosts without ExcelApi 1.9 (no screen-updating suspension, no indent)', async () => {
    const host = hostWithData({ api19: false });
    await host.run((c) => writeReport(c, reportModel(), { features: { api19: false } }));
    expect(host.stats.screenUpdatingSuspended).toBe(0);
    expect(host.sheet('Resultaträkning').formatAt(9, 0, 'indentLevel')).toBeUndefined();
    expect(host.cell('Resultaträkning', 'C7')).toBe(1200.5);
  });
});

describe('writeReport over an earlier report', () => {
  test('a re-run replaces exactly its own sheets and gives the same result', async () => {
    const host = hostWithData();
    await write(host);
    const first = host.sheetNames().map((n) => [n, host.sheetValues(n)]);
    const firstMarkers = markers(host).map(([, where]) => where);
    const ids = host.workbook.sheets.map((s) => s.id);
    const result = await write(host);
    expect(result.removed).toEqual(['Resultaträkning', 'Ekonomisk sammanfattning']);
    expect(result.reused).toEqual(['Resultaträkning', 'Ekonomisk sammanfattning']);
    expect(host.workbook.sheets.map((s) => s.id)).toEqual(ids); // the same sheets, rewritten
    expect(host.sheetNames().map((n) => [n, host.sheetValues(n)])).toEqual(first);
    expect(markers(host).map(([, where]) => where)).toEqual(firstMarkers);
    expect(markers(host)).toHaveLength(2);
    expect(host.workbook.names.filter((n) => n.ref.kind === 'error')).toEqual([]);
  });

  test('a user sheet with a report sheet’s name is left alone; the report sheet gets another name', async () => {
    const host = hostWithData();
    const user = host.addSheet('Resultaträkning', [['Mina egna anteckningar'], [42]]);
    const before = JSON.stringify({ values: user.values, formulas: user.formulas, formats: user.formats });
    const result = await write(host);
    expect(result.sheets[0].name).toBe('Resultaträkning (2)');
    expect(host.formula('Ekonomisk sammanfattning', 'B2')).toBe("='Resultaträkning (2)'!C9");
    expect(host.cell('Ekonomisk sammanfattning', 'B2')).toBeCloseTo(1200.75, 10);
    // … and again: the user's sheet is still not touched, the report keeps its name
    await write(host);
    expect(host.sheetNames()).toEqual(['Data', 'Resultaträkning', 'Resultaträkning (2)', 'Ekonomisk sammanfattning']);
    expect(host.sheet('Resultaträkning')).toBe(user);
    expect(JSON.stringify({ values: user.values, formulas: user.formulas, formats: user.formats })).toBe(before);
  });

  test('a report sheet the user renamed is still recognised and rewritten; a dangling marker is cleaned up', async () => {
    const host = hostWithData();
    await write(host);
    host.sheet('Resultaträkning').name = 'RR gammal';
    host.addErrorName('FinsamRapport_9');
    await write(host);
    expect(host.sheetNames()).toEqual(['Data', 'Resultaträkning', 'Ekonomisk sammanfattning']);
    expect(host.workbook.names.map((n) => n.name).sort()).toEqual(['FinsamRapport_1', 'FinsamRapport_2', 'Huvudbok']);
  });

  test('formulas on the user’s sheets that point into the report survive a re-run and show the new values', async () => {
    const host = hostWithData();
    await write(host);
    const mine = host.addSheet('Min sammanställning');
    mine.formulas[0] = ['=Resultaträkning!C9*2', "='Ekonomisk sammanfattning'!B2"];
    mine.values[0] = [undefined, undefined];
    await write(host, reportModel(3)); // a different report: more detail rows
    expect(host.formula('Min sammanställning', 'A1')).toBe('=Resultaträkning!C9*2');
    expect(host.formula('Min sammanställning', 'B1')).toBe("='Ekonomisk sammanfattning'!B2");
    expect(host.cell('Min sammanställning', 'A1')).toBe((host.cell('Resultaträkning', 'C9') as number) * 2);
    expect(host.sheet('Resultaträkning').charts).toHaveLength(reportModel(3).sheets[0].charts?.length ?? 0);
  });

  test('a protected report sheet stops the run before anything is written, and the error names it', async () => {
    const host = hostWithData();
    await write(host);
    host.sheet('Ekonomisk sammanfattning').protected = true;
    const before = host.snapshot();
    await expect(write(host)).rejects.toMatchObject({ code: 'SheetProtected', sheet: 'Ekonomisk sammanfattning' });
    expect(host.snapshot()).toEqual(before);
  });

  test.each([
    ['the first write request', 2, undefined, {}],
    ['the second write request', 3, undefined, { maxBlockRows: 8 }],
    ['the swap, at its first command', 3, 1, {}],
    ['the swap, midway', 3, undefined, {}],
    ['the swap, at its last command', 3, -1, {}],
  ])('a failure while writing %s leaves the workbook as it was (first run)', async (_what, onSync, atCommand, options) => {
    // the swap's last command: counted on a twin workbook
    const twin = hostWithData();
    await write(twin, reportModel(), options);
    const last = twin.stats.history[twin.stats.history.length - 1].commands - 1;
    const host = hostWithData();
    const before = host.snapshot();
    host.injectFailure({ onSync, code: 'GeneralException', ...(atCommand !== undefined ? { atCommand: atCommand < 0 ? last : atCommand } : {}) });
    await expect(write(host, reportModel(), options)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.snapshot()).toEqual(before);
  });

  test('a swap that fails after deleting the old report leaves every sheet marked; a re-run cleans up', async () => {
    const host = hostWithData();
    await write(host);
    const clean = host.sheetNames().map((n) => [n, host.sheetValues(n)]);
    // re-run: state 2 syncs, 1 write request, swap = sync 4; its last commands: 2 × rename,
    // activate, calculate → fail at the second rename (counted on a twin workbook)
    const twin = hostWithData();
    await write(twin);
    twin.resetStats();
    await write(twin);
    const commands = twin.stats.history[3].commands;
    host.injectFailure({ onSync: 4, code: 'GeneralException', atCommand: commands - 3 });
    await expect(write(host)).rejects.toMatchObject({ code: 'GeneralException' });
    const markedSheets = new Set(markers(host).map(([, where]) => where.split('!')[0]));
    for (const name of host.sheetNames()) if (name !== 'Data') expect(markedSheets.has(name)).toBe(true);
    await write(host);
    expect(host.sheetNames().map((n) => [n, host.sheetValues(n)])).toEqual(clean);
    expect(markers(host)).toHaveLength(2);
  });

  test('a failure while rewriting the report keeps every sheet, name and marker; a re-run completes it', async () => {
    const host = hostWithData();
    await write(host);
    const clean = host.sheetNames().map((n) => [n, host.sheetValues(n)]);
    const names = host.sheetNames();
    // workbook state 2 syncs, then the write request (renames, clearing, both sheets): fail it midway
    host.injectFailure({ onSync: 3, code: 'GeneralException' });
    await expect(write(host)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.sheetNames()).toEqual(names);
    expect(markers(host)).toHaveLength(2);
    await write(host);
    expect(host.sheetNames().map((n) => [n, host.sheetValues(n)])).toEqual(clean);
  });
});

test('planSheet and the writer agree on the grid size', () => {
  const plan = planSheet(reportModel().sheets[0], (f) => f);
  expect(plan.rowCount).toBe(16);
});
