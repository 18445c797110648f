/**
 * chartXml.ts and drawingXml.ts on a small hand-made sheet: the formulas name the sheet quoted
 * (apostrophes doubled), text from the user's data is escaped in the caches, an empty cell is a
 * gap (no point), the value axis takes the values' number format, and a chart whose ranges
 * are not one bounded row or column is not drawable.
 */
import type { CellValue, ChartSpec, SheetModel } from '../../src/core';
import { NUMBER_FORMATS } from '../../src/core';
import { chartFormula, chartXml, isDrawable } from '../../src/xlsx/chartXml';
import { drawingXml } from '../../src/xlsx/drawingXml';
import { parseXml } from '../../src/xlsx/dom';

const text = (t: string): CellValue => ({ kind: 'text', text: t, fromData: true });
const tkr = (v: string): CellValue => ({ kind: 'number', value: v as never, style: 'tkr' });
const empty: CellValue = { kind: 'empty' };

// Rows 1–3, columns A (label) and B (value): B3 empty.
const sheet: SheetModel = {
  key: 'k',
  name: "Kalle's <KST>",
  columns: [{ width: 10 }, { width: 10 }],
  rows: [
    { role: 'line', cells: [text('A & B <x>'), tkr('1500.5')] },
    { role: 'line', cells: [text('tab\there\u0001'), tkr('-2000')] },
    { role: 'line', cells: [text('tom'), empty] },
  ],
};
const spec: ChartSpec = { kind: 'bar', title: 'Titel & <mer>', categories: 'A1:A3', series: [{ name: 'Utfall', values: 'B1:B3' }], anchor: 'D2', end: 'F10' };

describe('chartXml', () => {
  const xml = chartXml(spec, sheet, sheet.name, 'sv');

  it('is well formed and names the sheet quoted, references absolute', () => {
    expect(() => parseXml(xml, 'chart')).not.toThrow();
    expect(chartFormula("Kalle's <KST>", 'A1:A3')).toBe("'Kalle''s <KST>'!$A$1:$A$3");
    expect(xml).toContain('<c:f>&apos;Kalle&apos;&apos;s &lt;KST&gt;&apos;!$A$1:$A$3</c:f>');
    expect(xml).toContain('<c:f>&apos;Kalle&apos;&apos;s &lt;KST&gt;&apos;!$B$1:$B$3</c:f>');
  });

  it("caches the cells: the user's text escaped, a control character as _xHHHH_, an empty cell a gap", () => {
    expect(xml).toContain(
      '<c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>A &amp; B &lt;x&gt;</c:v></c:pt><c:pt idx="1"><c:v>tab\there_x0001_</c:v></c:pt><c:pt idx="2"><c:v>tom</c:v></c:pt></c:strCache>',
    );
    expect(xml).toContain(
      `<c:numCache><c:formatCode>${NUMBER_FORMATS.tkr}</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>1500.5</c:v></c:pt><c:pt idx="1"><c:v>-2000</c:v></c:pt></c:numCache>`,
    );
  });

  it('titles and names from the spec; the value axis in the values’ format; Swedish language', () => {
    expect(xml).toContain('<a:t>Titel &amp; &lt;mer&gt;</a:t>');
    expect(xml).toContain('<c:tx><c:v>Utfall</c:v></c:tx>');
    expect(xml).toContain(`<c:numFmt formatCode="${NUMBER_FORMATS.tkr}" sourceLinked="0"/>`);
    expect(xml).toContain('<c:lang val="sv-SE"/>');
    expect(xml).toContain('<c:barDir val="col"/>');
    expect(chartXml({ ...spec, kind: 'line' }, sheet, sheet.name, 'en')).toMatch(
      /<c:lineChart>.*<c:lang val="en-GB"\/>|<c:lang val="en-GB"\/>.*<c:lineChart>/s,
    );
  });

  it('only one bounded row or column is drawable', () => {
    expect(isDrawable(spec)).toBe(true);
    expect(isDrawable({ ...spec, series: [] })).toBe(false);
    expect(isDrawable({ ...spec, categories: 'A1:B3' })).toBe(false);
    expect(isDrawable({ ...spec, categories: 'A:A' })).toBe(false);
    expect(isDrawable({ ...spec, series: [{ name: 'x', values: 'nonsense' }] })).toBe(false);
  });
});

describe('drawingXml', () => {
  it('anchors each chart from its anchor cell to the far corner of its end cell, chart i as rId(i+1)', () => {
    const xml = drawingXml([spec, { ...spec, anchor: 'A12', end: 'B13' }]);
    expect(() => parseXml(xml, 'drawing')).not.toThrow();
    // D2 → col 3 row 1; F10 inclusive → to col 6 row 10
    expect(xml).toContain('<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>');
    expect(xml).toContain('<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>10</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>');
    expect(xml).toContain('<xdr:to><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>13</xdr:row>');
    expect([...xml.matchAll(/r:id="(rId\d+)"/g)].map((m) => m[1])).toEqual(['rId1', 'rId2']);
    expect(xml).toContain('name="Titel &amp; &lt;mer&gt;"');
  });

  it('refuses an end cell above or left of the anchor', () => {
    expect(() => drawingXml([{ ...spec, end: 'C10' }])).toThrow(/left of/);
  });
});
