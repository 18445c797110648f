/**
 * Money: the one module that makes amounts, rounds them, allocates them and shows them.
 *
 * Inside the hot loops amounts are integer öre in JS numbers (exact up to ±9e15 öre);
 * everything else uses decimal.js. Conversions between the two happen here and nowhere else.
 *
 * Three kinds of amount, each with its own type so a signature says which one it takes:
 * - `Ore`: integer öre in a JS number (the posting loop, posting results, budgets);
 * - `Dec`: exact kronor in decimal.js (statements, the report model's values);
 * - `DecimalText`: exact kronor as a plain decimal string, `-1234.50` (problem parameters,
 *   the run summary, SIE amounts). `formatAmount` turns any of them into text for a person.
 */
import Decimal from 'decimal.js';
import { cheapestFlow, type FlowArc } from './flow';
import type { Lang } from './input/types';

/** A decimal.js constructor of our own, so no other user of decimal.js can change our settings. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

/** Integer öre in a JS number: `123450` is 1 234,50 kr. A plain number is not öre until `ore()` says so. */
export type Ore = number & { readonly __brand: 'Ore' };

/**
 * An exact decimal number as a plain string with a point, no exponent: `-1234.50`, `12.345`,
 * `999`. Kronor mostly; the report model's values (shares, counts) are decimal text too.
 */
export type DecimalText = string & { readonly __brand: 'DecimalText' };

/** A count of things (rows, characters, problems): a whole number that is not an amount. Öre are refused. */
export type Count = number & { readonly __brand?: never };

/** True for a whole number of öre that a JS number holds exactly. */
export function isOre(n: number): n is Ore {
  return Number.isSafeInteger(n);
}

/** A whole number of öre (throws for anything else: a programmer mistake). */
export function ore(n: number): Ore {
  if (!isOre(n)) throw new Error(`ore: not a whole number of öre: ${n}`);
  return n;
}

/**
 * The same number as öre, unchecked: for the boundary of a hot loop that has added whole öre
 * only (the posting loop), where a check per number would cost time and prove nothing new.
 */
export function asOre(n: number): Ore {
  return n as Ore;
}

const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

/** True for a plain decimal string: optional `-`, digits, optional `.` and digits. */
export function isDecimalText(s: string): s is DecimalText {
  return DECIMAL_TEXT.test(s);
}

/** A plain decimal string (throws for anything else: a programmer mistake). */
export function decimalText(s: string): DecimalText {
  if (!isDecimalText(s)) throw new Error(`decimalText: not a plain decimal: ${s}`);
  return s;
}

/**
 * Whole öre → exact kronor. Takes a plain number, not only `Ore`, because sums and negations of
 * öre are plain numbers in TypeScript; it checks at run time that the number is whole öre.
 */
export function fromOre(ore: number): Dec {
  if (!Number.isSafeInteger(ore)) throw new Error(`fromOre: not a whole number of öre: ${ore}`);
  return new Dec(ore).div(100);
}

/** Kronor → integer öre, rounded half away from zero to whole öre. */
export function toOre(kr: Dec): Ore {
  return kr.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() as Ore;
}

/** Rounds kronor to whole öre (half away from zero). */
export function roundOre(kr: Dec): Dec {
  return kr.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Rounds kronor to whole kronor (half away from zero). */
export function roundKr(kr: Dec): Dec {
  return kr.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
}

/**
 * Rounds an amount to whole thousands of kronor (half away from zero, as `roundKr`): what a
 * `tkr` cell shows. A tkr table stores its parts rounded so its totals foot as displayed
 * (layout/footing.ts); `-0` comes out as `0`.
 */
export function roundThousands(amount: Ore): Ore {
  return roundToUnit(amount, THOUSAND_KR);
}

/** One thousand kronor in öre: the unit of a `tkr` cell. */
export const THOUSAND_KR = 100_000 as Ore;

/** `amount` rounded to whole `unit`s (both öre), half away from zero; never `-0`. */
function roundToUnit(amount: number, unit: number): Ore {
  const q = roundFraction(amount, unit);
  return (q === 0 ? 0 : q * unit) as Ore;
}

/**
 * How far a figure built from `parts` amounts rounded to whole tkr may lie from the exact one: less
 * than 1 000 kr per part (each part is less than that from its exact amount, layout/footing.ts).
 */
export function roundingLimit(parts: number): Dec {
  return new Dec(1000).times(parts);
}

/** True when `difference` (a tkr figure − the exact kr figure) is the rounding of `parts` parts and no more. */
export function withinRounding(difference: Dec, parts: number): boolean {
  return difference.isZero() || difference.abs().lessThan(roundingLimit(parts));
}

/**
 * Rounds exact amounts (öre) to whole `unit`s (`THOUSAND_KR` for tkr) so that their signed sum
 * `Σ signs[i] × part[i]` is exactly `total` (a whole number of units): each part starts at its
 * own rounding (half away from zero); the units still missing (or too many) go one at a time to
 * the parts whose move costs the least distance from their exact amount (the largest
 * remainders), earlier parts first on a tie. When `total` is the exact sum rounded, every part
 * is its exact amount rounded down or up. With no parts the total cannot be met: `[]`.
 * Integer arithmetic throughout: a report has thousands of these sums (layout/footing.ts).
 */
export function roundToTotal(exact: readonly Ore[], signs: readonly (1 | -1)[], total: Ore, unit: Ore): Ore[] {
  if (exact.length === 0) return [];
  const parts = exact.map((e) => roundFraction(e, unit));
  let missing = roundFraction(total, unit);
  parts.forEach((p, i) => (missing -= p * signs[i]));
  const step = missing > 0 ? 1 : -1;
  // Moving part i by signs[i] × step raises the sum by step; the part nearest that side moves
  // first: its remainder (exact − part, in öre) signed that way is the largest.
  const order = exact
    .map((e, i) => ({ i, gain: (e - parts[i] * unit) * signs[i] * step }))
    .sort((a, b) => b.gain - a.gain || a.i - b.i)
    .map((x) => x.i);
  for (let k = 0; missing !== 0; k++, missing -= step) {
    const i = order[k % order.length];
    parts[i] += signs[i] * step;
  }
  return parts.map((p) => (p === 0 ? 0 : p * unit) as Ore);
}

const OF_TEXT = /^(-?)(\d+)(?:\.(\d{1,2})0*)?$/;

/**
 * A plain decimal text as whole öre (`-1234.5` → −123450), without decimal.js: for the
 * report model's amounts read back in bulk (layout/footing.ts). Undefined for text that is
 * not whole öre (`0.125`) or beyond what a JS number holds exactly.
 */
export function oreOfText(text: string): Ore | undefined {
  const m = OF_TEXT.exec(text);
  if (!m) return undefined;
  const n = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(n)) return undefined;
  return (m[1] === '-' && n !== 0 ? -n : n) as Ore;
}

/** Whole öre as exact decimal text in its shortest form, as `decimalOf` gives it: `-123450` → `-1234.5`, `100000` → `1000`. */
export function oreText(amount: number): DecimalText {
  if (amount % 100 === 0) return String(amount / 100) as DecimalText;
  const text = oreToDecimal(amount);
  return (text.endsWith('0') ? text.slice(0, -1) : text) as DecimalText;
}

/** Integer öre → exact decimal text with two decimals: `-123456` → `-1234.56` (also the SIE notation). */
export function oreToDecimal(ore: number): DecimalText {
  const a = Math.abs(ore);
  const cents = a % 100;
  const kr = (a - cents) / 100;
  return ((ore < 0 ? '-' : '') + String(kr) + '.' + (cents < 10 ? '0' : '') + String(cents)) as DecimalText;
}

/**
 * A Dec as decimal text: exact (`new Dec('-5.5')` → `-5.5`), or with `decimals` places
 * (`-5.50` with 2; rounded half away from zero if it has more).
 */
export function decimalOf(v: Dec, decimals?: number): DecimalText {
  return (decimals === undefined ? v.toFixed() : v.toFixed(decimals)) as DecimalText;
}

/** A whole count (people, rows) as decimal text: `1234` → `1234`. */
export function countText(n: number): DecimalText {
  return decimalText(String(n));
}

/**
 * The one way an amount or a count is shown to a person: by the CLI, the task pane and every
 * message. The task pane's display is the standard:
 * - Swedish `−1 234 567,50`: no-break space (U+00A0) between thousands, so a number never
 *   breaks over two lines, U+2212 minus sign, decimal comma;
 * - English `−1,234,567.50`: comma between thousands, decimal point, the same minus sign.
 * A zero never has a sign. The digits are exact: decimals are never rounded away; `minDecimals`
 * pads with zeros (2 for an amount in kronor and öre, 0 to show a value as it is).
 * A count (a plain whole number) is shown the same way, without decimals.
 */
export function formatAmount(value: Dec | DecimalText | Count, lang: Lang, minDecimals = 0): string {
  const text = typeof value === 'number' ? String(Math.trunc(value)) : typeof value === 'string' ? value : value.toFixed();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const [, minus, int, frac = ''] = m;
  const decimals = frac.padEnd(minDecimals, '0');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? '\u00a0' : ',');
  const sign = minus && /[1-9]/.test(int + frac) ? '\u2212' : '';
  return sign + grouped + (decimals ? (lang === 'sv' ? ',' : '.') + decimals : '');
}

/**
 * Linear periodisation: the part of `annualOre` that falls in the first `months` of 12,
 * rounded to whole öre. Month k's part is `cumulative(k) − cumulative(k−1)`, so the twelve
 * parts always add up to the annual amount exactly.
 */
export function cumulativeLinear(annualOre: Ore, months: number): Ore {
  if (months <= 0) return 0 as Ore;
  if (months >= 12) return annualOre;
  return toOre(fromOre(annualOre).times(months).div(12));
}

/**
 * Splits `totalOre` in proportion to `weights` by the largest-remainder method, in steps of
 * `unitOre` (1 = öre, 100 = whole kronor). The parts always add up to the total exactly.
 * Ties in the remainder go to the earlier weight. All weights must be ≥ 0 and not all zero.
 */
export function allocate(totalOre: Ore, weights: Dec[], unitOre = 1): Ore[] {
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
  const order = exact.map((e, i) => ({ i, rem: e.minus(floors[i]) })).sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const parts = floors.map((f) => f.toNumber());
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts.map((p) => (sign * p * unitOre) as Ore);
}

/** ⌊num / den⌋ and ⌈num / den⌉ of whole numbers, exactly. */
const floorDiv = (num: number, den: number) => (num - (((num % den) + den) % den)) / den;
const ceilDiv = (num: number, den: number) => -floorDiv(-num, den);

/** Whole öre of `num / den` öre, rounded half away from zero (as `toOre`). */
function roundFraction(num: number, den: number): number {
  const q = floorDiv(Math.abs(num) * 2 + den, 2 * den);
  return num < 0 ? -q : q;
}

/**
 * Controlled rounding of exact amounts (`exact[i] / den` öre each, integers, e.g. twelfths of
 * an öre for a periodised budget) to whole öre, for two nested groupings of the same parts
 * (e.g. by statement line → section → result, and by cost centre → group → result).
 *
 * `pathsA[i]` and `pathsB[i]` name the groups that part i belongs to, outermost first; the
 * whole (all parts) is implicit. Groups are identified by their path prefix, so each
 * grouping is nested by construction. The result:
 * - the whole is rounded once: `round(Σ exact / den)`, half away from zero (or `whole`);
 * - every part and every group of either grouping is its exact amount rounded down or up
 *   (never off by a whole öre), and the parts add up to every group exactly;
 * - among such roundings, the one closest to the exact amounts, a group's distance weighing
 *   `GROUP_WEIGHT` times a part's: totals keep their own rounding (half away from zero) where
 *   they can, and the öre they need come from the parts nearest half an öre.
 * Such a rounding always exists (two nested groupings give a network flow problem, whose
 * integral solutions include one at each end of the whole's range).
 */
export function roundNested(
  exact: readonly number[],
  den: number,
  pathsA: readonly (readonly string[])[],
  pathsB: readonly (readonly string[])[],
  /** The whole, when the caller rounds it (it must be Σ exact / den rounded down or up). */
  whole?: number,
): Ore[] {
  if (!Number.isSafeInteger(den) || den <= 0) throw new Error(`roundNested: bad denominator ${den}`);
  // Nodes: 0 = the whole in A, 1 = the whole in B, then the groups. Every part, group and the
  // whole starts at its own rounding; a cheapest flow of single öre then restores "the parts
  // add up to each group" while keeping each within its rounding down or up.
  interface Group {
    node: number;
    parent: number;
    sum: number;
  }
  let nodes = 2;
  const groups = [new Map<string, Group>(), new Map<string, Group>()];
  const deepest = (family: 0 | 1, path: readonly string[], amount: number): number => {
    let parent: number = family;
    let key = '';
    for (const part of path) {
      key += `\u0000${part}`;
      let g = groups[family].get(key);
      if (!g) groups[family].set(key, (g = { node: nodes++, parent, sum: 0 }));
      g.sum += amount;
      parent = g.node;
    }
    return parent;
  };
  const arcs: FlowArc[] = [];
  const supply: number[] = [];
  /** An amount from `from` to `to` that starts at `own`: its arc may move it one öre toward its other rounding. */
  const add = (from: number, to: number, sum: number, own: number, weight: number): { own: number; up?: number; down?: number } => {
    supply[to] = (supply[to] ?? 0) + own;
    supply[from] = (supply[from] ?? 0) - own;
    const rem = ((sum % den) + den) % den;
    if (rem === 0) return { own };
    // moving it off its own rounding costs the extra distance from the exact amount
    const cost = weight * Math.abs(2 * rem - den);
    const lower = floorDiv(sum, den);
    if (own === lower) {
      arcs.push({ from, to, capacity: 1, cost });
      return { own, up: arcs.length - 1 };
    }
    arcs.push({ from: to, to: from, capacity: 1, cost });
    return { own, down: arcs.length - 1 };
  };
  let total = 0;
  const leaves = exact.map((e, i) => {
    if (!Number.isSafeInteger(e)) throw new Error(`roundNested: not a whole numerator: ${e}`);
    total += e;
    const a = deepest(0, pathsA[i] ?? [], e);
    const b = deepest(1, pathsB[i] ?? [], e);
    return { a, b, e };
  });
  const placed = leaves.map(({ a, b, e }) => add(b, a, e, roundFraction(e, den), 1));
  // Family B flows down from its whole to the parts, family A up from the parts to its whole;
  // a total the report shows weighs more than a row.
  groups[1].forEach((g) => add(g.parent, g.node, g.sum, roundFraction(g.sum, den), GROUP_WEIGHT));
  groups[0].forEach((g) => add(g.node, g.parent, g.sum, roundFraction(g.sum, den), GROUP_WEIGHT));
  const target = whole ?? roundFraction(total, den);
  if (target < floorDiv(total, den) || target > ceilDiv(total, den)) throw new Error(`roundNested: the whole ${target} is not ${total}/${den} rounded`);
  supply[1] = (supply[1] ?? 0) + target;
  supply[0] = (supply[0] ?? 0) - target;
  // cheapestFlow's supply is what a node sends out: what flows in at the start minus what flows out
  const flows = cheapestFlow(
    nodes,
    arcs,
    Array.from({ length: nodes }, (_, n) => supply[n] ?? 0),
  );
  if (!flows) throw new Error('roundNested: no rounding found (two nested groupings always have one)');
  return placed.map(({ own, up, down }) => (own + (up === undefined ? 0 : flows[up]) - (down === undefined ? 0 : flows[down])) as Ore);
}

/** How much more moving a total off its own rounding costs than moving a row (`roundNested`). */
const GROUP_WEIGHT = 64;
