/**
 * Tables in tkr foot as displayed (issue 12, docs/decisions.md "Amounts in tkr"): one step over
 * the laid-out report, whatever sheet built the table.
 *
 * - Every **part** of a tkr table is a whole number of thousands of kronor: a tkr number is
 *   stored rounded; a tkr formula that reads no tkr cell (a live link to a kr statement) is
 *   wrapped in `ROUND(…,-3)`, so the spreadsheet rounds it the same way.
 * - A **column sum** (a tkr formula adding and subtracting two or more tkr cells of its own
 *   column: a subtotal, a total, a result) that no other column sum takes in shows its exact
 *   amount rounded, half away from zero. Its thousands go down to its parts and subtotals by
 *   largest remainder (`money.roundToTotal`): each shows its exact amount rounded down or up,
 *   its own rounding wherever the total allows. A budget that plans a zero result shows 0.
 *   A part that no column sum takes in is its own rounding (`money.roundThousands`).
 * - Every formula (the sums themselves, differences across columns, closing equity = opening +
 *   result, running totals, percentages, chart data, the checks) that depends on a part has its
 *   stated value computed again from the rounded parts. A sum of the printed parts is then the
 *   printed total by construction, and Excel or LibreOffice computes the very same values.
 *
 * The exact figures stay in the kr statements and in the JSON output; where a footed total is
 * also a statement's figure, the checks sheet shows the rounding difference (checks/buildChecks.ts).
 * The step is idempotent: footing a footed report changes nothing.
 *
 * Sheets made later (the checks, Förvaltningsberättelse, the Verifikationer sheets, which read
 * the footed figures) join with `extend`: only their own cells are footed and stated; what the
 * earlier sheets' footing found is kept, so the report's second step costs only the new sheets.
 */
import { decimalOf, Dec, fromOre, oreOfText, ZERO, oreText, roundThousands, roundToTotal, THOUSAND_KR, toOre, type Ore } from '../money';
import { a1, FormulaReader, type CellRange, type FormulaValue } from '../model/formulaEval';
import type { CellValue, SheetModel } from '../model/types';

export interface Footing {
  /** The report's sheets with their tkr tables footed (new row and cell objects where anything changed). */
  sheets: SheetModel[];
  /** A cell's number after footing (null for an empty or text cell); `cell` is A1, e.g. `C34`. */
  valueOf(sheet: string, cell: string): Dec | null;
  /** How many rounded tkr parts the cell's value is built from (1 for a part itself). */
  roundedParts(sheet: string, cell: string): number;
  /**
   * The footing with `more` sheets added after these (made later, reading these sheets' footed
   * figures; none of these sheets may refer to them). `sheets` of the result is these, then `more`.
   */
  extend(more: readonly SheetModel[]): Footing;
}

const WRAPPED = /^ROUND\(.*,-3\)$/;
/** A cell's key: sheet number, row and column in one number (rows < 2^20, columns < 2^14). */
const ROW_SPAN = 2 ** 20;
const COL_SPAN = 2 ** 14;

/** A cell's value while footing: a number is whole öre (see `valueAt`). */
type Value = FormulaValue | number;

/** An amount as whole öre where it is, else exact (decimal.js). */
function amountOf(text: string): number | Dec {
  return oreOfText(text) ?? new Dec(text);
}

/** A value as the formula reader takes it: öre become kronor (decimal.js). */
function asFormulaValue(v: Value): FormulaValue {
  return typeof v === 'number' ? fromOre(v) : v;
}

/** Exact decimal text as öre, the fast way where it is whole öre. */
function exactOre(text: string): Ore {
  return oreOfText(text) ?? toOre(new Dec(text));
}

interface ColumnSum {
  sheet: string;
  row: number;
  col: number;
  children: { sign: 1 | -1; row: number }[];
}

/** Foots every tkr table of the report (see the module comment). */
export function footTkrTables(input: readonly SheetModel[]): Footing {
  return new FootingState().add(input);
}

/** What footing has found so far: grows sheet by sheet (`add`), never revised. */
class FootingState {
  private readonly sheets: SheetModel[] = [];
  private readonly byKey = new Map<string, { sheet: SheetModel; index: number; original: SheetModel }>();
  private readonly reader = new FormulaReader();
  private readonly refsCache = new Map<number, CellRange[]>();
  private readonly parts = new Set<number>();
  private readonly shown = new Map<number, Ore>();
  private readonly under = new Map<number, ReadonlySet<number>>();
  private readonly values = new Map<number, Value>();
  private static readonly none: ReadonlySet<number> = new Set<number>();

  private id(sheet: string, row: number, col: number): number {
    const index = this.byKey.get(sheet)?.index ?? -1;
    return (index * ROW_SPAN + row) * COL_SPAN + col;
  }

  private cellAt(sheet: string, row: number, col: number): CellValue | undefined {
    return this.byKey.get(sheet)?.sheet.rows[row]?.cells[col];
  }

  private refs(sheet: string, row: number, col: number, formula: string): CellRange[] {
    const k = this.id(sheet, row, col);
    let r = this.refsCache.get(k);
    if (!r) this.refsCache.set(k, (r = this.reader.referencesOf(formula, sheet)));
    return r;
  }

  private isTkr(c: CellValue | undefined): boolean {
    return (c?.kind === 'number' || c?.kind === 'formula') && c.style === 'tkr';
  }

  /** A cell's exact amount as laid out, in öre (the model's amounts are whole öre; anything finer is rounded to öre). */
  private exactOf(sheet: string, row: number, col: number): Ore {
    const c = this.byKey.get(sheet)?.original.rows[row]?.cells[col];
    return (c?.kind === 'number' || c?.kind === 'formula') && c.value !== '' ? exactOre(c.value) : (0 as Ore);
  }

  /** Adds `input` (copied) to the footing: their parts, column sums and formulas are footed. */
  add(input: readonly SheetModel[]): Footing {
    const added = input.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, cells: [...r.cells] })) }));
    added.forEach((sheet, i) => {
      if (this.byKey.has(sheet.key)) throw new Error(`footing: sheet ${sheet.key} twice`);
      this.byKey.set(sheet.key, { sheet, index: this.sheets.length, original: input[i] });
      this.sheets.push(sheet);
    });
    this.findParts(added);
    this.footColumnSums(added);
    this.restate(added);
    return this.view();
  }

  /** 1. The parts: tkr numbers, and tkr formulas that read kr cells only (wrapped in ROUND). */
  private findParts(sheets: readonly SheetModel[]): void {
    for (const s of sheets)
      s.rows.forEach((row, r) => {
        row.cells.forEach((c, col) => {
          if (c.kind === 'number' && c.style === 'tkr') this.parts.add(this.id(s.key, r, col));
          else if (c.kind === 'formula' && c.style === 'tkr') {
            const ranges = this.refs(s.key, r, col, c.formula);
            if (ranges.length === 0 || ranges.some((range) => this.anyTkrIn(range))) return;
            this.parts.add(this.id(s.key, r, col));
            if (!WRAPPED.test(c.formula)) row.cells[col] = { ...c, formula: `ROUND(${c.formula},-3)` };
          }
        });
      });
  }

  private anyTkrIn(range: CellRange): boolean {
    for (let row = range.row1; row <= range.row2; row++)
      for (let col = range.col1; col <= range.col2; col++) if (this.isTkr(this.cellAt(range.sheet, row, col))) return true;
    return false;
  }

  /**
   * 2. The column sums: a tkr formula that adds and subtracts two or more tkr cells of its own
   *    column. The top one is its exact amount rounded; its thousands go down to its parts and
   *    subtotals by largest remainder (money.roundToTotal), so every total of a column shows its
   *    exact amount rounded down or up (mostly its own rounding) and the parts add up to it.
   */
  private footColumnSums(sheets: readonly SheetModel[]): void {
    const sums = new Map<number, ColumnSum>();
    const children = new Set<number>();
    for (const s of sheets)
      s.rows.forEach((row, r) => {
        row.cells.forEach((c, col) => {
          if (c.kind !== 'formula' || c.style !== 'tkr') return;
          const terms = this.reader.signedTerms(c.formula, s.key);
          if (!terms || terms.some((t) => t.range.sheet !== s.key || t.range.col1 !== col || t.range.col2 !== col)) return;
          const kids: ColumnSum['children'] = [];
          let sound = true;
          for (const { sign, range } of terms)
            for (let rr = range.row1; rr <= range.row2; rr++) {
              const k = this.cellAt(s.key, rr, col);
              if (rr === r || (k !== undefined && k.kind !== 'empty' && !this.isTkr(k))) sound = false;
              else if (this.isTkr(k)) kids.push({ sign, row: rr });
            }
          if (!sound || kids.length < 2) return;
          sums.set(this.id(s.key, r, col), { sheet: s.key, row: r, col, children: kids });
          kids.forEach((k) => children.add(this.id(s.key, k.row, col)));
        });
      });
    const allocate = (sum: ColumnSum, total: Ore) => {
      let fixed = 0;
      const free: { sign: 1 | -1; key: number; exact: Ore; sum?: ColumnSum }[] = [];
      for (const { sign, row } of sum.children) {
        const key = this.id(sum.sheet, row, sum.col);
        const given = this.shown.get(key);
        const adjustable = given === undefined && (sums.has(key) || (this.parts.has(key) && this.cellAt(sum.sheet, row, sum.col)?.kind === 'number'));
        if (adjustable) free.push({ sign, key, exact: this.exactOf(sum.sheet, row, sum.col), sum: sums.get(key) });
        else fixed += (given ?? roundThousands(this.exactOf(sum.sheet, row, sum.col))) * sign;
      }
      const rounded = roundToTotal(
        free.map((f) => f.exact),
        free.map((f) => f.sign),
        (total - fixed) as Ore,
        THOUSAND_KR,
      );
      free.forEach((f, i) => this.shown.set(f.key, rounded[i]));
      free.forEach((f, i) => {
        if (f.sum) allocate(f.sum, rounded[i]);
      });
    };
    const tops = [...sums.entries()].filter(([key]) => !children.has(key));
    for (const [key, sum] of [...tops, ...sums.entries()]) {
      if (this.shown.has(key)) continue;
      const total = roundThousands(this.exactOf(sum.sheet, sum.row, sum.col));
      this.shown.set(key, total);
      allocate(sum, total);
    }
    for (const s of sheets)
      s.rows.forEach((row, r) => {
        row.cells.forEach((c, col) => {
          if (c.kind !== 'number' || c.style !== 'tkr') return;
          const value = oreText(this.shown.get(this.id(s.key, r, col)) ?? roundThousands(exactOre(c.value)));
          if (value !== c.value) row.cells[col] = { ...c, value };
        });
      });
  }

  /** 3. The parts each formula is built from, transitively (a cycle contributes nothing). */
  private partsUnder(sheet: string, row: number, col: number): ReadonlySet<number> {
    const cell = this.cellAt(sheet, row, col);
    // Most cells a range covers are plain numbers or text in kronor: no parts, and no set or key made for them.
    if (cell?.kind !== 'formula' && !this.isTkr(cell)) return FootingState.none;
    const k = this.id(sheet, row, col);
    const known = this.under.get(k);
    if (known) return known;
    const found = new Set<number>();
    this.under.set(k, found);
    if (this.parts.has(k)) found.add(k);
    if (cell?.kind === 'formula' && !this.parts.has(k))
      for (const range of this.refs(sheet, row, col, cell.formula))
        for (let rr = range.row1; rr <= range.row2; rr++)
          for (let cc = range.col1; cc <= range.col2; cc++) {
            const inner = this.cellAt(range.sheet, rr, cc);
            // A tkr number is a part of its own: added as it is, without a set of its own.
            if (inner?.kind === 'number') {
              if (inner.style === 'tkr') found.add(this.id(range.sheet, rr, cc));
            } else if (inner?.kind === 'formula') this.partsUnder(range.sheet, rr, cc).forEach((p) => found.add(p));
          }
    // A formula over plain cells only shares the one empty set: less to keep for the many subtotals.
    if (found.size === 0) this.under.set(k, FootingState.none);
    return found.size === 0 ? FootingState.none : found;
  }

  /**
   * 4. Values: a formula that depends on a part is computed again, others keep their stated
   *    value. Amounts are whole öre (a JS number) as long as they can be, decimal.js where a
   *    formula divides or multiplies (a percentage) or an amount is finer than öre.
   */
  private valueAt(sheet: string, row: number, col: number): Value {
    const k = this.id(sheet, row, col);
    const cached = this.values.get(k);
    if (cached !== undefined || this.values.has(k)) return cached as Value;
    const c = this.cellAt(sheet, row, col);
    let v: Value = null;
    if (c?.kind === 'text') v = c.text;
    else if (c?.kind === 'number') v = amountOf(c.value);
    else if (c?.kind === 'formula') {
      if (this.partsUnder(sheet, row, col).size === 0) v = c.value === '' ? '' : amountOf(c.value);
      else {
        this.values.set(k, null); // a cycle reads 0, as it cannot occur in a sound model
        try {
          v = this.signedSum(c.formula, sheet) ?? this.reader.evaluate(c.formula, sheet, (s, r, cc) => asFormulaValue(this.valueAt(s, r, cc)));
        } catch {
          // A function the reader does not know (a sheet builder's new formula): the report is
          // still written, with the layout's value; test/helpers/evalModel flags the mismatch.
          v = c.value === '' ? '' : amountOf(c.value);
        }
      }
    }
    this.values.set(k, v);
    return v;
  }

  /**
   * The value of a formula that only adds and subtracts cells (`B16-C16`, `SUM(B16:B21)`: most
   * of a report's), summed directly, in öre where every term is whole öre; undefined when it is
   * not one or reads anything but numbers and empty cells, for the formula reader to compute
   * as a spreadsheet would.
   */
  private signedSum(formula: string, sheet: string): Value | undefined {
    const terms = this.reader.signedTerms(formula, sheet);
    if (!terms) return undefined;
    let ore = 0;
    let dec: Dec | undefined;
    for (const { sign, range } of terms)
      for (let row = range.row1; row <= range.row2; row++)
        for (let col = range.col1; col <= range.col2; col++) {
          const v = this.valueAt(range.sheet, row, col);
          if (v === null) continue;
          if (typeof v === 'number') ore += sign * v;
          else if (v instanceof Dec) dec = (dec ?? ZERO).plus(v.times(sign));
          else return undefined;
        }
    if (!Number.isSafeInteger(ore)) throw new Error(`footing: ${formula} is beyond whole öre`);
    return dec === undefined ? ore : dec.plus(fromOre(ore));
  }

  private restate(sheets: readonly SheetModel[]): void {
    for (const s of sheets)
      s.rows.forEach((row, r) => {
        row.cells.forEach((c, col) => {
          if (c.kind !== 'formula' || this.partsUnder(s.key, r, col).size === 0) return;
          const v = this.valueAt(s.key, r, col);
          if (typeof v === 'boolean') throw new Error(`footing: ${s.key}!${a1(r, col)} =${c.formula} gives a truth value`);
          const value = typeof v === 'number' ? oreText(v) : v instanceof Dec ? decimalOf(v) : '';
          // A formula that gives text (a check's status) states that text too.
          const text = typeof v === 'string' && v !== '' ? v : undefined;
          if (value !== c.value || text !== c.text) {
            const { text: _old, ...rest } = c;
            row.cells[col] = { ...rest, value, ...(text !== undefined ? { text } : {}) };
          }
        });
      });
  }

  private at(sheet: string, cell: string): [number, number] {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) throw new Error(`footing: bad cell ${cell}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    if (!this.byKey.has(sheet)) throw new Error(`footing: no sheet ${sheet}`);
    return [Number(m[2]) - 1, col - 1];
  }

  private view(): Footing {
    const sheets = [...this.sheets];
    return {
      sheets,
      valueOf: (sheet, cell) => {
        const v = asFormulaValue(this.valueAt(sheet, ...this.at(sheet, cell)));
        return v instanceof Dec ? v : null;
      },
      roundedParts: (sheet, cell) => this.partsUnder(sheet, ...this.at(sheet, cell)).size,
      extend: (more) => {
        if (this.sheets.length !== sheets.length) throw new Error('footing: extended twice');
        return this.add(more);
      },
    };
  }
}
