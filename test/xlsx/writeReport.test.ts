import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { readRanges, writeReport } from '../helpers/xlsx';
import { writeReportToWorkbook } from '../../src/xlsx/writeReport';
import { openPackage } from '../../src/xlsx/package';
import { readWorkbookInfo } from '../../src/xlsx/workbookXml';
import { NUMBER_FORMATS } from '../../src/core/model/style';
import { decimalText } from '../../src/core/money';
import { handModel } from './fixtures';
import { parseRef, areaA1 } from '../../src/xlsx/refs';
import { load, partText, patchZip, withNames, xlsx } from './helpers';

/** The user's workbook: a ledger sheet with a name, and a sheet of their own called "Resultaträkning". */
async function userWorkbook(opts: { ownResultSheet?: boolean } = {}): Promise<Buffer> {
  const bytes = await xlsx((wb) => {
    const ws = wb.addWorksheet('Data');
    ws.getRow(1).values = ['Datum', 'Konto', 'Belopp', 'Text'];
    ws.getRow(2).values = ['2024-01-10', 3010, -1000.5, 'Intäkt'];
    ws.getRow(3).values = ['2024-01-10', 1930, 1000.5, '=SUMMA(A1:A2)'];
    if (opts.ownResultSheet) {
      const own = wb.addWorksheet('Resultaträkning');
      own.getCell('A1').value = 'Min egen resultaträkning';
      own.getCell('B2').value = 42;
      own.getCell('B3').value = { formula: 'B2*2', result: 84 };
    }
  });
  return withNames(bytes, [{ name: 'Huvudbok', ref: 'Data!$A$1:$D$3' }]);
}

async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async('nodebuffer'));
  }
  return out;
}

/** Marker name → the sheet and cell it refers to (`'Kontroller'!$A$1` and `Kontroller!$A$1` alike). */
async function markers(bytes: Uint8Array): Promise<Record<string, string>> {
  const info = await readWorkbookInfo(await openPackage(bytes));
  return Object.fromEntries(
    info.definedNames
      .filter((d) => d.name.startsWith('FinsamRapport_'))
      .map((d) => {
        const ref = parseRef(d.ref);
        return [d.name, ref.ok ? `${ref.sheet}!${areaA1(ref.area)}` : `invalid ${d.ref}`];
      }),
  );
}

/** The XML of one cell of a sheet part. */
async function cellXml(bytes: Uint8Array, part: string, ref: string): Promise<string | undefined> {
  const xml = await partText(bytes, part);
  return new RegExp(`<c r="${ref}"[^>]*(/>|>[\\s\\S]*?</c>)`).exec(xml ?? '')?.[0];
}

const argbOf = (fill: ExcelJS.Fill | undefined) => (fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined);

describe('writeReportToWorkbook: the report read back by address', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let result: Awaited<ReturnType<typeof writeReport>>;
  beforeAll(async () => {
    result = await writeReport(handModel(), await userWorkbook());
    wb = await load(result.bytes);
    ws = wb.getWorksheet('Resultaträkning')!;
  });

  it("adds the report's sheets after the user's and says it merged", () => {
    expect(result.mode).toBe('merged');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'Resultaträkning', 'Kontroller']);
    expect(result.sheets).toEqual([
      { key: 'income', name: 'Resultaträkning' },
      { key: 'checks', name: 'Kontroller' },
    ]);
  });

  it('writes numbers as numbers with the kr format, and formulas with their exact results', () => {
    expect(ws.getCell('B7').value).toBe(1000);
    expect(ws.getCell('C7').value).toBe(1000.5);
    expect(ws.getCell('B7').numFmt).toBe(NUMBER_FORMATS.kr);
    expect(ws.getCell('D7').value).toEqual({ formula: 'C7-B7', result: 0.5 });
    expect(ws.getCell('C9').value).toEqual({ formula: 'SUM(C7:C8)', result: 1250.75 });
    expect(ws.getCell('C11').value).toEqual({ formula: 'C9+C10', result: 350.65 });
    expect(ws.getCell('D11').numFmt).toBe(NUMBER_FORMATS.kr);
  });

  it('resolves {{key}} references to the other report sheets with their final names', async () => {
    const checks = wb.getWorksheet('Kontroller')!;
    expect(checks.getCell('B2').value).toEqual({ formula: "'Resultaträkning'!C11", result: 350.65 });
    expect(checks.getCell('B3').formula).toBe("B2-'Resultaträkning'!C9-'Resultaträkning'!C10");
    // ExcelJS drops a cached 0 when it reads; the file has it.
    expect(await cellXml(result.bytes, 'xl/worksheets/sheet3.xml', 'B3')).toMatch(/<v>0<\/v><\/c>$/);
  });

  it('writes text from the data as text, never as a formula: "=1+1" stays the string "=1+1"', () => {
    const cell = ws.getCell('A12');
    expect(cell.value).toBe('=1+1');
    expect(cell.type).toBe(3); // ExcelJS ValueType.String
    expect(cell.numFmt).toBe('@');
    expect(cell.formula).toBeUndefined();
  });

  it('gives every role its look: title, header fill, bold totals with borders, double-underlined result', () => {
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A3').font).toMatchObject({ italic: true });
    expect(argbOf(ws.getCell('A5').fill)).toBe('FFDDEBF7');
    expect(argbOf(ws.getCell('D5').fill)).toBe('FFDDEBF7');
    expect(ws.getCell('C5').border?.bottom?.style).toBe('thin');
    expect(ws.getCell('A6').font?.bold).toBe(true);
    expect(ws.getCell('B9').font?.bold).toBe(true);
    expect(ws.getCell('B9').border?.top?.style).toBe('thin');
    expect(ws.getCell('D11').border?.bottom?.style).toBe('double');
    expect(ws.getCell('D11').border?.top?.style).toBe('thin');
    expect(ws.getCell('B7').font?.bold).toBeFalsy();
  });

  it('wraps the texts of a row marked wrap, top-aligned, and leaves its numbers and other rows alone', async () => {
    const model = handModel();
    const long = 'Förbundet har under perioden arbetat vidare med '.repeat(5);
    model.sheets[0].rows.push({
      role: 'line',
      wrap: true,
      cells: [
        { kind: 'text', text: long, fromData: true },
        { kind: 'number', value: decimalText('12.5'), style: 'kr' },
      ],
    });
    const written = await load((await writeReport(model, await userWorkbook())).bytes);
    const sheet = written.getWorksheet('Resultaträkning')!;
    expect(sheet.getCell('A13').value).toBe(long);
    expect(sheet.getCell('A13').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getCell('B13').alignment?.wrapText).toBeFalsy();
    expect(sheet.getCell('A12').alignment?.wrapText).toBeFalsy();
    // 240 characters in a column 30 wide: 8 lines of 15 points, as high as the text (LibreOffice does not grow it itself)
    expect(sheet.getRow(13).height).toBe(8 * 15);
    expect(sheet.getRow(12).height).toBeUndefined();
  });

  it('marks xml:space="preserve" only on texts whose white space a reader would otherwise drop; openpyxl and ExcelJS read every text back as it was', async () => {
    const texts = ['Lön 1', ' leading', 'trailing ', 'two  spaces', 'line\nbreak', 'tab\there', 'ordinary text, with – dashes'];
    const model = handModel();
    texts.forEach((text) => model.sheets[0].rows.push({ role: 'line', cells: [{ kind: 'text', text, fromData: true }] }));
    const bytes = (await writeReport(model, await userWorkbook())).bytes;
    const preserved = await Promise.all(
      texts.map(async (_, i) => (await cellXml(bytes, 'xl/worksheets/sheet2.xml', `A${13 + i}`))?.includes('xml:space="preserve"')),
    );
    expect(preserved).toEqual([false, true, true, true, true, true, false]);
    const sheet = (await load(bytes)).getWorksheet('Resultaträkning')!;
    expect(texts.map((_, i) => sheet.getCell(`A${13 + i}`).value)).toEqual(texts);
    const dir = mkdtempSync(join(tmpdir(), 'space-'));
    try {
      const file = join(dir, 'report.xlsx');
      writeFileSync(file, bytes);
      const script = [
        'import sys, json, openpyxl',
        'ws = openpyxl.load_workbook(sys.argv[1])["Resultaträkning"]',
        `print(json.dumps([ws.cell(row=13 + i, column=1).value for i in range(${texts.length})]))`,
      ].join('\n');
      const out = execFileSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', ['-c', script, file], { encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual(texts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('indents line rows and highlights rows marked as over budget', () => {
    expect(ws.getCell('A7').alignment?.indent).toBe(1);
    expect(argbOf(ws.getCell('A8').fill)).toBe('FFFCE4D6');
    expect(argbOf(ws.getCell('D8').fill)).toBe('FFFCE4D6');
    expect(ws.getCell('D8').font?.color?.argb).toBe('FF9C0006');
    expect(argbOf(ws.getCell('A7').fill)).toBeUndefined();
  });

  it('sets column widths, frozen panes, print setup and the conditional format', () => {
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(4).width).toBe(14);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 5 });
    expect(wb.getWorksheet('Kontroller')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe('D7:D11');
    expect(cf[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['D7<0'] });
  });

  it('marks each report sheet with a workbook-scoped name FinsamRapport_<n> at its A1', async () => {
    expect(await markers(result.bytes)).toEqual({
      FinsamRapport_1: 'Resultaträkning!A1',
      FinsamRapport_2: 'Kontroller!A1',
    });
  });

  it("leaves the user's data and names as they were", async () => {
    const read = await readRanges(result.bytes);
    expect(read.ranges).toEqual([
      {
        name: 'Huvudbok',
        sheet: 'Data',
        row: 0,
        col: 0,
        values: [
          ['Datum', 'Konto', 'Belopp', 'Text'],
          ['2024-01-10', 3010, -1000.5, 'Intäkt'],
          ['2024-01-10', 1930, 1000.5, '=SUMMA(A1:A2)'],
        ],
      },
    ]);
  });
});

describe('writeReportToWorkbook: only its own sheets, never the user’s', () => {
  it('replaces its own sheets on a re-run: one set of report sheets, the same parts as the first run', async () => {
    const first = await writeReport(handModel(), await userWorkbook());
    const second = await writeReport(handModel(), first.bytes);
    expect(second.removedSheets).toEqual(['Resultaträkning', 'Kontroller']);
    expect((await load(second.bytes)).worksheets.map((w) => w.name)).toEqual(['Data', 'Resultaträkning', 'Kontroller']);
    expect(Object.keys(await markers(second.bytes))).toEqual(['FinsamRapport_1', 'FinsamRapport_2']);
    // Styles are found again rather than appended, so nothing grows from run to run.
    const a = await entries(first.bytes);
    const b = await entries(second.bytes);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect({ name, same: bytes.equals(b.get(name)!) }).toEqual({ name, same: true });
  });

  it('never touches a user sheet named like a report sheet: the report sheet becomes "Resultaträkning (2)"', async () => {
    const user = await userWorkbook({ ownResultSheet: true });
    const out = await writeReport(handModel(), user);
    expect(out.sheets.map((s) => s.name)).toEqual(['Resultaträkning (2)', 'Kontroller']);
    const before = await entries(user);
    const after = await entries(out.bytes);
    // The user's sheet part is byte-for-byte the same …
    expect(after.get('xl/worksheets/sheet2.xml')!.equals(before.get('xl/worksheets/sheet2.xml')!)).toBe(true);
    const wb = await load(out.bytes);
    const own = wb.getWorksheet('Resultaträkning')!;
    expect(own.getCell('A1').value).toBe('Min egen resultaträkning');
    expect(own.getCell('B3').value).toEqual({ formula: 'B2*2', result: 84 });
    // … and the report refers to its own sheet.
    expect(wb.getWorksheet('Kontroller')!.getCell('B2').value).toEqual({ formula: "'Resultaträkning (2)'!C11", result: 350.65 });

    // A second run replaces "Resultaträkning (2)" and still leaves the user's sheet alone.
    const again = await writeReport(handModel(), out.bytes);
    expect(again.removedSheets).toEqual(['Resultaträkning (2)', 'Kontroller']);
    expect((await load(again.bytes)).worksheets.map((w) => w.name)).toEqual(['Data', 'Resultaträkning', 'Resultaträkning (2)', 'Kontroller']);
    expect((await entries(again.bytes)).get('xl/worksheets/sheet2.xml')!.equals(before.get('xl/worksheets/sheet2.xml')!)).toBe(true);
  });

  it('follows a marker to a renamed report sheet and replaces it', async () => {
    const first = await writeReport(handModel(), await userWorkbook());
    const renamed = await patchZip(first.bytes, async (zip) => {
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      zip.file('xl/workbook.xml', xml.replace(/name="Kontroller"/, 'name="Mina kontroller"').replace(/(&apos;|')Kontroller(&apos;|')!/, "'Mina kontroller'!"));
    });
    const second = await writeReport(handModel(), renamed);
    expect(second.removedSheets).toEqual(['Resultaträkning', 'Mina kontroller']);
    expect((await load(second.bytes)).worksheets.map((w) => w.name)).toEqual(['Data', 'Resultaträkning', 'Kontroller']);
  });

  it('keeps parts ExcelJS would drop (a chart) byte for byte', async () => {
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>';
    const user = await patchZip(await userWorkbook(), (zip) => {
      zip.file('xl/charts/chart1.xml', chart);
    });
    const out = await writeReport(handModel(), user);
    expect(out.mode).toBe('merged');
    expect(out.features).toEqual(['charts']);
    expect((await entries(out.bytes)).get('xl/charts/chart1.xml')!.toString('utf8')).toBe(chart);
  });

  it("drops Excel's calculation chain (Excel rebuilds it; a stale one makes it repair the file)", async () => {
    const user = await patchZip(await userWorkbook(), async (zip) => {
      zip.file('xl/calcChain.xml', '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B3" i="2"/></calcChain>');
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file(
        'xl/_rels/workbook.xml.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      );
      const types = await zip.file('[Content_Types].xml')!.async('string');
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '</Types>',
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
      );
    });
    const out = await writeReport(handModel(), user);
    const after = await entries(out.bytes);
    expect(after.has('xl/calcChain.xml')).toBe(false);
    expect(after.get('xl/_rels/workbook.xml.rels')!.toString()).not.toContain('calcChain');
    expect(after.get('[Content_Types].xml')!.toString()).not.toContain('calcChain');
    expect((await load(out.bytes)).worksheets.map((w) => w.name)).toEqual(['Data', 'Resultaträkning', 'Kontroller']);
  });

  it('writes a report-only workbook (with markers) when there is no workbook to add to, and says why', async () => {
    const none = await writeReport(handModel());
    expect(none).toMatchObject({ mode: 'reportOnly', reason: 'noWorkbook' });
    const notXlsx = await writeReport(handModel(), Buffer.from('Konto;Belopp\n'));
    expect(notXlsx).toMatchObject({ mode: 'reportOnly', reason: 'noWorkbook' });
    const wb = await load(none.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Resultaträkning', 'Kontroller']);
    expect(wb.getWorksheet('Resultaträkning')!.getCell('C11').value).toEqual({ formula: 'C9+C10', result: 350.65 });
    expect(await markers(none.bytes)).toEqual({
      FinsamRapport_1: 'Resultaträkning!A1',
      FinsamRapport_2: 'Kontroller!A1',
    });
    // Its own markers are recognised when the report-only workbook is used as input.
    const rerun = await writeReport(handModel(), none.bytes);
    expect(rerun.removedSheets).toEqual(['Resultaträkning', 'Kontroller']);
  });
});

describe('writeReportToWorkbook: a formula that gives text (a check’s live status)', () => {
  it('writes the formula with its stated text as a cached string, in the General format', async () => {
    const model = handModel();
    const checks = model.sheets.find((s) => s.key === 'checks')!;
    // B2 is 'Resultaträkning'!C11 = 350,65 (fixtures.ts): more than 0, so the status is "Varning".
    checks.rows[1].cells[2] = { kind: 'formula', formula: 'IF(B2>0,"Varning","OK")', value: '', style: 'text', text: 'Varning' };
    const written = await writeReport(model, await userWorkbook());
    const xml = await cellXml(written.bytes, 'xl/worksheets/sheet3.xml', 'C2');
    expect(xml).toMatch(/^<c r="C2"( s="\d+")? t="str"><f>IF\(B2&gt;0,&quot;Varning&quot;,&quot;OK&quot;\)<\/f><v>Varning<\/v><\/c>$/);
    const wb = await load(written.bytes);
    expect(wb.getWorksheet('Kontroller')!.getCell('C2').value).toEqual({ formula: 'IF(B2>0,"Varning","OK")', result: 'Varning' });
    expect(wb.getWorksheet('Kontroller')!.getCell('C2').numFmt).not.toBe('@');
  });
});

describe('writeReportToWorkbook: a workbook it cannot write into comes back as the failure, never as an exception', () => {
  it('a style sheet that is not XML: damagedPart naming the part', async () => {
    const bytes = await patchZip(await userWorkbook(), (zip) => {
      zip.file('xl/styles.xml', '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts>');
    });
    const written = await writeReportToWorkbook(handModel(), bytes);
    expect(written).toEqual({ ok: false, error: { kind: 'damagedPart', part: 'xl/styles.xml', message: expect.stringMatching(/^xl\/styles\.xml: /) } });
  });

  it('a file that is no workbook at all: a report-only workbook, and why', async () => {
    const written = await writeReportToWorkbook(handModel(), Buffer.from('Datum;Konto;Belopp\n'));
    expect(written.ok && [written.value.mode, written.value.reason]).toEqual(['reportOnly', 'noWorkbook']);
  });
});
