/**
 * SIE 4 on the command line (issue 4):
 *   finsam-rapport import-sie <fil.se> [--out <arbetsbok.xlsx>] [--lang sv|en]
 *     writes a workbook with the contract's ranges on their own sheets, named;
 *   finsam-rapport <fil.se> [--out …] …
 *     builds the report straight from the file (see main.ts: `isSieFile`).
 */
import { lstat, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import {
  type Lang,
  type RangeData,
  formatProblem,
  importSie,
  type SieImport,
  importSheetPlan,
  importCellFormat,
  type Problem,
  fail,
  ok,
  type Result,
} from '../core';
import type { ExampleSheet, ExampleWorkbook } from '../example/types';
import { a1 } from '../xlsx/refs';
import { langOf, readArgs } from './args';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE } from './exitCodes';
import { removeStaleTemps, writeAll, writeTarget } from './files';
import { cutLongTexts } from './limits';
import type { CliIO } from './main';
import { t, writeErrorText } from './texts';
import { visibleOneLine } from './visible';

/** A SIE file, by its name or by its first label. */
export function isSieFile(path: string, bytes: Uint8Array): boolean {
  if (/\.(se|si|sie)$/i.test(path)) return true;
  const head = Buffer.from(bytes.subarray(0, 64))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  return head.startsWith('#FLAGGA') || head.startsWith('#PROGRAM');
}

/**
 * The imported ranges as sheets for a workbook, from the core's import plan (the task pane
 * writes the same cells and formats): each range from A1 of its own sheet, with a workbook
 * name; amounts as numbers with a number format, dates as date cells (`yyyy-mm-dd`: the workbook
 * is new, written in the 1900 date system), text as text.
 */
export function sieSheets(ranges: readonly RangeData[]): ExampleWorkbook {
  const sheets: ExampleSheet[] = [];
  const names: ExampleWorkbook['names'] = [];
  for (const r of ranges) {
    const plan = importSheetPlan(r, 'date1900');
    // The column's format is every number's; a text cell in a column of numbers is text too.
    const cellFormats: NonNullable<ExampleSheet['cellFormats']> = [];
    plan.rows.forEach((row, i) => {
      row.forEach((cell, c) => {
        const format = importCellFormat(plan, cell, c);
        if (cell !== null && format !== plan.columnFormats[c]) cellFormats.push({ row: i, col: c, format });
      });
    });
    sheets.push({
      name: plan.sheet,
      rows: plan.rows,
      columnWidths: plan.columnWidths,
      columnFormats: plan.columnFormats,
      ...(cellFormats.length > 0 ? { cellFormats } : {}),
      boldRows: [0],
    });
    names.push({ name: plan.name, sheet: plan.sheet, ref: `A1:${a1(Math.max(0, plan.rows.length - 1), plan.columnCount - 1)}` });
  }
  return { sheets, names };
}

/** Imports a SIE file's bytes: the import, or its errors when it has any (nothing is built from it then). */
export function readSie(bytes: Uint8Array): Result<SieImport, Problem[]> {
  const imported = importSie(new Uint8Array(bytes));
  const errors = imported.problems.filter((p) => p.severity === 'error');
  return errors.length > 0 ? fail(errors) : ok(imported);
}

/** Prints a SIE file's errors. */
export function printSieErrors(errors: readonly Problem[], lang: Lang, io: CliIO): void {
  io.stderr.write(t('sieErrors', lang, { count: errors.length }) + '\n');
  for (const p of errors) io.stderr.write(`  ${visibleOneLine(formatProblem(p, lang))}\n`);
}

/** Lines that say which ranges came from the file, and the file's warnings. */
export function sieLines(imported: SieImport, lang: Lang): string[] {
  const warnings = imported.problems.filter((p) => p.severity === 'warning');
  const basis = imported.basis === 'periods' ? t('sieBasisPeriods', lang) : imported.basis === 'annual' ? t('sieBasisAnnual', lang) : '';
  return [
    `${t('sieFromFile', lang)}: ${imported.fromFile.join(', ')}${basis}`,
    ...(warnings.length ? [t('sieWarnings', lang, { count: warnings.length })] : []),
    ...warnings.map((p) => `  ${visibleOneLine(formatProblem(p, lang))}`),
  ];
}

const SIE_OPTIONS = {
  out: { type: 'string' },
  force: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `import-sie`: the file's ranges into a new workbook. Exit 0 done, 1 errors in the file or
 * when writing, 2 usage (also: the workbook exists and `--force` was not given).
 */
export async function importSieCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals, refused } = readArgs(argv, SIE_OPTIONS);
  const lang: Lang = langOf(values.lang) ?? 'sv';
  if (values.help === true) {
    io.stdout.write(t('sieUsage', lang) + '\n');
    return EXIT_OK;
  }
  if (refused) return usage(io, lang, refused.error.option ?? '');
  if (typeof values.lang === 'string' && langOf(values.lang) === undefined) return usage(io, lang, `--lang ${values.lang}`);
  if (positionals.length > 1) return usage(io, lang, positionals[1]);
  const input = positionals[0];
  const out = typeof values.out === 'string' ? values.out : undefined;
  const force = values.force === true;
  if (input === undefined || out === '') return usage(io, lang, input === undefined ? '' : '--out');
  const cwd = io.cwd ?? process.cwd();
  const path = resolve(cwd, input);
  if (!(await stat(path).catch(() => undefined))?.isFile()) return usage(io, lang, input);
  const target = out !== undefined ? resolve(cwd, out) : join(dirname(path), `${basename(path, extname(path))}.xlsx`);
  if ((await writeTarget(target)) === (await writeTarget(path))) return usage(io, lang, '--out');
  // Never replace a workbook the user already has without being told to (checked again,
  // without a gap, when the file is put in place).
  if (
    !force &&
    (await lstat(target).then(
      () => true,
      () => false,
    ))
  ) {
    io.stderr.write(`finsam-rapport import-sie: ${visibleOneLine(writeErrorText({ kind: 'refused', reason: 'exists', file: target }, lang))}\n`);
    return EXIT_USAGE;
  }
  const removed = await removeStaleTemps(await writeTarget(target));
  if (removed.length > 0) io.stderr.write(`${t('note', lang)}: ${visibleOneLine(t('staleRemoved', lang, removed, dirname(target)))}\n`);
  const read = readSie(await readFile(path));
  if (!read.ok) {
    printSieErrors(read.error, lang, io);
    return EXIT_INPUT;
  }
  const imported = read.value;
  const cut = cutLongTexts(imported.ranges);
  const sheets = sieSheets(cut.ranges);
  // ExcelJS is loaded only by the runs that write an import workbook (start-up of the others).
  const { writeSheetsXlsx } = await import('../xlsx/writeSheets');
  const wrote = await writeAll([{ target, fill: (temp) => writeSheetsXlsx(sheets, temp) }], { noClobber: !force });
  if (!wrote.ok) {
    io.stderr.write(visibleOneLine(writeErrorText(wrote.error, lang)) + '\n');
    return wrote.error.kind === 'refused' && wrote.error.reason === 'exists' ? EXIT_USAGE : EXIT_INPUT;
  }
  for (const line of sieLines(imported, lang)) io.stdout.write(visibleOneLine(line) + '\n');
  if (cut.warnings.length > 0) {
    io.stdout.write(t('warningsHeader', lang, cut.warnings.length) + '\n');
    for (const w of cut.warnings) io.stdout.write(`  ${visibleOneLine(w.text(lang))}\n`);
  }
  if (/\.xlsm$/i.test(target)) io.stdout.write(`${t('note', lang)}: ${visibleOneLine(t('xlsmWithoutMacros', lang, basename(target)))}\n`);
  io.stdout.write(visibleOneLine(`${t('wrote', lang)}: ${target}`) + '\n');
  return EXIT_OK;
}

function usage(io: CliIO, lang: Lang, what: string): number {
  io.stderr.write(`finsam-rapport import-sie: ${t('sieBadArgument', lang)} ${what}\n${t('sieUsage', lang)}\n`);
  return EXIT_USAGE;
}
