import { editContentTypes, editRelsXml, editWorkbookXml } from '../../src/xlsx/splice/parts';
import { defaultFont, mergeStyles } from '../../src/xlsx/splice/styles';
import { rewriteSheet } from '../../src/xlsx/splice/splice';

const WB = (sheets: string, names: string, views = '<bookViews><workbookView activeTab="1" firstSheet="1"/></bookViews>') =>
  `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${views}<sheets>${sheets}</sheets>${names}<calcPr calcId="191029"/></workbook>`;

const three =
  '<sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Resultaträkning" sheetId="2" r:id="rId2"/><sheet name="Egen" sheetId="3" r:id="rId3"/>';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('editWorkbookXml', () => {
  const names =
    '<definedNames>' +
    '<definedName name="Huvudbok">Data!$A$1:$D$9</definedName>' +
    '<definedName name="FinsamRapport_1">&apos;Resultaträkning&apos;!$A$1</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;Resultaträkning&apos;!$A$1:$E$40</definedName>' +
    '<definedName name="Lokal" localSheetId="2" hidden="1">Egen!$B$2</definedName>' +
    '</definedNames>';
  const { xml, activatedNew } = editWorkbookXml(WB(three, names), {
    remove: new Set([1]),
    add: [{ name: 'Resultaträkning', sheetId: 4, relId: 'rId9' }],
    markers: [{ name: 'FinsamRapport_1', ref: "'Resultaträkning'!$A$1" }],
  });

  it('removes the old report sheet and appends the new one after the user’s sheets', () => {
    expect(/<sheets>(.*)<\/sheets>/.exec(xml)![1]).toBe(
      '<sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Egen" sheetId="3" r:id="rId3"/><sheet name="Resultaträkning" sheetId="4" r:id="rId9"/>',
    );
  });

  it('drops old markers and names scoped to a removed sheet, re-indexes the other sheet-scoped names', () => {
    expect(/<definedNames>(.*)<\/definedNames>/.exec(xml)![1]).toBe(
      '<definedName name="Huvudbok">Data!$A$1:$D$9</definedName>' +
        '<definedName name="Lokal" localSheetId="1" hidden="1">Egen!$B$2</definedName>' +
        '<definedName name="FinsamRapport_1">\'Resultaträkning\'!$A$1</definedName>',
    );
  });

  it('shows the new report sheet when the user last looked at the replaced one', () => {
    expect(activatedNew).toBe(true);
    expect(xml).toContain('<workbookView activeTab="2" firstSheet="0"/>');
  });

  it('keeps the active sheet (at its new index) when it was the user’s own', () => {
    const r = editWorkbookXml(WB(three, '', '<bookViews><workbookView activeTab="2"/></bookViews>'), {
      remove: new Set([1]),
      add: [{ name: 'Ny', sheetId: 4, relId: 'rId9' }],
      markers: [{ name: 'FinsamRapport_1', ref: "'Ny'!$A$1" }],
    });
    expect(r.activatedNew).toBe(false);
    expect(r.xml).toContain('<workbookView activeTab="1"/>');
    // A workbook without names gets the block in its place: after the sheets, before calcPr.
    expect(r.xml).toContain('</sheets><definedNames><definedName name="FinsamRapport_1">\'Ny\'!$A$1</definedName></definedNames><calcPr');
  });

  it('escapes sheet names and uses the workbook’s own prefix for the relationships namespace', () => {
    const prefixed = WB('<sheet name="A" sheetId="1" rel:id="rId1"/>', '').replace('xmlns:r=', 'xmlns:rel=');
    const r = editWorkbookXml(prefixed, { remove: new Set(), add: [{ name: 'R&D <1>', sheetId: 2, relId: 'rId2' }], markers: [] });
    expect(r.xml).toContain('<sheet name="R&amp;D &lt;1&gt;" sheetId="2" rel:id="rId2"/>');
  });

  it('declares the relationships prefix on the root when the writer declared it on each <sheet> (openpyxl)', () => {
    const openpyxl = `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${RELS}" name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const r = editWorkbookXml(openpyxl, { remove: new Set(), add: [{ name: 'Resultaträkning', sheetId: 2, relId: 'rId10' }], markers: [] });
    expect(r.xml).toContain(`<workbook xmlns="${MAIN}" xmlns:r="${RELS}">`);
    expect(r.xml).toContain('<sheet name="Resultaträkning" sheetId="2" r:id="rId10"/>');
  });

  it('writes new elements with the prefix of the .NET Open XML SDK style (x:)', () => {
    const sdk = `<x:workbook xmlns:x="${MAIN}" xmlns:r="${RELS}"><x:sheets><x:sheet name="Data" sheetId="1" r:id="rId1"/></x:sheets><x:calcPr calcId="1"/></x:workbook>`;
    const r = editWorkbookXml(sdk, { remove: new Set(), add: [{ name: 'Ny', sheetId: 2, relId: 'rId2' }], markers: [{ name: 'FinsamRapport_1', ref: "'Ny'!$A$1" }] });
    expect(r.xml).toContain('<x:sheet name="Ny" sheetId="2" r:id="rId2"/></x:sheets><x:definedNames><x:definedName name="FinsamRapport_1">\'Ny\'!$A$1</x:definedName></x:definedNames><x:calcPr');
  });

  it('refuses a workbook part that is not SpreadsheetML', () => {
    expect(() => editWorkbookXml('<workbook><sheets/></workbook>', { remove: new Set(), add: [], markers: [] })).toThrow(/workbookPart/);
  });
});

describe('editRelsXml and editContentTypes', () => {
  it('removes and adds relationships', () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="t/calcChain" Target="calcChain.xml"/></Relationships>';
    expect(editRelsXml(rels, new Set(['rId2']), [{ id: 'rId3', type: 't/worksheet', target: 'worksheets/sheet2.xml' }])).toBe(
      XML_DECL +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="t/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    );
  });

  it('removes overrides case-insensitively and adds new ones', () => {
    const types = `<Types xmlns="${CT}"><Override PartName="/xl/worksheets/Sheet2.xml" ContentType="w"/><Override PartName="/xl/calcChain.xml" ContentType="c"/></Types>`;
    expect(editContentTypes(types, ['xl/worksheets/sheet2.xml', 'xl/calcChain.xml'], [{ part: 'xl/worksheets/sheet3.xml', type: 'w' }])).toBe(
      `${XML_DECL}<Types xmlns="${CT}"><Override PartName="/xl/worksheets/sheet3.xml" ContentType="w"/></Types>`,
    );
  });

  it('adds with the prefix the part gives its namespace', () => {
    const types = `<ct:Types xmlns:ct="${CT}"><ct:Default Extension="xml" ContentType="application/xml"/></ct:Types>`;
    expect(editContentTypes(types, [], [{ part: 'xl/worksheets/sheet3.xml', type: 'w' }])).toBe(
      `${XML_DECL}<ct:Types xmlns:ct="${CT}"><ct:Default Extension="xml" ContentType="application/xml"/><ct:Override PartName="/xl/worksheets/sheet3.xml" ContentType="w"/></ct:Types>`,
    );
  });

  it('refuses a content-types part in no namespace rather than writing one Excel cannot read', () => {
    expect(() => editContentTypes('<Types/>', [], [])).toThrow(/workbookPart/);
  });
});

describe('mergeStyles', () => {
  const user =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
    '<fonts count="1"><font><sz val="11"/><name val="Aptos Narrow"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<tableStyles count="0"/></styleSheet>';
  const report =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00;-#,##0.00"/></numFmts>' +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Aptos Narrow"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top style="thin"/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<dxfs count="1"><dxf><fill><patternFill patternType="solid"><bgColor rgb="FFFCE4D6"/></patternFill></fill></dxf></dxfs></styleSheet>';

  it("appends the report's formats after the user's and maps the indices", () => {
    const m = mergeStyles(user, report);
    // Report format 164 clashes with the user's 164 (a date): it gets 165.
    expect(m.xml).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="#,##0.00;-#,##0.00"/></numFmts>');
    expect(m.xml).toContain('<fonts count="2"><font><sz val="11"/><name val="Aptos Narrow"/></font><font><b/><sz val="11"/><name val="Aptos Narrow"/></font></fonts>');
    expect(m.xf).toEqual([0, 2, 3]);
    expect(m.xml).toContain('<xf numFmtId="165" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1"/>');
    expect(m.xml).toContain('<cellXfs count="4">');
    // The user had no dxfs: the block is inserted in schema order, before tableStyles.
    expect(m.dxf).toEqual([0]);
    expect(m.xml).toMatch(/<\/cellStyles><dxfs count="1"><dxf>.*<\/dxf><\/dxfs><tableStyles/);
  });

  it('adds nothing the second time (a re-run finds its formats again)', () => {
    const once = mergeStyles(user, report);
    const twice = mergeStyles(once.xml, report);
    expect(twice.xml).toBe(once.xml);
    expect(twice.xf).toEqual(once.xf);
  });

  it("reads the user's default font", () => {
    expect(defaultFont(user)).toEqual({ name: 'Aptos Narrow', size: 11 });
    expect(defaultFont(undefined)).toBeUndefined();
  });

  it('rewrites style indices, shared strings and dxf ids of a report sheet', () => {
    const m = mergeStyles(user, report);
    const sheet =
      '<worksheet><cols><col min="1" max="1" width="30" style="1" customWidth="1"/></cols><sheetData><row r="1" s="2" customFormat="1"><c r="A1" s="1" t="s"><v>1</v></c><c r="B1" s="2"><f>A1</f><v>3</v></c><c r="C1" s="1"/></row></sheetData>' +
      '<conditionalFormatting sqref="B1"><cfRule type="expression" dxfId="0" priority="1"><formula>B1&lt;0</formula></cfRule></conditionalFormatting></worksheet>';
    expect(rewriteSheet(sheet, m, ['<t>a</t>', '<t>=1+1</t>'])).toBe(
      '<worksheet><cols><col min="1" max="1" width="30" style="2" customWidth="1"/></cols><sheetData><row r="1" s="3" customFormat="1"><c r="A1" s="2" t="inlineStr"><is><t>=1+1</t></is></c><c r="B1" s="3"><f>A1</f><v>3</v></c><c r="C1" s="2"/></row></sheetData>' +
        '<conditionalFormatting sqref="B1"><cfRule type="expression" dxfId="0" priority="1"><formula>B1&lt;0</formula></cfRule></conditionalFormatting></worksheet>',
    );
  });
});
