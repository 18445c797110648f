/**
 * Issue 15: the period budget is periodised for the totals, not row by row. The result is its
 * annual amount periodised once (a zero-result plan gives exactly 0,00 in every month); every
 * other total the report shows is its exact periodised amount rounded down or up, and the rows
 * add up to it exactly.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import type { BudgetRow, SectionKey } from '../../src/core/input/parsed';
import { cumulativeLinear, ore, roundNested } from '../../src/core/money';
import { budgetByCostCentre, cumulativeResultBudget, type BudgetStructure } from '../../src/core/post/budget';
import { buildReport } from '../../src/core/report';
import type { RawCell } from '../../src/core/input/types';
import { ModelEvaluator } from '../helpers/evalModel';
import { range, settings } from '../helpers/ranges';

/** Exact amount `num / den` as a Decimal. */
const exactOf = (num: number, den: number) => new Decimal(num).div(den);
/** True when `v` is `exact` rounded down or up (never a whole öre off). */
const nextTo = (v: number, exact: Decimal) => exact.minus(v).abs().lessThan(1);

describe('money.roundNested', () => {
  it('rounds the whole once and keeps each part next to its exact amount', () => {
    // two parts of ½ öre: each alone would round to 1, the whole (1 öre) to 1
    const parts = roundNested([6, 6], 12, [['a'], ['b']], [[], []]);
    expect(parts[0] + parts[1]).toBe(1);
    expect(parts.every((p) => p === 0 || p === 1)).toBe(true);
  });

  it('gives the öre to the larger remainder when it can choose', () => {
    expect(roundNested([2, 9, 1], 12, [[], [], []], [[], [], []])).toEqual([0, 1, 0]);
  });

  it('for random parts and two random nested groupings: whole rounded once, every group and part next to exact', () => {
    const part = fc.record({
      num: fc.integer({ min: -5_000_000, max: 5_000_000 }),
      a: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 4 }),
      b: fc.array(fc.constantFrom('p', 'q'), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 40 }), fc.constantFrom(12, 3, 100), (parts, den) => {
        const out = roundNested(
          parts.map((p) => p.num),
          den,
          parts.map((p) => p.a),
          parts.map((p) => p.b),
        );
        const total = parts.reduce((s, p) => s + p.num, 0);
        expect(out.reduce((s, v) => s + v, 0)).toBe(new Decimal(total).div(den).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() + 0);
        parts.forEach((p, i) => expect(nextTo(out[i], exactOf(p.num, den))).toBe(true));
        for (const family of ['a', 'b'] as const) {
          const groups = new Map<string, { num: number; v: number }>();
          parts.forEach((p, i) => {
            for (let k = 1; k <= p[family].length; k++) {
              const key = p[family].slice(0, k).join('/');
              const g = groups.get(key) ?? { num: 0, v: 0 };
              g.num += p.num;
              g.v += out[i];
              groups.set(key, g);
            }
          });
          for (const [key, g] of groups) expect({ key, ok: nextTo(g.v, exactOf(g.num, den)) }).toEqual({ key, ok: true });
        }
      }),
      { numRuns: 300 },
    );
  });
});

// A small chart: accounts by section and line, as the income statement groups them.
const CHART: { account: number; section: SectionKey; line: string }[] = [
  { account: 3010, section: 'revenue', line: 'Försäljning' },
  { account: 3510, section: 'revenue', line: 'Projektintäkter' },
  { account: 3740, section: 'revenue', line: 'Projektintäkter' },
  { account: 4010, section: 'expenses', line: 'Verksamhetsanknutna kostnader' },
  { account: 4020, section: 'expenses', line: 'Verksamhetsanknutna kostnader' },
  { account: 5010, section: 'expenses', line: 'Personalkostnader' },
  { account: 5410, section: 'expenses', line: 'Personalkostnader' },
  { account: 6110, section: 'expenses', line: 'Lokalkostnader' },
  { account: 3810, section: 'contributions', line: 'Erhållna bidrag' },
  { account: 3820, section: 'contributions', line: 'Erhållna bidrag' },
  { account: 8310, section: 'financialIncome', line: 'Finansiella intäkter' },
  { account: 8410, section: 'financialExpenses', line: 'Finansiella kostnader' },
  { account: 8710, section: 'extraordinaryIncome', line: 'Extraordinära intäkter' },
];
const GROUPS: Record<string, string> = { '': '', '10': 'Kansli', '20': 'Insatser', '30': 'Insatser', '40': '' };
const structure: BudgetStructure = {
  lineOf: (account) => CHART.find((c) => c.account === account),
  groupOf: (code) => GROUPS[code] ?? '',
};

/** Every total the report shows, by a key, with the predicate of the cells it adds. */
type Cell = { costCentre: string; account: number };
function totals(): [string, (c: Cell) => boolean][] {
  const at = (c: Cell) => structure.lineOf(c.account)!;
  const res1 = (s: SectionKey) => s === 'revenue' || s === 'expenses';
  const fin = (s: SectionKey) => s === 'contributions' || s === 'financialIncome' || s === 'financialExpenses';
  const out: [string, (c: Cell) => boolean][] = [
    ['RES3', () => true],
    ['RES2', (c) => res1(at(c).section) || fin(at(c).section)],
    ['RES1', (c) => res1(at(c).section)],
    ['bidrag och finansiella poster', (c) => fin(at(c).section)],
    ['net cost (Uppföljning KST total)', (c) => at(c).section !== 'contributions'],
  ];
  for (const s of new Set(CHART.map((c) => c.section))) out.push([`section ${s}`, (c) => at(c).section === s]);
  for (const l of new Set(CHART.map((c) => `${c.section}|${c.line}`))) out.push([`line ${l}`, (c) => `${at(c).section}|${at(c).line}` === l]);
  for (const a of CHART) out.push([`account ${a.account}`, (c) => c.account === a.account]);
  for (const g of new Set(Object.values(GROUPS)))
    out.push([`group ${g} (net)`, (c) => structure.groupOf(c.costCentre) === g && at(c).section !== 'contributions']);
  for (const cc of Object.keys(GROUPS)) {
    out.push([`cc ${cc} (net, its Uppföljning KST row)`, (c) => c.costCentre === cc && at(c).section !== 'contributions']);
    out.push([`cc ${cc} RES1`, (c) => c.costCentre === cc && res1(at(c).section)]);
    out.push([
      `cc ${cc} RES2 without contributions`,
      (c) => c.costCentre === cc && (res1(at(c).section) || (fin(at(c).section) && at(c).section !== 'contributions')),
    ]);
    out.push([`cc ${cc} financial items without contributions`, (c) => c.costCentre === cc && fin(at(c).section) && at(c).section !== 'contributions']);
    for (const s of new Set(CHART.map((x) => x.section))) out.push([`cc ${cc} section ${s}`, (c) => c.costCentre === cc && at(c).section === s]);
    for (const l of new Set(CHART.map((x) => `${x.section}|${x.line}`)))
      out.push([`cc ${cc} line ${l}`, (c) => c.costCentre === cc && `${at(c).section}|${at(c).line}` === l]);
  }
  return out;
}

const rowArb = fc.record({
  costCentre: fc.constantFrom(...Object.keys(GROUPS)),
  account: fc.constantFrom(...CHART.map((c) => c.account)),
  annual: fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  months: fc.option(fc.array(fc.integer({ min: -50_000_000, max: 50_000_000 }), { minLength: 12, maxLength: 12 }), { freq: 4 }),
});

function toRows(xs: { costCentre: string; account: number; annual: number; months: number[] | null }[]): BudgetRow[] {
  return xs.map((x, i) => {
    const row: BudgetRow = { account: x.account, annual: x.months ? x.months.reduce((a, b) => a + b, 0) : x.annual, sourceRow: i + 1 };
    if (x.costCentre) row.costCentre = x.costCentre;
    if (x.months) row.months = x.months;
    return row;
  });
}

/** The exact period budget (kr·100, i.e. öre with fractions) of the rows matching `of`, through month m. */
function exactPeriod(rows: BudgetRow[], m: number, of: (c: Cell) => boolean): Decimal {
  let given = 0;
  let linear = 0;
  for (const r of rows) {
    if (!of({ costCentre: r.costCentre ?? '', account: r.account })) continue;
    if (r.months) given += r.months.slice(0, m).reduce((a, b) => a + b, 0);
    else linear += r.annual;
  }
  return new Decimal(given).plus(new Decimal(linear).times(m).div(12));
}

function periodOf(byCc: ReturnType<typeof budgetByCostCentre>, of: (c: Cell) => boolean): number {
  let s = 0;
  for (const [costCentre, accounts] of byCc) for (const [account, f] of accounts) if (of({ costCentre, account })) s += f.period;
  return s;
}

describe('period budget of random budgets (post/budget.ts)', () => {
  it('every month: the result periodised once, every total and row next to its exact amount, rows add up', () => {
    const all = totals();
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), (xs) => {
        const rows = toRows(xs);
        const linearResult = rows.filter((r) => !r.months).reduce((a, r) => a + r.annual, 0);
        const resultByMonth = cumulativeResultBudget(rows, () => true);
        for (let m = 1; m <= 12; m++) {
          const byCc = budgetByCostCentre(rows, m, structure);
          const given = rows.filter((r) => r.months).reduce((a, r) => a + r.months!.slice(0, m).reduce((x, y) => x + y, 0), 0);
          // the result: the annual amount periodised once, exactly
          expect(periodOf(byCc, () => true)).toBe(given + cumulativeLinear(ore(linearResult), m));
          expect(resultByMonth[m - 1]).toBe(given + cumulativeLinear(ore(linearResult), m));
          for (const [key, of] of all) {
            const v = periodOf(byCc, of);
            const exact = exactPeriod(rows, m, of);
            expect({ m, key, v, exact: exact.toFixed(4), ok: nextTo(v, exact) }).toEqual({ m, key, v, exact: exact.toFixed(4), ok: true });
          }
          // each (cost centre, account) too
          for (const [costCentre, accounts] of byCc) {
            for (const [account, f] of accounts) {
              const exact = exactPeriod(rows, m, (c) => c.costCentre === costCentre && c.account === account);
              expect(nextTo(f.period, exact)).toBe(true);
              if (m === 12) expect(f.period).toBe(f.year);
            }
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('a budget whose annual result is zero has a zero period result in every month', () => {
    const plan = fc.record({
      costs: fc.array(
        fc.record({
          costCentre: fc.constantFrom(...Object.keys(GROUPS)),
          account: fc.constantFrom(4010, 4020, 5010, 5410, 6110),
          annual: fc.integer({ min: 1, max: 900_000_000 }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
      members: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(plan, ({ costs, members }) => {
        const total = costs.reduce((a, c) => a + c.annual, 0);
        // the contributions cover the costs exactly, split over the members' accounts
        const shares = Array.from({ length: members }, (_, i) => Math.floor(total / members) + (i < total % members ? 1 : 0));
        const rows = toRows([
          ...costs.map((c) => ({ ...c, months: null })),
          ...shares.map((s, i) => ({ costCentre: '10', account: i % 2 ? 3820 : 3810, annual: -s, months: null })),
        ]);
        for (let m = 1; m <= 12; m++) expect(periodOf(budgetByCostCentre(rows, m, structure), () => true)).toBe(0);
        expect(cumulativeResultBudget(rows, () => true).every((v) => v === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the report of random budgets (buildReport)', () => {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
  const ACCOUNTS = [3740, 3810, 3820, 3990, 4010, 5010, 5410, 5539, 5540, 6110, 7619, 8310, 8410];
  const kr = (ore: number) => new Decimal(ore).div(100).toFixed(2);
  const arb = fc.record({
    rows: fc.array(
      fc.record({
        cc: fc.constantFrom('', '10', '20', '30'),
        account: fc.constantFrom(...ACCOUNTS),
        annual: fc.integer({ min: -900_000_000, max: 900_000_000 }),
        months: fc.option(fc.array(fc.integer({ min: -9_000_000, max: 9_000_000 }), { minLength: 12, maxLength: 12 }), { freq: 3 }),
      }),
      { minLength: 1, maxLength: 25 },
    ),
    period: fc.integer({ min: 1, max: 12 }),
    withMonths: fc.boolean(),
  });

  it('RES3 is the annual result periodised once; without months every sum row and cost centre is next to annual × period / 12', () => {
    fc.assert(
      fc.property(arb, ({ rows, period, withMonths }) => {
        const budgetRows = rows.map((r) => ({ ...r, months: withMonths ? r.months : null }));
        const budget: RawCell[][] = [['Kostnadsställe', 'Konto', 'Helår', ...MONTHS]];
        for (const r of budgetRows) budget.push([r.cc, r.account, r.months ? null : kr(r.annual), ...(r.months ? r.months.map(kr) : MONTHS.map(() => null))]);
        const { model, problems } = buildReport({
          ranges: [
            range('Huvudbok', [
              ['Period', 'Konto', 'Kostnadsställe', 'Belopp'],
              ['2024-01', 5010, '10', 100],
              ['2024-01', 1930, '', -100],
            ]),
            range('Budget', budget),
            range('Kostnadsstallen', [
              ['Kod', 'Namn', 'Grupp'],
              ['10', 'Kansli', 'A'],
              ['20', 'Insats', 'B'],
              ['30', 'Insats 2', 'B'],
            ]),
            settings({ Räkenskapsår: 2024, Period: period }),
          ],
        });
        if (!model) throw new Error(JSON.stringify(problems));
        const income = model.statements.find((s) => s.key === 'income')!;
        const given = budgetRows.reduce((a, r) => a + (r.months ? r.months.slice(0, period).reduce((x, y) => x + y, 0) : 0), 0);
        const linear = budgetRows.reduce((a, r) => a + (r.months ? 0 : r.annual), 0);
        const res3 = income.lines.find((l) => l.key === 'RES3')!.values.budget!;
        expect(res3).toBe(kr(-(given + cumulativeLinear(ore(linear), period))));
        if (!withMonths) {
          const ccs = model.statements.find((s) => s.key === 'costCentres')!;
          for (const l of [...income.lines.filter((x) => x.kind !== 'heading'), ...ccs.lines]) {
            if (l.values.budget === null) continue;
            const exact = new Decimal(l.values.budgetYear!).times(period).div(12);
            expect({ line: l.key, ok: exact.minus(l.values.budget).abs().lessThan('0.01') }).toEqual({ line: l.key, ok: true });
          }
        }
        expect(new ModelEvaluator(model).mismatches()).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
