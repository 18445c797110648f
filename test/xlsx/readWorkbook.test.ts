import type ExcelJS from 'exceljs';
import { readRanges } from '../helpers/xlsx';
import { readWorkbookRanges } from '../../src/xlsx/readWorkbook';
import { patchZip, withNames, xlsx } from './helpers';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A ledger with two title rows above its header and one cell of every kind. */
function ledgerSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 'Exempelförbundet — huvudbok 2024';
  ws.getRow(3).values = ['Datum', 'Konto', 'Kostnadsställe', 'Belopp', 'Text', 'Kontroll'];
  ws.getRow(4).values = [utc(2024, 1, 15), 5010, '3001', 1234.56, 'Hyra', true];
  ws.getRow(5).values = [utc(2024, 2, 1), 1930, 3001, '1 234,56', { richText: [{ text: 'Rich ' }, { font: { bold: true }, text: 'text' }] }, false];
  ws.getCell('A4').numFmt = 'yyyy-mm-dd';
  ws.getCell('A5').numFmt = 'yyyy-mm-dd';
  ws.getCell('A6').value = '2024-03-10';
  ws.getCell('B6').value = { formula: '1000+234.56', result: 1234.56 };
  ws.getCell('C6').value = { text: 'Länk', hyperlink: 'https://example.com' };
  ws.getCell('D6').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('E6').value = { formula: 'A3&"x"', result: 'Datumx' };
  // Row 7 is inside the name and empty.
}

async function workbook(): Promise<Buffer> {
  const bytes = await xlsx((wb) => {
    ledgerSheet(wb);
    const ib = wb.addWorksheet("Min 'data' 2");
    ib.getRow(2).values = [undefined, 'Konto', 'Belopp'] as ExcelJS.CellValue[];
    ib.getRow(3).values = [undefined, 1930, -500] as ExcelJS.CellValue[];
    ib.getRow(4).values = [undefined, 2010, 500] as ExcelJS.CellValue[];
    const k = wb.addWorksheet('Konton');
    k.getRow(2).values = ['Konto', 'Benämning', 'Avsnitt'];
    k.getRow(3).values = [3010, 'Försäljning', 'Intäkter'];
    k.getRow(4).values = ['5500-5599', 'Verksamhet', 'Kostnader'];
    k.getCell('E9').value = 'utanför namnet';
    const b = wb.addWorksheet('Budgetblad');
    b.addTable({
      name: 'Budget',
      ref: 'B2',
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: 'Konto', totalsRowLabel: 'Summa' },
        { name: 'Helår', totalsRowFunction: 'sum' },
      ],
      rows: [
        [5010, 12000],
        [5410, 3000],
      ],
    });
  });
  return withNames(bytes, [
    { name: 'Huvudbok', ref: 'Data!$A$3:$F$7' },
    { name: 'IB', ref: "'Min ''data'' 2'!$B$2:$C$4" },
    { name: 'Kontoplan', ref: 'Konton!$A:$C' },
    { name: 'Trasig', ref: '#REF!' },
    { name: 'TrasigBlad', ref: 'Data!#REF!' },
    { name: 'Lokal', ref: 'Data!$A$1:$B$2', localSheetId: 0 },
    { name: 'Flera', ref: 'Data!$A$1:$A$2,Data!$C$1:$C$2' },
    { name: 'Konstant', ref: '0.25' },
    { name: 'Extern', ref: '[1]Blad1!$A$1' },
    { name: 'Okänd', ref: 'Saknas!$A$1' },
    { name: '_xlnm.Print_Area', ref: 'Data!$A$1:$F$7', localSheetId: 0 },
  ]);
}

describe('readWorkbookRanges', () => {
  let read: Awaited<ReturnType<typeof readRanges>>;
  beforeAll(async () => {
    read = await readRanges(await workbook());
  });
  const range = (name: string) => {
    const r = read.ranges.find((x) => x.name === name);
    if (!r) throw new Error(`no range ${name}`);
    return r;
  };

  it('reads a defined name with title rows above it, at its own position', () => {
    const r = range('Huvudbok');
    expect(r).toMatchObject({ sheet: 'Data', row: 2, col: 0 });
    expect(r.values).toHaveLength(5);
    expect(r.values[0]).toEqual(['Datum', 'Konto', 'Kostnadsställe', 'Belopp', 'Text', 'Kontroll']);
  });

  it('gives numbers, texts, dates and booleans as they are in the cells', () => {
    const v = range('Huvudbok').values;
    expect(v[1]).toEqual([utc(2024, 1, 15), 5010, '3001', 1234.56, 'Hyra', true]);
    // A text amount stays text (the core parses and reports it); rich text becomes plain text.
    expect(v[2]).toEqual([utc(2024, 2, 1), 1930, 3001, '1 234,56', 'Rich text', false]);
  });

  it('gives formulas as their cached result, errors as their text, hyperlinks as their text', () => {
    expect(range('Huvudbok').values[3]).toEqual(['2024-03-10', 1234.56, 'Länk', '#DIV/0!', 'Datumx', null]);
  });

  it('keeps an empty row inside the name as a row of nulls', () => {
    expect(range('Huvudbok').values[4]).toEqual([null, null, null, null, null, null]);
  });

  it("reads a name on a quoted sheet name with spaces and an apostrophe ('Min ''data'' 2')", () => {
    expect(range('IB')).toMatchObject({
      sheet: "Min 'data' 2",
      row: 1,
      col: 1,
      values: [
        ['Konto', 'Belopp'],
        [1930, -500],
        [2010, 500],
      ],
    });
  });

  it('cuts a whole-column name to the rows that hold values in its columns', () => {
    expect(range('Kontoplan')).toMatchObject({
      sheet: 'Konton',
      row: 1,
      col: 0,
      values: [
        ['Konto', 'Benämning', 'Avsnitt'],
        [3010, 'Försäljning', 'Intäkter'],
        ['5500-5599', 'Verksamhet', 'Kostnader'],
      ],
    });
  });

  it('reads an Excel table by its name, header row included and totals row left out', () => {
    expect(range('Budget')).toMatchObject({
      sheet: 'Budgetblad',
      row: 1,
      col: 1,
      values: [
        ['Konto', 'Helår'],
        [5010, 12000],
        [5410, 3000],
      ],
    });
  });

  it('skips names it cannot read and says why; ignores built-in names; reads a sheet-scoped name that is the only one of its name', () => {
    expect(read.skipped).toEqual([
      { name: 'Trasig', ref: '#REF!', reason: 'refError' },
      { name: 'TrasigBlad', ref: 'Data!#REF!', reason: 'refError' },
      { name: 'Flera', ref: 'Data!$A$1:$A$2,Data!$C$1:$C$2', reason: 'multiArea' },
      { name: 'Konstant', ref: '0.25', reason: 'notARange' },
      { name: 'Extern', ref: '[1]Blad1!$A$1', reason: 'external' },
      { name: 'Okänd', ref: 'Saknas!$A$1', reason: 'unknownSheet' },
    ]);
    expect(read.ranges.map((r) => r.name)).toEqual(['Huvudbok', 'IB', 'Kontoplan', 'Lokal', 'Budget']);
    expect(read.sheetScoped).toEqual([{ name: 'Lokal', ref: 'Data!$A$1:$B$2', scope: 'Data' }]);
    expect(read.sheetNames).toEqual(['Data', "Min 'data' 2", 'Konton', 'Budgetblad']);
  });

  it('reads only the wanted names', async () => {
    const only = await readRanges(await workbook(), { wanted: (n) => n === 'IB' });
    expect(only.ranges.map((r) => r.name)).toEqual(['IB']);
    expect(only.skipped).toEqual([]);
  });
});

describe('readWorkbookRanges on other producers’ XML', () => {
  it('reads cells and rows without r attributes (allowed by the format) by their position', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Blad1');
      ws.getRow(1).values = ['Konto', 'Belopp'];
      ws.getRow(2).values = [1930, 10.5];
      ws.getRow(3).values = [2440, -10.5];
    });
    const stripped = await patchZip(await withNames(bytes, [{ name: 'IB', ref: 'Blad1!$A$1:$B$3' }]), async (zip) => {
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const without = xml.replace(/(<(?:c|row)\b[^>]*?)\sr="[^"]*"/g, '$1');
      expect(without).not.toMatch(/<c r=/);
      zip.file('xl/worksheets/sheet1.xml', without);
    });
    const read = await readRanges(stripped);
    expect(read.ranges[0].values).toEqual([
      ['Konto', 'Belopp'],
      [1930, 10.5],
      [2440, -10.5],
    ]);
  });

  it('reads inline strings, escaped characters and the 1904 date system', async () => {
    const bytes = await xlsx((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Blad1');
      ws.getCell('A1').value = utc(2024, 3, 31);
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    const patched = await patchZip(await withNames(bytes, [{ name: 'X', ref: 'Blad1!$A$1:$B$1' }]), async (zip) => {
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      zip.file(
        'xl/worksheets/sheet1.xml',
        xml.replace(
          '</row>',
          '<c r="B1" t="inlineStr"><is><r><t>A &amp; B</t></r><r><rPr><b/></rPr><t xml:space="preserve"> &lt;C&gt;_x000D_</t></r></is></c></row>',
        ),
      );
      const wbXml = await zip.file('xl/workbook.xml')!.async('string');
      expect(wbXml).toMatch(/date1904="1"/);
    });
    const read = await readRanges(patched);
    expect(read.ranges[0].values).toEqual([[utc(2024, 3, 31), 'A & B <C>\r']]);
  });

  it('reports charts, pivot tables and macros it finds', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('Blad1').getCell('A1').value = 1;
    });
    const withChart = await patchZip(bytes, (zip) => {
      zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
      zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
      zip.file('xl/vbaProject.bin', 'x');
    });
    expect((await readRanges(bytes)).features).toEqual([]);
    expect((await readRanges(withChart)).features).toEqual(['charts', 'pivotTables', 'macros']);
  });

  it('refuses a file that is not an .xlsx workbook, saying what it is', async () => {
    const err = (b: Uint8Array) => readWorkbookRanges(b).then((r) => (r.ok ? undefined : r.error.kind === 'format' ? r.error.problem : r.error));
    expect(await err(Buffer.from('Datum;Konto;Belopp\n'))).toBe('notXlsx');
    expect(await err(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('encryptedOrXls');
    const docx = await patchZip(await xlsx((wb) => wb.addWorksheet('A')), (zip) => {
      zip.remove('xl/workbook.xml');
    });
    expect(await err(docx)).toBe('noWorkbook');
  });
});
