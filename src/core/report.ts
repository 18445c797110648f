/**
 * The one entry point of the core: a workbook's ranges in, the report model (or the input
 * problems that stop it) out.
 */
import type { Problem, WorkbookInput } from './input/types';
import type { ReportModel } from './model/types';

export interface BuildResult {
  /** The report; undefined when `problems` holds at least one error. */
  model?: ReportModel;
  /** Every error and warning, in input order. Nothing may be written while errors remain. */
  problems: Problem[];
}

/** Builds the whole report from a workbook's ranges. Never throws for bad input. */
export function buildReport(input: WorkbookInput): BuildResult {
  void input;
  throw new Error('buildReport: not implemented yet');
}

/** The `--json` document: every statement, line and column with exact decimal strings. */
export function reportJson(model: ReportModel): unknown {
  return {
    generatedAt: model.generatedAt,
    lang: model.lang,
    summary: model.summary,
    statements: model.statements,
    checks: model.checks,
    problems: model.problems,
  };
}
