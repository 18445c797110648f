/**
 * A parsed SIE file → the workbook contract's ranges, so an imported file is "just another
 * workbook" for the rest of the core. Also reconciles the file with itself and reports what
 * does not agree — never fixing anything silently.
 *
 * Ranges (each only when the file has data for it):
 *   Huvudbok        every counted voucher row (#TRANS, #RTRANS once; never #BTRANS); for the
 *                   comparative year, when the file has no vouchers in it, the monthly
 *                   #PSALDO −1 amounts of the result accounts (per cost centre where given)
 *   IngaendeBalans  #IB 0
 *   Kontoplan       #KONTO / #KTYP with sections by account class
 *   Kostnadsstallen #OBJEKT 1
 *   Installningar   Organisation (#FNAMN), Räkenskapsår and Första månad (#RAR 0)
 *   Budget          #PBUDGET 0, per account and cost centre and calendar month, with Helår
 * Amounts are Swedish-notation text (`-1234,50`), which keeps them exact.
 */
import type { Problem, RangeData, RawCell, Severity } from '../input/types';
import { accountKind, chartPlacement, isResultClass } from './chart';
import { periodAmountsByCostCentre, type PeriodAmount } from './periodRows';
import { ProblemSink } from './problems';
import { lineText } from './sourceLines';
import type { SieAccountType, SieBalance, SieFile, SieFiscalYear, SieTrans, SieVoucher } from './types';
import { daysInMonth, isoDate, oreToDecimal, oreToSwedish } from './values';

export interface SieReconciliation {
  account: number;
  kind: 'balance' | 'result';
  /** What the file says: #UB 0 (balance) or #RES 0 (result), exact decimal text `1234.50`. */
  expected: string;
  /** What the vouchers give: #IB 0 + transactions (balance) or the transactions (result). */
  actual: string;
}

export interface SieRanges {
  ranges: RangeData[];
  /** Contract names of the ranges that came from the file. */
  fromFile: string[];
  /** Problems of the mapping and the reconciliation (the parser's are in `file.problems`). */
  problems: Problem[];
  /** Accounts whose balance or result does not reconcile, by account. */
  reconciliation: SieReconciliation[];
}

export const SHEET_NAMES: Record<string, string> = {
  Huvudbok: 'Huvudbok',
  IngaendeBalans: 'Ingående balans',
  Kontoplan: 'Kontoplan',
  Kostnadsstallen: 'Kostnadsställen',
  Installningar: 'Inställningar',
  Budget: 'Budget',
};

export const LEDGER_HEADER = ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp'];
export const MONTH_HEADERS = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];

const COST_CENTRE_DIM = 1;
const PROJECT_DIM = 6;

/** Maps a parsed SIE file to contract ranges and reconciles it. */
export function sieToRanges(file: SieFile): SieRanges {
  return new RangeMapper(file).run();
}

class RangeMapper {
  private readonly sink = new ProblemSink();
  private readonly types = new Map<number, SieAccountType | undefined>();
  private readonly year0?: SieFiscalYear;
  private readonly yearPrev?: SieFiscalYear;
  private readonly ranges: RangeData[] = [];
  private readonly reconciliation: SieReconciliation[] = [];
  /** First line where each account appears (for problems about it). */
  private readonly firstLine = new Map<number, number>();

  constructor(private readonly file: SieFile) {
    for (const a of file.accounts) this.types.set(a.account, a.type);
    this.year0 = file.fiscalYears.find((y) => y.year === 0);
    this.yearPrev = file.fiscalYears.find((y) => y.year === -1);
  }

  run(): SieRanges {
    if (!this.year0) this.warn('sieNoFiscalYear', 0);
    const ledger = this.ledger();
    if (ledger.length > 0) this.add('Huvudbok', [LEDGER_HEADER, ...ledger]);
    this.openingBalance();
    this.chart();
    this.costCentres();
    this.settings();
    this.budget();
    this.reconcile();
    this.accountRange();
    return {
      ranges: this.ranges,
      fromFile: this.ranges.map((r) => r.name),
      problems: this.sink.finish(),
      reconciliation: this.reconciliation.sort((a, b) => a.account - b.account),
    };
  }

  private add(name: string, values: RawCell[][]): void {
    this.ranges.push({ name, sheet: SHEET_NAMES[name] ?? name, row: 0, col: 0, values });
  }

  /** A warning about line `line` of the file (0 = the file as a whole). */
  private warn(code: string, line: number, params: Record<string, string | number> = {}, severity: Severity = 'warning'): void {
    this.sink.add(severity, code, line, lineText(this.file, line), params);
  }

  private seeAccount(account: number, line: number): void {
    if (!this.firstLine.has(account)) this.firstLine.set(account, line);
  }

  private kind(account: number): 'balance' | 'result' {
    return accountKind(account, this.types.get(account));
  }

  private inYear(date: string, year?: SieFiscalYear): boolean {
    return year !== undefined && date >= year.start && date <= year.end;
  }

  // ---------------------------------------------------------------- Huvudbok

  private ledger(): RawCell[][] {
    const rows: RawCell[][] = [];
    const ignoredDims = new Map<number, number>();
    let prevYearVouchers = false;
    if (this.file.vouchers.length === 0) this.warn('sieNoVouchers', 0);

    for (const v of this.file.vouchers) {
      const id = voucherId(v);
      let sum = 0;
      let outside = false;
      for (const t of v.rows) {
        const date = t.date ?? v.date;
        sum += t.amount;
        this.seeAccount(t.account, t.line);
        if (this.year0 && date && !this.inYear(date, this.year0)) {
          if (this.inYear(date, this.yearPrev)) prevYearVouchers = true;
          else outside = true;
        }
        for (const o of t.objects) {
          if (o.dim !== COST_CENTRE_DIM && o.dim !== PROJECT_DIM && !ignoredDims.has(o.dim)) ignoredDims.set(o.dim, t.line);
        }
        rows.push(ledgerRow(t, v, id));
      }
      // A voucher cut off by the end of the file is already an error; its balance says nothing more.
      if (sum !== 0 && v.closed) this.warn('sieVoucherUnbalanced', v.line, { voucher: id, difference: oreToDecimal(sum) });
      if (outside) this.warn('sieVoucherOutsideYear', v.line, { voucher: id, date: v.date });
    }
    for (const [dim, line] of ignoredDims) {
      const name = this.file.dimensions.find((d) => d.dim === dim)?.name ?? '';
      this.warn('sieDimensionIgnored', line, { dim, name });
    }
    if (!prevYearVouchers) rows.push(...this.comparativeFromPeriodBalances());
    return rows;
  }

  /** Ledger rows for year −1 from `#PSALDO −1` of the result accounts, one per month. */
  private comparativeFromPeriodBalances(): RawCell[][] {
    const resultRows = this.file.periodBalances.filter((p) => p.year === -1 && this.kind(p.account) === 'result');
    const resPrev = this.file.results.filter((r) => r.year === -1);
    if (resultRows.length === 0) {
      if (resPrev.some((r) => r.amount !== 0)) this.warn('sieComparativeAnnualOnly', resPrev[0].line);
      return [];
    }
    const amounts = periodAmountsByCostCentre(resultRows);
    const rows: RawCell[][] = [];
    const perAccount = new Map<number, number>();
    for (const a of amounts) {
      const y = Number(a.period.slice(0, 4));
      const m = Number(a.period.slice(4, 6));
      const date = `${a.period.slice(0, 4)}-${a.period.slice(4, 6)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
      rows.push([date, '', a.account, a.costCentre ?? '', '', 'Periodsaldo föregående år (#PSALDO -1)', oreToSwedish(a.amount)]);
      perAccount.set(a.account, (perAccount.get(a.account) ?? 0) + a.amount);
    }
    if (resPrev.length > 0) {
      const res = new Map(resPrev.map((r) => [r.account, r]));
      for (const account of new Set([...perAccount.keys(), ...[...res.keys()].filter((a) => this.kind(a) === 'result')])) {
        const months = perAccount.get(account) ?? 0;
        const r = res.get(account);
        const expected = r?.amount ?? 0;
        if (months !== expected) {
          this.warn('sieComparativeDiff', r?.line ?? this.firstPeriodLine(amounts, account), {
            account, expected: oreToDecimal(expected), actual: oreToDecimal(months), difference: oreToDecimal(months - expected),
          });
        }
      }
    }
    return rows;
  }

  // ---------------------------------------------------------------- the other ranges

  private openingBalance(): void {
    const ib = this.file.openingBalances.filter((b) => b.year === 0);
    for (const b of ib) this.seeAccount(b.account, b.line);
    if (ib.length === 0) return;
    this.add('IngaendeBalans', [['Konto', 'Belopp'], ...ib.map((b) => [b.account, oreToSwedish(b.amount)])]);
  }

  private chart(): void {
    if (this.file.accounts.length === 0) return;
    const names = new Map(this.file.accounts.map((a) => [a.account, a.name]));
    const used = new Set<number>(this.file.accounts.map((a) => a.account));
    for (const account of this.firstLine.keys()) used.add(account);
    const rows: RawCell[][] = [['Konto', 'Benämning', 'Avsnitt', 'Rad', 'Not']];
    for (const account of [...used].sort((a, b) => a - b)) {
      const place = chartPlacement(account, this.types.get(account));
      if (!place) continue;
      rows.push([account, names.get(account) ?? '', place.sectionKey, place.line, place.note ? 'Ja' : '']);
    }
    if (rows.length > 1) this.add('Kontoplan', rows);
  }

  private costCentres(): void {
    const objects = this.file.objects.filter((o) => o.dim === COST_CENTRE_DIM);
    if (objects.length === 0) return;
    this.add('Kostnadsstallen', [['Kostnadsställe', 'Namn'], ...objects.map((o) => [o.code, o.name])]);
  }

  private settings(): void {
    const rows: RawCell[][] = [['Inställning', 'Värde']];
    if (this.file.companyName) rows.push(['Organisation', this.file.companyName]);
    if (this.year0) {
      rows.push(['Räkenskapsår', Number(this.year0.start.slice(0, 4))]);
      rows.push(['Första månad', Number(this.year0.start.slice(4, 6))]);
    }
    if (rows.length > 1) this.add('Installningar', rows);
  }

  private budget(): void {
    const all = this.file.periodBudgets.filter((b) => b.year === 0);
    if (all.length === 0) return;
    const inYear = all.filter((b) => {
      if (!this.year0) return true;
      const ok = b.period >= this.year0.start.slice(0, 6) && b.period <= this.year0.end.slice(0, 6);
      if (!ok) this.warn('sieBudgetOutsideYear', b.line, { period: b.period });
      return ok;
    });
    const byRow = new Map<string, { costCentre: string; account: number; months: number[] }>();
    for (const a of periodAmountsByCostCentre(inYear)) {
      const key = `${a.costCentre ?? ''}\u0000${a.account}`;
      let row = byRow.get(key);
      if (!row) byRow.set(key, (row = { costCentre: a.costCentre ?? '', account: a.account, months: new Array<number>(12).fill(0) }));
      row.months[Number(a.period.slice(4, 6)) - 1] += a.amount;
    }
    if (byRow.size === 0) return;
    const rows: RawCell[][] = [['Kostnadsställe', 'Konto', ...MONTH_HEADERS, 'Helår']];
    const sorted = [...byRow.values()].sort((a, b) => a.account - b.account || (a.costCentre < b.costCentre ? -1 : a.costCentre > b.costCentre ? 1 : 0));
    for (const r of sorted) {
      const annual = r.months.reduce((s, m) => s + m, 0);
      rows.push([r.costCentre, r.account, ...r.months.map(oreToSwedish), oreToSwedish(annual)]);
    }
    this.add('Budget', rows);
  }

  // ---------------------------------------------------------------- reconciliation

  private reconcile(): void {
    const trans = new Map<number, number>();
    for (const v of this.file.vouchers) {
      for (const t of v.rows) {
        const date = t.date ?? v.date;
        if (this.year0 && !this.inYear(date, this.year0)) continue;
        trans.set(t.account, (trans.get(t.account) ?? 0) + t.amount);
      }
    }
    const ib0 = byAccount(this.file.openingBalances, 0);
    const ub0 = byAccount(this.file.closingBalances, 0);
    const res0 = byAccount(this.file.results, 0);
    const ubPrev = byAccount(this.file.closingBalances, -1);

    if (ub0.size > 0) {
      const accounts = new Set([...ib0.keys(), ...ub0.keys(), ...trans.keys()]);
      for (const account of sortedAccounts(accounts)) {
        if (this.kind(account) !== 'balance') continue;
        const expected = ub0.get(account)?.amount ?? 0;
        const actual = (ib0.get(account)?.amount ?? 0) + (trans.get(account) ?? 0);
        if (expected === actual) continue;
        const at = this.where(account, ub0.get(account) ?? ib0.get(account));
        this.reconciliation.push({ account, kind: 'balance', expected: oreToDecimal(expected), actual: oreToDecimal(actual) });
        this.warn('sieBalanceDiff', at, {
          account, expected: oreToDecimal(expected), actual: oreToDecimal(actual), difference: oreToDecimal(actual - expected),
        });
      }
    }
    if (res0.size > 0) {
      const accounts = new Set([...res0.keys(), ...trans.keys()]);
      for (const account of sortedAccounts(accounts)) {
        if (this.kind(account) !== 'result') continue;
        const expected = res0.get(account)?.amount ?? 0;
        const actual = trans.get(account) ?? 0;
        if (expected === actual) continue;
        const at = this.where(account, res0.get(account));
        this.reconciliation.push({ account, kind: 'result', expected: oreToDecimal(expected), actual: oreToDecimal(actual) });
        this.warn('sieResultDiff', at, {
          account, expected: oreToDecimal(expected), actual: oreToDecimal(actual), difference: oreToDecimal(actual - expected),
        });
      }
    }
    if (ubPrev.size > 0) {
      for (const account of sortedAccounts(new Set([...ubPrev.keys(), ...ib0.keys()]))) {
        if (this.kind(account) !== 'balance') continue;
        const closing = ubPrev.get(account)?.amount ?? 0;
        const opening = ib0.get(account)?.amount ?? 0;
        if (closing === opening) continue;
        const at = this.where(account, ib0.get(account) ?? ubPrev.get(account));
        this.warn('sieUbIbDiff', at, {
          account, closingPrev: oreToDecimal(closing), opening: oreToDecimal(opening), difference: oreToDecimal(opening - closing),
        });
      }
    }
    for (const b of this.file.openingBalances) {
      if (b.year === 0 && b.amount !== 0 && isResultClass(b.account)) {
        this.warn('sieResultAccountWithIb', b.line, { account: b.account, amount: oreToDecimal(b.amount) });
      }
    }
  }

  /** The line to point at for a problem about an account: its record, else where it first appears. */
  private where(account: number, record: SieBalance | undefined): number {
    return record?.line ?? this.firstLine.get(account) ?? 0;
  }

  private firstPeriodLine(amounts: PeriodAmount[], account: number): number {
    return amounts.find((a) => a.account === account)?.line ?? 0;
  }

  private accountRange(): void {
    const all = new Map<number, number>(this.firstLine);
    for (const a of this.file.accounts) if (!(all.get(a.account)! <= a.line)) all.set(a.account, a.line); // the earliest line
    for (const [account, line] of [...all].sort((a, b) => a[0] - b[0])) {
      if (account < 1000 || account > 9999) this.warn('sieAccountOutOfRange', line, { account });
    }
  }
}

function voucherId(v: SieVoucher): string {
  const id = `${v.series} ${v.number}`.trim();
  return id === '' ? `rad ${v.line}` : id;
}

/** `YYYYMMDD` → `YYYY-MM-DD`, shared per date (a year has a few hundred dates, a ledger a million rows). */
const isoDates = new Map<string, string>();
function isoDateShared(yyyymmdd: string): string {
  let iso = isoDates.get(yyyymmdd);
  if (iso === undefined) {
    iso = isoDate(yyyymmdd);
    if (isoDates.size < 100_000) isoDates.set(yyyymmdd, iso);
  }
  return iso;
}

function ledgerRow(t: SieTrans, v: SieVoucher, id: string): RawCell[] {
  let costCentre = '';
  let project = '';
  for (const o of t.objects) {
    if (o.dim === COST_CENTRE_DIM && costCentre === '') costCentre = o.code;
    else if (o.dim === PROJECT_DIM && project === '') project = o.code;
  }
  const date = t.date ?? v.date;
  return [date ? isoDateShared(date) : '', id, t.account, costCentre, project, t.text ?? v.text, oreToSwedish(t.amount)];
}

/** Balances of one year by account; duplicates (already warned about by the parser) add up. */
function byAccount(balances: readonly SieBalance[], year: number): Map<number, SieBalance> {
  const map = new Map<number, SieBalance>();
  for (const b of balances) {
    if (b.year !== year) continue;
    const found = map.get(b.account);
    if (found) map.set(b.account, { ...found, amount: found.amount + b.amount });
    else map.set(b.account, b);
  }
  return map;
}

function sortedAccounts(accounts: Set<number>): number[] {
  return [...accounts].sort((a, b) => a - b);
}
