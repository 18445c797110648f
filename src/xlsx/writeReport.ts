/**
 * Writing the report model into a workbook: into a copy of the user's workbook when it can be
 * edited as a package (always, for anything Excel or LibreOffice saves), else into a new
 * workbook that holds only the report — and the caller is told which, and why.
 */
import type { ReportModel } from '../core/model/types';
import { detectFeatures, type WorkbookFeature } from './features';
import { openPackage, WorkbookFormatError } from './package';
import { renderReport, type RenderedSheet } from './renderReport';
import { SpliceError, type SpliceProblem } from './splice/errors';
import { spliceReport } from './splice/splice';
import { verifyPackage } from './verify';
import { readCentralDirectory } from './zipEntry';

export type WriteMode =
  /** The user's workbook with the report sheets added (earlier report sheets replaced). */
  | 'merged'
  /** A new workbook with only the report sheets. */
  | 'reportOnly';

export interface ReportWorkbook {
  /** The finished .xlsx file. */
  bytes: Buffer;
  mode: WriteMode;
  /** Why the report could not go into the user's workbook (mode `reportOnly`). */
  reason?: SpliceProblem;
  /** The report sheets with their final names. */
  sheets: RenderedSheet[];
  /** Earlier report sheets that were replaced. */
  removedSheets: string[];
  /** Charts, pivot tables … of the user's workbook (kept in mode `merged`). */
  features: WorkbookFeature[];
}

/**
 * Writes `model` into a copy of the workbook `source` (its bytes), or into a report-only
 * workbook when there is no source or it cannot be edited. Never modifies `source`. The
 * package is checked before it is returned (verify.ts): a `PublishCheckError` names the part
 * that would make the file unreadable, and nothing may then be written.
 */
export async function writeReportToWorkbook(model: ReportModel, source?: Uint8Array): Promise<ReportWorkbook> {
  let reason: SpliceProblem = 'noWorkbook';
  let features: WorkbookFeature[] = [];
  if (source !== undefined) {
    try {
      const pkg = await openPackage(source);
      features = detectFeatures(pkg);
      const spliced = await spliceReport(pkg, model);
      await verifyPackage(spliced.bytes, spliced.writtenParts);
      return { bytes: spliced.bytes, mode: 'merged', sheets: spliced.sheets, removedSheets: spliced.removedSheets, features };
    } catch (e) {
      if (e instanceof SpliceError) reason = e.problem;
      else if (e instanceof WorkbookFormatError) reason = e.problem === 'strict' ? 'strict' : 'noWorkbook';
      else throw e;
    }
  }
  const rendered = renderReport(model, { markers: true });
  const bytes = Buffer.from(await rendered.workbook.xlsx.writeBuffer());
  await verifyPackage(
    bytes,
    readCentralDirectory(bytes)
      .map((e) => e.name)
      .filter((n) => !n.endsWith('/')),
  );
  return { bytes, mode: 'reportOnly', reason, sheets: rendered.sheets, removedSheets: [], features };
}
