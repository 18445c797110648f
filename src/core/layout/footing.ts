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
 */
import { decimalOf, Dec, roundThousands, roundToTotal, ZERO } from '../money';
import { a1, evaluateFormula, referencesOf, signedTerms, type CellRange, type FormulaValue } from '../model/formulaEval';
import type { CellValue, SheetModel } from '../model/types';

export interface Footing {
  /** The report's sheets with their tkr tables footed (new row and cell objects where anything changed). */
  sheets: SheetModel[];
  /** A cell's number after footing (null for an empty or text cell); `cell` is A1, e.g. `C34`. */
  valueOf(sheet: string, cell: string): Dec | null;
  /** How many rounded tkr parts the cell's value is built from (1 for a part itself). */
  roundedParts(sheet: string, cell: string): number;
}

const WRAPPED = /^ROUND\(.*,-3\)$/;
const id = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/**
 * Foots every tkr table of the report (see the module comment). Given `restate`, only those
 * sheets' formulas are stated anew (the other sheets were footed by an earlier run and are read
 * as they are): the report's second run, for the sheets made after the first, costs only theirs.
 */
export function footTkrTables(input: readonly SheetModel[], restate?: ReadonlySet<string>): Footing {
  const sheets = input.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, cells: [...r.cells] })) }));
  const byKey = new Map(sheets.map((s) => [s.key, s]));
  const cellAt = (sheet: string, row: number, col: number): CellValue | undefined => byKey.get(sheet)?.rows[row]?.cells[col];
  const refsCache = new Map<string, CellRange[]>();
  const refs = (sheet: string, row: number, col: number, formula: string) => {
    const k = id(sheet, row, col);
    let r = refsCache.get(k);
    if (!r) refsCache.set(k, (r = referencesOf(formula, sheet)));
    return r;
  };
  const eachCell = (r: CellRange, f: (row: number, col: number) => void) => {
    for (let row = r.row1; row <= r.row2; row++) for (let col = r.col1; col <= r.col2; col++) f(row, col);
  };
  const isTkr = (c: CellValue | undefined) => (c?.kind === 'number' || c?.kind === 'formula') && c.style === 'tkr';

  // 1. The parts: tkr numbers, and tkr formulas that read kr cells only (wrapped in ROUND).
  const parts = new Set<string>();
  for (const s of sheets)
    s.rows.forEach((row, r) => {
      row.cells.forEach((c, col) => {
        if (c.kind === 'number' && c.style === 'tkr') parts.add(id(s.key, r, col));
        else if (c.kind === 'formula' && c.style === 'tkr') {
          const ranges = refs(s.key, r, col, c.formula);
          let readsTkr = false;
          ranges.forEach((range) => {
            eachCell(range, (rr, cc) => (readsTkr ||= isTkr(cellAt(range.sheet, rr, cc))));
          });
          if (ranges.length === 0 || readsTkr) return;
          parts.add(id(s.key, r, col));
          if (!WRAPPED.test(c.formula)) row.cells[col] = { ...c, formula: `ROUND(${c.formula},-3)` };
        }
      });
    });

  // 2. The column sums: a tkr formula that adds and subtracts two or more tkr cells of its own
  //    column. The top one is its exact amount rounded; its thousands go down to its parts and
  //    subtotals by largest remainder (money.roundToTotal), so every total of a column shows its
  //    exact amount rounded down or up (mostly its own rounding) and the parts add up to it.
  const original = new Map(input.map((s) => [s.key, s]));
  const exactOf = (sheet: string, row: number, col: number): Dec => {
    const c = original.get(sheet)?.rows[row]?.cells[col];
    return (c?.kind === 'number' || c?.kind === 'formula') && c.value !== '' ? new Dec(c.value) : ZERO;
  };
  interface ColumnSum {
    sheet: string;
    row: number;
    col: number;
    children: { sign: 1 | -1; row: number }[];
  }
  const sums = new Map<string, ColumnSum>();
  const children = new Set<string>();
  for (const s of sheets)
    s.rows.forEach((row, r) => {
      row.cells.forEach((c, col) => {
        if (c.kind !== 'formula' || c.style !== 'tkr') return;
        const terms = signedTerms(c.formula, s.key);
        if (!terms || terms.some((t) => t.range.sheet !== s.key || t.range.col1 !== col || t.range.col2 !== col)) return;
        const kids: ColumnSum['children'] = [];
        let sound = true;
        for (const { sign, range } of terms)
          for (let rr = range.row1; rr <= range.row2; rr++) {
            const k = cellAt(s.key, rr, col);
            if (rr === r || (k !== undefined && k.kind !== 'empty' && !isTkr(k))) sound = false;
            else if (isTkr(k)) kids.push({ sign, row: rr });
          }
        if (!sound || kids.length < 2) return;
        sums.set(id(s.key, r, col), { sheet: s.key, row: r, col, children: kids });
        kids.forEach((k) => children.add(id(s.key, k.row, col)));
      });
    });
  const shown = new Map<string, Dec>();
  const THOUSAND = new Dec(1000);
  const allocate = (sum: ColumnSum, total: Dec) => {
    let fixed = ZERO;
    const free: { sign: 1 | -1; key: string; exact: Dec; sum?: ColumnSum }[] = [];
    for (const { sign, row } of sum.children) {
      const key = id(sum.sheet, row, sum.col);
      const given = shown.get(key);
      const adjustable = given === undefined && (sums.has(key) || (parts.has(key) && cellAt(sum.sheet, row, sum.col)?.kind === 'number'));
      if (adjustable) free.push({ sign, key, exact: exactOf(sum.sheet, row, sum.col), sum: sums.get(key) });
      else fixed = fixed.plus((given ?? roundThousands(exactOf(sum.sheet, row, sum.col))).times(sign));
    }
    const rounded = roundToTotal(
      free.map((f) => f.exact),
      free.map((f) => f.sign),
      total.minus(fixed),
      THOUSAND,
    );
    free.forEach((f, i) => shown.set(f.key, rounded[i]));
    free.forEach((f, i) => {
      if (f.sum) allocate(f.sum, rounded[i]);
    });
  };
  const tops = [...sums.entries()].filter(([key]) => !children.has(key));
  for (const [key, sum] of [...tops, ...sums.entries()]) {
    if (shown.has(key)) continue;
    shown.set(key, roundThousands(exactOf(sum.sheet, sum.row, sum.col)));
    allocate(sum, shown.get(key)!);
  }
  for (const s of sheets)
    s.rows.forEach((row, r) => {
      row.cells.forEach((c, col) => {
        if (c.kind !== 'number' || c.style !== 'tkr') return;
        const value = decimalOf(shown.get(id(s.key, r, col)) ?? roundThousands(new Dec(c.value)));
        if (value !== c.value) row.cells[col] = { ...c, value };
      });
    });

  // 3. The parts each formula is built from, transitively (a cycle contributes nothing).
  const under = new Map<string, Set<string>>();
  const none: ReadonlySet<string> = new Set<string>();
  const partsUnder = (sheet: string, row: number, col: number): ReadonlySet<string> => {
    const cell = cellAt(sheet, row, col);
    // Most cells a range covers are plain numbers or text in kronor: no parts, and no set or key made for them.
    if (cell?.kind !== 'formula' && !isTkr(cell)) return none;
    const k = id(sheet, row, col);
    const known = under.get(k);
    if (known) return known;
    const found = new Set<string>();
    under.set(k, found);
    if (parts.has(k)) found.add(k);
    const c = cellAt(sheet, row, col);
    if (c?.kind === 'formula' && !parts.has(k))
      for (const range of refs(sheet, row, col, c.formula))
        eachCell(range, (rr, cc) => {
          partsUnder(range.sheet, rr, cc).forEach((p) => found.add(p));
        });
    return found;
  };

  // 4. Values: a formula that depends on a part is computed again, others keep their stated value.
  const values = new Map<string, FormulaValue>();
  const valueAt = (sheet: string, row: number, col: number): FormulaValue => {
    const k = id(sheet, row, col);
    if (values.has(k)) return values.get(k)!;
    const c = cellAt(sheet, row, col);
    let v: FormulaValue = null;
    if (c?.kind === 'text') v = c.text;
    else if (c?.kind === 'number') v = new Dec(c.value);
    else if (c?.kind === 'formula') {
      if (partsUnder(sheet, row, col).size === 0) v = c.value === '' ? '' : new Dec(c.value);
      else {
        values.set(k, null); // a cycle reads 0, as it cannot occur in a sound model
        try {
          v = evaluateFormula(c.formula, sheet, valueAt);
        } catch {
          // A function the reader does not know (a sheet builder's new formula): the report is
          // still written, with the layout's value; test/helpers/evalModel flags the mismatch.
          v = c.value === '' ? '' : new Dec(c.value);
        }
      }
    }
    values.set(k, v);
    return v;
  };
  for (const s of sheets) {
    // Sheets footed by an earlier run are read, not restated: their values are already the footed ones.
    if (restate && !restate.has(s.key)) continue;
    s.rows.forEach((row, r) => {
      row.cells.forEach((c, col) => {
        if (c.kind !== 'formula' || partsUnder(s.key, r, col).size === 0) return;
        const v = valueAt(s.key, r, col);
        if (typeof v === 'boolean') throw new Error(`footing: ${s.key}!${a1(r, col)} =${c.formula} gives a truth value`);
        const value = v instanceof Dec ? decimalOf(v) : '';
        // A formula that gives text (a check's status) states that text too.
        const text = typeof v === 'string' && v !== '' ? v : undefined;
        if (value !== c.value || text !== c.text) {
          const { text: _old, ...rest } = c;
          row.cells[col] = { ...rest, value, ...(text !== undefined ? { text } : {}) };
        }
      });
    });
  }

  const at = (sheet: string, cell: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) throw new Error(`footing: bad cell ${cell}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    if (!byKey.has(sheet)) throw new Error(`footing: no sheet ${sheet}`);
    return [Number(m[2]) - 1, col - 1];
  };
  return {
    sheets,
    valueOf(sheet, cell) {
      const v = valueAt(sheet, ...at(sheet, cell));
      return v instanceof Dec ? v : null;
    },
    roundedParts(sheet, cell) {
      return partsUnder(sheet, ...at(sheet, cell)).size;
    },
  };
}
