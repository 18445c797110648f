/**
 * `finsam-rapport … --pdf`: the example's report through LibreOffice to one PDF, read back with
 * pdftotext. A cover page first; then every report sheet in report order, each page with its
 * footer (organisation · report and period) and "Sida N av M" numbered through the document;
 * no table cut: a page that continues a sheet starts with the sheet's repeated heading rows, and
 * each note's heading is on the page of its whole table.
 *
 * This test always runs: it fails when soffice or pdftotext is missing (CI installs
 * libreoffice-calc and poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { buildReport, printedSheets, type ReportModel, type SheetModel } from '../../src/core';
import { readRanges } from '../helpers/xlsx';
import { soffice } from '../helpers/libreoffice';

const REPO = join(__dirname, '..', '..');

function pdftotext(): string {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
    return 'pdftotext';
  } catch {
    throw new Error('pdftotext is not installed; this test must run — install poppler-utils (.ci/run does).');
  }
}

/** The first non-empty text of a row. */
function firstText(sheet: SheetModel, row: number): string {
  const cell = sheet.rows[row - 1].cells.find((c) => c.kind === 'text' && c.text.trim() !== '');
  return cell && cell.kind === 'text' ? cell.text : '';
}

describe('the report as one PDF through LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'finsam-pdf-test-'));
  let model: ReportModel;
  let pages: string[];
  let code: number;
  let stderr = '';
  /** For each page after the cover, the index of the model sheet whose footer it carries. */
  let sheetOfPage: number[];
  /** Every sheet of the workbook's report, Verifikationer included. */
  let whole: string[];
  let appendixFooters: string[];

  beforeAll(async () => {
    const bin = soffice();
    const text = pdftotext();
    const input = join(work, 'exempel.xlsx');
    copyFileSync(join(REPO, 'examples', 'exempelforbundet.xlsx'), input);
    const read = await readRanges(readFileSync(input));
    const full = buildReport({ ranges: read.ranges }).model!;
    whole = full.sheets.map((s) => s.key);
    appendixFooters = full.sheets.filter((s) => s.key.startsWith('transactions')).map((s) => s.print?.footer ?? '');
    // The PDF's sheets: the report without the Verifikationer appendix (core printedSheets), behind the cover.
    model = { ...full, sheets: printedSheets(full).slice(1) };
    const io: CliIO = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, isTTY: false };
    const before = process.env.FINSAM_SOFFICE;
    process.env.FINSAM_SOFFICE = bin;
    try {
      code = await main([input, '--out', join(work, 'rapport.xlsx'), '--pdf', join(work, 'rapport.pdf')], io);
    } finally {
      if (before === undefined) delete process.env.FINSAM_SOFFICE;
      else process.env.FINSAM_SOFFICE = before;
    }
    const out = existsSync(join(work, 'rapport.pdf')) ? execFileSync(text, ['-layout', join(work, 'rapport.pdf'), '-'], { encoding: 'utf8' }) : '';
    pages = out.split('\f');
    if (pages[pages.length - 1].trim() === '') pages.pop();
    // The longest footer a page holds names its sheet (a title may begin like another's).
    sheetOfPage = pages.slice(1).map((p) => {
      let best = -1;
      model.sheets.forEach((s, i) => {
        const f = s.print?.footer ?? '';
        if (f !== '' && p.includes(f) && (best < 0 || f.length > (model.sheets[best].print?.footer ?? '').length)) best = i;
      });
      return best;
    });
  }, 240_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  test('the CLI writes the PDF and says so', () => {
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  test('the Verifikationer sheets stay in the workbook and out of the PDF', () => {
    expect(whole).toEqual(expect.arrayContaining(['transactions', 'transactionsCc']));
    expect(model.sheets.map((s) => s.key)).not.toContain('transactions');
    expect(appendixFooters).toHaveLength(2);
    expect(pages.filter((p) => appendixFooters.some((f) => f !== '' && p.includes(f)))).toEqual([]);
  });

  test('more pages than sheets: a cover and at least a page per report sheet', () => {
    expect(model.sheets.length).toBeGreaterThan(10);
    expect(pages.length).toBeGreaterThan(model.sheets.length);
  });

  test('the cover names the organisation, the report, the period and the date, and has no page number', () => {
    const cover = pages[0];
    expect(cover).toContain(model.summary.organisation);
    expect(cover).toContain('Delårsrapport');
    expect(cover).toContain(`Period: ${model.summary.periodLabel}`);
    expect(cover).toMatch(/Datum: \d{4}-\d{2}-\d{2}/);
    expect(cover).not.toContain('Sida');
  });

  test('every other page says "Sida N av M" with its own number and the document’s page count', () => {
    const m = pages.length;
    pages.slice(1).forEach((p, i) => {
      expect(p).toContain(`Sida ${i + 2} av ${m}`);
      expect((p.match(/Sida \d+ av \d+/g) ?? []).length).toBe(1);
    });
  });

  test('the report sheets in report order, each behind its footer', () => {
    expect(sheetOfPage.every((s) => s >= 0)).toBe(true);
    // Non-decreasing, and every sheet has a page.
    expect([...sheetOfPage].sort((a, b) => a - b)).toEqual(sheetOfPage);
    expect(new Set(sheetOfPage).size).toBe(model.sheets.length);
  });

  test('a page that continues a sheet starts with its repeated heading rows', () => {
    let continued = 0;
    sheetOfPage.forEach((s, i) => {
      if (i === 0 || sheetOfPage[i - 1] !== s) return;
      const sheet = model.sheets[s];
      const titles = sheet.print!.titleRows!;
      const lines = pages[i + 1].split('\n').filter((l) => l.trim() !== '');
      if ((sheet.charts ?? []).length > 0) {
        // A chart on the page is a drawing object: pdftotext puts its texts (title, axis labels)
        // before the cells although the repeated rows print above it. The heading row is there.
        expect(lines.some((l) => l.trimStart().startsWith(firstText(sheet, titles.first)))).toBe(true);
      } else expect(lines[0]).toContain(firstText(sheet, titles.first));
      continued++;
    });
    // The notes and several cost centres need more than a page.
    expect(continued).toBeGreaterThan(2);
  });

  test('each note’s heading is on the page of its whole table', () => {
    const notesIndex = model.sheets.findIndex((s) => s.key === 'notes');
    const notes = model.sheets[notesIndex];
    const notePages = pages.filter((_, i) => i > 0 && sheetOfPage[i - 1] === notesIndex);
    expect(notePages.length).toBeGreaterThan(1);
    let checked = 0;
    notes.rows.forEach((row, r) => {
      if (row.role !== 'section') return;
      const heading = firstText(notes, r + 1);
      const page = notePages.find((p) => p.includes(heading));
      expect(page).toBeDefined();
      // Every row of the table to its sum (the row before the blank) is on that page.
      for (let k = r + 2; k < notes.rows.length && notes.rows[k].role !== 'blank'; k++) {
        const cells = notes.rows[k].cells.filter((c) => c.kind === 'text').map((c) => (c.kind === 'text' ? c.text : ''));
        for (const t of cells) expect(page).toContain(t);
      }
      checked++;
    });
    expect(checked).toBeGreaterThan(3);
  });
});
