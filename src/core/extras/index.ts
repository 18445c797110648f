/**
 * Optional parts of the report that need ranges beyond the core statements (financing plan,
 * participant flows, projects). `buildExtras` is called by `buildReport` after the core
 * statements are built; it reads its own ranges from the workbook input and returns extra
 * sheets, checks, problems and JSON data. Nothing here may throw for bad input.
 */
import type { WorkbookInput, Problem } from '../input/types';
import type { ParsedWorkbook } from '../input/parsed';
import type { SheetModel, StatementData } from '../model/types';
import type { CheckRow } from '../checks/checks';
import type { LayoutInfo } from '../layout/common';
import type { ReportContext } from '../statements/context';
import type { Statement } from '../statements/types';

export interface ExtrasInput {
  input: WorkbookInput;
  parsed: ParsedWorkbook;
  ctx: ReportContext;
  info: LayoutInfo;
  income: Statement;
  /** Gives a unique report sheet name for a wanted name (call once per sheet). */
  sheetName: (wanted: string) => string;
}

export interface Extras {
  /** Sheets to add after the cost-centre sheets, before the checks sheet. */
  sheets: SheetModel[];
  checks: CheckRow[];
  problems: Problem[];
  statements: StatementData[];
}

export function buildExtras(x: ExtrasInput): Extras {
  void x;
  return { sheets: [], checks: [], problems: [], statements: [] };
}
