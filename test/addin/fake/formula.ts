/**
 * A small evaluator for the formulas the report writes (arithmetic, comparisons, SUM, IF,
 * ABS, AND, ISNUMBER, ROUND, MIN, MAX, cross-sheet references), so the fake host can answer
 * `range.values` for formula cells like Excel does. Anything else evaluates to `#NAME?`.
 */
import { colToIndex, splitSheet } from './a1';

export type Scalar = string | number | boolean;
export interface ErrorValue {
  error: string;
}
/** null = an empty cell. */
export type Value = Scalar | null | ErrorValue;

export interface CellSource {
  /** Value of a cell (evaluating its formula); `sheet` undefined = the formula's own sheet. */
  cell(sheet: string | undefined, row: number, col: number): Value;
}

const isError = (v: unknown): v is ErrorValue => typeof v === 'object' && v !== null && 'error' in v;

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet?: string; a: string; b?: string }
  | { t: 'fn'; name: string }
  | { t: 'op'; v: string }
  | { t: 'err'; v: string };

const REF = /^(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    const rest = src.slice(i);
    if (ch === ' ') {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = '';
      i++;
      while (i < src.length) {
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (src[i] === '"') break;
        else s += src[i++];
      }
      i++;
      out.push({ t: 'str', v: s });
      continue;
    }
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num && !/^[A-Za-z]/.test(rest)) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const err = /^#(REF!|NAME\?|VALUE!|DIV\/0!|N\/A)/.exec(rest);
    if (err) {
      out.push({ t: 'err', v: err[0] });
      i += err[0].length;
      continue;
    }
    // Sheet-qualified reference: 'Name'!A1 or Name!A1
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    const plain = /^([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/.exec(rest);
    const prefix = quoted ?? plain;
    if (prefix) {
      const sheet = splitSheet(`${prefix[0]}A1`).sheet;
      const ref = REF.exec(rest.slice(prefix[0].length));
      if (!ref) throw new Error(`formula: bad reference after ${prefix[0]}`);
      out.push({ t: 'ref', sheet, a: ref[1], ...(ref[2] ? { b: ref[2] } : {}) });
      i += prefix[0].length + ref[0].length;
      continue;
    }
    const fn = /^([A-Za-z][A-Za-z0-9.]*)\(/.exec(rest);
    if (fn) {
      out.push({ t: 'fn', name: fn[1].toUpperCase() });
      i += fn[0].length;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref) {
      out.push({ t: 'ref', a: ref[1], ...(ref[2] ? { b: ref[2] } : {}) });
      i += ref[0].length;
      continue;
    }
    const word = /^(TRUE|FALSE)\b/i.exec(rest);
    if (word) {
      out.push({ t: 'num', v: word[1].toUpperCase() === 'TRUE' ? 1 : 0 });
      i += word[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>(),%])/.exec(rest);
    if (op) {
      out.push({ t: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new Error(`formula: unexpected ${rest}`);
  }
  return out;
}

/** A range argument: its cells' values, row by row. */
interface RangeArg {
  cells: Value[];
}
type Arg = Value | RangeArg;
const isRange = (a: Arg): a is RangeArg => typeof a === 'object' && a !== null && 'cells' in a;

function cellPos(a: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a) as RegExpExecArray;
  return { row: Number(m[2]) - 1, col: colToIndex(m[1]) };
}

function toNumber(v: Value): number | ErrorValue {
  if (isError(v)) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  return Number.isFinite(n) && v.trim() !== '' ? n : { error: '#VALUE!' };
}

/** Evaluates `formula` (with or without the leading `=`). */
export function evaluate(formula: string, source: CellSource): Value {
  let tokens: Token[];
  try {
    tokens = tokenize(formula.replace(/^=/, ''));
  } catch {
    return { error: '#NAME?' };
  }
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (v: string): boolean => {
    const t = peek();
    return t !== undefined && t.t === 'op' && t.v === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Error(`formula: expected ${v}`);
    pos++;
  };

  const scalar = (a: Arg): Value => (isRange(a) ? (a.cells.length === 1 ? a.cells[0] : { error: '#VALUE!' }) : a);

  const compare = (): Arg => {
    let left = concat();
    for (;;) {
      const t = peek();
      if (!t || t.t !== 'op' || !['=', '<>', '<', '>', '<=', '>='].includes(t.v)) return left;
      pos++;
      const right = concat();
      const a = scalar(left);
      const b = scalar(right);
      if (isError(a)) return a;
      if (isError(b)) return b;
      const norm = (v: Value): number | string | boolean => (v === null ? 0 : (v as Scalar));
      let x = norm(a);
      let y = norm(b);
      if (typeof x === 'string' && typeof y === 'number' && a === null) x = 0;
      if (a === null && typeof y === 'string') x = '';
      if (b === null && typeof x === 'string') y = '';
      const cmp =
        typeof x === 'string' && typeof y === 'string'
          ? x.toLowerCase().localeCompare(y.toLowerCase())
          : typeof x === typeof y
            ? x < y
              ? -1
              : x > y
                ? 1
                : 0
            : typeof x === 'number'
              ? -1
              : 1;
      const r = { '=': cmp === 0, '<>': cmp !== 0, '<': cmp < 0, '>': cmp > 0, '<=': cmp <= 0, '>=': cmp >= 0 }[t.v] as boolean;
      left = r;
    }
  };
  const concat = (): Arg => {
    let left = additive();
    while (isOp('&')) {
      pos++;
      const right = additive();
      const a = scalar(left);
      const b = scalar(right);
      if (isError(a)) return a;
      if (isError(b)) return b;
      left = `${a ?? ''}${b ?? ''}`;
    }
    return left;
  };
  const binary =
    (next: () => Arg, ops: string[], f: (a: number, b: number, op: string) => Value): (() => Arg) =>
    () => {
      let left = next();
      for (;;) {
        const t = peek();
        if (!t || t.t !== 'op' || !ops.includes(t.v)) return left;
        pos++;
        const right = next();
        const a = toNumber(scalar(left));
        const b = toNumber(scalar(right));
        if (isError(a)) left = a;
        else if (isError(b)) left = b;
        else left = f(a, b, t.v);
      }
    };
  const unary = (): Arg => {
    if (isOp('-')) {
      pos++;
      const v = toNumber(scalar(unary()));
      return isError(v) ? v : -v;
    }
    if (isOp('+')) {
      pos++;
      return unary();
    }
    return primary();
  };
  const power = binary(unary, ['^'], (a, b) => a ** b);
  const multiplicative = binary(power, ['*', '/'], (a, b, op) => (op === '*' ? a * b : b === 0 ? { error: '#DIV/0!' } : a / b));
  const additive = binary(multiplicative, ['+', '-'], (a, b, op) => (op === '+' ? a + b : a - b));

  const primary = (): Arg => {
    const t = tokens[pos++];
    if (!t) throw new Error('formula: unexpected end');
    switch (t.t) {
      case 'num':
        return t.v;
      case 'str':
        return t.v;
      case 'err':
        return { error: t.v };
      case 'ref': {
        const a = cellPos(t.a);
        const b = t.b ? cellPos(t.b) : a;
        const cells: Value[] = [];
        for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
          for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) cells.push(source.cell(t.sheet, r, c));
        }
        return t.b ? { cells } : cells[0];
      }
      case 'op':
        if (t.v === '(') {
          const v = compare();
          expect(')');
          return v;
        }
        throw new Error(`formula: unexpected ${t.v}`);
      case 'fn': {
        const args: Arg[] = [];
        if (!isOp(')')) {
          for (;;) {
            args.push(compare());
            if (isOp(',')) {
              pos++;
              continue;
            }
            break;
          }
        }
        expect(')');
        return call(t.name, args);
      }
    }
  };

  const numbersOf = (args: Arg[]): number[] | ErrorValue => {
    const out: number[] = [];
    for (const a of args) {
      if (isRange(a)) {
        for (const v of a.cells) {
          if (isError(v)) return v;
          if (typeof v === 'number') out.push(v);
        }
      } else {
        const n = toNumber(a);
        if (isError(n)) return n;
        out.push(n);
      }
    }
    return out;
  };

  const call = (name: string, args: Arg[]): Value => {
    switch (name) {
      case 'SUM': {
        const ns = numbersOf(args);
        return isError(ns) ? ns : ns.reduce((s, n) => s + n, 0);
      }
      case 'MIN':
      case 'MAX': {
        const ns = numbersOf(args);
        if (isError(ns)) return ns;
        return ns.length === 0 ? 0 : name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
      }
      case 'ABS': {
        const n = toNumber(scalar(args[0]));
        return isError(n) ? n : Math.abs(n);
      }
      case 'ROUND': {
        const n = toNumber(scalar(args[0]));
        const d = toNumber(scalar(args[1] ?? 0));
        if (isError(n)) return n;
        if (isError(d)) return d;
        const f = 10 ** d;
        return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
      }
      case 'IF': {
        const c = scalar(args[0]);
        if (isError(c)) return c;
        const truthy = typeof c === 'string' ? c !== '' : Boolean(c);
        const pick = truthy ? args[1] : args[2];
        return pick === undefined ? truthy : scalar(pick);
      }
      case 'AND': {
        for (const a of args) {
          const v = scalar(a);
          if (isError(v)) return v;
          if (!v) return false;
        }
        return true;
      }
      case 'ISNUMBER':
        return typeof scalar(args[0]) === 'number';
      default:
        return { error: '#NAME?' };
    }
  };

  try {
    const result = scalar(compare());
    if (pos !== tokens.length) return { error: '#NAME?' };
    return result;
  } catch {
    return { error: '#NAME?' };
  }
}

/** The value `range.values` reports for an evaluation result. */
export function displayValue(v: Value): Scalar {
  if (v === null) return 0;
  if (isError(v)) return v.error;
  return v;
}

export { isError };
