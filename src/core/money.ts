/**
 * Money: the one module that makes amounts, rounds them and allocates them.
 *
 * Inside the hot loops amounts are integer öre in JS numbers (exact up to ±9e15 öre);
 * everything else uses decimal.js. Conversions between the two happen here and nowhere else.
 */
import Decimal from 'decimal.js';

/** A decimal.js constructor of our own, so no other user of decimal.js can change our settings. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

/** Integer öre → exact kronor. */
export function fromOre(ore: number): Dec {
  if (!Number.isSafeInteger(ore)) throw new Error(`fromOre: not a whole number of öre: ${ore}`);
  return new Dec(ore).div(100);
}

/** Kronor → integer öre, rounded half away from zero to whole öre. */
export function toOre(kr: Dec): number {
  return kr.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/** Rounds kronor to whole öre (half away from zero). */
export function roundOre(kr: Dec): Dec {
  return kr.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Rounds kronor to whole kronor (half away from zero). */
export function roundKr(kr: Dec): Dec {
  return kr.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
}

/** Exact decimal string of integer öre, e.g. -123456 → "-1234.56" (no exponent). */
export function oreString(ore: number): string {
  return fromOre(ore).toFixed(2);
}

/** Exact decimal string of a Dec with two decimals (öre). */
export function krString(kr: Dec): string {
  return kr.toFixed(2);
}

/**
 * Linear periodisation: the part of `annualOre` that falls in the first `months` of 12,
 * rounded to whole öre. Month k's part is `cumulative(k) − cumulative(k−1)`, so the twelve
 * parts always add up to the annual amount exactly.
 */
export function cumulativeLinear(annualOre: number, months: number): number {
  if (months <= 0) return 0;
  if (months >= 12) return annualOre;
  return toOre(fromOre(annualOre).times(months).div(12));
}

/**
 * Splits `totalOre` in proportion to `weights` by the largest-remainder method, in steps of
 * `unitOre` (1 = öre, 100 = whole kronor). The parts always add up to the total exactly.
 * Ties in the remainder go to the earlier weight. All weights must be ≥ 0 and not all zero.
 */
export function allocate(totalOre: number, weights: Dec[], unitOre = 1): number[] {
  if (weights.length === 0) throw new Error('allocate: no weights');
  const sum = weights.reduce((a, w) => a.plus(w), ZERO);
  if (weights.some((w) => w.isNegative()) || sum.isZero()) throw new Error('allocate: weights must be ≥ 0 and not all zero');
  if (totalOre % unitOre !== 0) throw new Error('allocate: total is not a whole number of units');
  const units = new Dec(totalOre / unitOre);
  const sign = units.isNegative() ? -1 : 1;
  const abs = units.abs();
  const exact = weights.map((w) => abs.times(w).div(sum));
  const floors = exact.map((e) => e.floor());
  let left = abs.minus(floors.reduce((a, f) => a.plus(f), ZERO)).toNumber();
  const order = exact
    .map((e, i) => ({ i, rem: e.minus(floors[i]) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const parts = floors.map((f) => f.toNumber());
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts.map((p) => sign * p * unitOre);
}
