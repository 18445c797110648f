/**
 * `--pdf <file>`: the report as one PDF through LibreOffice. A report-only workbook — a cover
 * page (core `coverSheet`) and the report's sheets in report order, each with its print setup —
 * is written to a private temporary directory and converted there with
 * `soffice --headless --convert-to pdf` under a throw-away profile, so a LibreOffice the user
 * has open is not disturbed and the user's own workbook sheets never reach the PDF.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, ok, printedSheets, type ReportModel, type Result } from '../core';
import { writeReportToWorkbook } from '../xlsx/writeReport';

/** How long one conversion may take before it is stopped. */
export const PDF_TIMEOUT_MS = 180_000;

/** Where LibreOffice is usually installed, when `soffice` is not on the PATH. */
const COMMON_PLACES = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/snap/bin/libreoffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * LibreOffice's `soffice`: `FINSAM_SOFFICE` when set (only there), else the first on the PATH,
 * else a common place; undefined when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.FINSAM_SOFFICE;
  if (given !== undefined && given !== '') return isFile(given) ? given : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const n of names) if (isFile(join(dir, n))) return join(dir, n);
  }
  return COMMON_PLACES.find((p) => existsSync(p) && isFile(p));
}

/** The model's sheets behind a cover page, as a report-only workbook (without the Verifikationer appendix: core `printedSheets`). */
export async function printWorkbook(model: ReportModel): Promise<Uint8Array> {
  const printed: ReportModel = { ...model, sheets: printedSheets(model) };
  const written = await writeReportToWorkbook(printed);
  // Without the user's workbook only the writer's own check can fail: a bug, thrown.
  if (!written.ok) throw new Error(written.error.kind === 'publishCheck' ? `${written.error.part}: ${written.error.detail}` : written.error.kind);
  return written.value.bytes;
}

/**
 * The report as PDF bytes, converted by `soffice`; or why the conversion failed (LibreOffice's
 * exit, timeout or missing output, in its own words).
 */
export async function reportPdf(model: ReportModel, soffice: string, timeoutMs = PDF_TIMEOUT_MS): Promise<Result<Buffer, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'finsam-pdf-'));
  try {
    const xlsx = join(dir, 'rapport.xlsx');
    await writeFile(xlsx, await printWorkbook(model));
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const failure = await new Promise<string | undefined>((done) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, xlsx],
        { timeout: timeoutMs, killSignal: 'SIGKILL', windowsHide: true, maxBuffer: 4 * 1024 * 1024 },
        (error, _stdout, stderr) => {
          done(error ? (error.killed ? `timeout ${Math.round(timeoutMs / 1000)} s` : `${error.message} ${stderr.trim()}`.trim()) : undefined);
        },
      );
    });
    if (failure !== undefined) return fail(failure);
    const pdf = join(dir, 'rapport.pdf');
    if (!existsSync(pdf)) return fail('LibreOffice wrote no PDF');
    return ok(await readFile(pdf));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
