/**
 * The floor: the least any program can do with the ledger's 2D arrays — one loop that sums
 * each row's amount (integer öre) into a Map keyed by account, cost centre and month. No
 * validation, no problems, no statements. Our core's time divided by this is the price of
 * everything the report does beyond adding up.
 */
import type { RawCell } from '../src/core/input/types';
import { LEDGER_COLUMNS } from './generate';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = 25_569;

/** `((year * 100 + month) * 10000 + account) * 10000 + costCentre` → öre (cost centre 0 = none). */
export type FloorSums = Map<number, number>;

/** Sums the ledger rows (header in row 0) of the benchmark layout. */
export function floorSums(values: RawCell[][]): FloorSums {
  const { date: D, account: A, costCentre: C, amount: M } = LEDGER_COLUMNS;
  const sums: FloorSums = new Map();
  // Serial dates: month keys looked up in a table built once (no Date per row).
  let serialBase = -1;
  let serialMonths: Int32Array | undefined;
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    const d = row[D];
    let ym: number;
    if (typeof d === 'number') {
      if (!serialMonths) {
        serialBase = d - 800;
        serialMonths = new Int32Array(1600);
        for (let k = 0; k < serialMonths.length; k++) {
          const t = new Date((serialBase + k - EXCEL_EPOCH) * MS_PER_DAY);
          serialMonths[k] = t.getUTCFullYear() * 100 + t.getUTCMonth() + 1;
        }
      }
      ym = serialMonths[d - serialBase];
    } else {
      const t = d as Date;
      ym = t.getUTCFullYear() * 100 + t.getUTCMonth() + 1;
    }
    const cc = row[C];
    const key = (ym * 10_000 + (row[A] as number)) * 10_000 + (cc === null ? 0 : (cc as number));
    sums.set(key, (sums.get(key) ?? 0) + Math.round((row[M] as number) * 100));
  }
  return sums;
}

/** Splits a floor key into its parts. */
export function floorKeyParts(key: number): { ym: number; account: number; costCentre: number } {
  return { ym: Math.floor(key / 1e8), account: Math.floor(key / 1e4) % 1e4, costCentre: key % 1e4 };
}

/**
 * The report year's result through `period` in presentation sign (income +), kronor with two
 * decimals, from the floor's sums — to check that the core computed the same thing.
 */
export function floorResult(sums: FloorSums, year: number, period: number): string {
  let ore = 0;
  for (const [key, v] of sums) {
    const { ym, account } = floorKeyParts(key);
    if (account >= 3000 && account <= 8999 && Math.floor(ym / 100) === year && ym % 100 <= period) ore += v;
  }
  const kr = -ore;
  const sign = kr < 0 ? '-' : '';
  const abs = Math.abs(kr);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
