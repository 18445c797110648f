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
import { capitalised, MONTHS } from '../text/months';
import { accountKind, chartPlacement, isResultClass } from './chart';
import { periodAmountsByCostCentre, type PeriodAmount } from './periodRows';
import { ProblemSink } from './problems';
import { lineText } from './sourceLines';
import type { SieAccountType, SieBalance, SieFile, SieFiscalYear, SiePeriodBalance, SieTrans, SieVoucher } from './types';
import { daysInMonth, isoDate, oreToSwedish } from './values';
import { oreToDecimal, type DecimalText } from '../money';
import type { ProblemCode } from '../messages/messages';

export interface SieReconciliation {
  account: number;
  kind: 'balance' | 'result';
  /** What the file says: #UB 0 (balance) or #RES 0 (result), exact decimal text `1234.50`. */
  expected: DecimalText;
  /** What the vouchers give: #IB 0 + transactions (balance) or the transactions (result). */
  actual: DecimalText;
}

/**
 * What the report is built from: the vouchers (SIE 4), the period balances `#PSALDO 0`
 * (SIE 2 and 3, or a SIE 4 file without vouchers), or the year's `#RES 0`/`#UB 0` (SIE 1).
 */
export type SieBasis = 'vouchers' | 'periods' | 'annual';

/** A voucher that closes the year (moves the result to equity through 8990–8999). */
export interface SieClosingVoucher {
  voucher: string;
  line: number;
}

/** A voucher whose series, number and date appear again. */
export interface SieDuplicateVoucher {
  voucher: string;
  lines: number[];
}

export interface SieRanges {
  /** What the Huvudbok range was built from (undefined when nothing could be). */
  basis?: SieBasis;
  /** Closing vouchers left out of the ledger (the report shows the result before them). */
  closingVouchers: SieClosingVoucher[];
  duplicateVouchers: SieDuplicateVoucher[];
  /**
   * For each range, the SIE line each of its rows came from (index = row of `values`; 0 for
   * the header and for rows made of several lines), so a problem found in a range can be
   * told by the file's line.
   */
  sourceLines: Record<string, number[]>;
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
export const MONTH_HEADERS = MONTHS.sv.short.map(capitalised);

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
  private readonly sourceLines: Record<string, number[]> = {};
  private readonly reconciliation: SieReconciliation[] = [];
  private readonly closingVouchers: SieClosingVoucher[] = [];
  private readonly duplicateVouchers: SieDuplicateVoucher[] = [];
  private basis?: SieBasis;
  /** The amounts the ledger holds for the fiscal year, per account (for the reconciliation). */
  private readonly yearAmounts = new Map<number, number>();
  /** First line where each account appears (for problems about it). */
  private readonly firstLine = new Map<number, number>();

  constructor(private readonly file: SieFile) {
    for (const a of file.accounts) this.types.set(a.account, a.type);
    this.yearPrev = file.fiscalYears.find((y) => y.year === -1);
    this.year0 = file.fiscalYears.find((y) => y.year === 0) ?? this.yearAfter(this.yearPrev);
  }

  /** The fiscal year after `prev` (for a file whose `#RAR 0` is empty or missing). */
  private yearAfter(prev?: SieFiscalYear): SieFiscalYear | undefined {
    if (!prev) return undefined;
    const start = addDays(prev.end, 1, 0);
    return { line: prev.line, year: 0, start, end: addDays(start, -1, 1) };
  }

  run(): SieRanges {
    const rar0 = this.file.fiscalYears.find((y) => y.year === 0);
    if (!rar0 && this.year0) this.warn('sieFiscalYearFromPrevious', this.year0.line, { start: this.year0.start, end: this.year0.end });
    else if (!this.year0) this.warn('sieNoFiscalYear', 0);
    const ledger: RawCell[][] = [LEDGER_HEADER];
    const lines: number[] = [0];
    this.ledger(ledger, lines);
    if (ledger.length > 1) this.add('Huvudbok', ledger, lines);
    this.openingBalance();
    this.chart();
    this.costCentres();
    this.settings();
    this.budget();
    this.reconcile();
    this.accountRange();
    return {
      ...(this.basis ? { basis: this.basis } : {}),
      closingVouchers: this.closingVouchers,
      duplicateVouchers: this.duplicateVouchers,
      sourceLines: this.sourceLines,
      ranges: this.ranges,
      fromFile: this.ranges.map((r) => r.name),
      problems: this.sink.finish(),
      reconciliation: this.reconciliation.sort((a, b) => a.account - b.account),
    };
  }

  private add(name: string, values: RawCell[][], lines?: number[]): void {
    this.ranges.push({ name, sheet: SHEET_NAMES[name] ?? name, row: 0, col: 0, values });
    if (lines) this.sourceLines[name] = lines;
  }

  /** A warning about line `line` of the file (0 = the file as a whole). */
  private warn(code: ProblemCode, line: number, params: Record<string, string | number> = {}, severity: Severity = 'warning'): void {
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

  /** The ledger rows (and the line of each) from the vouchers, else from the balances. */
  private ledger(rows: RawCell[][], lines: number[]): void {
    const hasPeriods = this.file.periodBalances.some((p) => p.year === 0);
    const hasAnnual = this.file.results.some((b) => b.year === 0) || this.file.closingBalances.some((b) => b.year === 0);
    let prevYearRows = false;
    if (this.file.vouchers.length > 0) {
      this.basis = 'vouchers';
      prevYearRows = this.voucherRows(rows, lines);
    } else if (hasPeriods) {
      this.basis = 'periods';
      this.periodRows(rows, lines);
    } else if (hasAnnual && this.year0) {
      this.basis = 'annual';
      this.annualRows(rows, lines);
    } else {
      this.warn('sieNothingToReport', 0, {}, 'error');
      return;
    }
    if (this.basis !== 'vouchers') {
      this.warn(this.basis === 'periods' ? 'sieFromPeriodBalances' : 'sieFromAnnualBalances', 0, { type: this.file.sieType ?? '' });
    }
    if (!prevYearRows) {
      const before = rows.length;
      this.comparativeFromPeriodBalances(rows, lines);
      if (rows.length === before && this.basis === 'annual') this.comparativeFromResults(rows, lines);
      else if (rows.length === before) this.warnComparativeAnnualOnly();
    }
  }

  /** Rows of the vouchers; true when some are in the year before. */
  private voucherRows(rows: RawCell[][], lines: number[]): boolean {
    const ignoredDims = new Map<number, number>();
    let prevYearVouchers = false;
    const seen = new Map<string, SieDuplicateVoucher>();
    for (const v of this.file.vouchers) {
      const id = voucherId(v);
      let sum = 0;
      let outside: SieTrans | undefined;
      const closing = isClosingVoucher(v);
      if (closing) this.closingVouchers.push({ voucher: id, line: v.line });
      for (const t of v.rows) {
        const date = t.date ?? v.date;
        sum += t.amount;
        this.seeAccount(t.account, t.line);
        const inYear0 = this.inYear(date, this.year0);
        if (this.year0 && date && !inYear0) {
          if (this.inYear(date, this.yearPrev)) prevYearVouchers = true;
          else outside ??= t;
        }
        for (const o of t.objects) {
          if (o.dim !== COST_CENTRE_DIM && o.dim !== PROJECT_DIM && !ignoredDims.has(o.dim)) ignoredDims.set(o.dim, t.line);
        }
        if (closing && isClosingRow(t.account)) continue;
        if (!this.year0 || inYear0) this.yearAmounts.set(t.account, (this.yearAmounts.get(t.account) ?? 0) + t.amount);
        rows.push(ledgerRow(t, v, id));
        lines.push(t.line);
      }
      // A voucher cut off by the end of the file is already an error; its balance says nothing more.
      if (sum !== 0 && v.closed) this.warn('sieVoucherUnbalanced', v.line, { voucher: id, difference: oreToDecimal(sum) });
      if (outside) this.warn('sieVoucherOutsideYear', outside.line, { voucher: id, date: outside.date ?? v.date });
      // The same series, number and date twice: a voucher exported twice. (BL Administration
      // numbers its monthly depreciation `# 1` every month, so the date must agree too;
      // unnumbered vouchers, `0` or empty, as in import files, are not compared.)
      if (v.number !== '' && v.number !== '0' && v.rows.length > 0) {
        const key = `${v.series}\u0000${v.number}\u0000${v.date}`;
        const found = seen.get(key);
        if (found) {
          found.lines.push(v.line);
          if (found.lines.length === 2) this.duplicateVouchers.push(found);
          this.warn('sieDuplicateVoucher', v.line, { voucher: id, first: found.lines[0] });
        } else seen.set(key, { voucher: id, lines: [v.line] });
      }
    }
    for (const c of this.closingVouchers) this.warn('sieClosingVoucher', c.line, { voucher: c.voucher });
    for (const [dim, line] of ignoredDims) {
      const name = this.file.dimensions.find((d) => d.dim === dim)?.name ?? '';
      this.warn('sieDimensionIgnored', line, { dim, name });
    }
    return prevYearVouchers;
  }

  /** SIE 2 and 3: one row per account, cost centre and month of `#PSALDO 0`. */
  private periodRows(rows: RawCell[][], lines: number[]): void {
    const psaldo = this.withTotals(this.file.periodBalances.filter((p) => p.year === 0));
    const withPeriods = new Set<number>();
    for (const a of periodAmountsByCostCentre(psaldo)) {
      rows.push([monthEnd(a.period), '', accountCell(a.account), a.costCentre ?? '', '', 'Periodsaldo (#PSALDO 0)', oreToSwedish(a.amount)]);
      lines.push(a.line);
      withPeriods.add(a.account);
      this.seeAccount(a.account, a.line);
      this.yearAmounts.set(a.account, (this.yearAmounts.get(a.account) ?? 0) + a.amount);
    }
    // An account the file gives a year's figure for but no period balance: the year's figure
    // on the last day of the year, with a warning (interim reports cannot place it).
    if (!this.year0) return;
    for (const [account, amount, line] of this.annualChanges()) {
      if (withPeriods.has(account) || amount === 0) continue;
      rows.push([isoDate(this.year0.end), '', accountCell(account), '', '', 'Årets belopp utan periodsaldo', oreToSwedish(amount)]);
      lines.push(line);
      this.seeAccount(account, line);
      this.yearAmounts.set(account, (this.yearAmounts.get(account) ?? 0) + amount);
      this.warn('sieNoPeriodBalance', line, { account, amount: oreToDecimal(amount) });
    }
  }

  /**
   * Type 3 files write an account's objects in two ways:
   *   - disjoint combinations (Visma Avendo: `{}`, `{7 "4"}`, `{1 "Syd" 7 "4"}`,
   *     `{1 "Syd" 6 "0001" 7 "4"}`, each the rows with exactly those objects): all rows
   *     together are the account;
   *   - overlapping breakdowns (BL Administration: the `{}` total and again per cost centre;
   *     or, without a total, each level the whole account by another dimension): the `{}`
   *     level, else one level of a single dimension, is the account.
   * The file's own figure for the account (#RES 0, or #UB 0 − #IB 0) tells which: the rows
   * are rewritten as a `{}` total per period plus rows per cost centre (dimension 1), which
   * `periodAmountsByCostCentre` reads the usual way. Accounts that match neither are left
   * as they are (the reconciliation then says the account differs).
   */
  private withTotals(psaldo: SiePeriodBalance[]): SiePeriodBalance[] {
    const byAccount = new Map<number, SiePeriodBalance[]>();
    for (const p of psaldo) {
      let list = byAccount.get(p.account);
      if (!list) byAccount.set(p.account, (list = []));
      list.push(p);
    }
    const annual = new Map(this.annualChanges().map(([account, amount]) => [account, amount]));
    const out: SiePeriodBalance[] = [];
    const dimsOf = (p: SiePeriodBalance) => [...new Set(p.objects.map((o) => o.dim))].sort((x, y) => x - y).join(',');
    const sum = (list: SiePeriodBalance[]) => list.reduce((t, p) => t + p.amount, 0);
    for (const [account, list] of byAccount) {
      const year = annual.get(account);
      const levels = new Map<string, SiePeriodBalance[]>();
      for (const p of list) {
        const k = dimsOf(p);
        let l = levels.get(k);
        if (!l) levels.set(k, (l = []));
        l.push(p);
      }
      if (year === undefined || levels.size < 2) {
        for (const p of list) out.push(p);
        continue;
      }
      let whole: SiePeriodBalance[] | undefined;
      let costCentres: SiePeriodBalance[] = [];
      if (sum(list) === year) {
        whole = list;
        for (const p of list) {
          const cc = p.objects.find((o) => o.dim === 1);
          if (cc) costCentres.push({ ...p, objects: [cc] });
        }
      } else if (!levels.has('')) {
        const single = [...levels.keys()].filter((k) => !k.includes(',')).sort((x, y) => Number(x) - Number(y));
        const k = single.find((key) => sum(levels.get(key)!) === year);
        if (k !== undefined) {
          whole = levels.get(k)!;
          costCentres = list.filter((p) => p.objects.some((o) => o.dim === 1));
        }
      }
      if (!whole) {
        for (const p of list) out.push(p);
        continue;
      }
      const perPeriod = new Map<string, SiePeriodBalance>();
      for (const p of whole) {
        const t = perPeriod.get(p.period);
        if (t) t.amount += p.amount;
        else perPeriod.set(p.period, { line: p.line, year: 0, period: p.period, account, objects: [], amount: p.amount });
      }
      for (const t of perPeriod.values()) out.push(t);
      for (const p of costCentres) out.push(p);
    }
    return out;
  }

  /** SIE 1: the year's `#RES 0` and `#UB 0 − #IB 0`, on the last day of the year. */
  private annualRows(rows: RawCell[][], lines: number[]): void {
    const end = isoDate(this.year0!.end);
    for (const [account, amount, line, label] of this.annualChanges()) {
      if (amount === 0) continue;
      rows.push([end, '', accountCell(account), '', '', label, oreToSwedish(amount)]);
      lines.push(line);
      this.seeAccount(account, line);
    }
  }

  /** Per account: the year's result (#RES 0) or change (#UB 0 − #IB 0), the line, a text. */
  private annualChanges(): [number, number, number, string][] {
    const out: [number, number, number, string][] = [];
    for (const b of byAccount(this.file.results, 0).values()) {
      if (this.kind(b.account) === 'result') out.push([b.account, b.amount, b.line, 'Årets resultat (#RES 0)']);
    }
    const ib = byAccount(this.file.openingBalances, 0);
    for (const b of byAccount(this.file.closingBalances, 0).values()) {
      if (this.kind(b.account) !== 'balance') continue;
      out.push([b.account, b.amount - (ib.get(b.account)?.amount ?? 0), b.line, 'Årets förändring (#UB 0 − #IB 0)']);
    }
    return out.sort((a, b) => a[0] - b[0]);
  }

  /** SIE 1: last year's `#RES -1` on the last day of that year (the whole year is all it has). */
  private comparativeFromResults(rows: RawCell[][], lines: number[]): void {
    if (!this.yearPrev) return;
    const end = isoDate(this.yearPrev.end);
    for (const b of byAccount(this.file.results, -1).values()) {
      if (b.amount === 0 || this.kind(b.account) !== 'result') continue;
      rows.push([end, '', accountCell(b.account), '', '', 'Föregående års resultat (#RES -1)', oreToSwedish(b.amount)]);
      lines.push(b.line);
    }
  }

  private warnComparativeAnnualOnly(): void {
    const resPrev = this.file.results.filter((r) => r.year === -1);
    if (resPrev.some((r) => r.amount !== 0)) this.warn('sieComparativeAnnualOnly', resPrev[0].line);
  }

  /** Ledger rows for year −1 from `#PSALDO −1` of the result accounts, one per month. */
  private comparativeFromPeriodBalances(rows: RawCell[][], lines: number[]): void {
    const resultRows = this.file.periodBalances.filter((p) => p.year === -1 && this.kind(p.account) === 'result');
    const resPrev = this.file.results.filter((r) => r.year === -1);
    if (resultRows.length === 0) return;
    const amounts = periodAmountsByCostCentre(resultRows);
    const perAccount = new Map<number, number>();
    for (const a of amounts) {
      const y = Number(a.period.slice(0, 4));
      const m = Number(a.period.slice(4, 6));
      const date = `${a.period.slice(0, 4)}-${a.period.slice(4, 6)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
      rows.push([date, '', accountCell(a.account), a.costCentre ?? '', '', 'Periodsaldo föregående år (#PSALDO -1)', oreToSwedish(a.amount)]);
      lines.push(a.line);
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
            account,
            expected: oreToDecimal(expected),
            actual: oreToDecimal(months),
            difference: oreToDecimal(months - expected),
          });
        }
      }
    }
  }

  // ---------------------------------------------------------------- the other ranges

  private openingBalance(): void {
    const ib = this.file.openingBalances.filter((b) => b.year === 0);
    for (const b of ib) this.seeAccount(b.account, b.line);
    if (ib.length === 0) return;
    this.add('IngaendeBalans', [['Konto', 'Belopp'], ...ib.map((b) => [accountCell(b.account), oreToSwedish(b.amount)])], [0, ...ib.map((b) => b.line)]);
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
    // The vouchers (all of them, closing entries too: the file's #UB and #RES include them),
    // or the period balances; a SIE 1 file's rows are its #RES and #UB, nothing to compare.
    const trans = this.basis === 'periods' ? this.yearAmounts : new Map<number, number>();
    for (const v of this.basis === 'vouchers' ? this.file.vouchers : []) {
      for (const t of v.rows) {
        const date = t.date ?? v.date;
        if (this.year0 && !this.inYear(date, this.year0)) continue;
        trans.set(t.account, (trans.get(t.account) ?? 0) + t.amount);
      }
    }
    const compare = this.basis === 'vouchers' || this.basis === 'periods';
    const ib0 = byAccount(this.file.openingBalances, 0);
    const ub0 = byAccount(this.file.closingBalances, 0);
    const res0 = byAccount(this.file.results, 0);
    const ubPrev = byAccount(this.file.closingBalances, -1);

    if (compare && ub0.size > 0) {
      const accounts = new Set([...ib0.keys(), ...ub0.keys(), ...trans.keys()]);
      for (const account of sortedAccounts(accounts)) {
        if (this.kind(account) !== 'balance') continue;
        const expected = ub0.get(account)?.amount ?? 0;
        const actual = (ib0.get(account)?.amount ?? 0) + (trans.get(account) ?? 0);
        if (expected === actual) continue;
        const at = this.where(account, ub0.get(account) ?? ib0.get(account));
        this.reconciliation.push({ account, kind: 'balance', expected: oreToDecimal(expected), actual: oreToDecimal(actual) });
        this.warn('sieBalanceDiff', at, {
          account,
          expected: oreToDecimal(expected),
          actual: oreToDecimal(actual),
          difference: oreToDecimal(actual - expected),
        });
      }
    }
    if (compare && res0.size > 0) {
      const accounts = new Set([...res0.keys(), ...trans.keys()]);
      for (const account of sortedAccounts(accounts)) {
        if (this.kind(account) !== 'result') continue;
        const expected = res0.get(account)?.amount ?? 0;
        const actual = trans.get(account) ?? 0;
        if (expected === actual) continue;
        const at = this.where(account, res0.get(account));
        this.reconciliation.push({ account, kind: 'result', expected: oreToDecimal(expected), actual: oreToDecimal(actual) });
        this.warn('sieResultDiff', at, {
          account,
          expected: oreToDecimal(expected),
          actual: oreToDecimal(actual),
          difference: oreToDecimal(actual - expected),
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
          account,
          closingPrev: oreToDecimal(closing),
          opening: oreToDecimal(opening),
          difference: oreToDecimal(opening - closing),
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

  /**
   * Account numbers the workbook cannot hold: more than four digits (`61100`) is an error
   * here, so `import-sie` and the report straight from the file agree. Four digits with a
   * leading zero (`0351`, Magenta's statistics accounts) are valid as the file writes them.
   */
  private accountRange(): void {
    const all = new Map<number, number>(this.firstLine);
    for (const a of this.file.accounts) if (!(all.get(a.account)! <= a.line)) all.set(a.account, a.line); // the earliest line
    for (const [account, line] of [...all].sort((a, b) => a[0] - b[0])) {
      if (account > 9999) this.warn('sieAccountTooLong', line, { account }, 'error');
    }
  }
}

function addDays(yyyymmdd: string, days: number, years: number): string {
  const d = new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)) + years, Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)) + days));
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** `YYYYMM` → the ISO date of the month's last day. */
function monthEnd(period: string): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(4, 6));
  return `${period.slice(0, 4)}-${period.slice(4, 6)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** BAS 8990–8999: the result moved to equity by a closing entry. */
const isResultTransfer = (account: number) => account >= 8990 && account <= 8999;

/** A voucher that moves the year's result to equity: it has a row on 8990–8999. */
function isClosingVoucher(v: SieVoucher): boolean {
  return v.rows.some((t) => isResultTransfer(t.account));
}

/** The rows of a closing voucher that the report leaves out: 8990–8999 and equity 2000–2099. */
function isClosingRow(account: number): boolean {
  return isResultTransfer(account) || (account >= 2000 && account <= 2099);
}

/** An account as the workbook holds it: a number, or four-digit text when it has a leading zero. */
function accountCell(account: number): number | string {
  return account < 1000 ? String(account).padStart(4, '0') : account;
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
  return [date ? isoDateShared(date) : '', id, accountCell(t.account), costCentre, project, t.text ?? v.text, oreToSwedish(t.amount)];
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
