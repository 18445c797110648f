/**
 * Posting: the ledger's rows summed into balances per account and per cost centre and
 * account, by fiscal month of the report year and the year before. Integer öre throughout;
 * this is the hot loop of the whole product (1 000 000 rows well under a second).
 */
import type { LedgerColumns } from '../input/parsed';
import { fiscalOf } from './fiscal';

/** Month slots: 0–11 = fiscal months 1–12 of the report year, 12–23 = the year before. */
export const SLOTS = 24;
export const PREV = 12;

export interface UnbalancedVoucher {
  voucher: string;
  year: number;
  /** Sum of the voucher's rows, öre (≠ 0). */
  differenceOre: number;
  /** Range-relative index of the voucher's first row. */
  sourceRow: number;
}

export interface Balances {
  year: number;
  period: number;
  /** account → öre per month slot */
  byAccount: Map<number, Float64Array>;
  /** `ccKey(costCentreIndex, account)` → öre per month slot (result accounts only) */
  byCostCentre: Map<number, Float64Array>;
  /** Rows outside the report year and the year before (ignored). */
  ignoredRows: number;
  /** Rows of the report year after the period (not in the report). */
  rowsAfterPeriod: number;
  /** Rows of the year before. */
  prevYearRows: number;
  /** Sum of the report period's rows (0 when the ledger balances), öre. */
  periodSumOre: number;
  unbalancedVouchers: UnbalancedVoucher[];
}

/** Key of a (cost centre, account) pair; cost centre -1 = none. */
export function ccKey(costCentre: number, account: number): number {
  return (costCentre + 1) * 10000 + account;
}

export function ccKeyParts(key: number): { costCentre: number; account: number } {
  return { costCentre: Math.floor(key / 10000) - 1, account: key % 10000 };
}

/** The latest fiscal year with ledger rows and its latest month with rows. */
export function latestYearAndMonth(ledger: LedgerColumns, firstMonth: number): { year: number; month: number } | undefined {
  let best = -1;
  for (let i = 0; i < ledger.count; i++) {
    const f = fiscalOf(ledger.year[i], ledger.month[i], firstMonth);
    const k = f.year * 100 + f.month;
    if (k > best) best = k;
  }
  return best < 0 ? undefined : { year: Math.floor(best / 100), month: best % 100 };
}

/** The latest fiscal month of `year` with ledger rows, or undefined. */
export function latestMonthOf(ledger: LedgerColumns, year: number, firstMonth: number): number | undefined {
  let best = 0;
  for (let i = 0; i < ledger.count; i++) {
    const f = fiscalOf(ledger.year[i], ledger.month[i], firstMonth);
    if (f.year === year && f.month > best) best = f.month;
  }
  return best || undefined;
}

/** Sums the ledger into balances for fiscal `year` through fiscal month `period`. */
export function postLedger(ledger: LedgerColumns, year: number, period: number, firstMonth: number): Balances {
  const byAccount = new Map<number, Float64Array>();
  const byCostCentre = new Map<number, Float64Array>();
  // fiscal slot per calendar (year, month) for the two years: avoid recomputing per row
  const slotOf = new Map<number, number>();
  for (let y = year - 2; y <= year + 2; y++) {
    for (let m = 1; m <= 12; m++) {
      const f = fiscalOf(y, m, firstMonth);
      if (f.year === year) slotOf.set(y * 100 + m, f.month - 1);
      else if (f.year === year - 1) slotOf.set(y * 100 + m, PREV + f.month - 1);
    }
  }
  let ignoredRows = 0;
  let rowsAfterPeriod = 0;
  let prevYearRows = 0;
  let periodSumOre = 0;
  const voucherSums = new Map<number, number>();
  const voucherFirst = new Map<number, number>();
  const { account, amount, costCentre, voucher } = ledger;
  let lastAcc = -1;
  let lastArr: Float64Array | undefined;
  for (let i = 0; i < ledger.count; i++) {
    const slot = slotOf.get(ledger.year[i] * 100 + ledger.month[i]);
    if (slot === undefined) {
      ignoredRows++;
      continue;
    }
    const acc = account[i];
    const ore = amount[i];
    if (slot >= PREV) prevYearRows++;
    else if (slot >= period) {
      rowsAfterPeriod++;
      continue;
    } else periodSumOre += ore;
    let arr = acc === lastAcc ? lastArr : byAccount.get(acc);
    if (!arr) byAccount.set(acc, (arr = new Float64Array(SLOTS)));
    lastAcc = acc;
    lastArr = arr;
    arr[slot] += ore;
    if (acc >= 3000) {
      const key = (costCentre[i] + 1) * 10000 + acc;
      let cc = byCostCentre.get(key);
      if (!cc) byCostCentre.set(key, (cc = new Float64Array(SLOTS)));
      cc[slot] += ore;
    }
    const v = voucher[i];
    if (v >= 0) {
      const vk = v * 2 + (slot >= PREV ? 1 : 0);
      const prev = voucherSums.get(vk);
      if (prev === undefined) {
        voucherSums.set(vk, ore);
        voucherFirst.set(vk, ledger.sourceRow[i]);
      } else voucherSums.set(vk, prev + ore);
    }
  }
  const unbalancedVouchers: UnbalancedVoucher[] = [];
  for (const [vk, sum] of voucherSums) {
    if (sum !== 0) {
      unbalancedVouchers.push({
        voucher: ledger.voucherIds[Math.floor(vk / 2)],
        year: vk % 2 ? year - 1 : year,
        differenceOre: sum,
        sourceRow: voucherFirst.get(vk) ?? 0,
      });
    }
  }
  unbalancedVouchers.sort((a, b) => a.sourceRow - b.sourceRow);
  return { year, period, byAccount, byCostCentre, ignoredRows, rowsAfterPeriod, prevYearRows, periodSumOre, unbalancedVouchers };
}

/** Sum of slots [from, to) of a month array. */
export function sumSlots(arr: Float64Array | undefined, from: number, to: number): number {
  if (!arr) return 0;
  let s = 0;
  for (let i = from; i < to; i++) s += arr[i];
  return s;
}
