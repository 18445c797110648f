/**
 * The check before publishing (src/xlsx/verify.ts): each kind of broken package a writer could
 * produce is refused with the part named, and the CLI then exits 1 without writing anything.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { buildReport } from '../../src/core';
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';
import * as parts from '../../src/xlsx/splice/parts';
import { verifyPackage, PublishCheckError } from '../../src/xlsx/verify';
import { writeReport } from '../helpers/xlsx';
import { contractWorkbook, inTempDir } from '../cli/workbooks';
import { handModel } from './fixtures';
import { patchZip, xlsx } from './helpers';

const WRITTEN = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

async function good(): Promise<Buffer> {
  return xlsx((wb) => {
    wb.addWorksheet('Data').getCell('A1').value = 1;
  });
}

async function refusal(bytes: Uint8Array, written = WRITTEN): Promise<PublishCheckError> {
  try {
    await verifyPackage(bytes, written);
  } catch (e) {
    if (e instanceof PublishCheckError) return e;
    throw e;
  }
  throw new Error('the package passed the check');
}

describe('verifyPackage', () => {
  it('passes a workbook ExcelJS wrote, and the report spliced into it', async () => {
    await expect(verifyPackage(await good(), WRITTEN)).resolves.toBeUndefined();
    const out = await writeReport(handModel(), await good());
    expect(out.mode).toBe('merged');
  });

  it('refuses a prefix that is used but not declared (what openpyxl files once got)', async () => {
    const broken = await patchZip(await good(), async (zip) => {
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      zip.file('xl/workbook.xml', xml.replace(/ xmlns:r="[^"]*"/, ''));
    });
    const e = await refusal(broken);
    expect(e.part).toBe('xl/workbook.xml');
    expect(e.detail).toMatch(/prefix|namespace/i);
  });

  it('refuses a part without a content type', async () => {
    const broken = await patchZip(await good(), (zip) => {
      zip.file('xl/extra.bin', 'x');
    });
    expect((await refusal(broken, [...WRITTEN, 'xl/extra.bin'])).part).toBe('xl/extra.bin');
    // A part of the user's own, as the user's file had it, is not the writer's to refuse.
    await expect(verifyPackage(broken, WRITTEN)).resolves.toBeUndefined();
  });

  it('refuses a relationship whose target does not exist', async () => {
    const broken = await patchZip(await good(), async (zip) => {
      const xml = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file('xl/_rels/workbook.xml.rels', xml.replace('</Relationships>', '<Relationship Id="rId99" Type="t/x" Target="nowhere.xml"/></Relationships>'));
    });
    const e = await refusal(broken);
    expect(e.part).toBe('xl/_rels/workbook.xml.rels');
    expect(e.detail).toContain('nowhere.xml');
  });

  it('refuses a written part that is not well formed', async () => {
    const broken = await patchZip(await good(), (zip) => {
      zip.file('xl/styles.xml', '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts>');
    });
    expect((await refusal(broken)).part).toBe('xl/styles.xml');
  });

  it('refuses a report marker name that points at no sheet', async () => {
    const broken = await patchZip(await good(), async (zip) => {
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      zip.file(
        'xl/workbook.xml',
        xml.replace('</sheets>', '</sheets><definedNames><definedName name="FinsamRapport_1">\'Borta\'!$A$1</definedName></definedNames>'),
      );
    });
    expect((await refusal(broken)).detail).toMatch(/FinsamRapport_1.*no such sheet/);
  });

  describe('charts: the drawing and chart parts are held to the same checks', () => {
    let report: Buffer;
    let written: string[];
    beforeAll(async () => {
      const model = buildReport({ ranges: toRangeData(exampleWorkbook()), generatedAt: new Date(Date.UTC(2024, 8, 2, 8)) }).model!;
      report = (await writeReport(model)).bytes;
      written = Object.keys((await JSZip.loadAsync(report)).files).filter((n) => !n.endsWith('/'));
      expect(written).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels']));
    });

    it('passes the report with its charts', async () => {
      await expect(verifyPackage(report, written)).resolves.toBeUndefined();
    });

    it('refuses a drawing whose chart part is missing', async () => {
      const broken = await patchZip(report, async (zip) => {
        zip.remove('xl/charts/chart1.xml');
        const types = await zip.file('[Content_Types].xml')!.async('string');
        zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/charts\/chart1\.xml"[^>]*\/>/, ''));
      });
      const e = await refusal(
        broken,
        written.filter((n) => n !== 'xl/charts/chart1.xml'),
      );
      expect(e.part).toBe('xl/drawings/_rels/drawing1.xml.rels');
      expect(e.detail).toContain('xl/charts/chart1.xml: part missing');
    });

    it('refuses a chart part typed as plain XML', async () => {
      const broken = await patchZip(report, async (zip) => {
        const types = await zip.file('[Content_Types].xml')!.async('string');
        zip.file('[Content_Types].xml', types.replace(/(PartName="\/xl\/charts\/chart2\.xml" ContentType=")[^"]*/, '$1application/xml'));
      });
      const e = await refusal(broken, written);
      expect(e.part).toBe('xl/charts/chart2.xml');
      expect(e.detail).toBe('content type application/xml for a chart part');
    });

    it("refuses a sheet whose <drawing r:id> is not one of the sheet's relationships", async () => {
      const sheetRels = written.find((n) => /^xl\/worksheets\/_rels\//.test(n))!;
      const broken = await patchZip(report, async (zip) => {
        zip.file(sheetRels, (await zip.file(sheetRels)!.async('string')).replace('Id="rId1"', 'Id="rId7"'));
      });
      const e = await refusal(broken, written);
      expect(e.part).toBe(sheetRels.replace('_rels/', '').replace(/\.rels$/, ''));
      expect(e.detail).toBe(`relationship rId1 is not in ${sheetRels}`);
    });

    it('refuses a chart part that is not well formed', async () => {
      const broken = await patchZip(report, (zip) => {
        zip.file('xl/charts/chart3.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart>');
      });
      expect((await refusal(broken, written)).part).toBe('xl/charts/chart3.xml');
    });
  });

  it('refuses bytes that are not a zip', async () => {
    expect((await refusal(new Uint8Array([1, 2, 3]))).part).toBe('(zip)');
  });
});

describe('the CLI never publishes a package that fails the check', () => {
  afterEach(() => jest.restoreAllMocks());

  it('exits 1, names the part, and writes no file when the splice would leave a sheet without a content type', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    // A splice bug: the new sheets' content types are not added.
    jest.spyOn(parts, 'editContentTypes').mockImplementation((xml) => xml);
    let stderr = '';
    const code = await main([input], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, isTTY: false });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /klarade inte kontrollen före publicering \(del xl\/(worksheets\/sheet|drawings\/drawing)\d+\.xml: content type application\/xml for a (worksheet|drawing) part\)/,
    );
    expect(existsSync(join(dirname(input), 'förbund-rapport.xlsx'))).toBe(false);
    expect(readdirSync(dirname(input))).toEqual(['förbund.xlsx']);
  });
});
