/**
 * Writing the report model into a workbook: into a copy of the user's workbook when it can be
 * edited as a package (always, for anything Excel or LibreOffice saves), else into a new
 * workbook that holds only the report — and the caller is told which, and why.
 */
import { fail, ok, type ReportModel, type Result } from '../core';
import { detectFeatures, type WorkbookFeature } from './features';
import { openPackage, WorkbookFormatError } from './package';
import { CONTENT_TYPES, PKG_RELS, REL_ATTR, SML } from './dom';
import { workbookFailureOf, type WorkbookReadFailure } from './readWorkbook';
import type { RenderedSheet } from './sheetXml';
import { BASE_STYLES } from './styleBook';
import { SpliceError, type SpliceProblem } from './splice/errors';
import { spliceReport } from './splice/splice';
import { PublishCheckError, verifyPackage } from './verify';
import { readCentralDirectory, writeZip } from './zipEntry';

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
 * Why no workbook came out: a part of the user's workbook the copy needs is damaged (as when
 * reading), or the finished package failed its check (`publishCheck`: the part that would make
 * the file unreadable, and nothing may then be written).
 */
export type WorkbookWriteFailure = WorkbookReadFailure | { kind: 'publishCheck'; part: string; detail: string };

/**
 * Writes `model` into a copy of the workbook `source` (its bytes), or into a report-only
 * workbook when there is no source or it cannot be edited. Never modifies `source`. The
 * package is checked before it is returned (verify.ts). The result is the workbook, or why
 * there is none (the core's one failure shape): the splice, the reader and the check throw
 * their error classes from deep inside and they are caught here, at the module's entry.
 */
export async function writeReportToWorkbook(model: ReportModel, source?: Uint8Array): Promise<Result<ReportWorkbook, WorkbookWriteFailure>> {
  try {
    return ok(await writeWorkbook(model, source));
  } catch (e) {
    if (e instanceof PublishCheckError) return fail({ kind: 'publishCheck', part: e.part, detail: e.detail });
    const failure = workbookFailureOf(e);
    if (failure === undefined) throw e;
    return fail(failure);
  }
}

async function writeWorkbook(model: ReportModel, source?: Uint8Array): Promise<ReportWorkbook> {
  let reason: SpliceProblem = 'noWorkbook';
  let features: WorkbookFeature[] = [];
  if (source !== undefined) {
    try {
      const pkg = await openPackage(source);
      features = detectFeatures(pkg);
      const spliced = await spliceReport(pkg, model);
      await verifyPackage(spliced.bytes, spliced.writtenParts, spliced.early);
      return { bytes: spliced.bytes, mode: 'merged', sheets: spliced.sheets, removedSheets: spliced.removedSheets, features };
    } catch (e) {
      if (e instanceof SpliceError) reason = e.problem;
      // A part that cannot be read is a damaged file, not a reason to write a workbook of its own.
      else if (e instanceof WorkbookFormatError && e.problem !== 'damaged' && e.problem !== 'tooLarge')
        reason = e.problem === 'strict' ? 'strict' : 'noWorkbook';
      else throw e;
    }
  }
  // A workbook of its own: the report spliced into an empty package, the one way of writing.
  const spliced = await spliceReport(await openPackage(emptyWorkbook()), model);
  await verifyPackage(
    spliced.bytes,
    readCentralDirectory(spliced.bytes)
      .map((e) => e.name)
      .filter((n) => !n.endsWith('/')),
    spliced.early,
  );
  return { bytes: spliced.bytes, mode: 'reportOnly', reason, sheets: spliced.sheets, removedSheets: [], features };
}

/** A package with a workbook part, its relationships and a style sheet, and no sheets yet. */
function emptyWorkbook(): Uint8Array {
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const parts = new Map<string, string>([
    [
      '[Content_Types].xml',
      `${decl}<Types xmlns="${CONTENT_TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `${decl}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL_ATTR}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${decl}<workbook xmlns="${SML}" xmlns:r="${REL_ATTR}"><bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${decl}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL_ATTR}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', decl + BASE_STYLES],
  ]);
  return writeZip(new Uint8Array(0), [], parts);
}
