/**
 * Lays out a computed statement as a sheet: one renderer for the income statement, the
 * balance sheet and the cash-flow statement. Leaf values are values; sums and derived
 * columns (variance, change) are live formulas over the cells they come from.
 */
import type { Dec } from '../money';
import type { NumberStyle } from '../model/types';
import type { Statement, StatementRow } from '../statements/types';
import { colLetter, empty, formula, num, SheetBuilder, sumFormula, text } from './sheetBuilder';
import { t } from './texts';
import type { Lang } from '../input/types';

export interface ColumnDef {
  /** A value column of the statement, or a derived column. */
  key: string;
  header: string;
  style: NumberStyle;
  /** Derived: this column = column `a` − column `b` (a formula). */
  minus?: [string, string];
}

export interface PlacedStatement {
  /** sheet row of each statement row key */
  rowOf: (key: string) => number;
  /** column letter of each column key */
  colOf: (key: string) => string;
}

function derived(row: StatementRow, def: ColumnDef): Dec | null {
  const [a, b] = def.minus!;
  const va = row.values[a];
  const vb = row.values[b];
  if (va === null || va === undefined || vb === null || vb === undefined) return null;
  return va.minus(vb);
}

/**
 * Writes the statement's header and rows into `sheet` from its current row on.
 * `noteOf` gives a row's note number (shown in a last "Not" column when given).
 * `details` writes each line's accounts below it, and the line becomes their sum.
 */
export function placeStatement(
  sheet: SheetBuilder,
  statement: Statement,
  columns: ColumnDef[],
  lang: Lang,
  opts: { noteOf?: (row: StatementRow) => number | undefined; details?: boolean; keyPrefix?: string } = {},
): PlacedStatement {
  const prefix = opts.keyPrefix ?? statement.key;
  const letters = new Map(columns.map((c, i) => [c.key, colLetter(i + 1)]));
  sheet.add('header', [empty(), ...columns.map((c) => text(c.header)), ...(opts.noteOf ? [text(t('colNote', lang))] : [])], {
    key: `${prefix}:header`,
  });
  // First pass: where each row lands (details come right below their line).
  const start = sheet.rows.length + 1;
  const placement = new Map<string, number>();
  let n = start;
  for (const row of statement.rows) {
    placement.set(row.key, n++);
    if (opts.details && row.kind === 'line') n += (row.accounts ?? []).filter((a) => a.account !== 0).length;
  }
  const rowOf = (key: string) => {
    const r = placement.get(key);
    if (r === undefined) throw new Error(`placeStatement: no row ${key}`);
    return r;
  };
  for (const row of statement.rows) {
    const r = rowOf(row.key);
    const details = opts.details && row.kind === 'line' ? (row.accounts ?? []).filter((a) => a.account !== 0) : [];
    const cells = [text(row.label, row.fromData)];
    for (const def of columns) {
      const col = letters.get(def.key)!;
      if (row.kind === 'heading') cells.push(empty());
      else if (def.minus) {
        const v = derived(row, def);
        cells.push(v === null ? empty() : formula(`${letters.get(def.minus[0])}${r}-${letters.get(def.minus[1])}${r}`, v, def.style));
      } else {
        const v = row.values[def.key];
        if (v === null || v === undefined) cells.push(empty());
        else if (row.kind === 'sum') cells.push(formula(sumFormula(col, row.of.map(rowOf)), v, def.style));
        else if (details.length && details.length === (row.accounts ?? []).length)
          cells.push(
            formula(
              sumFormula(
                col,
                details.map((_, i) => r + 1 + i),
              ),
              v,
              def.style,
            ),
          );
        else cells.push(num(v, def.style));
      }
    }
    if (opts.noteOf) {
      const no = opts.noteOf(row);
      cells.push(no ? text(t('noteLabel', lang, { n: no })) : empty());
    }
    const added = sheet.add(row.role, cells, { key: `${prefix}:${row.key}`, indent: row.indent });
    if (added !== r) throw new Error(`placeStatement: row ${row.key} landed on ${added}, expected ${r}`);
    for (const a of details) {
      const dcells = [text(`${a.account} ${a.name}`.trim(), true)];
      for (const def of columns) {
        if (def.minus) {
          const [x, y] = def.minus;
          const vx = a.values[x];
          const vy = a.values[y];
          const here = sheet.rows.length + 1;
          dcells.push(vx == null || vy == null ? empty() : formula(`${letters.get(x)}${here}-${letters.get(y)}${here}`, vx.minus(vy), def.style));
        } else dcells.push(num(a.values[def.key], def.style));
      }
      sheet.add('detail', dcells, { indent: 2 });
    }
  }
  return { rowOf, colOf: (k) => letters.get(k)! };
}
