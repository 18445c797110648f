/**
 * The example's general ledger: two fiscal years of balanced vouchers (the year before in
 * full, the report year through the report month), the opening balance of the year before
 * and, derived from both, the opening balance of the report year.
 *
 * Amounts are integer öre throughout. Three independent random streams keep the fixed part of
 * the ledger (payroll, contributions, municipal invoices, bank) the same whatever the ledger's
 * size: only the number of small supplier invoices grows with `scale`.
 */
import { Dec, allocate, ore } from '../core';
import {
  EMPLOYEES,
  LATE_PAYER,
  MEMBERS,
  PLAN,
  PROJECT,
  REPORT_PERIOD,
  SOCIAL_CHARGES_PER_10000,
  SUMMER_ACTIVITY,
  TAX_PERCENT,
  TOTAL_CONTRIBUTIONS,
  TOTAL_CONTRIBUTIONS_PRIOR_YEAR,
  type PlanLine,
} from './organisation';
import { addMonths, dayOf, daysInMonth, isoOf, monthLabel, monthOf, weekday, workday, yearOf, type YearMonth } from './calendar';
import { Prng } from './prng';

/** Voucher series: supplier invoices and payments, customer invoices and receipts, payroll, tax account, bank, journal. */
export type Series = 'MV' | 'KF' | 'LF' | 'LÖ' | 'SK' | 'KI' | 'BK' | 'LB';
const SERIES_ORDER: readonly Series[] = ['MV', 'KF', 'LF', 'LÖ', 'SK', 'KI', 'BK', 'LB'];

export interface LedgerRow {
  account: number;
  costCentre?: number;
  text: string;
  /** öre, debit positive */
  amount: number;
}

export interface Voucher {
  /** e.g. `LF24-0012` */
  id: string;
  /** UTC day number (see calendar.ts). */
  day: number;
  series: Series;
  rows: LedgerRow[];
}

export interface GeneratedLedger {
  /** The report year; the ledger also holds the whole year before. */
  year: number;
  period: number;
  /** In date order, numbered per series and year. */
  vouchers: Voucher[];
  /** Balance-sheet accounts at 1 January of the year before, öre (sums to zero). */
  openingPriorYear: Map<number, number>;
  /** Balance-sheet accounts at 1 January of the report year, the prior result moved into 2010. */
  openingReportYear: Map<number, number>;
}

export interface LedgerOptions {
  seed: number;
  year: number;
  /** Multiplies the number of small supplier invoices (1 = the example's natural size). */
  scale: number;
}

interface Draft {
  day: number;
  series: Series;
  rows: LedgerRow[];
  seq: number;
}

interface Payable {
  due: number;
  supplier: string;
  invoiceNo: string;
  amount: number;
}

const kr = (n: number): number => Math.round(n * 100);

/** Each member's share of a year's contributions, öre, by the statutory financing plan. */
export function memberShares(totalKr: number): number[] {
  const [state, region, municipalities] = allocate(ore(kr(totalKr)), [new Dec(2), new Dec(1), new Dec(1)], 100);
  const states = allocate(state, [new Dec(1), new Dec(1)], 100);
  const kommuner = MEMBERS.filter((m) => m.party === 'Kommun');
  const byPopulation = allocate(
    municipalities,
    kommuner.map((m) => new Dec(m.population ?? 0)),
    100,
  );
  let s = 0;
  let k = 0;
  return MEMBERS.map((m) => (m.party === 'Stat' ? states[s++] : m.party === 'Region' ? region : byPopulation[k++]));
}

/** Four quarterly parts in whole kronor of an annual amount in öre (largest remainder, exact). */
export function quarters(annual: number): number[] {
  return allocate(ore(annual), [new Dec(1), new Dec(1), new Dec(1), new Dec(1)], 100);
}

/** The ESF claim periods relative to the report year Y, with the claim and payment dates. */
function esfClaims(y: number): { from: number; to: number; claim: number; paid: number; label: string }[] {
  return [
    { from: dayOf(y - 1, 3, 1), to: dayOf(y - 1, 6, 30), claim: workday(dayOf(y - 1, 7, 14)), paid: workday(dayOf(y - 1, 9, 28)), label: `mars–juni ${y - 1}` },
    {
      from: dayOf(y - 1, 7, 1),
      to: dayOf(y - 1, 10, 31),
      claim: workday(dayOf(y - 1, 11, 15)),
      paid: workday(dayOf(y, 1, 30)),
      label: `juli–oktober ${y - 1}`,
    },
    {
      from: dayOf(y - 1, 11, 1),
      to: dayOf(y, 2, daysInMonth(y, 2)),
      claim: workday(dayOf(y, 3, 15)),
      paid: workday(dayOf(y, 5, 29)),
      label: `november ${y - 1}–februari ${y}`,
    },
    { from: dayOf(y, 3, 1), to: dayOf(y, 6, 30), claim: workday(dayOf(y, 7, 15)), paid: workday(dayOf(y, 9, 27)), label: `mars–juni ${y}` },
  ];
}

class LedgerBuilder {
  private readonly drafts: Draft[] = [];
  private readonly payables: Payable[] = [];
  private seq = 0;
  private invoiceNo = 40_000;
  readonly first: number;
  readonly last: number;

  constructor(
    readonly y: number,
    readonly fixed: Prng,
  ) {
    this.first = dayOf(y - 1, 1, 1);
    this.last = dayOf(y, REPORT_PERIOD, daysInMonth(y, REPORT_PERIOD));
  }

  inRange(day: number): boolean {
    return day >= this.first && day <= this.last;
  }

  add(day: number, series: Series, rows: LedgerRow[]): void {
    if (!this.inRange(day)) return;
    const nonZero = rows.filter((r) => r.amount !== 0);
    if (nonZero.length === 0) return;
    this.drafts.push({ day, series, rows: nonZero, seq: this.seq++ });
  }

  /**
   * A supplier invoice: cost rows, recoverable VAT on 1687, sometimes the total rounded to
   * whole kronor (3740), and the payable on 2411, paid 30 days later by a payment run.
   */
  invoice(day: number, supplier: string, costs: LedgerRow[], vatPercent: number, random: Prng): void {
    const net = costs.reduce((s, r) => s + r.amount, 0);
    if (net <= 0) return;
    const vat = Math.round((net * vatPercent) / 100);
    const gross = net + vat;
    const total = vatPercent > 0 && random.chance(0.3) ? Math.round(gross / 100) * 100 : gross;
    const invoiceNo = String(this.invoiceNo++);
    const rows: LedgerRow[] = [
      ...costs,
      { account: 1687, text: `Moms ${supplier}`, amount: vat },
      { account: 3740, costCentre: 1100, text: 'Öresutjämning', amount: total - gross },
      { account: 2411, text: `${supplier}, faktura ${invoiceNo}`, amount: -total },
    ];
    if (!this.inRange(day)) return;
    this.add(day, 'LF', rows);
    this.payables.push({ due: day + 30, supplier, invoiceNo, amount: total });
  }

  /** An invoice received before the ledger starts, still open on the first day. */
  openPayable(due: number, supplier: string, amount: number): void {
    this.payables.push({ due, supplier, invoiceNo: String(this.invoiceNo++), amount });
  }

  /** Weekly payment runs (Thursdays) paying every invoice due by then. */
  paymentRuns(): void {
    const open = [...this.payables].sort((a, b) => a.due - b.due);
    let next = 0;
    for (let day = this.first; day <= this.last; day++) {
      if (weekday(day) !== 4) continue;
      const rows: LedgerRow[] = [];
      let total = 0;
      while (next < open.length && open[next].due <= day) {
        const p = open[next++];
        rows.push({ account: 2411, text: `${p.supplier}, faktura ${p.invoiceNo}`, amount: p.amount });
        total += p.amount;
      }
      if (rows.length === 0) continue;
      rows.push({ account: 1920, text: `Utbetalning leverantörer ${isoOf(day)}`, amount: -total });
      this.add(day, 'LB', rows);
    }
  }

  /** The VAT of each month's invoices is refunded on the 20th of the next month. */
  vatRefunds(openingVat: number): void {
    const byMonth = new Map<number, number>();
    for (const d of this.drafts) {
      for (const r of d.rows) {
        if (r.account !== 1687) continue;
        const key = yearOf(d.day) * 12 + monthOf(d.day) - 1;
        byMonth.set(key, (byMonth.get(key) ?? 0) + r.amount);
      }
    }
    byMonth.set((this.y - 2) * 12 + 11, openingVat);
    for (const [key, amount] of byMonth) {
      const ym = addMonths({ year: Math.floor(key / 12), month: (key % 12) + 1 }, 1);
      const label = monthLabel(addMonths(ym, -1));
      this.add(workday(dayOf(ym.year, ym.month, 20)), 'BK', [
        { account: 1920, text: `Momsåterbetalning ${label}`, amount },
        { account: 1687, text: `Momsåterbetalning ${label}`, amount: -amount },
      ]);
    }
  }

  /** Project costs (classes 4–7 on the project's cost centres) booked between two days. */
  projectCosts(from: number, to: number): number {
    let sum = 0;
    const centres: readonly number[] = PROJECT.costCentres;
    for (const d of this.drafts) {
      if (d.day < from || d.day > to) continue;
      for (const r of d.rows) {
        if (r.account >= 4000 && r.account <= 7999 && r.costCentre !== undefined && centres.includes(r.costCentre)) sum += r.amount;
      }
    }
    return sum;
  }

  /** Sorts by date and series and numbers each series per year. */
  finish(): Voucher[] {
    const order = new Map(SERIES_ORDER.map((s, i) => [s, i]));
    const sorted = [...this.drafts].sort((a, b) => a.day - b.day || order.get(a.series)! - order.get(b.series)! || a.seq - b.seq);
    const counters = new Map<string, number>();
    return sorted.map((d) => {
      const yy = String(yearOf(d.day) % 100).padStart(2, '0');
      const key = d.series + yy;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return { id: `${d.series}${yy}-${String(n).padStart(4, '0')}`, day: d.day, series: d.series, rows: d.rows };
    });
  }
}

/** Actual level of a plan line in a year (the report year or one of the years before). */
function level(line: PlanLine, year: number, y: number): number {
  return year >= y ? (line.level ?? 1) : (line.levelPrior ?? 1);
}

function active(line: PlanLine, ym: YearMonth, y: number): boolean {
  return !(line.startPrior !== undefined && (ym.year < y - 1 || (ym.year === y - 1 && ym.month < line.startPrior)));
}

function monthWeight(line: PlanLine, month: number): number {
  if (!line.months) return 1 / 12;
  const sum = line.months.reduce((a, b) => a + b, 0);
  return line.months[month - 1] / sum;
}

/** A random day of a month that is a working day. */
function randomDay(random: Prng, ym: YearMonth, from = 1, to = 28): number {
  return workday(dayOf(ym.year, ym.month, random.int(from, Math.min(to, daysInMonth(ym.year, ym.month)))));
}

/** Splits `total` öre into `n` random positive-ish parts that add up exactly. */
function split(total: number, n: number, random: Prng): number[] {
  if (n <= 1) return [total];
  const weights = Array.from({ length: n }, () => random.between(0.3, 1.7));
  const w = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((x) => Math.floor((total * x) / w));
  parts[n - 1] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/**
 * Generates the ledger in named steps: the plan → the opening balance of the year before and
 * its reversals → payroll → each month's business → hand-placed events → the year end → ESF
 * claims → VAT refunds and payment runs → the opening balances. Deterministic for a given
 * seed, year and scale: the steps draw from the random streams in this order.
 */
export function generateLedger(options: LedgerOptions): GeneratedLedger {
  const g = planOf(options);
  const openingVat = openingBalance(g);
  reverseOpeningAccruals(g);
  payroll(g);
  for (const ym of g.months) monthOfBusiness(g, ym);
  fixedEvents(g.b, g.y);
  yearEndAccruals(g);
  esfPayments(g);
  g.b.vatRefunds(openingVat);
  g.b.paymentRuns();
  openAdd(g, 2010, -[...g.opening.values()].reduce((a, v) => a + v, 0));
  const vouchers = g.b.finish();
  return { year: g.y, period: REPORT_PERIOD, vouchers, openingPriorYear: g.opening, openingReportYear: rollForward(g.opening, vouchers, g.y - 1) };
}

/** What the steps share: the report year, the random streams, the plan's lines and the builder the vouchers go into. */
interface Generation {
  /** The report year. */
  y: number;
  scale: number;
  /** The fixed part of the ledger (payroll, contributions, municipal invoices, bank). */
  fixed: Prng;
  /** The small supplier invoices, whose number grows with `scale`. */
  scatter: Prng;
  b: LedgerBuilder;
  /** January of the year before, and every month of the ledger from it. */
  start: YearMonth;
  months: YearMonth[];
  services: PlanLine[];
  invoiceLines: PlanLine[];
  rent: PlanLine;
  /** Each municipal service invoice, öre, by `serviceKey`: one a month for the month before, from December Y−2. */
  serviceAmount: Map<string, number>;
  /** The opening balance of the year before, öre by account, as the steps fill it. */
  opening: Map<number, number>;
}

/** The auditor's fee for the year Y−2: accrued in the opening balance, invoiced in March of the year before. */
const PRIOR_REVISION = kr(65_000);

const serviceKey = (line: PlanLine, ym: YearMonth) => `${line.costCentre}/${line.account}/${ym.year}-${ym.month}`;
const december = (year: number): YearMonth => ({ year, month: 12 });
const openAdd = (g: Generation, account: number, amount: number) => g.opening.set(account, (g.opening.get(account) ?? 0) + amount);
/** A quarter's rent of `year`, öre. */
const rentQuarter = (g: Generation, year: number) => kr(Math.round((g.rent.budget * level(g.rent, year, g.y)) / 4));

/** The random streams, the plan's lines by kind and the amount of every municipal service invoice. */
function planOf(options: LedgerOptions): Generation {
  const y = options.year;
  const fixed = new Prng(options.seed);
  const start: YearMonth = { year: y - 1, month: 1 };
  const g: Generation = {
    y,
    scale: options.scale,
    fixed,
    scatter: new Prng((options.seed ^ 0x9e3779b9) >>> 0),
    b: new LedgerBuilder(y, fixed),
    start,
    months: Array.from({ length: 12 + REPORT_PERIOD }, (_, i) => addMonths(start, i)),
    services: PLAN.filter((l) => l.kind === 'service'),
    invoiceLines: PLAN.filter((l) => l.kind === 'invoices'),
    rent: PLAN.find((l) => l.kind === 'rent')!,
    serviceAmount: new Map(),
    opening: new Map(),
  };
  for (let i = -1; i < g.months.length; i++) {
    const ym = addMonths(start, i);
    for (const line of g.services) {
      if (!active(line, ym, y)) continue;
      const base = (line.budget * level(line, ym.year, y)) / 12;
      g.serviceAmount.set(serviceKey(line, ym), kr(Math.round(base * fixed.between(0.96, 1.04))));
    }
  }
  return g;
}

/**
 * The opening balance of the year before: December Y−2's accrued services and audit, prepaid
 * rent, open supplier invoices (paid by the payment runs), VAT to recover, holiday-pay charges
 * and the bank. Returns the opening VAT, refunded in January.
 */
function openingBalance(g: Generation): number {
  const { y, fixed, b } = g;
  const priorDecemberServices = g.services.filter((l) => active(l, december(y - 2), y));
  for (const line of priorDecemberServices) openAdd(g, 2991, -g.serviceAmount.get(serviceKey(line, december(y - 2)))!);
  openAdd(g, 2991, -PRIOR_REVISION);
  openAdd(g, 1790, rentQuarter(g, y - 1));
  for (const line of priorDecemberServices) {
    const amount = kr(Math.round(((line.budget * (line.levelPrior ?? 1)) / 12) * fixed.between(0.95, 1.05)));
    b.openPayable(workday(dayOf(y - 1, 1, fixed.int(4, 14))), line.suppliers![0], amount);
    openAdd(g, 2411, -amount);
  }
  for (let i = 0; i < 6; i++) {
    const line = fixed.pick(g.invoiceLines);
    const amount = kr(fixed.int(400, 15_000));
    b.openPayable(workday(dayOf(y - 1, 1, fixed.int(2, 28))), line.suppliers![0], amount);
    openAdd(g, 2411, -amount);
  }
  const openingVat = kr(fixed.int(24_000, 36_000)) + fixed.int(0, 99);
  openAdd(g, 1687, openingVat);
  openAdd(g, 2931, -kr(24_600));
  openAdd(g, 1920, kr(4_400_000) + fixed.int(0, 99));
  return openingVat;
}

/** The opening accruals (services, audit) and the prepaid rent reversed on the first day. */
function reverseOpeningAccruals(g: Generation): void {
  const { y, b } = g;
  const priorDecemberServices = g.services.filter((l) => active(l, december(y - 2), y));
  b.add(dayOf(y - 1, 1, 1), 'MV', [
    ...priorDecemberServices.map((line) => {
      const amount = g.serviceAmount.get(serviceKey(line, december(y - 2)))!;
      return { account: line.account, costCentre: line.costCentre, text: `Återföring upplupen kostnad december ${y - 2}, ${line.what}`, amount: -amount };
    }),
    { account: 7551, costCentre: 1400, text: `Återföring upplupen revision ${y - 2}`, amount: -PRIOR_REVISION },
    { account: 2991, text: `Återföring upplupna kostnader ${y - 2}`, amount: -(g.opening.get(2991) ?? 0) },
  ]);
  b.add(dayOf(y - 1, 1, 1), 'MV', [
    { account: 6110, costCentre: 1100, text: `Återföring förutbetald hyra kv 1 ${y - 1}`, amount: rentQuarter(g, y - 1) },
    { account: 1790, text: `Återföring förutbetald hyra kv 1 ${y - 1}`, amount: -rentQuarter(g, y - 1) },
  ]);
}

/**
 * Payroll on the 25th; tax and charges paid on the 12th of the next month. December Y−2's
 * liabilities are part of the opening balance.
 */
function payroll(g: Generation): void {
  const { y, b } = g;
  for (let i = -1; i < g.months.length; i++) {
    const ym = addMonths(g.start, i);
    const payroll = payrollVoucher(ym, y, g.fixed);
    if (i >= 0) b.add(workday(dayOf(ym.year, ym.month, 25)), 'LÖ', payroll.rows);
    else {
      openAdd(g, 2711, -payroll.tax);
      openAdd(g, 2731, -payroll.fees);
    }
    const pay = addMonths(ym, 1);
    b.add(workday(dayOf(pay.year, pay.month, 12)), 'SK', [
      { account: 2711, text: `Skattedeklaration ${monthLabel(ym)}, preliminärskatt`, amount: payroll.tax },
      { account: 2731, text: `Skattedeklaration ${monthLabel(ym)}, arbetsgivaravgifter`, amount: payroll.fees },
      { account: 1920, text: `Skattekonto ${monthLabel(ym)}`, amount: -(payroll.tax + payroll.fees) },
    ]);
  }
}

/** One month's business, in this order: service invoices, small supplier invoices, rent, contributions, bank, audit. */
function monthOfBusiness(g: Generation, ym: YearMonth): void {
  serviceInvoices(g, ym);
  smallInvoices(g, ym);
  if (ym.month % 3 === 0) rentInvoice(g, ym);
  if (ym.month % 3 === 1) contributions(g, ym);
  bank(g, ym);
  if (ym.month === 3) auditInvoice(g, ym);
}

/** The municipal services of the month before, and the summer activity of the report year. */
function serviceInvoices(g: Generation, ym: YearMonth): void {
  const { fixed, b } = g;
  const previous = addMonths(ym, -1);
  for (const line of g.services) {
    const amount = g.serviceAmount.get(serviceKey(line, previous));
    if (amount === undefined) continue;
    b.invoice(
      randomDay(fixed, ym, 5, 15),
      line.suppliers![0],
      [{ account: line.account, costCentre: line.costCentre, text: `${line.suppliers![0]}, ${line.what} ${monthLabel(previous)}`, amount }],
      0,
      fixed,
    );
  }
  if (ym.year === g.y && ym.month > SUMMER_ACTIVITY.fromMonth) {
    b.invoice(
      randomDay(fixed, ym, 5, 15),
      SUMMER_ACTIVITY.supplier,
      [
        {
          account: SUMMER_ACTIVITY.account,
          costCentre: SUMMER_ACTIVITY.costCentre,
          text: `${SUMMER_ACTIVITY.supplier}, ${SUMMER_ACTIVITY.what} ${monthLabel(previous)}`,
          amount: kr(Math.round(SUMMER_ACTIVITY.monthly * fixed.between(0.9, 1.1))),
        },
      ],
      0,
      fixed,
    );
  }
}

/** Small supplier invoices: the month's amount is fixed, the number of invoices scales. */
function smallInvoices(g: Generation, ym: YearMonth): void {
  const { y, fixed, scatter, b } = g;
  const label = monthLabel(ym);
  for (const line of g.invoiceLines) {
    if (!active(line, ym, y)) continue;
    const perMonth = line.perMonth ?? 1;
    const isActive = perMonth >= 1 || fixed.chance(perMonth);
    const expected = (line.budget * level(line, ym.year, y) * monthWeight(line, ym.month)) / Math.min(1, perMonth);
    const amount = kr(expected * fixed.between(0.75, 1.25));
    if (!isActive || amount <= 0) continue;
    const count = Math.max(1, scatter.count(Math.max(1, perMonth) * g.scale));
    for (const part of split(amount, count, scatter)) {
      const supplier = scatter.pick(line.suppliers!);
      const costs: LedgerRow[] = [];
      if (line.costCentre === 1100 && scatter.chance(0.1)) {
        // Shared costs split between the office and information.
        const half = Math.floor(part / 2);
        costs.push({ account: line.account, costCentre: 1100, text: `${supplier}, ${line.what} ${label}`, amount: part - half });
        costs.push({ account: line.account, costCentre: 1200, text: `${supplier}, ${line.what} ${label}`, amount: half });
      } else {
        costs.push({ account: line.account, costCentre: line.costCentre, text: `${supplier}, ${line.what} ${label}`, amount: part });
      }
      b.invoice(randomDay(scatter, ym), supplier, costs, line.vat ?? 0, scatter);
    }
  }
}

/** Rent, invoiced quarterly in advance (in March, June, September and December). */
function rentInvoice(g: Generation, ym: YearMonth): void {
  const { rent } = g;
  const quarterYear = ym.month === 12 ? ym.year + 1 : ym.year;
  const q = ym.month === 12 ? 1 : ym.month / 3 + 1;
  g.b.invoice(
    workday(dayOf(ym.year, ym.month, 15)),
    rent.suppliers![0],
    [
      {
        account: rent.account,
        costCentre: rent.costCentre,
        text: `${rent.suppliers![0]}, ${rent.what} kv ${q} ${quarterYear}`,
        amount: rentQuarter(g, quarterYear),
      },
    ],
    rent.vat ?? 0,
    g.fixed,
  );
}

/** Owners' contributions, invoiced quarterly in advance on the 10th (January, April, July, October), and their payments. */
function contributions(g: Generation, ym: YearMonth): void {
  const { y, fixed, b } = g;
  const q = (ym.month + 2) / 3;
  const shares = memberShares(ym.year === y ? TOTAL_CONTRIBUTIONS : TOTAL_CONTRIBUTIONS_PRIOR_YEAR).map((s) => quarters(s)[q - 1]);
  const day = workday(dayOf(ym.year, ym.month, 10));
  b.add(
    day,
    'KF',
    MEMBERS.flatMap((m, i) => [
      { account: 1511, text: `Medlemsbidrag kv ${q} ${ym.year}, ${m.name}`, amount: shares[i] },
      { account: m.account, costCentre: 9000, text: `Medlemsbidrag kv ${q} ${ym.year}, ${m.name}`, amount: -shares[i] },
    ]),
  );
  MEMBERS.forEach((m, i) => {
    const late = m.name === LATE_PAYER && ym.year === y && q === 3;
    const paid = workday(day + m.paysAfterDays + (late ? 64 : fixed.int(-3, 3)));
    b.add(paid, 'KI', [
      { account: 1920, text: `Inbetalning medlemsbidrag kv ${q}, ${m.name}`, amount: shares[i] },
      { account: 1511, text: `Inbetalning medlemsbidrag kv ${q}, ${m.name}`, amount: -shares[i] },
    ]);
  });
}

/** Bank: fees every month, interest every quarter. */
function bank(g: Generation, ym: YearMonth): void {
  const { y, fixed, b } = g;
  const label = monthLabel(ym);
  const lastDay = workday(dayOf(ym.year, ym.month, daysInMonth(ym.year, ym.month)));
  const fee = kr(fixed.int(600, 950)) + 50 * fixed.int(0, 1);
  b.add(lastDay, 'BK', [
    { account: 8490, costCentre: 1100, text: `Bank- och plusgiroavgifter ${label}`, amount: fee },
    { account: 1920, text: `Bank- och plusgiroavgifter ${label}`, amount: -fee },
  ]);
  if (ym.month % 3 === 0) {
    const interest = kr(ym.year === y ? fixed.int(9_000, 11_500) : fixed.int(6_500, 10_000)) + fixed.int(0, 99);
    b.add(lastDay, 'BK', [
      { account: 1920, text: `Ränta kv ${ym.month / 3} ${ym.year}`, amount: interest },
      { account: 8310, costCentre: 1100, text: `Ränta kv ${ym.month / 3} ${ym.year}`, amount: -interest },
    ]);
  }
}

/** The auditor's invoice for the year before, which arrives in March. */
function auditInvoice(g: Generation, ym: YearMonth): void {
  const fee = ym.year === g.y ? kr(68_000) : PRIOR_REVISION;
  g.b.invoice(
    workday(dayOf(ym.year, 3, 8)),
    'Revisionsbyrån Granskning AB',
    [{ account: 7551, costCentre: 1400, text: `Revisionsbyrån Granskning AB, revision ${ym.year - 1}`, amount: fee }],
    25,
    g.fixed,
  );
}

/** Year end of the year before: accruals on 31 December, reversed on 1 January. */
function yearEndAccruals(g: Generation): void {
  const { y, b } = g;
  const accruals: LedgerRow[] = [
    ...g.services.flatMap((line) => {
      const amount = g.serviceAmount.get(serviceKey(line, december(y - 1)));
      return amount === undefined
        ? []
        : [{ account: line.account, costCentre: line.costCentre, text: `Upplupen kostnad december ${y - 1}, ${line.what}`, amount }];
    }),
    { account: 7551, costCentre: 1400, text: `Upplupen revision ${y - 1}`, amount: kr(68_000) },
  ];
  const accrued = accruals.reduce((s, r) => s + r.amount, 0);
  accruals.push({ account: 2991, text: `Upplupna kostnader ${y - 1}`, amount: -accrued });
  const prepaid: LedgerRow[] = [
    { account: 1790, text: `Förutbetald hyra kv 1 ${y}`, amount: rentQuarter(g, y) },
    { account: 6110, costCentre: 1100, text: `Förutbetald hyra kv 1 ${y}`, amount: -rentQuarter(g, y) },
  ];
  const yearEnd = dayOf(y - 1, 12, 31);
  b.add(yearEnd, 'MV', accruals);
  b.add(yearEnd, 'MV', prepaid);
  b.add(yearEnd, 'MV', [
    { account: 5410, costCentre: 1100, text: `Justering upplupna sociala avgifter semesterlöneskuld ${y - 1}`, amount: kr(1_900) },
    { account: 2931, text: `Justering upplupna sociala avgifter semesterlöneskuld ${y - 1}`, amount: -kr(1_900) },
  ]);
  const reverse = (rows: LedgerRow[]) => rows.map((r) => ({ ...r, text: `Återföring: ${r.text}`, amount: -r.amount }));
  b.add(dayOf(y, 1, 1), 'MV', reverse(accruals));
  b.add(dayOf(y, 1, 1), 'MV', reverse(prepaid));
}

/** ESF claims: a share of the project's costs of each claim period, paid about ten weeks later. */
function esfPayments(g: Generation): void {
  const { b } = g;
  for (const c of esfClaims(g.y)) {
    const amount = Math.round((b.projectCosts(c.from, c.to) * PROJECT.claimShare) / 100) * 100;
    b.add(c.claim, 'KF', [
      { account: 1511, text: `ESF-ansökan om utbetalning ${c.label}`, amount },
      { account: 3510, costCentre: 3041, text: `ESF-ansökan om utbetalning ${c.label}`, amount: -amount },
    ]);
    b.add(c.paid, 'KI', [
      { account: 1920, text: `Utbetalning från ESF-rådet, ${c.label}`, amount },
      { account: 1511, text: `Utbetalning från ESF-rådet, ${c.label}`, amount: -amount },
    ]);
  }
}

/**
 * The opening balance of the year after `year`: the opening balance plus the year's movements
 * on balance-sheet accounts, with the year's result (all other accounts) moved into 2010.
 */
export function rollForward(opening: Map<number, number>, vouchers: readonly Voucher[], year: number): Map<number, number> {
  const next = new Map(opening);
  let result = 0;
  for (const v of vouchers) {
    if (yearOf(v.day) !== year) continue;
    for (const r of v.rows) {
      if (r.account < 3000) next.set(r.account, (next.get(r.account) ?? 0) + r.amount);
      else result += r.amount;
    }
  }
  next.set(2010, (next.get(2010) ?? 0) + result);
  for (const [account, amount] of next) if (amount === 0) next.delete(account);
  return next;
}

/** The payroll of one month: salaries, the board's fees in meeting months, tax and social charges. */
function payrollVoucher(ym: YearMonth, y: number, random: Prng): { rows: LedgerRow[]; tax: number; fees: number } {
  const label = monthLabel(ym);
  const rows: LedgerRow[] = [];
  const charges: LedgerRow[] = [];
  let taxable = 0;
  let net = 0;
  const charge = (gross: number, costCentre: number, who: string) => {
    const fee = Math.round((gross * SOCIAL_CHARGES_PER_10000) / 10_000);
    charges.push({ account: 5410, costCentre, text: `Arbetsgivaravgifter ${label}, ${who}`, amount: fee });
  };
  for (const e of EMPLOYEES) {
    if (e.startPrior !== undefined && (ym.year < y - 1 || (ym.year === y - 1 && ym.month < e.startPrior))) continue;
    const gross = kr(ym.year === y && ym.month >= 4 ? e.salary : e.salaryPrior);
    rows.push({ account: 5010, costCentre: e.costCentre, text: `Lön ${label}, ${e.title}`, amount: gross });
    taxable += gross;
    charge(gross, e.costCentre, e.title);
  }
  const meetings = PLAN.find((l) => l.account === 5110)!.months!;
  if (meetings[ym.month - 1] > 0) {
    const fees = kr(Math.round((160_000 / 9) * random.between(0.85, 1.1)));
    const lostIncome = kr(Math.round((28_000 / 9) * random.between(0.6, 1.3)));
    const travel = kr(Math.round((24_000 / 9) * random.between(0.7, 1.2))) + 50 * random.int(0, 1);
    rows.push({ account: 5110, costCentre: 1000, text: `Arvoden styrelse ${label}`, amount: fees });
    rows.push({ account: 5111, costCentre: 1000, text: `Förlorad arbetsinkomst styrelse ${label}`, amount: lostIncome });
    rows.push({ account: 5210, costCentre: 1000, text: `Reseersättning styrelse ${label}`, amount: travel });
    taxable += fees + lostIncome;
    net += travel;
    charge(fees + lostIncome, 1000, 'styrelsen');
  }
  const tax = Math.round((taxable * TAX_PERCENT) / 100 / 100) * 100;
  const fees = charges.reduce((s, r) => s + r.amount, 0);
  net += taxable - tax;
  rows.push({ account: 2711, text: `Preliminärskatt ${label}`, amount: -tax });
  rows.push({ account: 1920, text: `Utbetalning löner och arvoden ${label}`, amount: -net });
  rows.push(...charges);
  rows.push({ account: 2731, text: `Arbetsgivaravgifter ${label}`, amount: -fees });
  return { rows, tax, fees };
}

/**
 * Hand-placed events: other income, a correction between cost centres, and invoice texts
 * that begin with `=`, `+`, `-` or `@` (they must stay text in every workbook writer).
 */
function fixedEvents(b: LedgerBuilder, y: number): void {
  b.add(workday(dayOf(y - 1, 5, 22)), 'BK', [
    { account: 1920, text: 'Deltagaravgift konferens, extern deltagare', amount: kr(4_500) },
    { account: 3990, costCentre: 1200, text: 'Deltagaravgift konferens, extern deltagare', amount: -kr(4_500) },
  ]);
  b.add(workday(dayOf(y, 4, 18)), 'BK', [
    { account: 1920, text: 'Återbetalning, inställd kursdag', amount: kr(6_250) },
    { account: 3990, costCentre: 3005, text: 'Återbetalning, inställd kursdag', amount: -kr(6_250) },
  ]);
  b.add(workday(dayOf(y, 3, 14)), 'MV', [
    { account: 7619, costCentre: 1200, text: '-rättelse, fel kostnadsställe', amount: kr(1_250) },
    { account: 7619, costCentre: 1100, text: '-rättelse, fel kostnadsställe', amount: -kr(1_250) },
  ]);
  const texts: { day: number; supplier: string; account: number; text: string; net: number }[] = [
    { day: workday(dayOf(y, 2, 7)), supplier: 'Papper & Penna AB', account: 6451, text: '=SUMMA? nej, fakturatext', net: 38_960 },
    { day: workday(dayOf(y - 1, 10, 11)), supplier: 'Kontorsvaruhuset i Åsby AB', account: 6451, text: '@kontor: toner och papper', net: 124_480 },
    { day: workday(dayOf(y, 5, 8)), supplier: 'Mobiloperatören Norden AB', account: 7212, text: '+46 70 555 01 23, extra surf', net: 19_900 },
  ];
  for (const t of texts) {
    b.invoice(t.day, t.supplier, [{ account: t.account, costCentre: 1100, text: t.text, amount: t.net }], 25, b.fixed);
  }
}
