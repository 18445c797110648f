/**
 * `finsam-rapport`: read the workbook's ranges → build the report → write the copy (and the
 * JSON) → print the summary. The contract is /docs cli.md: exit 0 when done, 1 on input
 * errors (nothing written), 2 on usage errors. The input file is never modified unless
 * `--in-place` is given, and then only by renaming a completely written file over it.
 */
import { readFileSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import {
  buildReport,
  importedFile,
  isReportRangeName,
  reportJson,
  type Lang,
  type Problem,
  formatProblem,
  type SieImport,
  fail,
  ok,
  type Result,
} from '../core';
import { warmChecker } from '../xlsx/parallelCheck';
import { readWorkbookRanges, type WorkbookRead } from '../xlsx/readWorkbook';
import { writeReportToWorkbook, type WorkbookWriteFailure } from '../xlsx/writeReport';
import { parseArgs, type CliOptions, type UsageError } from './args';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE } from './exitCodes';
import { linkCount, readInput, removeStaleTemps, writeAll, writeTarget } from './files';
import { cutLongReportTexts, cutLongTexts } from './limits';
import { visibleOneLine, visibleWriter } from './visible';
import { importSieCommand, isSieFile, printSieErrors, readSie, sieLines } from './sie';
import { summaryLines } from './summary';
import { findSoffice, reportPdf } from './pdf';
import { featuresText, formatProblemText, scopedNameText, skippedText, spliceProblemText, t, usageErrorText, writeErrorText } from './texts';

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Whether stderr is a terminal: progress is shown only then. */
  isTTY: boolean;
  /** Directory relative paths are resolved against (default: the process's). */
  cwd?: string;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], rawIo: CliIO): Promise<number> {
  // Everything printed may hold text from the user's files: control characters made visible.
  const io: CliIO = { ...rawIo, stdout: visibleWriter(rawIo.stdout), stderr: visibleWriter(rawIo.stderr) };
  // One line each: a line break inside a name or value is made visible too.
  const out = (line = '') => io.stdout.write(visibleOneLine(line) + '\n');
  const err = (line = '') => io.stderr.write(visibleOneLine(line) + '\n');
  if (argv[0] === 'import-sie') return importSieCommand(argv.slice(1), io);
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(t('usage', parsed.lang) + '\n');
    return EXIT_OK;
  }
  if (parsed.kind === 'version') {
    out(version());
    return EXIT_OK;
  }
  if (parsed.kind === 'usageError') return usageError(parsed.error, parsed.lang, io);

  const options = parsed.options;
  const lang: Lang = options.lang ?? 'sv';
  const resolved = await resolvePaths(options, io.cwd ?? process.cwd());
  if (!resolved.ok) return usageError(resolved.error, lang, io);
  const paths = resolved.value;
  // Without LibreOffice there is no PDF: said before anything is read or written.
  const soffice = paths.pdf !== undefined ? findSoffice() : undefined;
  if (paths.pdf !== undefined && soffice === undefined) {
    err(t('pdfNoLibreOffice', lang, paths.pdf));
    return EXIT_INPUT;
  }
  // Temporary files a killed or crashed run left beside the targets.
  for (const target of [paths.out, paths.json, paths.pdf]) {
    if (target === undefined) continue;
    const removed = await removeStaleTemps(await writeTarget(target));
    if (removed.length > 0) err(`${t('note', lang)}: ${t('staleRemoved', lang, removed, dirname(target))}`);
  }
  const progress = (line: string) => {
    if (io.isTTY) err(line);
  };

  // The check before publishing runs on two cores: its worker loads while the workbook is read.
  warmChecker();
  try {
    progress(t('reading', lang, paths.input));
    const input = await readInput(paths.input);
    if (!input.ok) {
      err(t('readFailed', lang, paths.input, input.error));
      return EXIT_INPUT;
    }
    const bytes = input.value;
    let read: WorkbookRead;
    let sie: SieImport | undefined;
    if (isSieFile(paths.input, bytes)) {
      // A SIE 4 file: the report is built from its ranges and written to a new workbook.
      if (options.inPlace) return usageError({ code: 'inPlaceSie', value: options.input }, lang, io);
      const imported = readSie(bytes);
      if (!imported.ok) {
        printSieErrors(imported.error, lang, io);
        return EXIT_INPUT;
      }
      sie = imported.value;
      read = { ranges: sie.ranges, skipped: [], features: [], sheetNames: [] };
    } else {
      const opened = await readWorkbookRanges(bytes, { wanted: isReportRangeName });
      if (!opened.ok) {
        err(workbookFailureText(opened.error, paths, lang));
        return EXIT_INPUT;
      }
      read = opened.value;
    }
    for (const s of read.skipped) err(`${t('note', lang)}: ${skippedText(s, lang)}`);
    for (const s of read.sheetScoped ?? []) err(`${t('note', lang)}: ${scopedNameText(s, lang)}`);

    progress(t('computing', lang));
    // Texts longer than an Excel cell holds (a SIE file can carry any length) are cut.
    const cut = cutLongTexts(read.ranges);
    read = { ...read, ranges: cut.ranges };
    const { model, problems } = buildReport({
      ranges: read.ranges,
      overrides: { year: options.year, period: options.period, lang: options.lang, transactionRows: options.transactionRows },
      ...(sie ? { imported: importedFile(sie, basename(paths.input)) } : {}),
    });
    const errors = problems.filter((p) => p.severity === 'error');
    if (model === undefined || errors.length > 0) {
      err(t('errorsHeader', lang, errors.length));
      for (const p of errors) err(`  ${problemText(p, lang)}`);
      return EXIT_INPUT;
    }

    const L = model.lang;
    const cutInReport = cutLongReportTexts(model);
    // The cuts are warnings of the run like the model's own (the summary and the JSON count them).
    model.summary.warnings += cut.warnings.length + cutInReport.length;
    const writing = await writeReportToWorkbook(model, sie ? undefined : bytes);
    if (!writing.ok) {
      // A part of the user's workbook the copy needs (styles, relationships) is damaged, or
      // the finished package failed its check.
      err(workbookFailureText(writing.error, paths, L));
      return EXIT_INPUT;
    }
    const written = writing.value;
    if (written.mode === 'reportOnly' && options.inPlace) {
      err(t('inPlaceRefused', L, spliceProblemText(written.reason ?? 'noWorkbook', L)));
      return EXIT_INPUT;
    }
    const macros = written.mode === 'merged' && written.features.includes('macros');
    const notes: string[] = [];
    if (macros && !/\.xlsm$/i.test(paths.out)) {
      // Excel refuses to open a macro workbook whose name ends in .xlsx. A name the tool
      // chose itself becomes .xlsm; a name the user gave is theirs to change.
      if (options.out !== undefined || options.inPlace) return usageError({ code: 'macrosNeedXlsm', value: paths.out }, L, io);
      const xlsm = paths.out.slice(0, paths.out.length - extname(paths.out).length) + '.xlsm';
      if (paths.json !== undefined && (await realpath(paths.json).catch(() => paths.json)) === (await realpath(xlsm).catch(() => xlsm))) {
        return usageError({ code: 'jsonIsInput', value: options.json }, L, io);
      }
      notes.push(t('choseXlsm', L, basename(xlsm)));
      paths.out = xlsm;
    }
    if (!macros && /\.xlsm$/i.test(paths.out)) notes.push(`${t('note', L)}: ${t('xlsmWithoutMacros', L, basename(paths.out))}`);
    // Everything printed after writing is prepared before it, so a run that wrote its files
    // cannot end in an error that says nothing was written.
    const lines = summaryLines(model, sie ? [] : read.ranges);
    const replaced = written.removedSheets.length > 0 ? ` (${t('replaced', L, written.removedSheets.length)})` : '';
    lines.push(`${t('sheets', L)}: ${written.sheets.map((s) => s.name).join(', ')}${replaced}`);
    lines.push(`${t('wrote', L)}: ${paths.out}`);
    if (paths.json !== undefined) lines.push(`${t('wrote', L)}: ${paths.json}`);
    if (paths.pdf !== undefined) lines.push(`${t('wrote', L)}: ${paths.pdf}`);
    if (sie) lines.push(...sieLines(sie, L));
    else if (written.mode === 'reportOnly') lines.push(t('reportOnly', L, spliceProblemText(written.reason ?? 'noWorkbook', L)));
    else if (written.features.length > 0) lines.push(t('kept', L, featuresText(written.features, L)));
    lines.push(...notes);
    const warnings = [...cut.warnings, ...cutInReport]
      .map((w) => w.text(L))
      .concat(problems.filter((p) => p.severity === 'warning').map((p) => problemText(p, L)));
    if (warnings.length > 0) {
      lines.push(t('warningsHeader', L, warnings.length));
      for (const w of warnings) lines.push(`  ${w}`);
    }
    const files: { target: string; data: Uint8Array | string }[] = [{ target: paths.out, data: written.bytes }];
    if (paths.json !== undefined) files.push({ target: paths.json, data: JSON.stringify(reportJson(model), null, 2) + '\n' });
    if (paths.pdf !== undefined && soffice !== undefined) {
      // Made before anything is written: a failed conversion leaves every file as it was.
      progress(t('makingPdf', L, paths.pdf));
      const pdf = await reportPdf(model, soffice);
      if (!pdf.ok) {
        err(t('pdfFailed', L, paths.pdf, pdf.error));
        return EXIT_INPUT;
      }
      files.push({ target: paths.pdf, data: pdf.value });
    }

    progress(t('writing', L, paths.out));
    const wrote = await writeAll(files);
    if (!wrote.ok) {
      err(writeErrorText(wrote.error, L));
      return EXIT_INPUT;
    }
    for (const line of lines) out(line);
    return EXIT_OK;
  } catch (e) {
    err(t('internal', lang, (e as Error).message ?? String(e)));
    if (process.env.FINSAM_DEBUG) err(String((e as Error).stack));
    return EXIT_INPUT;
  }
}

function usageError(error: UsageError, lang: Lang, io: CliIO): number {
  io.stderr.write(`finsam-rapport: ${visibleOneLine(usageErrorText(error, lang))}\n\n${t('usage', lang)}\n`);
  return EXIT_USAGE;
}

/** Why a workbook could not be read or written, as the terminal shows it. */
function workbookFailureText(f: WorkbookWriteFailure, paths: Paths, lang: Lang): string {
  switch (f.kind) {
    case 'format':
      return formatProblemText(f.problem, paths.input, lang, f.part);
    case 'damagedPart':
      return t('damagedPart', lang, paths.input, f.part, f.message);
    case 'publishCheck':
      return t('publishCheckFailed', lang, paths.out, f.part, f.detail);
  }
}

/** A problem as the terminal shows it (its code is a catalogue key: the types say so). */
function problemText(p: Problem, lang: Lang): string {
  return formatProblem(p, lang);
}

interface Paths {
  input: string;
  out: string;
  json?: string;
  pdf?: string;
}

/** The input (must exist), the output (default `<name>-rapport.xlsx` beside it) and the JSON path. */
async function resolvePaths(o: CliOptions, cwd: string): Promise<Result<Paths, UsageError>> {
  const input = resolve(cwd, o.input);
  const info = await stat(input).catch(() => undefined);
  if (info === undefined) return fail({ code: 'inputMissing', value: o.input });
  if (!info.isFile()) return fail({ code: 'inputNotAFile', value: o.input });
  const ext = extname(input);
  const keepExt = /^\.xls[xm]$/i.test(ext) ? ext : '.xlsx';
  const out = o.inPlace ? input : o.out !== undefined ? resolve(cwd, o.out) : join(dirname(input), `${basename(input, ext)}-rapport${keepExt}`);
  const real = async (p: string) => realpath(p).catch(() => p);
  const realInput = await real(input);
  // Renaming a new file over one name of a hard-linked file would leave its other names
  // with the old workbook: refused rather than half done.
  if (o.inPlace && (await linkCount(realInput)) > 1) return fail({ code: 'inPlaceHardLinked', value: o.input });
  if (!o.inPlace && (await real(out)) === realInput) return fail({ code: 'outIsInput', value: o.out ?? out });
  const json = o.json !== undefined ? resolve(cwd, o.json) : undefined;
  if (json !== undefined) {
    const realJson = await real(json);
    if (realJson === realInput || realJson === (await real(out))) return fail({ code: 'jsonIsInput', value: o.json });
  }
  const pdf = o.pdf !== undefined ? resolve(cwd, o.pdf) : undefined;
  if (pdf !== undefined) {
    const realPdf = await real(pdf);
    const taken = [realInput, await real(out), ...(json !== undefined ? [await real(json)] : [])];
    if (taken.includes(realPdf)) return fail({ code: 'pdfIsInput', value: o.pdf });
  }
  return ok({ input, out, json, pdf });
}

/** The package version, read at run time (the same file for src/ under jest and build/ under node). */
export function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
