/**
 * The written report in a real spreadsheet engine: LibreOffice opens it headless, recalculates
 * every formula (forced by its profile, and proved by a cached result planted wrong), saves it,
 * and every formula cell must hold the core's exact figure, to the öre.
 *
 * This test always runs: it fails when soffice is missing (CI installs libreoffice-calc).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import JSZip from 'jszip';
import { buildReport } from '../../src/core';
import type { RawCell } from '../../src/core/input/types';
import type { ReportModel } from '../../src/core/model/types';
import { openPackage } from '../../src/xlsx/package';
import { readRanges, writeReport } from '../helpers/xlsx';
import { readWorkbookInfo } from '../../src/xlsx/workbookXml';
import { allCells, formulaCells, recalcProfile, sameFigure, soffice, type FormulaCell } from '../helpers/libreoffice';
import { zeroResultWorkbook } from '../fixtures/zeroResult';
import { handModel } from '../xlsx/fixtures';

const REPO = join(__dirname, '..', '..');

/** Plants a wrong cached result in one formula cell of the written workbook. */
async function plantWrongResult(bytes: Uint8Array, sheetName: string, address: string, wrong: string): Promise<Buffer> {
  const pkg = await openPackage(bytes);
  const info = await readWorkbookInfo(pkg);
  const part = info.sheets.find((s) => s.name === sheetName)!.part!;
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async('string');
  const re = new RegExp(`(<c r="${address}"[^>]*>(?:<f>[^<]*</f>))<v>[^<]*</v>`);
  if (!re.test(xml)) throw new Error(`no formula cell ${address} with a cached value in ${part}`);
  zip.file(part, xml.replace(re, `$1<v>${wrong}</v>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('LibreOffice recalculates the written report to the core’s exact figures', () => {
  const work = mkdtempSync(join(tmpdir(), 'finsam-lo-'));
  const cases: { name: string; model: ReportModel; bytes: Buffer; names: Map<string, string>; planted: FormulaCell }[] = [];
  let converted: Map<string, Map<string, Map<string, RawCell>>>;
  /** The example's report written again into LibreOffice's own save of the reported workbook. */
  let again: { removed: string[]; sheets: string[]; names: Map<string, string>; model: ReportModel; cells: Map<string, Map<string, RawCell>> };

  beforeAll(async () => {
    const bin = soffice();
    // The real report of the example workbook, written into a copy of that workbook.
    const exampleBytes = readFileSync(join(REPO, 'examples', 'exempelforbundet.xlsx'));
    const read = await readRanges(exampleBytes);
    const built = buildReport({ ranges: read.ranges, generatedAt: new Date(Date.UTC(2024, 8, 2, 8)) });
    if (built.model === undefined) throw new Error(`the example workbook has input errors: ${JSON.stringify(built.problems.slice(0, 3))}`);
    // A budget that plans a zero result (issue 15): empty percentages where the budget is too small.
    const zero = buildReport({ ranges: zeroResultWorkbook(), generatedAt: new Date(Date.UTC(2024, 4, 2, 8)) });
    if (zero.model === undefined) throw new Error(`the zero-result workbook has input errors: ${JSON.stringify(zero.problems.slice(0, 3))}`);
    const inputs: [string, ReportModel, Uint8Array | undefined][] = [
      ['exempel', built.model, exampleBytes],
      ['hand', handModel(), undefined],
      ['noll', zero.model, undefined],
    ];
    for (const [name, model, source] of inputs) {
      const written = await writeReport(model, source);
      const names = new Map(written.sheets.map((s) => [s.key, s.name]));
      // The last money formula of the report gets a wrong cached result.
      const cells = formulaCells(model, names).filter((f) => f.style === 'kr' && f.value !== '' && f.value !== '0');
      const planted = cells[cells.length - 1];
      const wrong = new Decimal(planted.value).plus(123456.78).toString();
      const bytes = await plantWrongResult(written.bytes, planted.sheet, planted.address, wrong);
      // The plant took: the file now caches the wrong figure.
      expect((await allCells(bytes)).get(planted.sheet)!.get(planted.address)).toBe(Number(wrong));
      writeFileSync(join(work, `${name}.xlsx`), bytes);
      cases.push({ name, model, bytes, names, planted });
    }
    mkdirSync(join(work, 'out'));
    execFileSync(
      bin,
      [
        `-env:UserInstallation=${recalcProfile(work)}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        join(work, 'out'),
        ...cases.map((c) => join(work, `${c.name}.xlsx`)),
      ],
      { stdio: 'pipe', timeout: 240_000 },
    );
    converted = new Map();
    for (const c of cases) converted.set(c.name, await allCells(readFileSync(join(work, 'out', `${c.name}.xlsx`))));

    // Another producer's file as input: LibreOffice's save of the reported example workbook.
    const saved = readFileSync(join(work, 'out', 'exempel.xlsx'));
    const rewritten = await writeReport(built.model, saved);
    writeFileSync(join(work, 'again.xlsx'), rewritten.bytes);
    mkdirSync(join(work, 'out2'));
    execFileSync(
      bin,
      [
        `-env:UserInstallation=${recalcProfile(work)}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        join(work, 'out2'),
        join(work, 'again.xlsx'),
      ],
      { stdio: 'pipe', timeout: 240_000 },
    );
    again = {
      removed: rewritten.removedSheets,
      sheets: rewritten.sheets.map((s) => s.name),
      names: new Map(rewritten.sheets.map((s) => [s.key, s.name])),
      model: built.model,
      cells: await allCells(readFileSync(join(work, 'out2', 'again.xlsx'))),
    };
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('corrects the planted wrong cached result (so it really recalculated)', () => {
    for (const c of cases) {
      const lo = converted.get(c.name)!.get(c.planted.sheet)!.get(c.planted.address) ?? null;
      expect({ case: c.name, cell: `${c.planted.sheet}!${c.planted.address}`, value: lo, exact: sameFigure(lo, c.planted.value, 'kr') }).toEqual({
        case: c.name,
        cell: `${c.planted.sheet}!${c.planted.address}`,
        value: expect.any(Number),
        exact: true,
      });
    }
  });

  it('gives every formula cell the exact figure of the model', () => {
    for (const c of cases) {
      const sheets = converted.get(c.name)!;
      const cells = formulaCells(c.model, c.names);
      expect(cells.length).toBeGreaterThan(c.name === 'exempel' ? 100 : 10);
      // the empty percentages are real formulas that LibreOffice computed to empty
      if (c.name === 'noll') expect(cells.filter((f) => f.style === 'percent' && f.value === '').length).toBeGreaterThan(2);
      const wrong = cells
        .map((f) => ({ ...f, libreoffice: sheets.get(f.sheet)?.get(f.address) ?? null }))
        .filter((f) => !sameFigure(f.libreoffice, f.value, f.style));
      expect({ case: c.name, wrong: wrong.slice(0, 10), count: wrong.length }).toEqual({ case: c.name, wrong: [], count: 0 });
    }
  });

  it('keeps text from the data as text: "=1+1" is not evaluated', () => {
    expect(converted.get('hand')!.get('Resultaträkning')!.get('A12')).toBe('=1+1');
  });

  it('writes into a workbook LibreOffice saved: its markers survive, its own sheets are replaced, the figures hold', () => {
    expect(again.removed).toEqual(again.sheets);
    expect([...again.cells.keys()].filter((n) => again.sheets.includes(n))).toEqual(again.sheets);
    expect(again.cells.size).toBe(converted.get('exempel')!.size);
    const wrong = formulaCells(again.model, again.names).filter((f) => !sameFigure(again.cells.get(f.sheet)?.get(f.address) ?? null, f.value, f.style));
    expect(wrong).toEqual([]);
  });

  it("keeps the user's sheets of the example workbook", () => {
    const sheets = converted.get('exempel')!;
    for (const name of ['Huvudbok', 'IB', 'Kontoplan', 'Budget']) expect(sheets.has(name)).toBe(true);
    expect(sheets.get('Resultaträkning')!.size).toBeGreaterThan(20);
  });
});
