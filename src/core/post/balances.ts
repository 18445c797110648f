/**
 * Posting: the ledger's rows summed into balances per account and per cost centre and
 * account, by fiscal month of the report year and the year before. Integer öre throughout;
 * this is the hot loop of the whole product (1 000 000 rows well under a second).
 */
import type { LedgerColumns } from '../input/parsed';
import { asOre, type Ore } from '../money';
import { fiscalOf } from './fiscal';

/** Month slots: 0–11 = fiscal months 1–12 of the report year, 12–23 = the year before. */
export const SLOTS = 24;
export const PREV = 12;

export interface UnbalancedVoucher {
  voucher: string;
  year: number;
  /** Sum of the voucher's rows, öre (≠ 0). */
  differenceOre: Ore;
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
  periodSumOre: Ore;
  unbalancedVouchers: UnbalancedVoucher[];
}

/** Key of a (cost centre, account) pair; cost centre -1 = none. */
export function ccKey(costCentre: number, account: number): number {
  return (costCentre + 1) * 10000 + account;
}

export function ccKeyParts(key: number): { costCentre: number; account: number } {
  return { costCentre: Math.floor(key / 10000) - 1, account: key % 10000 };
}

/** Calendar key year*100+month of every row; fiscal order follows calendar order. */
function maxCalendarKey(ledger: LedgerColumns, from = -Infinity, to = Infinity): number {
  let best = -1;
  const { year, month } = ledger;
  for (let i = 0; i < ledger.count; i++) {
    const k = year[i] * 100 + month[i];
    if (k > best && k >= from && k < to) best = k;
  }
  return best;
}

/** The latest fiscal year with ledger rows and its latest month with rows. */
export function latestYearAndMonth(ledger: LedgerColumns, firstMonth: number): { year: number; month: number } | undefined {
  const best = maxCalendarKey(ledger);
  return best < 0 ? undefined : fiscalOf(Math.floor(best / 100), best % 100, firstMonth);
}

/** The latest fiscal month of `year` with ledger rows, or undefined. */
export function latestMonthOf(ledger: LedgerColumns, year: number, firstMonth: number): number | undefined {
  const best = maxCalendarKey(ledger, year * 100 + firstMonth, (year + 1) * 100 + firstMonth);
  return best < 0 ? undefined : fiscalOf(Math.floor(best / 100), best % 100, firstMonth).month;
}

/** Sums the ledger into balances for fiscal `year` through fiscal month `period`. */
export function postLedger(ledger: LedgerColumns, year: number, period: number, firstMonth: number): Balances {
  const byAccount = new Map<number, Float64Array>();
  const byCostCentre = new Map<number, Float64Array>();
  // Month slot of each calendar month of the years around the report year (-1 = ignored).
  const baseYear = year - 2;
  const slotOf = new Int32Array(5 * 12).fill(-1);
  for (let y = baseYear; y < baseYear + 5; y++) {
    for (let m = 1; m <= 12; m++) {
      const f = fiscalOf(y, m, firstMonth);
      const i = (y - baseYear) * 12 + m - 1;
      if (f.year === year) slotOf[i] = f.month - 1;
      else if (f.year === year - 1) slotOf[i] = PREV + f.month - 1;
    }
  }
  let ignoredRows = 0;
  let rowsAfterPeriod = 0;
  let prevYearRows = 0;
  let periodSumOre = 0;
  // Voucher sums by voucher index, one slot for each of the two years.
  const voucherSums = new Float64Array(ledger.voucherIds.length * 2);
  const voucherFirst = new Int32Array(ledger.voucherIds.length * 2).fill(-1);
  const { account, amount, costCentre, voucher, sourceRow } = ledger;
  let lastAcc = -1;
  let lastArr: Float64Array | undefined;
  for (let i = 0; i < ledger.count; i++) {
    const yi = ledger.year[i] - baseYear;
    const slot = yi >= 0 && yi < 5 ? slotOf[yi * 12 + ledger.month[i] - 1] : -1;
    if (slot < 0) {
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
      voucherSums[vk] += ore;
      if (voucherFirst[vk] < 0) voucherFirst[vk] = sourceRow[i];
    }
  }
  const unbalancedVouchers: UnbalancedVoucher[] = [];
  for (let vk = 0; vk < voucherSums.length; vk++) {
    if (voucherSums[vk] !== 0) {
      unbalancedVouchers.push({
        voucher: ledger.voucherIds[vk >> 1],
        year: vk % 2 ? year - 1 : year,
        differenceOre: asOre(voucherSums[vk]),
        sourceRow: voucherFirst[vk],
      });
    }
  }
  unbalancedVouchers.sort((a, b) => a.sourceRow - b.sourceRow);
  // The loop adds whole öre only: its sums are öre without a check per row.
  return { year, period, byAccount, byCostCentre, ignoredRows, rowsAfterPeriod, prevYearRows, periodSumOre: asOre(periodSumOre), unbalancedVouchers };
}

/** Sum of slots [from, to) of a month array. */
export function sumSlots(arr: Float64Array | undefined, from: number, to: number): Ore {
  if (!arr) return asOre(0);
  let s = 0;
  for (let i = from; i < to; i++) s += arr[i];
  return asOre(s);
}
