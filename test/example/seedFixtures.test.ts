/**
 * The seed fixtures (test/fixtures) must reproduce their seeds: a small, independent replay of
 * each fixture's ledger — its own chart lookup, sums in integer öre — is compared with the
 * figures the fixture quotes from the seed. If a digit of the hand-written ledger is off,
 * these tests say which line.
 */
import type { RangeData, RawCell } from '../../src/core/input/types';
import { SEED001_EXPECTED, seed001Ranges } from '../fixtures/seed001';
import { SEED004_EXPECTED, seed004Ranges } from '../fixtures/seed004';

const ore = (v: RawCell): number => Math.round((v as number) * 100);
const kr = (o: number): string => `${o < 0 ? '-' : ''}${Math.floor(Math.abs(o) / 100)}.${String(Math.abs(o) % 100).padStart(2, '0')}`;
/** öre → tkr, half away from zero, as the seeds round. */
const tkr = (o: number): string => String(Math.sign(o) * Math.round(Math.abs(o) / 100_000) + 0);

function get(ranges: RangeData[], name: string): { rows: RawCell[][]; col: (h: string) => number } | undefined {
  const r = ranges.find((x) => x.name === name);
  if (!r) return undefined;
  const [header, ...rows] = r.values;
  return { rows, col: (h) => header.indexOf(h) };
}

interface Replay {
  line: (account: number) => { section: string; line: string };
  income: Map<string, { actual: number; budget: number }>;
  balance: Map<string, { opening: number; closing: number }>;
  accountClosing: Map<number, number>;
  accountActual: Map<number, number>;
  voucherSums: Map<string, number>;
  openingSum: number;
  result: number;
  budgetResult: number;
}

const ASSETS = new Set(['Anläggningstillgångar', 'Kortfristiga fordringar', 'Kortfristiga placeringar', 'Likvida medel']);

function replay(ranges: RangeData[], year: number, period: number): Replay {
  const chart = get(ranges, 'Kontoplan')!;
  const spans = chart.rows.map((r) => {
    const k = r[chart.col('Konto')];
    const [from, to] = typeof k === 'number' ? [k, k] : String(k).split('-').map(Number);
    return { from, to, section: String(r[chart.col('Avsnitt')]), line: String(r[chart.col('Rad')]) };
  });
  const line = (account: number) => {
    const hits = spans.filter((s) => account >= s.from && account <= s.to).sort((a, b) => a.to - a.from - (b.to - b.from));
    if (!hits.length) throw new Error(`account ${account} is not in the fixture's Kontoplan`);
    return hits[0];
  };
  const income = new Map<string, { actual: number; budget: number }>();
  const balance = new Map<string, { opening: number; closing: number }>();
  const accountClosing = new Map<number, number>();
  const accountActual = new Map<number, number>();
  const voucherSums = new Map<string, number>();
  for (const s of spans) {
    if (ASSETS.has(s.section) || ['Eget kapital', 'Periodens resultat', 'Avsättningar', 'Långfristiga skulder', 'Kortfristiga skulder'].includes(s.section)) {
      balance.set(s.line, { opening: 0, closing: 0 });
    } else income.set(s.line, { actual: 0, budget: 0 });
  }
  const present = (section: string, debit: number) => (ASSETS.has(section) ? debit : -debit);

  const ib = get(ranges, 'IngaendeBalans')!;
  let openingSum = 0;
  for (const r of ib.rows) {
    const account = r[ib.col('Konto')] as number;
    const o = ore(r[ib.col('Belopp')]);
    openingSum += o;
    accountClosing.set(account, (accountClosing.get(account) ?? 0) + o);
    const l = line(account);
    const b = balance.get(l.line)!;
    b.opening += present(l.section, o);
    b.closing += present(l.section, o);
  }

  const ledger = get(ranges, 'Huvudbok')!;
  let result = 0;
  for (const r of ledger.rows) {
    const date = r[ledger.col('Datum')] as Date;
    const o = ore(r[ledger.col('Belopp')]);
    const id = String(r[ledger.col('Verifikation')]);
    voucherSums.set(id, (voucherSums.get(id) ?? 0) + o);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() + 1 > period) continue;
    const account = r[ledger.col('Konto')] as number;
    const l = line(account);
    if (account < 3000) {
      accountClosing.set(account, (accountClosing.get(account) ?? 0) + o);
      balance.get(l.line)!.closing += present(l.section, o);
    } else {
      accountActual.set(account, (accountActual.get(account) ?? 0) - o);
      income.get(l.line)!.actual -= o;
      result -= o;
    }
  }

  let budgetResult = 0;
  const budget = get(ranges, 'Budget');
  for (const r of budget?.rows ?? []) {
    const annual = ore(r[budget!.col('Helår')]);
    if ((annual * period) % 12 !== 0) throw new Error(`budget ${annual} öre is not whole öre for ${period} months`);
    const part = (annual * period) / 12;
    income.get(line(r[budget!.col('Konto')] as number).line)!.budget -= part;
    budgetResult -= part;
  }
  return { line, income, balance, accountClosing, accountActual, voucherSums, openingSum, result, budgetResult };
}

/** The statement's totals from its lines, as report.md defines them. */
function incomeStatement(rp: Replay, ranges: RangeData[], column: 'actual' | 'budget'): Map<string, string> {
  const chart = get(ranges, 'Kontoplan')!;
  const bySection = (section: string) => {
    const lines = new Set(chart.rows.filter((r) => r[chart.col('Avsnitt')] === section).map((r) => String(r[chart.col('Rad')])));
    return [...lines].reduce((s, l) => s + rp.income.get(l)![column], 0);
  };
  const out = new Map<string, string>();
  for (const [l, v] of rp.income) out.set(l, kr(v[column]));
  const revenue = bySection('Intäkter');
  const expenses = bySection('Kostnader');
  const res1 = revenue + expenses;
  const financial = bySection('Bidrag') + bySection('Finansiella intäkter') + bySection('Finansiella kostnader');
  const res2 = res1 + financial;
  const res3 = res2 + bySection('Extraordinära intäkter') + bySection('Extraordinära kostnader');
  out.set('Summa verksamhetens intäkter', kr(revenue));
  out.set('Summa verksamhetens kostnader', kr(expenses));
  out.set('Verksamhetens nettokostnad', kr(res1));
  out.set('Summa bidrag och finansiella poster', kr(financial));
  out.set('Resultat före extraordinära poster', kr(res2));
  out.set('Periodens resultat', kr(res3));
  return out;
}

function balanceSheet(rp: Replay): Map<string, { opening: string; change: string; closing: string }> {
  const v = (l: string) => rp.balance.get(l) ?? { opening: 0, closing: 0 };
  const sum = (...ls: { opening: number; closing: number }[]) => ({
    opening: ls.reduce((s, x) => s + x.opening, 0),
    closing: ls.reduce((s, x) => s + x.closing, 0),
  });
  const result = { opening: v('Periodens resultat').opening, closing: v('Periodens resultat').opening + rp.result };
  const fixed = v('Anläggningstillgångar');
  const current = sum(v('Kortfristiga fordringar'), v('Kortfristiga placeringar'), v('Likvida medel'));
  const equity = sum(v('Eget kapital'), result);
  const debts = sum(v('Långfristiga skulder'), v('Kortfristiga skulder'));
  const rows: [string, { opening: number; closing: number }][] = [
    ['Anläggningstillgångar', fixed],
    ['Summa anläggningstillgångar', fixed],
    ['Kortfristiga fordringar', v('Kortfristiga fordringar')],
    ['Likvida medel', v('Likvida medel')],
    ['Summa omsättningstillgångar', current],
    ['Summa tillgångar', sum(fixed, current)],
    ['Eget kapital', v('Eget kapital')],
    ['Periodens resultat', result],
    ['Summa eget kapital', equity],
    ['Kortfristiga skulder', v('Kortfristiga skulder')],
    ['Summa skulder', debts],
    ['Summa eget kapital, avsättningar och skulder', sum(equity, v('Avsättningar'), debts)],
  ];
  return new Map(rows.map(([l, x]) => [l, { opening: kr(x.opening), change: kr(x.closing - x.opening), closing: kr(x.closing) }]));
}

function cashFlow(rp: Replay): Map<string, string> {
  const change = (l: string) => {
    const b = rp.balance.get(l) ?? { opening: 0, closing: 0 };
    return b.closing - b.opening;
  };
  const receivables = -change('Kortfristiga fordringar');
  const liabilities = change('Kortfristiga skulder');
  const cash = rp.balance.get('Likvida medel')!;
  return new Map([
    ['Periodens resultat', kr(rp.result)],
    ['Kassaflöde från löpande verksamhet', kr(rp.result)],
    ['Kortfristiga fordringar (ökning −, minskning +)', kr(receivables)],
    ['Kortfristiga skulder (ökning +, minskning −)', kr(liabilities)],
    ['Förändring av rörelsekapital', kr(receivables + liabilities)],
    ['Investeringsnetto', kr(0)],
    ['Finansieringsnetto', kr(0)],
    ['Förändring av likvida medel', kr(rp.result + receivables + liabilities)],
    ['Likvida medel vid periodens början', kr(cash.opening)],
    ['Likvida medel vid periodens slut', kr(cash.closing)],
  ]);
}

describe.each([
  ['seed 004', seed004Ranges, SEED004_EXPECTED],
  ['seed 001', seed001Ranges, SEED001_EXPECTED],
] as const)('%s fixture', (_, ranges, expected) => {
  const rp = replay(ranges(), expected.year, expected.period);

  test('every voucher balances and the opening balance sums to zero', () => {
    expect([...rp.voucherSums].filter(([, s]) => s !== 0)).toEqual([]);
    expect(rp.openingSum).toBe(0);
  });

  test("the income statement's actual column is the seed's", () => {
    const got = incomeStatement(rp, ranges(), 'actual');
    for (const e of expected.incomeStatement) expect([e.line, got.get(e.line)]).toEqual([e.line, e.actual]);
  });

  test("the balance sheet is the seed's (with the change column as it must be)", () => {
    const got = balanceSheet(rp);
    for (const e of expected.balanceSheet) expect([e.line, got.get(e.line)]).toEqual([e.line, { opening: e.opening, change: e.change, closing: e.closing }]);
  });

  test("the balance-sheet notes' accounts close at the seed's figures", () => {
    for (const e of expected.balanceNotes) {
      const debit = rp.accountClosing.get(e.account) ?? 0;
      const shown = e.account < 2000 ? debit : -debit;
      expect([e.account, kr(shown)]).toEqual([e.account, e.closing]);
      expect(rp.line(e.account).line).toBe(e.line);
    }
  });

  test('the cash flow explains the change of cash', () => {
    const got = cashFlow(rp);
    for (const e of expected.cashFlow) expect([e.line, got.get(e.line)]).toEqual([e.line, e.amount]);
  });
});

describe('seed 004 fixture, budget and follow-up', () => {
  const ranges = seed004Ranges();
  const rp = replay(ranges, 2007, 3);

  test("the income statement's budget column is the seed's 'Budget jan-mars 2007'", () => {
    const got = incomeStatement(rp, ranges, 'budget');
    for (const e of SEED004_EXPECTED.incomeStatement) expect([e.line, got.get(e.line)]).toEqual([e.line, e.budget]);
  });

  test("Not 1 Övriga kostnader lists the seed's accounts and amounts", () => {
    for (const e of SEED004_EXPECTED.otherCostsNote) {
      expect([e.account, kr(rp.accountActual.get(e.account) ?? 0)]).toEqual([e.account, e.actual]);
      expect(rp.line(e.account).line).toBe('Övriga kostnader');
    }
  });

  test("the cost centres give section 7's table in tkr, and the summary gives section 5's", () => {
    const ledger = get(ranges, 'Huvudbok')!;
    const budget = get(ranges, 'Budget')!;
    const forecast = get(ranges, 'Prognos')!;
    const isContribution = (a: number) => a >= 3800 && a <= 3899;
    const actualOf = new Map<number | null, number>();
    for (const r of ledger.rows) {
      const a = r[ledger.col('Konto')] as number;
      if (a < 3000 || isContribution(a)) continue;
      const cc = r[ledger.col('Kostnadsställe')] as number;
      actualOf.set(cc, (actualOf.get(cc) ?? 0) - ore(r[ledger.col('Belopp')]));
    }
    const budgetYearOf = new Map<number | null, number>();
    for (const r of budget.rows) {
      if (isContribution(r[budget.col('Konto')] as number)) continue;
      const cc = r[budget.col('Kostnadsställe')] as number;
      budgetYearOf.set(cc, (budgetYearOf.get(cc) ?? 0) - ore(r[budget.col('Helår')]));
    }
    const forecastOf = new Map(forecast.rows.map((r) => [r[forecast.col('Kostnadsställe')] as number, -ore(r[forecast.col('Helår')])]));
    const total = (m: Map<number | null, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    for (const e of SEED004_EXPECTED.costCentresTkr) {
      const pick = (m: Map<number | null, number>) => (e.costCentre === null ? total(m) : (m.get(e.costCentre) ?? 0));
      const actual = pick(actualOf);
      const budgetPeriod = pick(budgetYearOf) / 4;
      expect([e.name, tkr(actual), tkr(budgetPeriod), tkr(actual - budgetPeriod), tkr(pick(forecastOf)), tkr(pick(budgetYearOf))]).toEqual([
        e.name,
        e.actual,
        e.budget,
        e.variance,
        e.forecast,
        e.budgetYear,
      ]);
    }
    // Section 5: Bidrag has no forecast of its own (the full-year budget); the result's forecast adds the two.
    const contributionsYear = 3_750_000_00;
    const net = total(actualOf);
    const netBudget = total(budgetYearOf) / 4;
    const [netRow, contributionRow, resultRow, equityRow] = SEED004_EXPECTED.summaryTkr;
    expect([tkr(net), tkr(netBudget), tkr(net - netBudget), tkr(total(forecastOf)), tkr(total(budgetYearOf))]).toEqual([
      netRow.actual,
      netRow.budget,
      netRow.variance,
      netRow.forecast,
      netRow.budgetYear,
    ]);
    const contributions = rp.income.get('Erhållna bidrag från huvudmännen')!;
    expect([
      tkr(contributions.actual),
      tkr(contributions.budget),
      tkr(contributions.actual - contributions.budget),
      tkr(contributionsYear),
      tkr(contributionsYear),
    ]).toEqual([contributionRow.actual, contributionRow.budget, contributionRow.variance, contributionRow.forecast, contributionRow.budgetYear]);
    expect([
      tkr(rp.result),
      tkr(rp.budgetResult),
      tkr(rp.result - rp.budgetResult),
      tkr(contributionsYear + total(forecastOf)),
      tkr(contributionsYear + total(budgetYearOf)),
    ]).toEqual([resultRow.actual, resultRow.budget, resultRow.variance, resultRow.forecast, resultRow.budgetYear]);
    const equity = rp.balance.get('Eget kapital')!;
    expect([tkr(equity.closing + rp.result), tkr(equity.opening + contributionsYear + total(forecastOf))]).toEqual([equityRow.actual, equityRow.forecast]);
  });
});

describe('seed 001 fixture', () => {
  test("the expected change column is the corrected one, not the seed's", () => {
    for (const wrong of SEED001_EXPECTED.seedWrongChanges) {
      const line = SEED001_EXPECTED.balanceSheet.find((l) => l.line === wrong.line)!;
      expect(line.change).not.toBe(wrong.seed);
    }
    const total = SEED001_EXPECTED.balanceSheet.find((l) => l.line === 'Summa eget kapital, avsättningar och skulder')!;
    const assets = SEED001_EXPECTED.balanceSheet.find((l) => l.line === 'Summa tillgångar')!;
    expect(total.change).toBe(assets.change);
    expect(SEED001_EXPECTED.result).toBe(SEED001_EXPECTED.incomeStatement.find((l) => l.line === 'Periodens resultat')!.actual);
  });

  test("the income notes' accounts are the seed's", () => {
    const ranges = seed001Ranges();
    const rp = replay(ranges, 2024, 8);
    for (const e of SEED001_EXPECTED.incomeNotes) {
      expect([e.account, kr(rp.accountActual.get(e.account) ?? 0)]).toEqual([e.account, e.actual]);
      expect(rp.line(e.account).line).toBe(e.line);
    }
  });
});
