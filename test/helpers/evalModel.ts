/**
 * A small evaluator for the formulas the report model writes (SUM, + − * /, ABS, IF, AND, ROUND,
 * ISNUMBER, comparisons (text after numbers, as in Excel), same-sheet and {{key}}! cross-sheet references), so tests can check
 * that every formula cell's stated value is what its formula computes from the model's cells.
 * LibreOffice checks the same thing for real in test/libreoffice.
 */
import Decimal from 'decimal.js';
import type { CellValue, ReportModel, SheetModel } from '../../src/core/model/types';

type V = Decimal | string | boolean | null;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export class ModelEvaluator {
  private readonly sheets = new Map<string, SheetModel>();
  constructor(model: ReportModel) {
    for (const s of model.sheets) this.sheets.set(s.key, s);
  }

  cell(sheetKey: string, a1: string): CellValue | undefined {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) throw new Error(`bad ref ${a1}`);
    const sheet = this.sheets.get(sheetKey);
    if (!sheet) throw new Error(`no sheet ${sheetKey}`);
    return sheet.rows[Number(m[2]) - 1]?.cells[colIndex(m[1])];
  }

  valueOf(sheetKey: string, a1: string, depth = 0): V {
    const c = this.cell(sheetKey, a1);
    if (!c || c.kind === 'empty') return null;
    if (c.kind === 'text') return c.text;
    if (c.kind === 'number') return new Decimal(c.value);
    return this.evaluate(sheetKey, c.formula, depth + 1);
  }

  evaluate(sheetKey: string, formula: string, depth = 0): V {
    if (depth > 50) throw new Error('circular');
    const tokens =
      formula.match(/\{\{[^}]+\}\}![A-Z]+\d+(?::[A-Z]+\d+)?|[A-Z]+\d+(?::[A-Z]+\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?|"[^"]*"|<=|>=|<>|[-+*/(),<>=]/g) ?? [];
    let pos = 0;
    const peek = () => tokens[pos];
    const next = () => tokens[pos++];
    const num = (v: V): Decimal =>
      v instanceof Decimal
        ? v
        : v === null
          ? new Decimal(0)
          : typeof v === 'boolean'
            ? new Decimal(v ? 1 : 0)
            : (() => {
                throw new Error(`not a number: ${v}`);
              })();
    const refValues = (tok: string): V[] => {
      let sheet = sheetKey;
      let r = tok;
      const x = /^\{\{([^}]+)\}\}!(.*)$/.exec(tok);
      if (x) {
        sheet = x[1];
        r = x[2];
      }
      const [a, b] = r.split(':');
      if (!b) return [this.valueOf(sheet, a, depth)];
      const ma = /^([A-Z]+)(\d+)$/.exec(a)!;
      const mb = /^([A-Z]+)(\d+)$/.exec(b)!;
      const out: V[] = [];
      for (let row = Number(ma[2]); row <= Number(mb[2]); row++)
        for (let c = colIndex(ma[1]); c <= colIndex(mb[1]); c++) {
          let letters = '';
          let n = c + 1;
          while (n > 0) {
            letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
            n = Math.floor((n - 1) / 26);
          }
          out.push(this.valueOf(sheet, `${letters}${row}`, depth));
        }
      return out;
    };
    const args = (): V[][] => {
      next(); // (
      const list: V[][] = [];
      if (peek() === ')') {
        next();
        return list;
      }
      for (;;) {
        const t = peek();
        if (t && /^(\{\{|[A-Z]+\d)/.test(t) && t.includes(':')) {
          next();
          list.push(refValues(t));
        } else list.push([comparison()]);
        const sep = next();
        if (sep === ')') return list;
        if (sep !== ',') throw new Error(`expected , in ${formula}`);
      }
    };
    const primary = (): V => {
      const t = next();
      if (t === '(') {
        const v = comparison();
        next();
        return v;
      }
      if (t === '-') return num(primary()).negated();
      if (t === '+') return num(primary());
      if (/^\d/.test(t)) return new Decimal(t);
      if (t.startsWith('"')) return t.slice(1, -1);
      if (/^[A-Z]+$/.test(t) && peek() === '(') {
        const a = args();
        switch (t) {
          case 'SUM':
            return a.flat().reduce<Decimal>((s, v) => (v instanceof Decimal ? s.plus(v) : s), new Decimal(0));
          case 'ABS':
            return num(a[0][0]).abs();
          case 'IF':
            return a[0][0] ? a[1][0] : (a[2]?.[0] ?? false);
          case 'AND':
            return a.flat().every(Boolean);
          case 'ISNUMBER':
            return a[0][0] instanceof Decimal;
          case 'ROUND': {
            // half away from zero, as Excel and LibreOffice round
            const scale = new Decimal(10).pow(-num(a[1][0]).toNumber());
            return num(a[0][0]).div(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(scale);
          }
          default:
            throw new Error(`function ${t}`);
        }
      }
      return refValues(t)[0];
    };
    const term = (): V => {
      let v = primary();
      while (peek() === '*' || peek() === '/') {
        const op = next();
        const r = num(primary());
        v = op === '*' ? num(v).times(r) : num(v).div(r);
      }
      return v;
    };
    const expr = (): V => {
      let v = term();
      while (peek() === '+' || peek() === '-') {
        const op = next();
        const r = num(term());
        v = op === '+' ? num(v).plus(r) : num(v).minus(r);
      }
      return v;
    };
    const comparison = (): V => {
      const a = expr();
      const op = peek();
      if (op === '=' || op === '<' || op === '>' || op === '<=' || op === '>=' || op === '<>') {
        next();
        const b = expr();
        // As Excel and LibreOffice compare: text sorts after every number ("" < -0.1 is false).
        const rank = (v: V) => (typeof v === 'string' ? 1 : 0);
        const cmp =
          rank(a) !== rank(b) ? rank(a) - rank(b) : typeof a === 'string' ? (a < (b as string) ? -1 : a > (b as string) ? 1 : 0) : num(a).comparedTo(num(b));
        return op === '=' ? cmp === 0 : op === '<' ? cmp < 0 : op === '>' ? cmp > 0 : op === '<=' ? cmp <= 0 : op === '>=' ? cmp >= 0 : cmp !== 0;
      }
      return a;
    };
    const v = comparison();
    if (pos !== tokens.length) throw new Error(`unparsed rest of ${formula}`);
    return v;
  }

  /** Every formula cell whose computed value differs from its stated value. */
  mismatches(): string[] {
    const out: string[] = [];
    for (const [key, sheet] of this.sheets) {
      sheet.rows.forEach((row, r) =>
        row.cells.forEach((c, ci) => {
          if (c.kind !== 'formula') return;
          const v = this.evaluate(key, c.formula);
          const stated = c.value === '' ? (c.text ?? '') : new Decimal(c.value);
          const same = typeof stated === 'string' ? v === stated : v instanceof Decimal && v.minus(stated).abs().lessThan('1e-12');
          if (!same)
            out.push(`${key}!R${r + 1}C${ci + 1} ${c.formula}: stated ${c.text ?? c.value}, computed ${v instanceof Decimal ? v.toFixed() : String(v)}`);
        }),
      );
    }
    return out;
  }
}
