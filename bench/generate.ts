/**
 * The benchmark ledger: exactly `rows` ledger rows of balanced vouchers over two whole fiscal
 * years (the year before and the report year), 40 cost centres, 124 accounts, and the other
 * contract ranges the report needs — IngaendeBalans, Kontoplan, Budget, Prognos,
 * Kostnadsstallen, Installningar — as the raw 2D arrays a workbook reader hands the core.
 *
 * Deterministic: the same options give the same arrays, cell for cell (a seeded mulberry32,
 * never Math.random). Built straight into the final arrays, so generating a million rows
 * leaves little garbage behind to blur the memory baseline.
 *
 * Dates are either `Date` objects, one per cell (what the CLI's .xlsx reader returns for a
 * date-formatted cell), or Excel serial numbers (what Office.js `range.values` returns).
 */
import type { RangeData, RawCell } from '../src/core/input/types';
import { Prng } from '../src/example/prng';
import {
  BANK,
  BOARD_FEE_ACCOUNT,
  CHART,
  CONTRIBUTION_ACCOUNTS,
  COST_CENTRES,
  EQUITY,
  FEE_ACCOUNT,
  FINANCING_CENTRE,
  ORGANISATION,
  PAYABLES,
  PROJECT_CENTRES,
  PROJECT_CODE,
  RECEIVABLES,
  SALARY_ACCOUNT,
  SALES_ACCOUNTS,
  SOCIAL_FEES,
  SPENDING_CENTRES,
  SUPPLIER_ACCOUNTS,
  TAX,
} from './organisation';

export type DateShape = 'date' | 'serial';

export interface BenchOptions {
  /** Exact number of ledger rows (at least `MIN_ROWS`). */
  rows: number;
  /** The report year; the ledger holds it and the year before, January to December. */
  year?: number;
  seed?: number;
  dates?: DateShape;
}

export interface BenchWorkbook {
  ranges: RangeData[];
  /** The report year and its last month (the whole year). */
  year: number;
  period: number;
  ledgerRows: number;
  vouchers: number;
  /** Column indexes of the ledger range (for the floor loop and the writers). */
  ledgerColumns: typeof LEDGER_COLUMNS;
}

export const DEFAULT_YEAR = 2024;
export const DEFAULT_SEED = 424242;
/** The fixed part (payroll, contributions, tax payments) needs about 2 100 rows. */
export const MIN_ROWS = 5_000;

export const LEDGER_HEADER = ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp'] as const;
export const LEDGER_COLUMNS = { date: 0, voucher: 1, account: 2, costCentre: 3, project: 4, text: 5, amount: 6 } as const;

const MONTHS = 24;
const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel serial 0) to 1970-01-01. */
const EXCEL_EPOCH = 25_569;

/** Builds the benchmark workbook's ranges. Throws for fewer than `MIN_ROWS` rows (a programmer mistake). */
export function benchWorkbook(options: BenchOptions): BenchWorkbook {
  const year = options.year ?? DEFAULT_YEAR;
  if (!Number.isInteger(options.rows) || options.rows < MIN_ROWS) throw new Error(`benchWorkbook: rows must be an integer ≥ ${MIN_ROWS}`);
  const ledger = new LedgerWriter(year, options.seed ?? DEFAULT_SEED, options.dates ?? 'date');
  ledger.generate(options.rows);
  const ranges: RangeData[] = [
    at('Installningar', 'Inställningar', settingsValues(year)),
    at('Huvudbok', 'Huvudbok', ledger.values),
    at('IngaendeBalans', 'IB', ledger.openingValues()),
    at('Kontoplan', 'Kontoplan', chartValues()),
    at('Kostnadsstallen', 'Kostnadsställen', costCentreValues()),
    at('Budget', 'Budget', ledger.budgetValues()),
    at('Prognos', 'Prognos', ledger.forecastValues()),
  ];
  return { ranges, year, period: 12, ledgerRows: ledger.values.length - 1, vouchers: ledger.voucherCount, ledgerColumns: LEDGER_COLUMNS };
}

/** Every range sits on its own sheet at A1. */
const at = (name: string, sheet: string, values: RawCell[][]): RangeData => ({ name, sheet, row: 0, col: 0, values });

function settingsValues(year: number): RawCell[][] {
  return [
    ['Inställning', 'Värde'],
    ['Organisation', ORGANISATION],
    ['Räkenskapsår', year],
    ['Period', 12],
    ['Språk', 'sv'],
    ['Eget kapital mål', 2_000_000],
    ['Prognosmetod', 'Budget'],
    ['Avvikelsegräns', 0.1],
  ];
}

function chartValues(): RawCell[][] {
  const rows: RawCell[][] = [['Konto', 'Benämning', 'Avsnitt', 'Rad', 'Not']];
  for (const g of CHART) {
    rows.push([g.from === g.to ? g.from : `${g.from}-${g.to}`, g.line, g.section, g.line, g.note ? 'x' : null]);
    for (const [account, name] of g.accounts) if (account !== g.from || g.from !== g.to) rows.push([account, name, g.section, g.line, g.note ? 'x' : null]);
  }
  return rows;
}

function costCentreValues(): RawCell[][] {
  return [['Kostnadsställe', 'Namn', 'Grupp'], ...COST_CENTRES.map((c) => [c.code, c.name, c.group])];
}

interface Draft {
  day: number;
  series: string;
  text: string;
  accounts: number[];
  costCentres: number[];
  /** öre, debit positive; sums to zero */
  amounts: number[];
}

/** Payments still open: supplier invoices (öre) in the order they were booked. */
class Queue {
  private items: number[] = [];
  private head = 0;
  push(v: number): void {
    this.items.push(v);
  }
  shift(): number | undefined {
    if (this.head >= this.items.length) return undefined;
    const v = this.items[this.head++];
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

class LedgerWriter {
  readonly values: RawCell[][] = [[...LEDGER_HEADER]];
  voucherCount = 0;
  /** öre */
  private contributionsPerYear = 0;
  private readonly random: Prng;
  private readonly open = new Queue();
  private readonly seq = new Map<string, number>();
  private invoiceNo = 10_000;
  /** Balance-sheet accounts: movements of the year before, öre. */
  private readonly priorBalance = new Map<number, number>();
  private priorResult = 0;
  /** `account * 10000 + costCentre` → öre of the year before (result accounts). */
  private readonly priorByCentre = new Map<number, number>();
  private readonly openingPrior = new Map<number, number>([
    [BANK, 450_000_000],
    [RECEIVABLES, 30_000_000],
    [EQUITY, -400_000_000],
    [PAYABLES, -80_000_000],
  ]);
  private budget: { costCentre: number; account: number; annual: number; months?: number[] }[] | undefined;

  constructor(
    readonly year: number,
    seed: number,
    readonly dates: DateShape,
  ) {
    this.random = new Prng(seed);
  }

  generate(rows: number): void {
    const fixed = (m: number) => this.fixedVouchers(m);
    // Count the fixed part first (it does not depend on the random stream's state).
    const fixedRows = Array.from({ length: MONTHS }, (_, m) => fixed(m).reduce((n, v) => n + v.accounts.length, 0));
    const totalFixed = fixedRows.reduce((a, b) => a + b, 0);
    const variable = rows - totalFixed;
    if (variable < 2 * MONTHS) throw new Error(`benchWorkbook: ${rows} rows is fewer than the fixed part (${totalFixed}) needs`);
    const perMonth = Math.floor(variable / MONTHS);
    // Contributions that cover a year's payroll and the expected net cost of the variable
    // vouchers (see NET_COST_PER_ROW), so equity stays near its opening level at every size.
    let payroll = 0;
    for (let month = 1; month <= 12; month++) for (const cc of SPENDING_CENTRES) payroll += Math.round(salaryOf(cc, month) * (1 + FEE_RATE));
    this.contributionsPerYear = Math.round((payroll + (NET_COST_PER_ROW * variable) / 2) * 1.01);
    for (let m = 0; m < MONTHS; m++) {
      let budget = m === MONTHS - 1 ? variable - perMonth * (MONTHS - 1) : perMonth;
      const drafts = fixed(m);
      while (budget > 0) {
        const d = this.variableVoucher(m, budget);
        budget -= d.accounts.length;
        drafts.push(d);
      }
      drafts.sort((a, b) => a.day - b.day);
      for (const d of drafts) this.emit(m, d);
    }
  }

  private ym(m: number): { y: number; month: number } {
    return { y: this.year - 1 + Math.floor(m / 12), month: (m % 12) + 1 };
  }

  /** Payroll on the 25th, last month's tax and fees paid on the 12th, contributions quarterly. */
  private fixedVouchers(m: number): Draft[] {
    const { month } = this.ym(m);
    const out: Draft[] = [];
    const payroll: Draft = { day: 25, series: 'LÖ', text: `Lön ${month}`, accounts: [], costCentres: [], amounts: [] };
    let gross = 0;
    let fees = 0;
    for (const cc of SPENDING_CENTRES) {
      const salary = salaryOf(cc, month);
      const fee = Math.round(salary * FEE_RATE);
      payroll.accounts.push(cc === 1000 ? BOARD_FEE_ACCOUNT : SALARY_ACCOUNT, FEE_ACCOUNT);
      payroll.costCentres.push(cc, cc);
      payroll.amounts.push(salary, fee);
      gross += salary;
      fees += fee;
    }
    const tax = Math.round(gross * 0.3);
    payroll.accounts.push(TAX, SOCIAL_FEES, BANK);
    payroll.costCentres.push(0, 0, 0);
    payroll.amounts.push(-tax, -fees, -(gross - tax));
    out.push(payroll);
    if (m > 0) {
      // Last month's tax and fees (the same formula one month back).
      const prev = this.fixedPayrollTotals(m - 1);
      out.push({
        day: 12,
        series: 'SK',
        text: 'Skattekonto, skatt och arbetsgivaravgifter',
        accounts: [TAX, SOCIAL_FEES, BANK],
        costCentres: [0, 0, 0],
        amounts: [prev.tax, prev.fees, -(prev.tax + prev.fees)],
      });
    }
    if (month % 3 === 1) {
      const invoice: Draft = { day: 5, series: 'KF', text: `Medlemsbidrag kvartal ${(month + 2) / 3}`, accounts: [], costCentres: [], amounts: [] };
      let total = 0;
      const shares = contributionShares(Math.round(this.contributionsPerYear / 4));
      CONTRIBUTION_ACCOUNTS.forEach((account, i) => {
        const share = shares[i];
        invoice.accounts.push(account);
        invoice.costCentres.push(FINANCING_CENTRE);
        invoice.amounts.push(-share);
        total += share;
        out.push({
          day: 20 + (i % 8),
          series: 'BK',
          text: `Inbetalning medlemsbidrag ${account}`,
          accounts: [BANK, RECEIVABLES],
          costCentres: [0, 0],
          amounts: [share, -share],
        });
      });
      invoice.accounts.push(RECEIVABLES);
      invoice.costCentres.push(0);
      invoice.amounts.push(total);
      out.push(invoice);
    }
    return out;
  }

  private fixedPayrollTotals(m: number): { tax: number; fees: number } {
    const month = (m % 12) + 1;
    let gross = 0;
    let fees = 0;
    for (const cc of SPENDING_CENTRES) {
      const salary = salaryOf(cc, month);
      gross += salary;
      fees += Math.round(salary * FEE_RATE);
    }
    return { tax: Math.round(gross * 0.3), fees };
  }

  /** A supplier invoice, a payment or a customer invoice of 2–5 rows that fits in `budget` rows. */
  private variableVoucher(m: number, budget: number): Draft {
    const r = this.random;
    const wanted = r.next();
    let size = wanted < 0.45 ? 2 : wanted < 0.75 ? 3 : wanted < 0.9 ? 4 : 5;
    size = Math.min(size, budget);
    if (budget - size === 1) size++;
    const day = r.int(1, 28);
    const kind = r.next();
    if (size === 2 && kind < 0.55) {
      const amount = this.open.shift() ?? r.int(10_000, 2_000_000);
      return { day, series: 'LB', text: `Betalning leverantör ${r.int(1, 400)}`, accounts: [PAYABLES, BANK], costCentres: [0, 0], amounts: [amount, -amount] };
    }
    const lines = size - 1;
    const d: Draft = { day, series: '', text: '', accounts: [], costCentres: [], amounts: [] };
    let total = 0;
    const sale = size === 2 ? kind < 0.75 : kind < 0.1;
    for (let i = 0; i < lines; i++) {
      const ore = r.int(10_000, 1_000_000);
      d.accounts.push(sale ? r.pick(SALES_ACCOUNTS) : r.pick(SUPPLIER_ACCOUNTS));
      d.costCentres.push(r.pick(SPENDING_CENTRES));
      d.amounts.push(sale ? -ore : ore);
      total += ore;
    }
    this.invoiceNo++;
    if (sale) {
      d.series = 'KF';
      d.text = `Kundfaktura ${this.invoiceNo}`;
      d.accounts.push(RECEIVABLES);
      d.amounts.push(total);
    } else {
      d.series = 'LF';
      d.text = `Leverantörsfaktura ${this.invoiceNo} leverantör ${r.int(1, 400)}`;
      d.accounts.push(PAYABLES);
      d.amounts.push(-total);
      this.open.push(total);
    }
    d.costCentres.push(0);
    return d;
  }

  private emit(m: number, d: Draft): void {
    const { y, month } = this.ym(m);
    const key = `${d.series}${y}`;
    const n = (this.seq.get(key) ?? 0) + 1;
    this.seq.set(key, n);
    const id = `${d.series}${String(y).slice(2)}-${String(n).padStart(6, '0')}`;
    const epochDay = Date.UTC(y, month - 1, d.day) / MS_PER_DAY;
    const prior = y < this.year;
    this.voucherCount++;
    for (let i = 0; i < d.accounts.length; i++) {
      const account = d.accounts[i];
      const cc = d.costCentres[i];
      const ore = d.amounts[i];
      const date: RawCell = this.dates === 'date' ? new Date(epochDay * MS_PER_DAY) : epochDay + EXCEL_EPOCH;
      this.values.push([date, id, account, cc === 0 ? null : cc, PROJECT_CENTRES.has(cc) ? PROJECT_CODE : null, d.text, ore / 100]);
      if (!prior) continue;
      if (account < 3000) this.priorBalance.set(account, (this.priorBalance.get(account) ?? 0) + ore);
      else {
        this.priorResult += ore;
        const k = account * 10_000 + cc;
        this.priorByCentre.set(k, (this.priorByCentre.get(k) ?? 0) + ore);
      }
    }
  }

  /** Balance-sheet accounts at 1 January of the report year; the prior year's result moved into equity. */
  openingValues(): RawCell[][] {
    const opening = new Map(this.openingPrior);
    for (const [account, ore] of this.priorBalance) opening.set(account, (opening.get(account) ?? 0) + ore);
    opening.set(EQUITY, (opening.get(EQUITY) ?? 0) + this.priorResult);
    const rows: RawCell[][] = [['Konto', 'Belopp']];
    for (const [account, ore] of [...opening].sort((a, b) => a[0] - b[0])) if (ore !== 0) rows.push([account, ore / 100]);
    return rows;
  }

  /**
   * The report year's budget: last year's actual + 3 % in whole kronor for the payroll and
   * the three largest other accounts of each cost centre, the contributions quarterly;
   * every fourth row also has its twelve months.
   */
  private budgetRows(): { costCentre: number; account: number; annual: number; months?: number[] }[] {
    if (this.budget) return this.budget;
    const byCentre = new Map<number, { account: number; ore: number }[]>();
    for (const [k, ore] of this.priorByCentre) {
      const cc = k % 10_000;
      const list = byCentre.get(cc) ?? [];
      list.push({ account: Math.floor(k / 10_000), ore });
      byCentre.set(cc, list);
    }
    const rows: { costCentre: number; account: number; annual: number; months?: number[] }[] = [];
    for (const { code } of COST_CENTRES) {
      const list = (byCentre.get(code) ?? []).sort((a, b) => Math.abs(b.ore) - Math.abs(a.ore) || a.account - b.account);
      const payroll = list.filter((e) => (e.account >= 5000 && e.account < 5500) || (e.account >= 3800 && e.account < 3900));
      const other = list.filter((e) => !payroll.includes(e)).slice(0, 3);
      for (const e of [...payroll, ...other].sort((a, b) => a.account - b.account)) {
        const annual = Math.round((e.ore * 1.03) / 100);
        const row: (typeof rows)[number] = { costCentre: code, account: e.account, annual };
        if (rows.length % 4 === 0) row.months = spread(annual);
        rows.push(row);
      }
    }
    this.budget = rows;
    return rows;
  }

  budgetValues(): RawCell[][] {
    const header = ['Kostnadsställe', 'Konto', 'Helår', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
    return [header, ...this.budgetRows().map((r) => [r.costCentre, r.account, r.annual, ...(r.months ?? Array<RawCell>(12).fill(null))])];
  }

  /** A forecast for every third activity: its net budget + 2 %. */
  forecastValues(): RawCell[][] {
    const net = new Map<number, number>();
    for (const r of this.budgetRows()) net.set(r.costCentre, (net.get(r.costCentre) ?? 0) + r.annual);
    const rows: RawCell[][] = [['Kostnadsställe', 'Helår']];
    for (const [cc, kr] of net) if (cc >= 3001 && cc <= 3030 && cc % 3 === 0) rows.push([cc, Math.round(kr * 1.02)]);
    return rows;
  }
}

const FEE_RATE = 0.3142;
/**
 * Expected net cost of one variable row, öre: a voucher has 2.9 rows on average; a 2-row
 * voucher is a payment (55 %), a sale (20 %) or a one-line invoice (25 %); a longer one is a
 * supplier invoice (90 %) or a sale (10 %); lines average 5 050 kr.
 */
const NET_COST_PER_ROW = ((0.45 * 0.05 * 1 + 0.3 * 0.8 * 2 + 0.15 * 0.8 * 3 + 0.1 * 0.8 * 4) * 505_000) / 2.9;

/** Monthly salary of a cost centre's staff, öre (the board's fees on 1000). No random draw: the fixed part is the same at every size. */
function salaryOf(cc: number, month: number): number {
  return (cc === 1000 ? 2_000_000 : 3_500_000 + (cc % 17) * 100_000) + month * 1_000;
}

/** A quarter's contributions split by the financing plan: the state half (two agencies), the region a quarter, six municipalities a quarter. */
function contributionShares(quarter: number): number[] {
  const state = Math.round(quarter / 4);
  const region = Math.round(quarter / 4);
  const weights = [30, 20, 15, 15, 12, 8];
  const municipalities = quarter - 2 * state - region;
  const parts = weights.map((w) => Math.floor((municipalities * w) / 100));
  parts[0] += municipalities - parts.reduce((a, b) => a + b, 0);
  return [state, state, region, ...parts];
}

/** Whole kronor split into twelve months, the remainder on the first months (sums exactly). */
function spread(annual: number): number[] {
  const base = Math.trunc(annual / 12);
  let left = annual - base * 12;
  return Array.from({ length: 12 }, () => {
    const step = Math.sign(left);
    left -= step;
    return base + step + 0;
  });
}
