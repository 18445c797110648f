/**
 * The formulas the report model writes, read back: the cells a formula refers to, and its
 * value computed exactly (decimal.js) from the model's cells. The footing step
 * (layout/footing.ts) uses it to restate every formula that depends on a rounded tkr part, so
 * a formula's stated value stays what Excel and LibreOffice compute.
 *
 * The language is the model's subset of Excel's: numbers, "text", same-sheet references
 * (`C5`, `$C$5`, `C5:C9`) and `{{key}}!C5` references to other report sheets; + − * /, unary
 * minus, comparisons (text after numbers, as in Excel); SUM, ABS, IF, AND, OR, ISNUMBER, MIN,
 * MAX, ROUND. Anything else is a programmer mistake and throws.
 */
import { columnLetters } from '../input/cellAddress';
import { Dec, ZERO } from '../money';

export type FormulaValue = Dec | string | boolean | null;

/** A reference as written, resolved to its sheet: `rows`/`cols` 0-based, inclusive. */
export interface CellRange {
  sheet: string;
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

const TOKEN =
  /\{\{[^}]+\}\}!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?|"[^"]*"|<=|>=|<>|[-+*/(),<>=]|\s+/g;
const CELL = /^\$?([A-Z]+)\$?(\d+)$/;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 of 0-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

function tokens(formula: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of formula.matchAll(TOKEN)) {
    if (m.index !== at) throw new Error(`formula: cannot read "${formula}" at ${at}`);
    at = m.index + m[0].length;
    if (m[0].trim() !== '') out.push(m[0]);
  }
  if (at !== formula.length) throw new Error(`formula: cannot read "${formula}" at ${at}`);
  return out;
}

function rangeOf(token: string, sheet: string): CellRange {
  const x = /^\{\{([^}]+)\}\}!(.*)$/.exec(token);
  const [a, b = a] = (x ? x[2] : token).split(':');
  const ma = CELL.exec(a);
  const mb = CELL.exec(b);
  if (!ma || !mb) throw new Error(`formula: bad reference ${token}`);
  const [r1, r2] = [Number(ma[2]) - 1, Number(mb[2]) - 1];
  const [c1, c2] = [colIndex(ma[1]), colIndex(mb[1])];
  return { sheet: x ? x[1] : sheet, row1: Math.min(r1, r2), col1: Math.min(c1, c2), row2: Math.max(r1, r2), col2: Math.max(c1, c2) };
}

const isRef = (t: string | undefined) => t !== undefined && /^(\{\{|\$?[A-Z]+\$?\d)/.test(t);

/**
 * Reads formulas, keeping each formula's tokens and each reference's range: the footing step
 * reads one formula up to three times (its references, its terms, its value) over thousands
 * of cells. One reader for one report; the free functions below read once.
 */
export class FormulaReader {
  private readonly tokenCache = new Map<string, readonly string[]>();
  /** Per sheet, per token: two lookups, no key string made per reference. */
  private readonly rangeCache = new Map<string, Map<string, CellRange>>();

  tokens(formula: string): readonly string[] {
    let t = this.tokenCache.get(formula);
    if (!t) this.tokenCache.set(formula, (t = tokens(formula)));
    return t;
  }

  range(token: string, sheet: string): CellRange {
    let bySheet = this.rangeCache.get(sheet);
    if (!bySheet) this.rangeCache.set(sheet, (bySheet = new Map<string, CellRange>()));
    let r = bySheet.get(token);
    if (!r) bySheet.set(token, (r = rangeOf(token, sheet)));
    return r;
  }

  /** Every range a formula refers to (`sheet` is the formula's own sheet). */
  referencesOf(formula: string, sheet: string): CellRange[] {
    return this.tokens(formula)
      .filter((t) => isRef(t))
      .map((t) => this.range(t, sheet));
  }

  /** The value of `formula` on sheet `sheet`, its references read through `lookup`. */
  evaluate(formula: string, sheet: string, lookup: CellLookup): FormulaValue {
    return evaluateTokens(this.tokens(formula), formula, sheet, lookup, (t) => this.range(t, sheet));
  }

  /** See `signedTerms`. */
  signedTerms(formula: string, sheet: string): { sign: 1 | -1; range: CellRange }[] | undefined {
    return termsOf(this.tokens(formula), (t) => this.range(t, sheet));
  }
}

/** Every range a formula refers to (`sheet` is the formula's own sheet). */
export function referencesOf(formula: string, sheet: string): CellRange[] {
  return new FormulaReader().referencesOf(formula, sheet);
}

/** The value of one cell: a number, text, or null for an empty cell. */
export type CellLookup = (sheet: string, row: number, col: number) => FormulaValue;

const num = (v: FormulaValue, formula: string): Dec => {
  if (v instanceof Dec) return v;
  if (v === null) return ZERO;
  if (typeof v === 'boolean') return new Dec(v ? 1 : 0);
  throw new Error(`formula: text "${v}" used as a number in ${formula}`);
};

/** The value of `formula` on sheet `sheet`, its references read through `lookup`. */
export function evaluateFormula(formula: string, sheet: string, lookup: CellLookup): FormulaValue {
  return new FormulaReader().evaluate(formula, sheet, lookup);
}

function evaluateTokens(toks: readonly string[], formula: string, sheet: string, lookup: CellLookup, range: (token: string) => CellRange): FormulaValue {
  let pos = 0;
  const peek = () => toks[pos];
  const next = () => toks[pos++];
  const cells = (t: string): FormulaValue[] => {
    const r = range(t);
    const out: FormulaValue[] = [];
    for (let row = r.row1; row <= r.row2; row++) for (let col = r.col1; col <= r.col2; col++) out.push(lookup(r.sheet, row, col));
    return out;
  };
  const args = (): FormulaValue[][] => {
    if (next() !== '(') throw new Error(`formula: expected ( in ${formula}`);
    const list: FormulaValue[][] = [];
    if (peek() === ')') {
      next();
      return list;
    }
    for (;;) {
      const t = peek();
      const after = toks[pos + 1];
      if (isRef(t) && (after === ',' || after === ')')) {
        next();
        list.push(cells(t));
      } else list.push([comparison()]);
      const sep = next();
      if (sep === ')') return list;
      if (sep !== ',') throw new Error(`formula: expected , in ${formula}`);
    }
  };
  const numbers = (a: FormulaValue[][]) => a.flat().filter((v): v is Dec => v instanceof Dec);
  const call = (name: string, a: FormulaValue[][]): FormulaValue => {
    switch (name) {
      case 'SUM':
        return numbers(a).reduce((s, v) => s.plus(v), ZERO);
      case 'ABS':
        return num(a[0]?.[0] ?? null, formula).abs();
      case 'IF':
        return a[0]?.[0] ? (a[1]?.[0] ?? null) : (a[2]?.[0] ?? false);
      case 'AND':
        return a.flat().every(Boolean);
      case 'OR':
        return a.flat().some(Boolean);
      case 'ISNUMBER':
        return a[0]?.[0] instanceof Dec;
      case 'MIN':
        return numbers(a).reduce<Dec | null>((m, v) => (m === null || v.lessThan(m) ? v : m), null) ?? ZERO;
      case 'MAX':
        return numbers(a).reduce<Dec | null>((m, v) => (m === null || v.greaterThan(m) ? v : m), null) ?? ZERO;
      case 'ROUND': {
        const places = num(a[1]?.[0] ?? null, formula).toNumber();
        const scale = new Dec(10).pow(-places);
        return num(a[0]?.[0] ?? null, formula)
          .div(scale)
          .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
          .times(scale);
      }
      default:
        throw new Error(`formula: function ${name} is not in the model's language (${formula})`);
    }
  };
  const primary = (): FormulaValue => {
    const t = next();
    if (t === undefined) throw new Error(`formula: unexpected end of ${formula}`);
    if (t === '(') {
      const v = comparison();
      if (next() !== ')') throw new Error(`formula: expected ) in ${formula}`);
      return v;
    }
    if (t === '-') return num(primary(), formula).negated();
    if (t === '+') return num(primary(), formula);
    if (/^\d/.test(t)) return new Dec(t);
    if (t.startsWith('"')) return t.slice(1, -1);
    if (/^[A-Z]+$/.test(t) && peek() === '(') return call(t, args());
    if (isRef(t)) return cells(t)[0];
    throw new Error(`formula: unexpected ${t} in ${formula}`);
  };
  const term = (): FormulaValue => {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = next();
      const r = num(primary(), formula);
      v = op === '*' ? num(v, formula).times(r) : num(v, formula).div(r);
    }
    return v;
  };
  const expr = (): FormulaValue => {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      const r = num(term(), formula);
      v = op === '+' ? num(v, formula).plus(r) : num(v, formula).minus(r);
    }
    return v;
  };
  const comparison = (): FormulaValue => {
    const a = expr();
    const op = peek();
    if (op !== '=' && op !== '<' && op !== '>' && op !== '<=' && op !== '>=' && op !== '<>') return a;
    next();
    const b = expr();
    const rank = (v: FormulaValue) => (typeof v === 'string' ? 1 : 0);
    const cmp = rank(a) !== rank(b) ? rank(a) - rank(b) : typeof a === 'string' ? a.localeCompare(b as string) : num(a, formula).comparedTo(num(b, formula));
    return op === '=' ? cmp === 0 : op === '<' ? cmp < 0 : op === '>' ? cmp > 0 : op === '<=' ? cmp <= 0 : op === '>=' ? cmp >= 0 : cmp !== 0;
  };
  const v = comparison();
  if (pos !== toks.length) throw new Error(`formula: unread rest of ${formula}`);
  return v;
}

/**
 * A formula that only adds and subtracts cells — `C7+C8`, `SUM(C7:C11)-C12`, `SUM(C12,C21)` —
 * as its signed ranges; undefined for anything else (functions other than SUM, constants,
 * products, parentheses).
 */
export function signedTerms(formula: string, sheet: string): { sign: 1 | -1; range: CellRange }[] | undefined {
  return new FormulaReader().signedTerms(formula, sheet);
}

function termsOf(toks: readonly string[], range: (token: string) => CellRange): { sign: 1 | -1; range: CellRange }[] | undefined {
  const out: { sign: 1 | -1; range: CellRange }[] = [];
  let pos = 0;
  let sign: 1 | -1 = 1;
  if (toks[0] === '-' || toks[0] === '+') sign = toks[pos++] === '-' ? -1 : 1;
  for (;;) {
    const t = toks[pos++];
    if (isRef(t)) out.push({ sign, range: range(t) });
    else if (t === 'SUM' && toks[pos++] === '(') {
      for (;;) {
        const r = toks[pos++];
        if (!isRef(r)) return undefined;
        out.push({ sign, range: range(r) });
        const sep = toks[pos++];
        if (sep === ')') break;
        if (sep !== ',') return undefined;
      }
    } else return undefined;
    if (pos === toks.length) return out;
    const op = toks[pos++];
    if (op !== '+' && op !== '-') return undefined;
    sign = op === '-' ? -1 : 1;
  }
}
