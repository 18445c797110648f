/**
 * The command line's charts (src/xlsx/chartXml.ts, drawingXml.ts, splice.ts): every chart the
 * model specifies is in the package, linked sheet → drawing → chart; each series reference
 * names a range of its sheet and the cached values are those cells' values; the parts never
 * take a name the user's workbook has, and a re-run replaces them without leaving any behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { buildReport, type ReportModel, type RawCell } from '../../src/core';
import { openPackage, readPart, readRels } from '../../src/xlsx/package';
import { readRanges, writeReport } from '../helpers/xlsx';
import { a1, parseRef } from '../../src/xlsx/refs';
import { readWorkbookInfo } from '../../src/xlsx/workbookXml';
import { openpyxlBook } from '../corpus/writers';
import { patchZip } from './helpers';
import { allCells } from '../helpers/libreoffice';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'exempelforbundet.xlsx'));
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

async function exampleModel(): Promise<ReportModel> {
  const read = await readRanges(EXAMPLE);
  const built = buildReport({ ranges: read.ranges, generatedAt: new Date(Date.UTC(2024, 8, 2, 8)) });
  if (built.model === undefined) throw new Error(JSON.stringify(built.problems.slice(0, 3)));
  return built.model;
}

const els = (parent: Element | Document, ns: string, local: string): Element[] => Array.from(parent.getElementsByTagNameNS(ns, local));
const one = (parent: Element, ns: string, local: string): Element => {
  const found = els(parent, ns, local);
  if (found.length !== 1) throw new Error(`expected one ${local}, found ${found.length}`);
  return found[0];
};
const val = (el: Element, local: string) => one(el, C, local).getAttribute('val');

interface WrittenChart {
  sheet: string;
  part: string;
  doc: Document;
  anchor: Element;
}

/** The charts of a package, by sheet, following sheet → drawing → chart relationships. */
async function chartsOf(bytes: Uint8Array): Promise<WrittenChart[]> {
  const pkg = await openPackage(bytes);
  const info = await readWorkbookInfo(pkg);
  const out: WrittenChart[] = [];
  for (const sheet of info.sheets) {
    if (sheet.part === undefined) continue;
    for (const d of (await readRels(pkg, sheet.part)).filter((r) => r.kind === 'drawing')) {
      const drawing = new DOMParser().parseFromString((await readPart(pkg, d.target))!, 'text/xml');
      const rels = await readRels(pkg, d.target);
      for (const frame of els(drawing, C, 'chart')) {
        // The anchor the chart's frame sits in (twoCellAnchor for ours; openpyxl writes oneCellAnchor).
        let anchor = frame;
        while (!/Anchor$/.test(anchor.localName ?? '')) anchor = anchor.parentNode as Element;
        const id = frame.getAttribute('r:id');
        const rel = rels.find((r) => r.id === id)!;
        expect(rel.kind).toBe('chart');
        out.push({
          sheet: sheet.name,
          part: rel.target,
          doc: new DOMParser().parseFromString((await readPart(pkg, rel.target))!, 'text/xml'),
          anchor,
        });
      }
    }
  }
  return out;
}

/** The cells a chart formula (`'Sheet'!$N$41:$N$55`) names, read from the written sheet. */
function cellsOf(formula: string, cells: Map<string, Map<string, RawCell>>): { sheet: string; values: (RawCell | undefined)[] } {
  const ref = parseRef(formula);
  if (!ref.ok) throw new Error(`not a range: ${formula}`);
  const sheet = cells.get(ref.sheet);
  if (sheet === undefined) throw new Error(`${formula}: no sheet ${ref.sheet}`);
  const values: (RawCell | undefined)[] = [];
  for (let r = ref.area.top; r <= ref.area.bottom; r++) for (let c = ref.area.left; c <= ref.area.right; c++) values.push(sheet.get(a1(r, c)) ?? undefined);
  return { sheet: ref.sheet, values };
}

/** A cache's points by index. */
function cache(ref: Element): { count: number; points: Map<number, string> } {
  const points = new Map<number, string>();
  for (const pt of els(ref, C, 'pt')) points.set(Number(pt.getAttribute('idx')), one(pt, C, 'v').textContent ?? '');
  return { count: Number(val(ref, 'ptCount')), points };
}

describe("the example's report through the command line", () => {
  let model: ReportModel;
  let bytes: Buffer;
  let names: Map<string, string>;
  let charts: WrittenChart[];
  let cells: Map<string, Map<string, RawCell>>;

  beforeAll(async () => {
    model = await exampleModel();
    const written = await writeReport(model, EXAMPLE);
    expect(written.mode).toBe('merged');
    bytes = written.bytes;
    names = new Map(written.sheets.map((s) => [s.key, s.name]));
    charts = await chartsOf(bytes);
    cells = await allCells(bytes);
  });

  it('has every chart the model specifies, on its sheet, with its kind, title, series names and cells', () => {
    const specs = model.sheets.flatMap((s) => (s.charts ?? []).map((spec) => ({ sheet: names.get(s.key)!, spec })));
    expect(specs.map((s) => s.sheet)).toEqual(['Uppföljning KST', 'Uppföljning KST', 'Deltagare']);
    expect(charts.map((c) => c.sheet)).toEqual(specs.map((s) => s.sheet));
    charts.forEach((chart, i) => {
      const { spec } = specs[i];
      const root = chart.doc.documentElement!;
      expect(els(root, C, spec.kind === 'bar' ? 'barChart' : 'lineChart')).toHaveLength(1);
      expect(one(one(root, C, 'title'), 'http://schemas.openxmlformats.org/drawingml/2006/main', 't').textContent).toBe(spec.title);
      const series = els(root, C, 'ser');
      expect(series.map((s) => one(one(s, C, 'tx'), C, 'v').textContent)).toEqual(spec.series.map((s) => s.name));
      const quoted = `'${chart.sheet}'`;
      series.forEach((s, k) => {
        const abs = (r: string) => `${quoted}!${r.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
        expect(one(one(s, C, 'cat'), C, 'f').textContent).toBe(abs(spec.categories));
        expect(one(one(s, C, 'val'), C, 'f').textContent).toBe(abs(spec.series[k].values));
      });
      // Anchored from the spec's anchor cell to the far corner of its end cell (0-based).
      const from = one(chart.anchor, XDR, 'from');
      const to = one(chart.anchor, XDR, 'to');
      const at = (m: Element) => a1(Number(one(m, XDR, 'row').textContent), Number(one(m, XDR, 'col').textContent));
      expect(at(from)).toBe(spec.anchor);
      const end = /^([A-Z]+)(\d+)$/.exec(spec.end)!;
      expect(at(to)).toBe(`${String.fromCharCode(end[1].charCodeAt(0) + 1)}${Number(end[2]) + 1}`);
    });
  });

  it("each series reference names a range of its own sheet, and the caches hold exactly those cells' values", () => {
    let checked = 0;
    for (const chart of charts) {
      for (const ser of els(chart.doc.documentElement!, C, 'ser')) {
        const cat = one(one(ser, C, 'cat'), C, 'strRef');
        const v = one(one(ser, C, 'val'), C, 'numRef');
        const labels = cellsOf(one(cat, C, 'f').textContent!, cells);
        const values = cellsOf(one(v, C, 'f').textContent!, cells);
        expect([labels.sheet, values.sheet]).toEqual([chart.sheet, chart.sheet]);
        const labelCache = cache(one(cat, C, 'strCache'));
        const valueCache = cache(one(v, C, 'numCache'));
        expect(labelCache.count).toBe(labels.values.length);
        expect(valueCache.count).toBe(values.values.length);
        expect(values.values.length).toBe(labels.values.length);
        labels.values.forEach((cell, i) => {
          expect(typeof cell).toBe('string');
          expect(labelCache.points.get(i)).toBe(cell);
        });
        values.values.forEach((cell, i) => {
          // An empty cell (a month after the period) is a gap: no point.
          if (cell === undefined) expect(valueCache.points.has(i)).toBe(false);
          else {
            expect(typeof cell).toBe('number');
            expect(Number(valueCache.points.get(i))).toBe(cell);
          }
          checked++;
        });
      }
    }
    // 2 × 15 cost centres, 2 × 12 months, 2 × 8 months of flows
    expect(checked).toBe(30 + 24 + 16);
  });

  it('the bars are the follow-up table’s net costs, sign turned: the first bar is −C7, the first cost centre', () => {
    const kst = cells.get('Uppföljning KST')!;
    expect(kst.get('B7')).toBe('Styrelse/politisk organisation');
    // the chart data starts two columns right of the table (A–K, K the forecast comment)
    expect(kst.get('N42')).toBe('Styrelse/politisk organisation');
    // C7 = −187 050,67 kr, footed to whole tkr (issue 12): −187 000; its bar +187 000
    expect(kst.get('C7')).toBe(-187000);
    expect(kst.get('O42')).toBe(187000);
    const bar = charts[0].doc.documentElement!;
    expect(cache(one(els(bar, C, 'ser')[0], C, 'numCache')).points.get(0)).toBe('187000');
  });

  it("the sheet links its drawing last, and the table's looks stop at the table's last column (K, the comment)", async () => {
    const pkg = await openPackage(bytes);
    const info = await readWorkbookInfo(pkg);
    const xml = (await readPart(pkg, info.sheets.find((s) => s.name === 'Uppföljning KST')!.part!))!;
    expect(xml).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    const header = /<row r="5">(.*?)<\/row>/.exec(xml)![1];
    expect([...header.matchAll(/<c r="([A-Z]+)5"/g)].map((m) => m[1]).pop()).toBe('K');
  });

  it('a re-run over its own output replaces the charts: the same part names, none left behind', async () => {
    const again = await writeReport(model, bytes);
    const partsOf = async (b: Uint8Array) =>
      Object.keys((await JSZip.loadAsync(b)).files)
        .filter((n) => /^xl\/(charts|drawings)\/.*\.xml(\.rels)?$/.test(n))
        .sort();
    const before = await partsOf(bytes);
    expect(before).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
    ]);
    expect(await partsOf(again.bytes)).toEqual(before);
    expect((await chartsOf(again.bytes)).map((c) => c.part)).toEqual(charts.map((c) => c.part));
    const types = (await JSZip.loadAsync(again.bytes)).file('[Content_Types].xml')!.async('string');
    expect((await types).match(/drawingml\.chart\+xml/g)).toHaveLength(3);
  });
});

describe('replacing report sheets whose charts are odd', () => {
  let model: ReportModel;
  let first: Buffer;
  let kstRels: string;
  beforeAll(async () => {
    model = await exampleModel();
    first = (await writeReport(model, EXAMPLE)).bytes;
    const pkg = await openPackage(first);
    const info = await readWorkbookInfo(pkg);
    kstRels = info.sheets.find((s) => s.name === 'Uppföljning KST')!.part!.replace(/([^/]+)$/, '_rels/$1.rels');
  });

  it("a drawing a user's sheet also uses stays, with its charts, and the new report's charts take other names", async () => {
    const pkg = await openPackage(first);
    const userSheet = (await readWorkbookInfo(pkg)).sheets[0];
    expect(userSheet.name).toBe('Om exemplet');
    const userRels = userSheet.part!.replace(/([^/]+)$/, '_rels/$1.rels');
    const shared = await patchZip(first, async (zip) => {
      expect(zip.file(userRels)).toBeNull();
      zip.file(
        userRels,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
      );
    });
    const again = await writeReport(model, shared);
    expect(again.mode).toBe('merged');
    const before = await JSZip.loadAsync(shared);
    const after = await JSZip.loadAsync(again.bytes);
    for (const part of ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/charts/chart2.xml'])
      expect(await after.file(part)?.async('string')).toBe(await before.file(part)!.async('string'));
    const ours = (await chartsOf(again.bytes)).filter((c) => c.sheet !== 'Om exemplet');
    expect(ours.map((c) => c.part)).toEqual(['xl/charts/chart3.xml', 'xl/charts/chart4.xml', 'xl/charts/chart5.xml']);
  });

  it('a report sheet whose relationships part is not XML is replaced all the same', async () => {
    const broken = await patchZip(first, (zip) => {
      zip.file(kstRels, '<Relationships');
    });
    const again = await writeReport(model, broken);
    expect(again.mode).toBe('merged');
    expect((await chartsOf(again.bytes)).map((c) => c.sheet)).toEqual(['Uppföljning KST', 'Uppföljning KST', 'Deltagare']);
  });
});

describe('chart parts in a workbook that has charts of its own (openpyxl, with a chart)', () => {
  it("take names the user's parts do not have, and the user's chart stays byte for byte", async () => {
    const input = openpyxlBook();
    const inZip = await JSZip.loadAsync(input);
    const userCharts = Object.keys(inZip.files).filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n));
    expect(userCharts).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']));
    const read = await readRanges(input);
    const built = buildReport({ ranges: read.ranges });
    expect(built.model).toBeDefined();
    const written = await writeReport(built.model!, input);
    expect(written.mode).toBe('merged');
    const outZip = await JSZip.loadAsync(written.bytes);
    for (const part of userCharts) expect(await outZip.file(part)!.async('string')).toBe(await inZip.file(part)!.async('string'));
    const ours = (await chartsOf(written.bytes)).filter((c) => written.sheets.some((s) => s.name === c.sheet));
    expect(ours.length).toBeGreaterThan(0);
    for (const c of ours) expect(userCharts).not.toContain(c.part);
    // and the user's chart is still on the user's sheet
    expect((await chartsOf(written.bytes)).filter((c) => c.part === 'xl/charts/chart1.xml')).toHaveLength(1);
  });
});
