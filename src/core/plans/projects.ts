/**
 * Project follow-up over the project's own period, which does not follow the fiscal year:
 * the ledger's rows of each project (by project code, else by the project's cost centres)
 * from the project's start month through the report period's last month (or the project's
 * end when earlier), per fiscal year — costs split into actual and flat-rate, external
 * income, and the association's own co-financing (costs − external income).
 *
 * Reads the ledger's columns directly: the posted balances hold only the report year and
 * the year before, a project may reach further back.
 */
import type { LedgerColumns } from '../input/parsed';
import type { ProjectRow } from '../input/projects';
import { calendarOf, fiscalOf } from '../post/fiscal';

/** What an account is to a project: a cost, external income, or neither (balance accounts, contributions). */
export type ProjectAccountKind = 'cost' | 'income' | 'none';

/** A calendar month as a running number: year × 12 + month − 1. */
export const monthIndex = (year: number, month: number): number => year * 12 + month - 1;
export const monthOfIndex = (i: number): { year: number; month: number } => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });

export interface ProjectAmounts {
  /** öre, debit positive (costs positive) */
  actualCosts: number;
  flatRateCosts: number;
  /** öre, presentation sign (income positive) */
  income: number;
}

/** The part of a project that falls in one fiscal year (up to the end of the report period). */
export interface ProjectSpan extends ProjectAmounts {
  fiscalYear: number;
  /** First and last calendar month of the span. */
  from: { year: number; month: number };
  to: { year: number; month: number };
  /** True for the report period's part (the report year). */
  isReportPeriod: boolean;
}

export interface ProjectFigures {
  project: ProjectRow;
  /** Fiscal-year parts from the project's start through min(end, report end); empty when not started. */
  spans: ProjectSpan[];
  /** False when the ledger's first month is after the project's start (earlier costs are missing). */
  ledgerCoversStart: boolean;
  /** First month of the ledger, when it has rows. */
  ledgerFirst?: { year: number; month: number };
  /** Project months elapsed by the end of the report period, and the project's months in all. */
  monthsElapsed: number;
  monthsTotal: number;
}

export interface ReportPeriod {
  year: number;
  period: number;
  firstMonth: number;
}

const empty = (): ProjectAmounts => ({ actualCosts: 0, flatRateCosts: 0, income: 0 });

/** Follows up every project over its own period, from the ledger's rows. One pass over the ledger. */
export function projectFigures(
  ledger: LedgerColumns,
  projects: readonly ProjectRow[],
  kindOf: (account: number) => ProjectAccountKind,
  report: ReportPeriod,
): ProjectFigures[] {
  const end = calendarOf(report.year, report.period, report.firstMonth);
  const reportEnd = monthIndex(end.year, end.month);
  const byCode = new Map<string, number>();
  const byCostCentre = new Map<string, number>();
  projects.forEach((p, i) => {
    byCode.set(p.code, i);
    for (const cc of [...p.actualCostCentres, ...p.flatRateCostCentres]) if (!byCostCentre.has(cc)) byCostCentre.set(cc, i);
  });
  const startOf = (p: ProjectRow) => monthIndex(Math.floor(p.start / 10_000), Math.floor(p.start / 100) % 100);
  const endOf = (p: ProjectRow) => Math.min(reportEnd, monthIndex(Math.floor(p.end / 10_000), Math.floor(p.end / 100) % 100));
  // The project of each ledger project code and cost-centre code (-1 = none).
  const projectOfCode = ledger.projectCodes.map((c) => byCode.get(c) ?? -1);
  const projectOfCostCentre = ledger.costCentreCodes.map((c) => byCostCentre.get(c) ?? -1);
  const flatCostCentre = projects.map((p) => new Set(p.flatRateCostCentres));
  const starts = projects.map(startOf);
  const ends = projects.map(endOf);
  const sums = projects.map(() => new Map<number, ProjectAmounts>()); // by month index
  const kinds = new Map<number, ProjectAccountKind>();
  let ledgerFirst = Infinity;
  for (let r = 0; r < ledger.count; r++) {
    const mi = monthIndex(ledger.year[r], ledger.month[r]);
    if (mi < ledgerFirst) ledgerFirst = mi;
    const pc = ledger.project[r];
    const cc = ledger.costCentre[r];
    // The row's project code when it names a listed project, else its cost centre's project.
    let p = pc >= 0 ? projectOfCode[pc] : -1;
    if (p < 0 && cc >= 0) p = projectOfCostCentre[cc];
    if (p < 0) continue;
    const project = projects[p];
    if (mi < starts[p] || mi > ends[p]) continue;
    const account = ledger.account[r];
    let kind = kinds.get(account);
    if (kind === undefined) kinds.set(account, (kind = kindOf(account)));
    if (kind === 'none') continue;
    let at = sums[p].get(mi);
    if (!at) sums[p].set(mi, (at = empty()));
    const ore = ledger.amount[r];
    if (kind === 'income') at.income -= ore;
    else if ((cc >= 0 && flatCostCentre[p].has(ledger.costCentreCodes[cc])) || project.flatRateAccounts.some((x) => account >= x.from && account <= x.to))
      at.flatRateCosts += ore;
    else at.actualCosts += ore;
  }
  return projects.map((project, p) => {
    const first = starts[p];
    const last = ends[p];
    const spans: ProjectSpan[] = [];
    for (let mi = first; mi <= last; mi++) {
      const { year, month } = monthOfIndex(mi);
      const fy = fiscalOf(year, month, report.firstMonth).year;
      let span = spans[spans.length - 1];
      if (!span || span.fiscalYear !== fy)
        spans.push((span = { fiscalYear: fy, from: { year, month }, to: { year, month }, isReportPeriod: fy === report.year, ...empty() }));
      span.to = { year, month };
      const s = sums[p].get(mi);
      if (s) {
        span.actualCosts += s.actualCosts;
        span.flatRateCosts += s.flatRateCosts;
        span.income += s.income;
      }
    }
    const projectEnd = monthIndex(Math.floor(project.end / 10_000), Math.floor(project.end / 100) % 100);
    const figures: ProjectFigures = {
      project,
      spans,
      ledgerCoversStart: ledgerFirst <= first,
      monthsElapsed: Math.max(0, last - first + 1),
      monthsTotal: projectEnd - first + 1,
    };
    if (ledgerFirst !== Infinity) figures.ledgerFirst = monthOfIndex(ledgerFirst);
    return figures;
  });
}

/** Totals of a project's spans (project to date). */
export function toDate(f: ProjectFigures): ProjectAmounts {
  const t = empty();
  for (const s of f.spans) {
    t.actualCosts += s.actualCosts;
    t.flatRateCosts += s.flatRateCosts;
    t.income += s.income;
  }
  return t;
}
