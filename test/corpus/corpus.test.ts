/**
 * Workbooks from real writers (issue 8): the contract workbook of contract.json as ExcelJS,
 * SheetJS, openpyxl and LibreOffice write it, and in the Open XML SDK's prefixed style, Strict,
 * with inline strings, shared formulas, rich text, the 1904 date system and macros. For each:
 * - the CLI's report equals the report from the ExcelJS file, cell for cell;
 * - every XML part of the output is well formed, with every prefix bound;
 * - the user's own parts are byte-identical, and charts and vbaProject.bin are still there;
 * - LibreOffice opens and recalculates the output, and every formula gives the core's figure.
 *
 * This test always runs: LibreOffice and python3-openpyxl must be installed (.ci/run does).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildReport, isMarkerName, isReportRangeName } from '../../src/core';
import type { RawCell } from '../../src/core/input/types';
import type { ReportModel } from '../../src/core/model/types';
import { main } from '../../src/cli/main';
import { parseXml } from '../../src/xlsx/dom';
import { openPackage, readPart } from '../../src/xlsx/package';
import { readRanges, writeReport } from '../helpers/xlsx';
import { parseRef } from '../../src/xlsx/refs';
import { readWorkbookInfo } from '../../src/xlsx/workbookXml';
import { allCells, formulaCells, recalcProfile, sameFigure, soffice } from '../helpers/libreoffice';
import { buildCorpus, type CorpusFile } from './writers';

interface Outcome {
  source: CorpusFile;
  code: number;
  stdout: string;
  stderr: string;
  out: Buffer;
  /** Report sheet name → address → value (and formula), as written. */
  report: Map<string, Map<string, string>>;
}

/** Entries of a zip, uncompressed. */
async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}

/** The report sheets (those the markers name) of a written workbook: value and formula of every cell. */
async function reportCells(bytes: Uint8Array): Promise<Map<string, Map<string, string>>> {
  const pkg = await openPackage(bytes);
  const info = await readWorkbookInfo(pkg);
  const names = info.definedNames.filter((d) => isMarkerName(d.name)).map((d) => parseRef(d.ref));
  const sheets = names.map((r) => (r.ok ? r.sheet : ''));
  const values = await allCells(bytes);
  const out = new Map<string, Map<string, string>>();
  for (const sheet of sheets) {
    const part = info.sheets.find((s) => s.name === sheet)!.part!;
    const xml = (await readPart(pkg, part)) ?? '';
    const formulas = new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>([^<]*)<\/f>/g)].map((m) => [m[1], m[2]]));
    const cells = new Map<string, string>();
    for (const [address, v] of values.get(sheet) ?? new Map<string, RawCell>()) {
      // The time of the run is on every sheet; two runs a minute apart differ only there.
      const shown = v instanceof Date ? v.toISOString() : String(v).replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?/g, '<tid>');
      cells.set(address, formulas.has(address) ? `${shown} = ${formulas.get(address)}` : shown);
    }
    out.set(sheet, cells);
  }
  return out;
}

describe('workbooks from real writers', () => {
  const work = mkdtempSync(join(tmpdir(), 'finsam-corpus-'));
  let corpus: CorpusFile[];
  const outcomes: Outcome[] = [];
  let model: ReportModel;
  let sheetNames: Map<string, string>;
  let recalculated: Map<string, Map<string, Map<string, RawCell>>>;

  beforeAll(async () => {
    corpus = await buildCorpus();
    for (const c of corpus) {
      const input = join(work, c.file);
      writeFileSync(input, c.bytes);
      const out = join(work, 'out', c.file);
      let stdout = '';
      let stderr = '';
      const code = await main([input, '--out', out], {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        isTTY: false,
      });
      const bytes = code === 0 ? readFileSync(out) : Buffer.alloc(0);
      outcomes.push({ source: c, code, stdout, stderr, out: bytes, report: code === 0 ? await reportCells(bytes) : new Map() });
    }
    // The core's own figures, from the reference file's ranges.
    const read = await readRanges(corpus[0].bytes, { wanted: isReportRangeName });
    const built = buildReport({ ranges: read.ranges });
    if (built.model === undefined) throw new Error(`the corpus workbook has input errors: ${JSON.stringify(built.problems)}`);
    model = built.model;
    sheetNames = new Map((await writeReport(model, corpus[0].bytes)).sheets.map((s) => [s.key, s.name]));

    // LibreOffice opens every output and recalculates every formula (one start for all files).
    const dir = join(work, 'lo');
    mkdirSync(dir);
    execFileSync(
      soffice(),
      [
        `-env:UserInstallation=${recalcProfile(work)}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        ...outcomes.filter((o) => o.code === 0).map((o) => join(work, 'out', o.source.file)),
      ],
      { stdio: 'pipe', timeout: 300_000 },
    );
    recalculated = new Map();
    for (const o of outcomes) {
      if (o.code !== 0) continue;
      const saved = join(dir, o.source.file.replace(/\.xlsm$/, '.xlsx'));
      recalculated.set(o.source.file, await allCells(readFileSync(saved)));
    }
  }, 600_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('covers every writer the issue names', () => {
    expect(corpus.map((c) => c.writer)).toEqual([
      'ExcelJS',
      'SheetJS',
      'openpyxl',
      'openpyxl, 1904 date system',
      'LibreOffice',
      'Open XML SDK style (x: prefix)',
      'Open XML SDK style, shared strings',
      'Strict Open XML',
      'ExcelJS, inline strings',
      'ExcelJS, shared formulas',
      'ExcelJS, rich text',
      'openpyxl with macros (.xlsm)',
    ]);
  });

  it('builds a report from every file (exit 0), in the user’s workbook or, for Strict, in a workbook of its own', () => {
    for (const o of outcomes) {
      expect({ writer: o.source.writer, code: o.code, stderr: o.stderr }).toEqual({ writer: o.source.writer, code: 0, stderr: '' });
      const reportOnly = /bara rapportbladen|endast rapportbladen|egen arbetsbok/.test(o.stdout);
      expect({ writer: o.source.writer, reportOnly }).toEqual({ writer: o.source.writer, reportOnly: o.source.expect === 'reportOnly' });
    }
  });

  it('gives the same report as the ExcelJS file, cell for cell', () => {
    const reference = outcomes[0].report;
    expect(reference.size).toBeGreaterThanOrEqual(6);
    // The hand figure of contract.json: the period's result is 6 650,25 kr.
    const resultat = [...reference.get('Resultaträkning')!.values()];
    expect(resultat.some((v) => v.startsWith('6650.25 = '))).toBe(true);
    for (const o of outcomes.slice(1)) {
      expect({ writer: o.source.writer, report: o.report }).toEqual({ writer: o.source.writer, report: reference });
    }
  });

  it('writes every XML part well formed, with every prefix bound', async () => {
    for (const o of outcomes) {
      for (const [name, data] of await entries(o.out)) {
        if (!/\.(xml|rels)$/i.test(name)) continue;
        expect(() => parseXml(data.toString('utf8'), `${o.source.file}:${name}`)).not.toThrow();
      }
    }
  });

  it('keeps the user’s own parts byte for byte, charts and macros included', async () => {
    for (const o of outcomes) {
      if (o.source.expect === 'reportOnly') continue;
      const before = await entries(o.source.bytes);
      const after = await entries(o.out);
      const edited = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/calcChain\.xml)$/;
      const changed = [...before].filter(([name, data]) => !edited.test(name) && !after.get(name)?.equals(data)).map(([name]) => name);
      expect({ writer: o.source.writer, changed }).toEqual({ writer: o.source.writer, changed: [] });
      for (const keep of o.source.keeps)
        expect({ writer: o.source.writer, kept: [...after.keys()].some((n) => keep.test(n)) }).toEqual({ writer: o.source.writer, kept: true });
    }
  });

  it('recalculates in LibreOffice to the core’s exact figure in every formula cell', () => {
    const cells = formulaCells(model, sheetNames);
    expect(cells.length).toBeGreaterThan(50);
    for (const o of outcomes) {
      const sheets = recalculated.get(o.source.file)!;
      const wrong = cells
        .map((f) => ({ ...f, libreoffice: sheets.get(f.sheet)?.get(f.address) ?? null }))
        .filter((f) => !sameFigure(f.libreoffice, f.value, f.style));
      expect({ writer: o.source.writer, wrong: wrong.slice(0, 5), count: wrong.length }).toEqual({ writer: o.source.writer, wrong: [], count: 0 });
    }
  });
});
