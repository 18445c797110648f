/**
 * The print setup as SpreadsheetML (src/xlsx/printXml.ts): the worksheet's pageMargins,
 * pageSetup, headerFooter and rowBreaks in CT_Worksheet's order, and the sheet-scoped
 * `_xlnm.Print_Titles`/`_xlnm.Print_Area` names in the workbook part, the user's own kept and
 * none written twice. With the ISO 29500 schemas at hand (../shared/ooxml-schemas or
 * OOXML_SCHEMA_DIR) and xmllint, each written worksheet is validated too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { pageBreaks, type ReportModel, type SheetModel } from '../../src/core';
import { printNames, printXml } from '../../src/xlsx/printXml';
import { writeReport } from '../helpers/xlsx';
import { handModel } from './fixtures';
import { partText, withNames, xlsx } from './helpers';

/** CT_Worksheet's children in schema order (sml.xsd). */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]; // prettier-ignore

const SCHEMA = join(resolve(process.env.OOXML_SCHEMA_DIR ?? join(__dirname, '../../../shared/ooxml-schemas')), 'sml.xsd');

function children(xml: string): Element[] {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
  return Array.from(root.childNodes).filter((n): n is Element => n.nodeType === 1);
}

/** The print model: the hand model's income sheet with a print setup that needs breaks. */
function printedSheet(): SheetModel {
  const base = handModel().sheets[0];
  const rows = [...base.rows];
  for (let i = 0; i < 60; i++)
    rows.push({ role: 'section', cells: [{ kind: 'text', text: `Not ${i}` }] }, { role: 'line', cells: [{ kind: 'text', text: 'rad' }] });
  return {
    ...base,
    rows,
    print: {
      orientation: 'portrait',
      titleRows: { first: 5, last: 5 },
      columns: 3,
      keepWithNext: rows.map((_, i) => i + 1).filter((n) => rows[n - 1].role === 'section'),
      footer: 'Testförbundet & Co · Resultaträkning <jan–mars> 2024',
    },
  };
}

describe('the print setup in the worksheet part', () => {
  test('A4, orientation, one page wide, the footer with its codes, the breaks the core computes', () => {
    const sheet = printedSheet();
    const xml = printXml(sheet, 'sv');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain(
      '<headerFooter><oddFooter>&amp;LTestförbundet &amp;&amp; Co · Resultaträkning &lt;jan–mars&gt; 2024&amp;RSida &amp;P av &amp;N</oddFooter></headerFooter>',
    );
    const breaks = pageBreaks(sheet);
    expect(breaks.length).toBeGreaterThan(0);
    expect(xml).toContain(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}"><brk id="${breaks[0]}" max="16383" man="1"/>`);
    // English reports number pages in English.
    expect(printXml(sheet, 'en')).toContain('&amp;RPage &amp;P of &amp;N');
  });

  test('a sheet without a footer clears the footer LibreOffice would print', () => {
    expect(printXml({ ...printedSheet(), print: { orientation: 'landscape' } }, 'sv')).toContain('<headerFooter/>');
  });

  test('every written worksheet has its children in CT_Worksheet order (and is schema-valid when the schemas are here)', async () => {
    const model: ReportModel = { ...handModel(), sheets: [printedSheet(), ...handModel().sheets.slice(1)] };
    const written = await writeReport(model);
    const sheetXml = (await partText(written.bytes, 'xl/worksheets/sheet1.xml'))!;
    const names = children(sheetXml).map((e) => e.localName ?? '');
    expect(names).toEqual(expect.arrayContaining(['pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks']));
    const positions = names.map((n) => WORKSHEET_ORDER.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    if (existsSync(SCHEMA) && spawnSync('xmllint', ['--version']).status === 0) {
      const dir = mkdtempSync(join(tmpdir(), 'finsam-print-'));
      try {
        writeFileSync(join(dir, 'sheet.xml'), sheetXml);
        const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, join(dir, 'sheet.xml')], { encoding: 'utf8' });
        expect(run.stderr).toContain('validates');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe('the print names in the workbook part', () => {
  test('Print_Titles for the heading rows, Print_Area only when the columns are limited', () => {
    const sheet = printedSheet();
    expect(printNames(sheet, "Bolagets 'RR'")).toEqual([
      { name: '_xlnm.Print_Titles', ref: "'Bolagets ''RR'''!$5:$5" },
      { name: '_xlnm.Print_Area', ref: `'Bolagets ''RR'''!$A$1:$C$${sheet.rows.length}` },
    ]);
    expect(printNames({ ...sheet, print: { orientation: 'portrait' } }, 'X')).toEqual([]);
  });

  test('scoped to each report sheet; the user’s own print names kept, none written twice on a re-run', async () => {
    const user = await xlsx((wb) => {
      wb.addWorksheet('Data').getCell('A1').value = 'x';
      wb.addWorksheet('Budget').getCell('A1').value = 'y';
    });
    const withUserNames = await withNames(user, [
      { name: '_xlnm.Print_Titles', ref: 'Budget!$1:$2', localSheetId: 1 },
      { name: '_xlnm.Print_Area', ref: 'Data!$A$1:$B$9', localSheetId: 0 },
    ]);
    const model: ReportModel = { ...handModel(), sheets: [printedSheet(), ...handModel().sheets.slice(1)] };
    const once = await writeReport(model, withUserNames);
    const twice = await writeReport(model, once.bytes);
    for (const bytes of [once.bytes, twice.bytes]) {
      const wbXml = (await partText(bytes, 'xl/workbook.xml'))!;
      const doc = new DOMParser().parseFromString(wbXml, 'text/xml');
      const names = Array.from(doc.getElementsByTagName('definedName')).map(
        (e) => `${e.getAttribute('name')}@${e.getAttribute('localSheetId') ?? ''}=${e.textContent}`,
      );
      const print = names.filter((n) => n.startsWith('_xlnm.'));
      expect(print.sort()).toEqual(
        [
          '_xlnm.Print_Area@0=Data!$A$1:$B$9',
          '_xlnm.Print_Titles@1=Budget!$1:$2',
          "_xlnm.Print_Titles@2='Resultaträkning'!$5:$5",
          `_xlnm.Print_Area@2='Resultaträkning'!$A$1:$C$${printedSheet().rows.length}`,
        ].sort(),
      );
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
