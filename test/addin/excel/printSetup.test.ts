/**
 * The pane's print setup (worksheet.pageLayout, ExcelApi 1.9) on the fake host: the fake is as
 * strict as Excel about the values, and the report's sheets get A4, their orientation, one page
 * wide, their print titles, footer and page breaks — or, without ExcelApi 1.9, a whole report
 * that says its print setup is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeReport } from '../../../src/addin/excel/writeReport';
import { buildReport, footerParts, pageBreaks, type ReportModel } from '../../../src/core';
import { readRanges } from '../../helpers/xlsx';
import { FakeExcelHost } from '../fakeExcel';

/** Runs one batch on a host with a sheet `Data` and returns the error code it failed with. */
async function codeOf(batch: (ws: Excel.Worksheet) => void, options = {}): Promise<string | undefined> {
  const host = new FakeExcelHost(options);
  host.addSheet('Data', [['a']]);
  try {
    await host.run(async (c) => {
      batch(c.workbook.worksheets.getItem('Data'));
      await c.sync();
    });
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe('the fake host’s page layout is as strict as Excel', () => {
  test('print title rows must be whole rows', async () => {
    expect(await codeOf((ws) => ws.pageLayout.setPrintTitleRows('$1:$5'))).toBeUndefined();
    expect(await codeOf((ws) => ws.pageLayout.setPrintTitleRows('A1:C5'))).toBe('InvalidArgument');
    expect(await codeOf((ws) => ws.pageLayout.setPrintTitleRows('Other!$1:$1'))).toBe('InvalidArgument');
  });

  test('orientation, paper size and zoom take only valid values', async () => {
    expect(await codeOf((ws) => (ws.pageLayout.orientation = 'Sideways' as Excel.PageOrientation))).toBe('InvalidArgument');
    expect(await codeOf((ws) => (ws.pageLayout.paperSize = 'A11' as Excel.PaperType))).toBe('InvalidArgument');
    expect(await codeOf((ws) => (ws.pageLayout.zoom = { scale: 50, horizontalFitToPages: 1 }))).toBe('InvalidArgument');
    expect(await codeOf((ws) => (ws.pageLayout.zoom = { horizontalFitToPages: 1.5 }))).toBe('InvalidArgument');
    expect(await codeOf((ws) => (ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }))).toBeUndefined();
  });

  test('a footer holds at most 255 characters; a page break not above row 1', async () => {
    expect(await codeOf((ws) => (ws.pageLayout.headersFooters.defaultForAllPages.leftFooter = 'x'.repeat(256)))).toBe('InvalidArgument');
    expect(await codeOf((ws) => ws.horizontalPageBreaks.add('A1'))).toBe('InvalidArgument');
  });

  test('without ExcelApi 1.9 there is no page layout', async () => {
    expect(await codeOf((ws) => (ws.pageLayout.orientation = 'Portrait'), { api19: false })).toBe('ApiNotFound');
  });
});

describe('the pane writes every report sheet’s print setup', () => {
  let model: ReportModel;
  beforeAll(async () => {
    const bytes = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'exempelforbundet.xlsx'));
    const built = buildReport({ ranges: (await readRanges(bytes)).ranges, generatedAt: new Date(Date.UTC(2024, 8, 2, 8)) });
    model = built.model!;
  });

  test('A4, orientation, one page wide, print titles, footer and page breaks as the model says', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', [['a']]);
    const result = await host.run((c) => writeReport(c, model, { features: { api19: true } }));
    expect(result.printSetup).toBe('set');
    let withBreaks = 0;
    model.sheets.forEach((sheet, i) => {
      const ws = host.workbook.sheetByName(result.sheets[i].name)!;
      const p = ws.print;
      const print = sheet.print!;
      expect(p.paperSize).toBe('A4');
      expect(p.orientation).toBe(print.orientation === 'portrait' ? 'Portrait' : 'Landscape');
      expect(p.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(p.titleRows).toEqual(print.titleRows ? { row: print.titleRows.first - 1, rows: print.titleRows.last - print.titleRows.first + 1 } : undefined);
      const footer = footerParts(print, model.lang);
      expect(p.leftFooter).toBe(footer.left);
      expect(p.rightFooter).toBe('Sida &P av &N');
      // A break above row n + 1 for each break after row n.
      expect(p.breaks).toEqual(pageBreaks(sheet));
      if (p.breaks.length > 0) withBreaks++;
    });
    // The notes sheet needs more than one page: its tables are kept whole by breaks.
    expect(withBreaks).toBeGreaterThan(0);
    expect(host.workbook.sheetByName(result.sheets.find((s) => s.key === 'notes')!.name)!.print.breaks.length).toBeGreaterThan(0);
  });

  test('without ExcelApi 1.9 the report is written and says its print setup is missing', async () => {
    const host = new FakeExcelHost({ api19: false });
    host.addSheet('Data', [['a']]);
    const result = await host.run((c) => writeReport(c, model, { features: { api19: false } }));
    expect(result.printSetup).toBe('unsupported');
    expect(result.sheets).toHaveLength(model.sheets.length);
    expect(host.workbook.sheetByName(result.sheets[0].name)!.print.orientation).toBeUndefined();
  });
});
