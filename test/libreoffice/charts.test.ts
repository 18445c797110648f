/**
 * The command line's charts in other readers: LibreOffice opens the example's report and keeps
 * its three charts (as chart objects of an .ods, and in its own .xlsx save) with their titles,
 * series names and cell ranges; the report written again into LibreOffice's save replaces
 * LibreOffice's copies of the charts with its own; openpyxl loads the report and finds the charts.
 *
 * This test always runs: it fails when soffice or python3-openpyxl is missing (.ci/run installs them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildReport, type ReportModel } from '../../src/core';
import { readRanges, writeReport } from '../helpers/xlsx';
import { recalcProfile, soffice } from '../helpers/libreoffice';

const REPO = join(__dirname, '..', '..');

/** The chart parts (and drawings) of a package: part name → XML. */
async function chartParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (/^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name)) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

/** What the model says each chart is: sheet, title, series names and their A1 ranges. */
function expected(model: ReportModel, names: Map<string, string>) {
  return model.sheets.flatMap((s) =>
    (s.charts ?? []).map((c) => ({
      sheet: names.get(s.key)!,
      title: c.title,
      series: c.series.map((x) => ({ name: x.name, values: x.values })),
      categories: c.categories,
    })),
  );
}

/** `'Uppföljning KST'.O41:'Uppföljning KST'.O55` (ODF) → sheet and `O41:O55`. */
function odfRange(text: string): { sheet: string; range: string } {
  const m = /^'?(.*?)'?\.([A-Z]+\d+):'?.*?'?\.([A-Z]+\d+)$/.exec(text.replace(/&apos;/g, "'"));
  if (!m) throw new Error(`not an ODF range: ${text}`);
  return { sheet: m[1], range: `${m[2]}:${m[3]}` };
}

describe("LibreOffice and openpyxl open the command line's report with its charts", () => {
  const work = mkdtempSync(join(tmpdir(), 'finsam-lo-charts-'));
  let model: ReportModel;
  let names: Map<string, string>;
  let ours: Map<string, string>;

  beforeAll(async () => {
    const exampleBytes = readFileSync(join(REPO, 'examples', 'exempelforbundet.xlsx'));
    const read = await readRanges(exampleBytes);
    const built = buildReport({ ranges: read.ranges, generatedAt: new Date(Date.UTC(2024, 8, 2, 8)) });
    if (built.model === undefined) throw new Error(JSON.stringify(built.problems.slice(0, 3)));
    model = built.model;
    const written = await writeReport(model, exampleBytes);
    names = new Map(written.sheets.map((s) => [s.key, s.name]));
    ours = await chartParts(written.bytes);
    writeFileSync(join(work, 'exempel.xlsx'), written.bytes);
    for (const to of ['ods', 'xlsx']) {
      mkdirSync(join(work, to));
      execFileSync(
        soffice(),
        [
          `-env:UserInstallation=${recalcProfile(work)}`,
          '--headless',
          '--norestore',
          '--convert-to',
          to,
          '--outdir',
          join(work, to),
          join(work, 'exempel.xlsx'),
        ],
        { stdio: 'pipe', timeout: 240_000 },
      );
    }
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('as an .ods: one chart object per chart, with its title, series names and the same cells', async () => {
    const ods = await JSZip.loadAsync(readFileSync(join(work, 'ods', 'exempel.ods')));
    const objects = Object.keys(ods.files).filter((n) => /^Object \d+\/content\.xml$/.test(n));
    const want = expected(model, names);
    expect(want).toHaveLength(3);
    expect(objects).toHaveLength(want.length);
    const found = [];
    for (const o of objects) {
      const xml = await ods.file(o)!.async('string');
      const title = /<chart:title[^>]*><text:p>([^<]*)<\/text:p>/.exec(xml)![1];
      const series = [...xml.matchAll(/<chart:series [^>]*chart:values-cell-range-address="([^"]*)"[^>]*loext:label-string="&quot;([^&]*)&quot;"/g)].map(
        (m) => {
          const r = odfRange(m[1]);
          return { sheet: r.sheet, name: m[2], values: r.range };
        },
      );
      found.push({ title, series });
    }
    found.sort((a, b) => a.title.localeCompare(b.title));
    const sorted = [...want].sort((a, b) => a.title.localeCompare(b.title));
    expect(found).toEqual(sorted.map((w) => ({ title: w.title, series: w.series.map((s) => ({ sheet: w.sheet, ...s })) })));
  });

  test("LibreOffice's .xlsx save keeps the charts; the report written into that save replaces them with its own", async () => {
    const saved = readFileSync(join(work, 'xlsx', 'exempel.xlsx'));
    const theirs = await chartParts(saved);
    const savedCharts = [...theirs.keys()].filter((n) => n.startsWith('xl/charts/'));
    expect(savedCharts).toHaveLength(3);
    for (const w of expected(model, names)) expect([...theirs.values()].some((xml) => xml.includes(w.title))).toBe(true);
    // LibreOffice wrote its own chart XML: the test below proves its copies go
    expect(savedCharts.some((n) => theirs.get(n) !== ours.get(n))).toBe(true);

    const again = await writeReport(model, saved);
    expect(again.mode).toBe('merged');
    expect(again.removedSheets).toEqual([...names.values()]);
    expect(await chartParts(again.bytes)).toEqual(ours);
  });

  test('openpyxl loads the report and finds each chart on its sheet, with its title and series references', () => {
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const script = [
      'import json, sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'out = []',
      'for ws in wb.worksheets:',
      '    for c in ws._charts:',
      '        out.append({"sheet": ws.title, "title": "".join(r.t for p in c.title.tx.rich.p for r in (p.r or [])),',
      '                    "series": [s.val.numRef.f for s in c.series], "categories": c.series[0].cat.strRef.f})',
      'print(json.dumps(out))',
    ].join('\n');
    const json = execFileSync(python, ['-c', script, join(work, 'exempel.xlsx')], { encoding: 'utf8' });
    const abs = (sheet: string, r: string) => `'${sheet}'!${r.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
    expect(JSON.parse(json)).toEqual(
      expected(model, names).map((w) => ({
        sheet: w.sheet,
        title: w.title,
        series: w.series.map((s) => abs(w.sheet, s.values)),
        categories: abs(w.sheet, w.categories),
      })),
    );
  });
});
