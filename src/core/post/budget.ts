/**
 * The budget for the period. A row with months contributes the sum of the period's months;
 * a row with only an annual amount contributes `annual × period / 12`, and that is where
 * rounding to the öre comes in. The rounding is done for the totals, not row by row:
 *
 * - the result (every income-statement account of every cost centre) is periodised once:
 *   `round(Σ annual × period / 12)` (`money.cumulativeLinear`), so a budget that plans a zero
 *   result has a zero period result in every month;
 * - every other total the report shows — statement line, section, RES1, RES2, the
 *   contributions, the net cost, a cost-centre group, a cost centre, a cost centre's line
 *   and section — and every row is its exact periodised amount rounded down or up, and the
 *   rows add up to every total exactly (`money.roundNested` over the two groupings: by
 *   statement line and by cost centre).
 *
 * Accounts outside the income statement are periodised per cost centre and account.
 */
import type { BudgetRow, SectionKey } from '../input/parsed';
import { asOre, cumulativeLinear, ore, roundNested, type Ore } from '../money';

export interface BudgetFigure {
  /** Budget for fiscal months 1..period, öre, debit positive. */
  period: Ore;
  /** Full-year budget, öre, debit positive. */
  year: Ore;
}

/** Where an account and a cost centre sit in the report, for the totals to keep. */
export interface BudgetStructure {
  /** The account's section and line in the income statement; undefined outside it. */
  lineOf(account: number): { section: SectionKey; line: string } | undefined;
  /** The cost centre's group ('' = none) in `Kostnadsstallen`. */
  groupOf(costCentre: string): string;
}

/** The budget of one (cost centre, account): months given (through the period) and annual amounts spread linearly. */
interface Cell {
  costCentre: string;
  account: number;
  /** Sum of given months 1..period, öre. */
  given: number;
  /** Annual amount of the rows without months, öre. */
  linear: number;
  year: number;
}

function cellsOf(rows: readonly BudgetRow[], period: number): Cell[] {
  const byKey = new Map<string, Cell>();
  for (const row of rows) {
    const costCentre = row.costCentre ?? '';
    const key = `${row.account}\u0000${costCentre}`;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { costCentre, account: row.account, given: 0, linear: 0, year: 0 }));
    if (row.months) for (let i = 0; i < period; i++) c.given += row.months[i] ?? 0;
    else c.linear += row.annual;
    c.year += row.annual;
  }
  return [...byKey.values()];
}

const RES1: ReadonlySet<SectionKey> = new Set<SectionKey>(['revenue', 'expenses']);
const FINANCIAL: ReadonlySet<SectionKey> = new Set<SectionKey>(['contributions', 'financialIncome', 'financialExpenses']);

/** The income statement's totals above a line: RES3 ⊃ RES2 ⊃ RES1 / bidrag och finansiella poster ⊃ section ⊃ line. */
function statementPath(section: SectionKey, line: string): string[] {
  const tail = [section, line];
  if (RES1.has(section)) return ['RES2', 'RES1', ...tail];
  if (FINANCIAL.has(section)) return ['RES2', 'financial', ...tail];
  return tail;
}

/**
 * The cost-centre totals above a cell: the contributions (all cost centres) or the net cost
 * excluding them (the total of *Uppföljning KST*) ⊃ group ⊃ cost centre ⊃ the cost centre's
 * own statement totals without the contributions ⊃ section ⊃ line.
 */
function costCentrePath(section: SectionKey, line: string, costCentre: string, group: string): string[] {
  if (section === 'contributions') return ['contributions', costCentre, line];
  return ['net', group, costCentre, ...statementPath(section, line)];
}

/** Period budget (months 1..period) of every cell, the totals rounded as the module comment says. */
function periodOf(cells: readonly Cell[], period: number, structure: BudgetStructure): number[] {
  const out = cells.map((c) => c.given + cumulativeLinear(ore(c.linear), period));
  const inStatement: number[] = [];
  const exact: number[] = [];
  const byLine: string[][] = [];
  const byCostCentre: string[][] = [];
  let given = 0;
  let linear = 0;
  cells.forEach((c, i) => {
    const at = structure.lineOf(c.account);
    if (!at) return;
    inStatement.push(i);
    given += c.given;
    linear += c.linear;
    exact.push(12 * c.given + c.linear * Math.min(Math.max(period, 0), 12));
    byLine.push([...statementPath(at.section, at.line), String(c.account)]);
    byCostCentre.push(costCentrePath(at.section, at.line, c.costCentre, structure.groupOf(c.costCentre)));
  });
  if (inStatement.length > 0) {
    // the result: the months given plus the annual amounts periodised once
    const rounded = roundNested(exact, 12, byLine, byCostCentre, given + cumulativeLinear(ore(linear), period));
    inStatement.forEach((i, k) => (out[i] = rounded[k]));
  }
  return out;
}

/** Budget per cost-centre code ('' = none) and account, for fiscal months 1..period. */
export function budgetByCostCentre(rows: readonly BudgetRow[], period: number, structure: BudgetStructure): Map<string, Map<number, BudgetFigure>> {
  const cells = cellsOf(rows, period);
  const periods = periodOf(cells, period, structure);
  const out = new Map<string, Map<number, BudgetFigure>>();
  cells.forEach((c, i) => {
    let accounts = out.get(c.costCentre);
    if (!accounts) out.set(c.costCentre, (accounts = new Map<number, BudgetFigure>()));
    accounts.set(c.account, { period: asOre(periods[i]), year: asOre(c.year) });
  });
  return out;
}

/**
 * The budgeted result (every account `inResult` says is one) through each fiscal month 1–12,
 * öre, debit positive: the same figure the income statement shows for a report through that
 * month (given months plus the annual amounts periodised once).
 */
export function cumulativeResultBudget(rows: readonly BudgetRow[], inResult: (account: number) => boolean): Ore[] {
  const given = new Array<number>(13).fill(0);
  let linear = 0;
  for (const row of rows) {
    if (!inResult(row.account)) continue;
    if (row.months) for (let m = 1; m <= 12; m++) given[m] += row.months[m - 1] ?? 0;
    else linear += row.annual;
  }
  const out: Ore[] = [];
  let g = 0;
  for (let m = 1; m <= 12; m++) {
    g += given[m];
    out.push(asOre(g + cumulativeLinear(ore(linear), m)));
  }
  return out;
}

/** Budget per account over all cost centres. */
export function budgetByAccount(byCc: Map<string, Map<number, BudgetFigure>>): Map<number, BudgetFigure> {
  const out = new Map<number, BudgetFigure>();
  for (const accounts of byCc.values()) {
    for (const [account, f] of accounts) {
      const t = out.get(account) ?? { period: asOre(0), year: asOre(0) };
      t.period = asOre(t.period + f.period);
      t.year = asOre(t.year + f.year);
      out.set(account, t);
    }
  }
  return out;
}
