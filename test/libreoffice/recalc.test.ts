/**
 * The written report in a real spreadsheet engine: LibreOffice opens it headless, recalculates
 * every formula (forced by its profile, and proved by a cached result planted wrong), saves it,
 * and every formula cell must hold the core's exact figure, to the öre.
 *
 * This test always runs: it fails when soffice is missing (CI installs libreoffice-calc).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import JSZip from 'jszip';
import { buildReport } from '../../src/core';
import type { RawCell } from '../../src/core/input/types';
import type { ReportModel } from '../../src/core/model/types';
import { openPackage } from '../../src/xlsx/package';
import { readWorkbookRanges } from '../../src/xlsx/readWorkbook';
import { a1 } from '../../src/xlsx/refs';
import { areaValues, readAreaCells } from '../../src/xlsx/sheetCells';
import { dateStyleFlags } from '../../src/xlsx/cellStyles';
import { readWorkbookInfo } from '../../src/xlsx/workbookXml';
import { writeReportToWorkbook } from '../../src/xlsx/writeReport';
import { zeroResultWorkbook } from '../fixtures/zeroResult';
import { handModel } from '../xlsx/fixtures';

const REPO = join(__dirname, '..', '..');

function soffice(): string {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice']) {
    if (existsSync(p)) return p;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('soffice (LibreOffice) is not installed; this test must run — install libreoffice-calc (.ci/run does).');
  }
}

/** A LibreOffice profile that recalculates every formula of an .xlsx file on load. */
function recalcProfile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      // 0 = always recalculate (1 = never, 2 = ask): Excel 2007 and newer files.
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
      '</oor:items>\n',
  );
  return `file://${join(dir, 'profile')}`;
}

/** Every cell of every sheet of a workbook, by sheet name and A1 address (cached values). */
async function allCells(bytes: Uint8Array): Promise<Map<string, Map<string, RawCell>>> {
  const pkg = await openPackage(bytes);
  const info = await readWorkbookInfo(pkg);
  const zip = pkg.zip;
  const ctx: { sharedStrings: string[]; dateStyles: Uint8Array; date1904: boolean } = { sharedStrings: [], dateStyles: new Uint8Array(0), date1904: info.date1904 };
  const sst = Object.keys(zip.files).find((n) => /sharedStrings\.xml$/i.test(n));
  if (sst) {
    const xml = await zip.file(sst)!.async('string');
    const { elements, stringItemText } = await import('../../src/xlsx/xml');
    ctx.sharedStrings = elements(xml, 'si').map((s) => stringItemText(s.inner));
  }
  const styles = Object.keys(zip.files).find((n) => /styles\.xml$/i.test(n));
  if (styles) ctx.dateStyles = dateStyleFlags(await zip.file(styles)!.async('string'));
  const out = new Map<string, Map<string, RawCell>>();
  for (const sheet of info.sheets) {
    if (!sheet.part) continue;
    const xml = await zip.file(pkg.entries.get(sheet.part.toLowerCase())!)!.async('string');
    const [cells] = await readAreaCells(
      (async function* () {
        yield xml;
      })(),
      [{ top: 0, left: 0, bottom: Infinity, right: Infinity }],
      ctx,
    );
    const { values, rowOffset } = areaValues(cells);
    const byAddress = new Map<string, RawCell>();
    values.forEach((row, r) => row.forEach((v, c) => v !== null && byAddress.set(a1(r + rowOffset, c), v)));
    out.set(sheet.name, byAddress);
  }
  return out;
}

interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  value: string;
  style: string;
}

function formulaCells(model: ReportModel, names: Map<string, string>): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const s of model.sheets) {
    s.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (cell.kind === 'formula') out.push({ sheet: names.get(s.key)!, address: a1(r, c), formula: cell.formula, value: cell.value, style: cell.style });
      }),
    );
  }
  return out;
}

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

/** Compares LibreOffice's value with the model's exact value: to the öre (percentages to 6 places). */
function sameFigure(lo: RawCell, exact: string, style: string): boolean {
  if (exact === '') return lo === null || lo === undefined || lo === '';
  if (typeof lo !== 'number') return false;
  const places = style === 'percent' ? 6 : 2;
  return new Decimal(lo).toFixed(places) === new Decimal(exact).toFixed(places);
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
    const read = await readWorkbookRanges(exampleBytes);
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
      const written = await writeReportToWorkbook(model, source);
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
      [`-env:UserInstallation=${recalcProfile(work)}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(work, 'out'), ...cases.map((c) => join(work, `${c.name}.xlsx`))],
      { stdio: 'pipe', timeout: 240_000 },
    );
    converted = new Map();
    for (const c of cases) converted.set(c.name, await allCells(readFileSync(join(work, 'out', `${c.name}.xlsx`))));

    // Another producer's file as input: LibreOffice's save of the reported example workbook.
    const saved = readFileSync(join(work, 'out', 'exempel.xlsx'));
    const rewritten = await writeReportToWorkbook(built.model, saved);
    writeFileSync(join(work, 'again.xlsx'), rewritten.bytes);
    mkdirSync(join(work, 'out2'));
    execFileSync(
      bin,
      [`-env:UserInstallation=${recalcProfile(work)}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(work, 'out2'), join(work, 'again.xlsx')],
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
