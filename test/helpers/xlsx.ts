/**
 * The xlsx reader and writer for tests that read and write workbooks they made themselves:
 * there a failure is a bug, so it is thrown with what it was. Tests of the failures call
 * `readWorkbookRanges` / `writeReportToWorkbook` and look at the `Result`.
 */
import type { ReportModel } from '../../src/core';
import { readWorkbookRanges, type ReadOptions, type WorkbookRead } from '../../src/xlsx/readWorkbook';
import { writeReportToWorkbook, type ReportWorkbook } from '../../src/xlsx/writeReport';

export async function readRanges(source: string | Uint8Array, options?: ReadOptions): Promise<WorkbookRead> {
  const read = await readWorkbookRanges(source, options);
  if (!read.ok) throw new Error(`readWorkbookRanges failed: ${JSON.stringify(read.error)}`);
  return read.value;
}

export async function writeReport(model: ReportModel, source?: Uint8Array): Promise<ReportWorkbook> {
  const written = await writeReportToWorkbook(model, source);
  if (!written.ok) throw new Error(`writeReportToWorkbook failed: ${JSON.stringify(written.error)}`);
  return written.value;
}
