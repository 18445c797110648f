import { editContentTypes, editRelsXml, editWorkbookXml } from '../../src/xlsx/splice/parts';
import { cellText } from '../../src/xlsx/sheetXml';
import { defaultFont, StyleBook } from '../../src/xlsx/styleBook';

const WB = (sheets: string, names: string, views = '<bookViews><workbookView activeTab="1" firstSheet="1"/></bookViews>') =>
  `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${views}<sheets>${sheets}</sheets>${names}<calcPr calcId="191029"/></workbook>`;

const three = '<sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Resultaträkning" sheetId="2" r:id="rId2"/><sheet name="Egen" sheetId="3" r:id="rId3"/>';

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
    const r = editWorkbookXml(sdk, {
      remove: new Set(),
      add: [{ name: 'Ny', sheetId: 2, relId: 'rId2' }],
      markers: [{ name: 'FinsamRapport_1', ref: "'Ny'!$A$1" }],
    });
    expect(r.xml).toContain(
      '<x:sheet name="Ny" sheetId="2" r:id="rId2"/></x:sheets><x:definedNames><x:definedName name="FinsamRapport_1">\'Ny\'!$A$1</x:definedName></x:definedNames><x:calcPr',
    );
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

describe("StyleBook: the report's formats in the user's style sheet", () => {
  const user =
    `<styleSheet xmlns="${MAIN}">` +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
    '<fonts count="1"><font><sz val="11"/><name val="Aptos Narrow"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<tableStyles count="0"/></styleSheet>';
  const total = { numFmt: '#,##0.00;-#,##0.00', font: { name: 'Aptos Narrow', size: 11, bold: true }, fill: 'DDEBF7', border: { top: 'thin' as const } };

  it("appends a look after the user's formats, with a number format id after the user's", () => {
    const book = new StyleBook(user);
    expect(book.xf(total)).toBe(2);
    expect(book.xf({ numFmt: '@' })).toBe(3);
    expect(book.dxf({ color: '9C0006', fill: 'FCE4D6' })).toBe(0);
    const xml = book.toXml();
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="#,##0.00;-#,##0.00"/></numFmts>',
    );
    expect(xml).toContain(
      '<fonts count="2"><font><sz val="11"/><name val="Aptos Narrow"/></font><font><b/><sz val="11"/><name val="Aptos Narrow"/></font></fonts>',
    );
    expect(xml).toContain('<xf numFmtId="165" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>');
    expect(xml).toContain('<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    // The user had no dxfs: the block is inserted in schema order, before tableStyles.
    expect(xml).toMatch(/<\/cellStyles><dxfs count="1"><dxf>.*<\/dxf><\/dxfs><tableStyles/);
  });

  it('adds nothing the second time (a re-run finds its formats again)', () => {
    const once = new StyleBook(user);
    const a = [once.xf(total), once.xf({ numFmt: '@' }), once.dxf({ color: '9C0006', fill: 'FCE4D6' })];
    const first = once.toXml();
    const twice = new StyleBook(first);
    expect([twice.xf(total), twice.xf({ numFmt: '@' }), twice.dxf({ color: '9C0006', fill: 'FCE4D6' })]).toEqual(a);
    expect(twice.toXml()).toBe(first);
  });

  it('writes its entries with the prefix of a prefixed style sheet (Open XML SDK style)', () => {
    const prefixed = user.replace(`<styleSheet xmlns="${MAIN}">`, `<x:styleSheet xmlns:x="${MAIN}">`).replace(/<(\/?)(?!x:)([a-zA-Z]+)/g, '<$1x:$2');
    const book = new StyleBook(prefixed);
    book.xf(total);
    const xml = book.toXml();
    expect(xml).toContain('<x:font><x:b/><x:sz val="11"/><x:name val="Aptos Narrow"/></x:font>');
    expect(xml).not.toMatch(/<font|xmlns="/);
  });

  it("reads the user's default font", () => {
    expect(defaultFont(user)).toEqual({ name: 'Aptos Narrow', size: 11 });
    expect(defaultFont(undefined)).toBeUndefined();
  });

  it('refuses a style sheet without the collections every workbook has', () => {
    expect(() => new StyleBook(`<styleSheet xmlns="${MAIN}"><fonts count="0"/></styleSheet>`)).toThrow(/styles/);
  });
});

describe('cellText: text Excel reads back unchanged', () => {
  it('escapes markup, writes control characters as _xHHHH_ and protects a literal _xHHHH_', () => {
    expect(cellText('a<b & "c"')).toBe('a&lt;b &amp; &quot;c&quot;');
    expect(cellText('bell\u0007 esc\u001b[2J')).toBe('bell_x0007_ esc_x001B_[2J');
    expect(cellText('_x000D_')).toBe('_x005F_x000D_');
    expect(cellText('half \uD83D pair 😀')).toBe('half \uFFFD pair 😀');
  });
});
