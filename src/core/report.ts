/**
 * The one entry point of the core: a workbook's ranges in, the report model (or the input
 * problems that stop it) out. Reads left to right: parse → post → statements → layout.
 */
import { AccountMap } from './chart/accountMap';
import { buildChecks } from './checks/buildChecks';
import type { CheckRow } from './checks/checks';
import { buildExtras } from './extras';
import { parseWorkbook } from './input';
import { cellAddress } from './input/cellAddress';
import type { ParsedWorkbook } from './input/parsed';
import type { Lang, Problem, WorkbookInput } from './input/types';
import { checksSheet } from './layout/checksSheet';
import { managementReportSheet } from './layout/managementReport';
import { t as mt } from './layout/managementTexts';
import type { LayoutInfo } from './layout/common';
import { costCentreSheet, costCentresSheet, type ContributionFigures } from './layout/costCentreSheets';
import { assignNotes, balanceSheet, cashFlowColumns, cashFlowSheet, cashFlowTitle, incomeSheet, notesSheet } from './layout/statementSheets';
import { footTkrTables } from './layout/footing';
import { percentThreshold } from './layout/percentRule';
import { summarySheet } from './layout/summarySheet';
import { contributionFigures, summaryData } from './layout/summaryData';
import { t } from './layout/texts';
import { drillDown } from './layout/transactionsSheet';
import { toStatementData } from './layout/statementData';
import { Dec, decimalOf, fromOre, oreToDecimal, ZERO } from './money';
import { monthlyResult } from './plans/monthlyResult';
import { uniqueSheetName } from './model/sheetNames';
import type { DrillTarget, ReportModel, SheetModel, StatementData } from './model/types';
import { latestMonthOf, latestYearAndMonth, postLedger } from './post/balances';
import { budgetByAccount, budgetByCostCentre, type BudgetStructure } from './post/budget';
import { firstDay, lastDay, periodLabel, yearLabel } from './post/fiscal';
import { buildBalanceSheet } from './statements/balanceSheet';
import { buildCashFlow } from './statements/cashFlow';
import type { ReportContext } from './statements/context';
import { buildCostCentres, type CostCentreFollowUp } from './statements/costCentres';
import { rowOf } from './statements/engine';
import type { Statement } from './statements/types';
import { buildIncomeStatement, expensesBudget, isIncomeAccount } from './statements/incomeStatement';

export interface BuildResult {
  /** The report; undefined when `problems` holds at least one error. */
  model?: ReportModel;
  /** Every error and warning, in input order. Nothing may be written while errors remain. */
  problems: Problem[];
}

const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity === 'error');

/** Builds the whole report from a workbook's ranges. Never throws for bad input. */
export function buildReport(input: WorkbookInput): BuildResult {
  return locateInSieFile(input, buildReportFromParsed(input, parseWorkbook(input)));
}

/**
 * Problems found in ranges imported from a SIE file cite the file's line (`params.sieLine`,
 * `params.sieText`) instead of a cell of sheets the user never saw.
 */
export function locateInSieFile(input: WorkbookInput, result: BuildResult): BuildResult {
  const locate = input.imported?.locate;
  if (!locate) return result;
  const relocate = (p: Problem): Problem => {
    if (!p.sheet || !p.cell) return p;
    const row = /^[A-Z]+(\d+)$/.exec(p.cell);
    const at = row ? locate(p.sheet, Number(row[1]) - 1) : undefined;
    if (!at) return p;
    const { sheet: _sheet, cell: _cell, range: _range, ...rest } = p;
    return { ...rest, params: { ...(p.params ?? {}), sieLine: at.line, sieText: at.text } };
  };
  const problems = result.problems.map(relocate);
  if (result.model) result.model.problems = result.model.problems.map(relocate);
  return { ...result, problems };
}

/**
 * The same, from a workbook `parseWorkbook(input)` already parsed — for a caller that shows
 * checking and calculating as two steps (the task pane) without parsing twice.
 */
/**
 * The report from a parsed workbook, in named steps: the period → the postings and budgets
 * (the report's context) → the statements → warnings about the ledger → the laid-out sheets
 * and their checks → the model. Problems gather on the way; any error stops the run.
 */
export function buildReportFromParsed(input: WorkbookInput, parsed: ParsedWorkbook): BuildResult {
  const problems = [...parsed.problems];
  if (hasErrors(problems)) return { problems };
  const when = reportPeriod(input, parsed, problems);
  if (when === undefined) return { problems };
  const ctx = reportContext(parsed, when);
  const statements = buildStatements(parsed, ctx, problems);
  warnAboutLedger(parsed, ctx, statements.costCentres, problems);
  const laid = layOutReport(input, parsed, ctx, statements, problems);
  if (laid === undefined) return { problems };
  return { model: assembleModel(ctx, statements, laid, problems), problems };
}

interface ReportPeriod {
  year: number;
  period: number;
}

/** The fiscal year and the last month of the period (settings, else the ledger's latest), or an error. */
function reportPeriod(input: WorkbookInput, parsed: ParsedWorkbook, problems: Problem[]): ReportPeriod | undefined {
  const { settings, ledger } = parsed;
  const firstMonth = settings.firstMonth;
  const latest = latestYearAndMonth(ledger, firstMonth);
  const year = settings.year ?? latest?.year;
  if (year === undefined) {
    problems.push({
      severity: 'error',
      code: 'ledgerEmpty',
      range: ledger.ref.range,
      sheet: ledger.ref.sheet,
      cell: cellAddress(ledger.ref.row, ledger.ref.col),
    });
    return undefined;
  }
  const period = settings.period ?? latestMonthOf(ledger, year, firstMonth) ?? 12;
  if (input.imported?.basis === 'annual' && period !== 12) {
    // A SIE 1 file has the year's balances only: any other period would show zeros.
    problems.push({ severity: 'error', code: 'sieAnnualOnly', params: { line: 0, text: '', period } });
    return undefined;
  }
  if (settings.year !== undefined && latest !== undefined && latestMonthOf(ledger, year, firstMonth) === undefined) {
    // A year chosen (--year, Räkenskapsår) in which nothing is booked: a report of zeros.
    problems.push({
      severity: 'warning',
      code: 'yearWithoutData',
      range: ledger.ref.range,
      sheet: ledger.ref.sheet,
      cell: cellAddress(ledger.ref.row, ledger.ref.col),
      value: String(year),
      params: { year: yearLabel(year, firstMonth), latest: yearLabel(latest.year, firstMonth) },
    });
  }
  return { year, period };
}

/** The postings of the period, the chart of accounts, the budgets and the opening balance. */
function reportContext(parsed: ParsedWorkbook, { year, period }: ReportPeriod): ReportContext {
  const { settings, ledger } = parsed;
  const lang = settings.lang;
  const firstMonth = settings.firstMonth;
  const balances = postLedger(ledger, year, period, firstMonth);
  const accounts = new AccountMap(parsed.chart?.rows, lang);
  const byCc = parsed.budget ? budgetByCostCentre(parsed.budget.rows, period, budgetStructure(parsed, accounts)) : undefined;
  const opening = parsed.openingBalance ? new Map<number, number>() : undefined;
  for (const r of parsed.openingBalance?.rows ?? []) opening!.set(r.account, (opening!.get(r.account) ?? 0) + r.amount);
  return {
    lang,
    settings,
    year,
    period,
    firstMonth,
    balances,
    accounts,
    budget: byCc ? budgetByAccount(byCc) : undefined,
    budgetByCostCentre: byCc,
    opening,
    hasPrevYear: balances.prevYearRows > 0,
  };
}

interface Statements {
  income: Statement;
  balance: Statement;
  cashflow: Statement;
  costCentres: CostCentreFollowUp[];
  /** Accounts mapped by the default plan, and accounts no line takes (checks sheet). */
  unmapped: number[];
  unplaceable: number[];
}

/** The income statement, the balance sheet, the cash flow and the follow-up per cost centre. */
function buildStatements(parsed: ParsedWorkbook, ctx: ReportContext, problems: Problem[]): Statements {
  const { unmapped, unplaceable } = mappingProblems(parsed, ctx, problems);
  const income = buildIncomeStatement(ctx);
  const res3 = rowOf(income, 'RES3');
  const balance = buildBalanceSheet(ctx, res3.values.actual ?? ZERO, res3.values.prev);
  const cashflow = buildCashFlow(ctx, income, balance);
  const costCentres = buildCostCentres(ctx, parsed.ledger.costCentreCodes, parsed.costCentres?.rows, parsed.forecast?.rows);
  return { income, balance, cashflow, costCentres, unmapped, unplaceable };
}

/** Warnings about the ledger the statements revealed: cost centres without a name, vouchers that do not balance. */
function warnAboutLedger(parsed: ParsedWorkbook, ctx: ReportContext, costCentres: CostCentreFollowUp[], problems: Problem[]): void {
  const { ledger } = parsed;
  if (parsed.costCentres) {
    for (const cc of costCentres.filter((c) => c.unnamed)) {
      const idx = ledger.costCentreCodes.indexOf(cc.code);
      const row = idx < 0 ? -1 : ledger.costCentre.indexOf(idx);
      const at =
        row >= 0 && ledger.costCentreCol !== undefined
          ? { sheet: ledger.ref.sheet, cell: cellAddress(ledger.ref.row + ledger.sourceRow[row], ledger.ref.col + ledger.costCentreCol) }
          : {};
      problems.push({
        severity: 'warning',
        code: 'costCentreWithoutName',
        range: row >= 0 ? ledger.ref.range : parsed.costCentres.ref.range,
        ...at,
        value: cc.code,
        params: { costCentre: cc.code },
      });
    }
  }
  for (const v of ctx.balances.unbalancedVouchers.slice(0, 100)) {
    problems.push({
      severity: 'warning',
      code: 'voucherUnbalanced',
      range: ledger.ref.range,
      sheet: ledger.ref.sheet,
      cell: cellAddress(ledger.ref.row + v.sourceRow, ledger.ref.col + ledger.amountCol),
      value: v.voucher,
      params: { voucher: v.voucher, difference: oreToDecimal(v.differenceOre) },
    });
  }
}

interface LaidOut {
  info: LayoutInfo;
  sheets: SheetModel[];
  checks: CheckRow[];
  contributions: ContributionFigures;
  extraStatements: StatementData[];
  drill: DrillTarget[];
}

/** Every sheet of the report in order, and the checks that tie them together; undefined after an error. */
function layOutReport(input: WorkbookInput, parsed: ParsedWorkbook, ctx: ReportContext, st: Statements, problems: Problem[]): LaidOut | undefined {
  const { settings } = parsed;
  const { lang, balances } = ctx;
  const { income, balance, cashflow, costCentres, unmapped, unplaceable } = st;
  const info = layoutInfo(parsed, lang, ctx.year, ctx.period, input.generatedAt ?? new Date(), percentThreshold(expensesBudget(income)));
  const names = new SheetNamer(lang);
  const notes = assignNotes([income, balance]);
  const is = incomeSheet(info, income, notes, names.take(t('sheetIncome', lang)));
  const bs = balanceSheet(info, balance, notes, names.take(t('sheetBalance', lang)));
  const cf = cashFlowSheet(info, cashflow, names.take(t(info.layout === 'lkbr' ? 'sheetCashflowLkbr' : 'sheetCashflow', lang)));
  const notesLaid = notesSheet(info, notes, income, names.take(t('sheetNotes', lang)));
  const threshold = new Dec(settings.varianceThreshold);
  const contributions = contributionFigures(ctx, income);
  const ccSheet = costCentresSheet(
    info,
    costCentres,
    contributions,
    threshold,
    settings.forecastMethod,
    names.take(t('sheetCostCentres', lang)),
    monthlyResult(ctx, parsed.budget?.rows),
  );
  const ccSheets = costCentres.map((cc) =>
    costCentreSheet(info, cc, names.take(`${t('sheetCostCentrePrefix', lang)} ${cc.code === '' ? '–' : cc.code} ${cc.name ?? ''}`.trim())),
  );
  const equityTotal = rowOf(balance, 'equityTotal');
  const closingEquity = equityTotal.values.closing ?? ZERO;
  const summary = summarySheet(
    info,
    summaryData(ctx, income, equityTotal.values.opening ?? ZERO, closingEquity, costCentres, contributions),
    names.take(t('sheetSummary', lang)),
  );
  const extras = buildExtras({ input, parsed, ctx, info, income, placedIncome: is.placed, sheetName: (w) => names.take(w) });
  problems.push(...extras.problems);
  if (hasErrors(problems)) return undefined;
  const budgetMonthWarnings = problems.filter((p) => p.code === 'budgetMonthsDiffer').length;
  // Every tkr table foots as displayed (layout/footing.ts); the checks read the footed values.
  const footing = footTkrTables([summary.sheet, is.sheet, bs.sheet, cf.sheet, notesLaid.sheet, ccSheet.sheet, ...ccSheets, ...extras.sheets]);
  const checks = buildChecks({
    info,
    parsed,
    balances,
    income,
    balance,
    cashflow,
    placedIncome: is.placed,
    placedBalance: bs.placed,
    placedCashflow: cf.placed,
    notes: notesLaid.placed,
    costCentres,
    costCentresTotalRow: ccSheet.totalRow,
    contributionsActual: contributions.actual,
    unmapped,
    unplaceable,
    closingEquity,
    footing,
    summaryRows: { result: summary.resultRow, equity: summary.equityRow },
    budgetMonthWarnings,
    imported: input.imported,
    opening: ctx.opening,
    accountName: (a) => ctx.accounts.map(a)?.name ?? '',
    costCentreRows: ccSheet.rows,
  });
  checks.push(...extras.checks);
  const drill = drillDown({
    info,
    ledger: parsed.ledger,
    values: input.ranges.find((r) => r.sheet === parsed.ledger.ref.sheet && r.row === parsed.ledger.ref.row && r.col === parsed.ledger.ref.col)?.values,
    opening: ctx.opening,
    income,
    balance,
    // The footed sheets: the drill-down links go on the sheets the report is made of.
    incomeSheet: { ...is, sheet: footedSheet(footing.sheets, 'income') },
    balanceSheet: { ...bs, sheet: footedSheet(footing.sheets, 'balance') },
    notes: { ...notesLaid, sheet: footedSheet(footing.sheets, 'notes') },
    costCentres,
    costCentresSheet: footedSheet(footing.sheets, 'costCentres'),
    shown: (sheet, cell) => footing.valueOf(sheet, cell),
    nameOf: (a) => ctx.accounts.map(a)?.name ?? '',
    isContribution: (a) => ctx.accounts.map(a)?.section === 'contributions',
    maxRows: settings.transactionRows,
    sheetName: (w) => names.take(w),
  });
  checks.push(...drill.checks);
  const checksLaid = checksSheet(info, checks, names.take(t('sheetChecks', lang)));
  const management = managementReportSheet({
    info,
    texts: parsed.texts?.sections,
    income,
    placedIncome: is.placed,
    balance,
    placedBalance: bs.placed,
    costCentres: ccSheet,
    summaryEquityRow: summary.equityRow,
    forecastResult: costCentres.reduce((a, cc) => a.plus(cc.forecast), contributions.forecast),
    ...(settings.equityTarget === undefined ? {} : { equityTarget: fromOre(settings.equityTarget) }),
    threshold,
    name: names.take(mt('sheetManagement', lang)),
  });
  // The sheets made after the footing join it: their formulas (the checks, Förvaltningsberättelse,
  // the Verifikationer sheets) are stated over the rounded parts; the footed sheets stay as they are.
  const all = footing.extend([management, ...drill.sheets, checksLaid]).sheets;
  const footedManagement = all[footing.sheets.length];
  const sheets: SheetModel[] = [footedManagement, ...all.filter((s) => s !== footedManagement)];
  return { info, sheets, checks, contributions, extraStatements: extras.statements, drill: drill.targets };
}

/** The footed copy of a laid-out sheet (layout/footing.ts works on copies). */
function footedSheet(sheets: readonly SheetModel[], key: string): SheetModel {
  const found = sheets.find((s) => s.key === key);
  if (!found) throw new Error(`report: no footed sheet ${key}`);
  return found;
}

/** The renderer-neutral model: the sheets, the statements as data, the checks and the run's summary. */
function assembleModel(ctx: ReportContext, st: Statements, laid: LaidOut, problems: Problem[]): ReportModel {
  const { lang, settings } = ctx;
  const { info, checks } = laid;
  const res3 = rowOf(st.income, 'RES3');
  const balanced = checks.filter((c) => c.key.startsWith('balanceSheet:')).every((c) => c.status === 'ok');
  return {
    lang,
    summary: {
      organisation: settings.organisation,
      year: ctx.year,
      period: ctx.period,
      periodLabel: info.periodLabel,
      result: decimalOf(res3.values.actual ?? ZERO, 2),
      balanced,
      warnings: problems.filter((p) => p.severity === 'warning').length,
      errors: 0,
      checks: countChecks(checks),
    },
    sheets: laid.sheets,
    statements: [
      toStatementData(st.income, t('titleIncome', lang), [
        ['budget', t('colBudgetPeriod', lang, { period: info.periodLabel })],
        ['actual', t('colActualPeriod', lang, { period: info.periodLabel })],
        ['prev', t('colActualPeriod', lang, { period: info.prevPeriodLabel })],
        ['budgetYear', t('colBudgetYear', lang, { year: info.yearLabel })],
        ['prevYear', t('colActualPrevYear', lang, { year: info.prevYearLabel })],
      ]),
      toStatementData(st.balance, t('titleBalance', lang), [
        ['opening', t('colOpening', lang, { date: info.openingDate })],
        ['closing', t('colClosing', lang, { date: info.closingDate })],
        ['prevSameDate', t('colClosing', lang, { date: info.prevClosingDate })],
      ]),
      toStatementData(
        st.cashflow,
        cashFlowTitle(info),
        cashFlowColumns(info).map((c) => [c.key, c.header]),
      ),
      costCentreData(st.costCentres, laid.contributions, info, lang),
      ...laid.extraStatements,
    ],
    checks: checks.map(({ key, status, label, detail }) => ({ key, status, label, detail })),
    problems,
    generatedAt: info.generatedAt,
    ...(laid.drill.length > 0 ? { drill: laid.drill } : {}),
  };
}

/** The checks' statuses, counted (the CLI and the pane show them beside the run's warnings). */
function countChecks(checks: readonly CheckRow[]): { ok: number; warning: number; error: number } {
  const n = { ok: 0, warning: 0, error: 0 };
  for (const c of checks) n[c.status]++;
  return n;
}

export function budgetStructure(parsed: ParsedWorkbook, accounts: AccountMap): BudgetStructure {
  const groups = new Map((parsed.costCentres?.rows ?? []).map((r) => [r.code, r.group ?? '']));
  return {
    lineOf: (account) => {
      const m = accounts.map(account);
      return m && isIncomeAccount(account, m.section) ? { section: m.section, line: m.line } : undefined;
    },
    groupOf: (code) => groups.get(code) ?? '',
  };
}

/** Unique sheet names among the report's own sheets (the renderer also avoids the user's). */
class SheetNamer {
  private readonly used: string[] = [];
  constructor(readonly lang: Lang) {}
  take(wanted: string): string {
    const name = uniqueSheetName(wanted, this.used);
    this.used.push(name);
    return name;
  }
}

/** Accounts with activity that the user's chart does not map: warnings (and errors when nothing maps them). */
function mappingProblems(parsed: ParsedWorkbook, ctx: ReportContext, problems: Problem[]): { unmapped: number[]; unplaceable: number[] } {
  const active = new Set<number>([...ctx.balances.byAccount.keys(), ...(ctx.opening?.keys() ?? []), ...(ctx.budget?.keys() ?? [])]);
  const unmapped: number[] = [];
  const unplaceable: number[] = [];
  for (const account of [...active].sort((a, b) => a - b)) {
    const m = ctx.accounts.map(account);
    if (!m) unplaceable.push(account);
    else if (m.fallback) unmapped.push(account);
  }
  const { ledger } = parsed;
  const firstRow = new Map<number, number>();
  const wanted = new Set([...unmapped, ...unplaceable]);
  for (let i = 0; i < ledger.count && firstRow.size < wanted.size; i++) {
    const a = ledger.account[i];
    if (wanted.has(a) && !firstRow.has(a)) firstRow.set(a, ledger.sourceRow[i]);
  }
  const at = (account: number) => {
    const r = firstRow.get(account);
    return r === undefined ? {} : { sheet: ledger.ref.sheet, cell: cellAddress(ledger.ref.row + r, ledger.ref.col + (ledger.accountCol ?? 0)) };
  };
  for (const account of unmapped) {
    const m = ctx.accounts.map(account)!;
    problems.push({
      severity: 'warning',
      code: 'unmappedAccount',
      range: 'Kontoplan',
      ...at(account),
      value: String(account),
      params: { account, line: m.line },
    });
  }
  for (const account of unplaceable) {
    // Class 0 (`0351`, written with its leading zero) and 9 have no line in the report.
    const written = String(account).padStart(4, '0');
    problems.push({
      severity: 'warning',
      code: 'accountNotReported',
      range: 'Kontoplan',
      ...at(account),
      value: written,
      params: { account: written, line: '–' },
    });
  }
  return { unmapped, unplaceable };
}

function layoutInfo(parsed: ParsedWorkbook, lang: Lang, year: number, period: number, at: Date, threshold: Dec): LayoutInfo {
  const fm = parsed.settings.firstMonth;
  const pad = (n: number) => String(n).padStart(2, '0');
  const generatedAt = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return {
    lang,
    organisation: parsed.settings.organisation,
    generatedAt,
    year,
    period,
    firstMonth: fm,
    periodLabel: periodLabel(year, period, fm, lang),
    prevPeriodLabel: periodLabel(year - 1, period, fm, lang),
    yearLabel: yearLabel(year, fm),
    prevYearLabel: yearLabel(year - 1, fm),
    openingDate: firstDay(year, fm),
    closingDate: lastDay(year, period, fm),
    prevClosingDate: lastDay(year - 1, period, fm),
    percentThreshold: threshold,
    ...(parsed.settings.layout ? { layout: parsed.settings.layout } : {}),
  };
}

function costCentreData(ccs: CostCentreFollowUp[], c: ContributionFigures, info: LayoutInfo, lang: Lang) {
  const s = (v: Dec | null) => (v === null ? null : decimalOf(v, 2));
  return {
    key: 'costCentres',
    title: t('titleCostCentres', lang),
    columns: [
      { key: 'actual', label: t('colActualPeriod', lang, { period: info.periodLabel }) },
      { key: 'budget', label: t('colBudgetPeriod', lang, { period: info.periodLabel }) },
      { key: 'forecast', label: t('colForecast', lang, { year: info.yearLabel }) },
      { key: 'budgetYear', label: t('colBudgetYear', lang, { year: info.yearLabel }) },
      { key: 'prev', label: t('colActualPeriod', lang, { period: info.prevPeriodLabel }) },
    ],
    lines: [
      ...ccs.map((cc) => ({
        key: cc.code,
        label: cc.name ?? cc.code,
        kind: 'line' as const,
        values: { actual: s(cc.actual), budget: s(cc.budget), forecast: s(cc.forecast), budgetYear: s(cc.budgetYear), prev: s(cc.prev) },
      })),
      {
        key: 'contributions',
        label: c.label,
        kind: 'line' as const,
        values: { actual: s(c.actual), budget: s(c.budget), forecast: s(c.forecast), budgetYear: s(c.budgetYear), prev: s(c.prev) },
      },
    ],
  };
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
