/**
 * The project follow-up of the report: `Projekt` → each project's figures over its own
 * period from the ledger (src/core/plans/projects.ts), the project sheets, checks and JSON
 * data.
 */
import { parseProjects, isoDate } from '../input/projects';
import type { RangeData } from '../input/types';
import { monthRangeLabel, projectData, projectSheets } from '../layout/projectSheets';
import { t } from '../layout/texts';
import { formatAmount, fromOre } from '../money';
import { projectFigures, toDate, type ProjectAccountKind } from '../plans/projects';
import type { Extras, ExtrasInput } from './types';

/** Adds the project sheets, checks and data to `out`. */
export function addProjects(x: ExtrasInput, range: RangeData, out: Extras): void {
  const { ctx, info, parsed } = x;
  const before = out.problems.length;
  const projects = parseProjects(range, out.problems);
  if (!projects || projects.rows.length === 0 || out.problems.slice(before).some((p) => p.severity === 'error')) return;
  const kindOf = (account: number): ProjectAccountKind => {
    const section = ctx.accounts.map(account)?.section;
    if (section === 'expenses' || section === 'financialExpenses' || section === 'extraordinaryExpenses') return 'cost';
    if (section === 'revenue' || section === 'financialIncome' || section === 'extraordinaryIncome') return 'income';
    return 'none';
  };
  const figures = projectFigures(parsed.ledger, projects.rows, kindOf, { year: ctx.year, period: ctx.period, firstMonth: ctx.firstMonth });
  const laid = projectSheets(info, figures, x.sheetName);
  out.sheets.push(...laid.sheets);
  out.statements.push(...figures.map((f) => projectData(f, info.lang)));
  const L = info.lang;
  for (const f of figures) {
    const code = f.project.code;
    if (f.spans.length === 0) continue;
    const first = f.ledgerFirst ? monthRangeLabel(f.ledgerFirst, f.ledgerFirst, L) : '–';
    out.checks.push({
      key: `project:${code}:coverage`,
      status: f.ledgerCoversStart ? 'ok' : 'warning',
      label: t('chkProjectCoverage', L, { code }),
      detail: f.ledgerCoversStart ? t('chkProjectCoverageOk', L, { first, start: isoDate(f.project.start) }) : t('projLedgerGap', L, { first }),
    });
    if (f.project.budget !== undefined) {
      const total = toDate(f);
      const costs = fromOre(total.actualCosts + total.flatRateCosts);
      const budget = fromOre(f.project.budget);
      out.checks.push({
        key: `project:${code}:budget`,
        status: costs.lessThanOrEqualTo(budget) ? 'ok' : 'warning',
        label: t('chkProjectBudget', L, { code }),
        detail: t('chkProjectBudgetDetail', L, { costs: formatAmount(costs, L, 2), budget: formatAmount(budget, L, 2) }),
      });
    }
  }
}
