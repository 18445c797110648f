/** What the extras get from the report and what they give back (see `buildExtras`). */
import type { CheckRow } from '../checks/checks';
import type { ParsedWorkbook } from '../input/parsed';
import type { Problem, WorkbookInput } from '../input/types';
import type { LayoutInfo } from '../layout/common';
import type { PlacedStatement } from '../layout/statementSheet';
import type { SheetModel, StatementData } from '../model/types';
import type { ReportContext } from '../statements/context';
import type { Statement } from '../statements/types';

export interface ExtrasInput {
  input: WorkbookInput;
  parsed: ParsedWorkbook;
  ctx: ReportContext;
  info: LayoutInfo;
  income: Statement;
  /** Where the income statement's rows and columns sit (for checks over its cells). */
  placedIncome?: PlacedStatement;
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

/** An empty result to add to. */
export const noExtras = (): Extras => ({ sheets: [], checks: [], problems: [], statements: [] });
