/**
 * The task pane's actions: the imperative shell around the core. Each user action is one
 * `Excel.run`: find the contract's ranges, read them, let the core check and calculate, and
 * write the report model. Components receive these actions as props and never see Office.js.
 */
import {
  parseWorkbook,
  type Lang,
  type Problem,
  type RangeData,
  type WorkbookInput,
  type ReportModel,
  type RunSummary,
  buildReportFromParsed,
  type ParsedWorkbook,
  importedFile,
  type ImportedFile,
  type BuildResult,
  importSie,
  type SieReconciliation,
  reconciliationDifference,
  type DecimalText,
  type DrillTarget,
  importDatesFor,
} from '../core';
import { CONTRACT_RANGES, contractRangeOf, isInputName } from './contractRanges';
import type { Need } from './contractRanges';
import { AddinError } from './excel/addinError';
import { date1904FromCells } from './excel/dateSystem';
import { detectDate1904, findRanges } from './excel/findRanges';
import { insertExample } from './excel/insertExample';
import type { ExampleWorkbook } from './excel/insertExample';
import { readRanges } from './excel/readRanges';
import { selectCell } from './excel/selectCell';
import type { ExcelRun, FindResult, FoundRange, HostFeatures, RangeIssue } from './excel/types';
import { writeReport } from './excel/writeReport';
import { writeImport } from './excel/writeImport';
import type { ImportedRange, ImportWriteResult } from './excel/writeImport';

/** One contract range as the pane lists it. */
export interface RangeStatus {
  key: string;
  need: Need;
  found?: FoundRange;
  /** Data rows (the range's rows below the header row). */
  dataRows?: number;
  issue?: RangeIssue;
}

export interface CheckResult {
  problems: Problem[];
  /** The dry run's summary when the input has no errors. */
  summary?: RunSummary;
  /** Year, month and language the report gets when the user changes nothing. */
  defaults: { year?: number; period?: number; lang?: Lang };
}

export type Progress =
  | { step: 'reading'; rowsRead: number; totalRows: number }
  | { step: 'checking' }
  | { step: 'calculating' }
  | { step: 'writing'; sheet: number; sheets: number; name: string }
  | { step: 'parsingFile'; name: string };

export interface RunSettings {
  year?: number;
  period?: number;
  lang?: Lang;
}

export interface CreateResult {
  /** True when the report was written. */
  written: boolean;
  summary?: RunSummary;
  problems: Problem[];
  /** Final names of the written sheets. */
  sheets: string[];
  /** Report sheets of the previous run that were replaced. */
  replaced: string[];
  /** Whether the sheets got their print setup (absent: nothing to set up, or not written). */
  printSetup?: 'set' | 'unsupported' | 'failed';
  /** The report's lines and where their ledger rows are (final sheet name, A1 range); a click selects them. */
  drill?: DrillLine[];
}

/** A report line and its ledger rows on the Verifikationer sheet, as written. */
export interface DrillLine {
  /** Key of the report sheet the line is on (`income`, `balance`, `costCentres`). */
  from: string;
  label: string;
  /** The line's figure, presentation sign, exact decimal string. */
  value: DrillTarget['value'];
  sheet: string;
  range: string;
}

/** The model's drill targets with the written sheets' final names. */
export function drillLines(model: ReportModel, written: { key: string; name: string }[]): DrillLine[] {
  const nameOf = new Map(written.map((s) => [s.key, s.name]));
  return (model.drill ?? []).flatMap((d) => {
    const sheet = nameOf.get(d.sheet);
    return sheet === undefined ? [] : [{ from: d.from, label: d.label, value: d.value, sheet, range: d.range }];
  });
}

/** A SIE file as the pane read it from the file picker. */
export interface SieFileInput {
  name: string;
  bytes: Uint8Array;
}

/** An account whose vouchers do not give the balance or result the file states. */
export interface ReconciliationRow extends SieReconciliation {
  /** actual − expected, exact decimal text (`-100.00`); empty when either cannot be read. */
  difference: DecimalText | '';
}

export interface ImportResult {
  fileName: string;
  /** True when the file's ranges were written (some may be the user's, kept: see `ranges`). */
  written: boolean;
  /** Why nothing was written: the file has errors, or it holds nothing the contract knows. */
  notWritten?: 'errors' | 'empty';
  /** Every range the file gave, in order: written on a sheet, or the user's own kept instead. */
  ranges: ImportedRange[];
  /** The user's own contract ranges the file has nothing for. */
  userOnly: ImportWriteResult['userOnly'];
  /** The import's problems (each with its line in the file and the line's text). */
  problems: Problem[];
  reconciliation: ReconciliationRow[];
  /** True when the file states closing balances or results (#UB 0 / #RES 0) to reconcile with. */
  reconciliationChecked: boolean;
  /** Sheets written. */
  sheets: string[];
  /** Sheets of the previous import that were replaced. */
  replaced: string[];
}

export interface TaskpaneActions {
  /** Finds the contract's ranges (names and tables) and their sizes. */
  findRanges(): Promise<RangeStatus[]>;
  /** Reads the ranges and lets the core check them without writing anything. */
  check(onProgress: (p: Progress) => void): Promise<CheckResult>;
  /** Reads, checks, calculates and writes the report. */
  createReport(settings: RunSettings, onProgress: (p: Progress) => void): Promise<CreateResult>;
  /** Activates a sheet and selects one of its cells. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Writes the example workbook into an empty workbook; returns the sheets written. */
  insertExample(): Promise<string[]>;
  /**
   * Reads a SIE 4 file and writes its ranges on new sheets (never over the user's); a file with
   * errors writes nothing. Re-importing replaces only the previous import's sheets.
   */
  importSie(file: SieFileInput, onProgress: (p: Progress) => void): Promise<ImportResult>;
}

/** The core's two steps the pane shows separately: check (parse) and calculate (build from the parse). */
export interface CoreSteps {
  check: (input: WorkbookInput) => ParsedWorkbook;
  build: (input: WorkbookInput, parsed: ParsedWorkbook) => BuildResult;
}

export const CORE: CoreSteps = { check: parseWorkbook, build: buildReportFromParsed };

export interface WorkflowDeps {
  run: ExcelRun;
  /** The core (the real one unless a test replaces it). */
  core?: CoreSteps;
  features: () => HostFeatures;
  example: () => ExampleWorkbook;
  /** Rows per read request (10 000 unless a test says otherwise). */
  blockRows?: number;
  /** Lets the pane paint between steps; a resolved promise in tests. */
  yieldToUi?: () => Promise<void>;
  /** The generated-at time of the report (now, unless a test fixes it). */
  now?: () => Date;
}

/** Lists every contract range: found (with its size), unusable (with why) or missing. */
export function rangeStatuses(result: FindResult): RangeStatus[] {
  return CONTRACT_RANGES.map((contract) => {
    const found = result.found.find((f) => contractRangeOf(f.name) === contract.key);
    const issue = result.issues.find((i) => contractRangeOf(i.name) === contract.key);
    if (found) return { key: contract.key, need: contract.need, found, dataRows: Math.max(0, found.rowCount - 1) };
    return { key: contract.key, need: contract.need, ...(issue ? { issue } : {}) };
  });
}

/** A reconciliation row with its difference, computed in öre (exact). */
function withDifference(r: SieReconciliation): ReconciliationRow {
  return { ...r, difference: reconciliationDifference(r) };
}

/** Gives the browser a frame to paint the new step (the core then runs synchronously). */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 16));

/** The actions, bound to an Excel host and the core. */
export function createActions(deps: WorkflowDeps): TaskpaneActions {
  const yieldToUi = deps.yieldToUi ?? nextFrame;

  /** Every request waits while the user edits a cell instead of failing (ExcelApi 1.11). */
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => deps.run({ delayForCellEdit: true }, batch);

  const readAll = async (context: Excel.RequestContext, onProgress: (p: Progress) => void): Promise<RangeData[]> => {
    onProgress({ step: 'reading', rowsRead: 0, totalRows: 0 });
    // Serials of the 1904 system read as 1900 serials would put every date 1 462 days early.
    const refuse1904 = (): never => {
      throw new AddinError('Date1904', 'The workbook uses the 1904 date system.');
    };
    const date1904 = deps.features().api116 === true ? await detectDate1904(context) : undefined;
    if (date1904 === true) refuse1904();
    const found = await findRanges(context, isInputName);
    const totalRows = found.found.reduce((n, f) => n + f.rowCount, 0);
    onProgress({ step: 'reading', rowsRead: 0, totalRows });
    // Where Excel cannot say, the ledger's first date tells: the text Excel shows for its serial.
    const ledger = date1904 === undefined ? found.found.findIndex((f) => contractRangeOf(f.name) === 'Huvudbok') : -1;
    const read = await readRanges(context, found.found, {
      ...(ledger >= 0 ? { probe: ledger } : {}),
      ...(deps.blockRows ? { blockRows: deps.blockRows } : {}),
      onProgress: (rowsRead, total) => {
        onProgress({ step: 'reading', rowsRead, totalRows: total });
      },
    });
    if (ledger >= 0 && read.probeText) {
      const values = read.ranges[ledger].values;
      if (values.length >= 2 && date1904FromCells(values[0], values[1], read.probeText) === true) refuse1904();
    }
    return read.ranges;
  };

  const core = deps.core ?? CORE;
  /** The SIE file last imported into this workbook: its reconciliation goes onto the checks sheet. */
  let lastImport: ImportedFile | undefined;

  /**
   * Check, then calculate: the core's parse step finds every input error without calculating;
   * only a clean input is calculated.
   */
  const build = async (ranges: RangeData[], settings: RunSettings, onProgress: (p: Progress) => void): Promise<BuildResult> => {
    const input: WorkbookInput = {
      ranges,
      overrides: {
        ...(settings.year !== undefined ? { year: settings.year } : {}),
        ...(settings.period !== undefined ? { period: settings.period } : {}),
        ...(settings.lang !== undefined ? { lang: settings.lang } : {}),
      },
      ...(deps.now ? { generatedAt: deps.now() } : {}),
      ...(lastImport ? { imported: lastImport } : {}),
    };
    onProgress({ step: 'checking' });
    await yieldToUi();
    const checked = core.check(input);
    if (checked.problems.some((p) => p.severity === 'error')) return { problems: checked.problems };
    onProgress({ step: 'calculating' });
    await yieldToUi();
    return core.build(input, checked);
  };

  return {
    findRanges: () => run(async (context) => rangeStatuses(await findRanges(context, isInputName))),

    check: (onProgress) =>
      run(async (context) => {
        const ranges = await readAll(context, onProgress);
        const result = await build(ranges, {}, onProgress);
        const model: ReportModel | undefined = result.model;
        return {
          problems: result.problems,
          ...(model ? { summary: model.summary } : {}),
          defaults: model ? { year: model.summary.year, period: model.summary.period, lang: model.lang } : {},
        };
      }),

    createReport: (settings, onProgress) =>
      run(async (context) => {
        const ranges = await readAll(context, onProgress);
        const result = await build(ranges, settings, onProgress);
        const model = result.model;
        if (!model || result.problems.some((p) => p.severity === 'error')) {
          return { written: false, problems: result.problems, sheets: [], replaced: [] };
        }
        const written = await writeReport(context, model, {
          features: deps.features(),
          onSheet: (sheet, sheets, name) => {
            onProgress({ step: 'writing', sheet, sheets, name });
          },
        });
        return {
          written: true,
          summary: model.summary,
          problems: result.problems,
          sheets: written.sheets.map((s) => s.name),
          replaced: written.removed,
          ...(written.printSetup ? { printSetup: written.printSetup } : {}),
          drill: drillLines(model, written.sheets),
        };
      }),

    selectCell: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),

    insertExample: () => {
      lastImport = undefined;
      return run((context) => insertExample(context, deps.example(), deps.features()));
    },

    importSie: async (file, onProgress) => {
      onProgress({ step: 'parsingFile', name: file.name });
      await yieldToUi();
      const imported = importSie(file.bytes);
      const base = {
        fileName: file.name,
        problems: imported.problems,
        reconciliation: imported.reconciliation.map(withDifference),
        reconciliationChecked: imported.file.closingBalances.some((b) => b.year === 0) || imported.file.results.some((b) => b.year === 0),
        ranges: [],
        userOnly: [],
        sheets: [],
        replaced: [],
      };
      // A file with errors (truncated, damaged, a wrong checksum) is not half imported.
      if (imported.problems.some((p) => p.severity === 'error')) return { ...base, written: false, notWritten: 'errors' };
      if (imported.ranges.length === 0) return { ...base, written: false, notWritten: 'empty' };
      const written = await run(async (context) =>
        writeImport(context, imported.ranges, {
          features: deps.features(),
          fileName: file.name,
          // Real dates where Excel says which date system the workbook has (ExcelApi 1.16), else ISO text.
          dates: importDatesFor(deps.features().api116 === true ? await detectDate1904(context) : undefined),
          onSheet: (sheet, sheets, name) => {
            onProgress({ step: 'writing', sheet, sheets, name });
          },
        }),
      );
      // In the workbook the ranges are real sheets the user has: problems keep their cells
      // (clicking one selects it), so the file's lines are not cited instead.
      const { locate: _locate, ...reconciled } = importedFile(imported, file.name);
      lastImport = reconciled;
      return { ...base, ...written, written: true };
    },
  };
}
