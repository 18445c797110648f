/**
 * The limit on a range's total. Each amount is below 10^13 kr (`MAX_ORE` öre), and so is the
 * sum of the absolute values of a range's amounts. Every total the report makes adds amounts
 * of one range, or of a few ranges together (opening balance + ledger, budget − actual), so it
 * stays far below 2^53 öre (about 9·10^15), where JS integers stop being exact. Beyond the
 * limit the range is refused with an input error at the cell where the total crosses it.
 */
import { MAX_AMOUNT, MAX_ORE } from './amount';
import { oreToDecimal } from '../money';
import type { RangeProblems } from './problems';
import type { RawCell } from './types';

/** Adds up the absolute values of a range's amounts and reports, once, when they reach the limit. */
export class RangeTotal {
  private total = 0;
  private reported = false;

  constructor(private readonly rp: RangeProblems) {}

  /**
   * Adds the amount `ore` read from cell (rowIndex, col) holding `value`. False once the
   * total has reached the limit (reported at the first such cell).
   */
  add(ore: number, rowIndex: number, col: number, value: RawCell): boolean {
    this.total += ore < 0 ? -ore : ore;
    if (this.total < MAX_ORE) return true;
    if (!this.reported) {
      this.reported = true;
      // Below the limit before this amount and each amount below it: the total is exact here.
      this.rp.error('rangeTotalTooLarge', rowIndex, col, value, { total: oreToDecimal(this.total), max: MAX_AMOUNT });
    }
    return false;
  }
}

/**
 * The ledger's check, after its loop: the same limit over the amounts kept (`amount[k]`, from
 * row `sourceRow[k]`). One pass over a typed array; nothing is done per row inside the hot loop.
 */
export function checkLedgerTotal(
  rp: RangeProblems,
  amount: Float64Array,
  sourceRow: Int32Array,
  count: number,
  cellOf: (rowIndex: number) => { col: number; value: RawCell },
): void {
  let total = 0;
  for (let k = 0; k < count; k++) total += Math.abs(amount[k]);
  if (total < MAX_ORE) return;
  const limit = new RangeTotal(rp);
  for (let k = 0; k < count; k++) {
    const { col, value } = cellOf(sourceRow[k]);
    if (!limit.add(amount[k], sourceRow[k], col, value)) return;
  }
}
