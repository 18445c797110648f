/**
 * Header rows: which column of a range holds which contract column.
 *
 * Header cells are compared by `foldKey` (case-insensitive, trimmed, inner whitespace
 * collapsed, a trailing colon dropped, å/ä/ö folded), against every alias of the contract.
 * When the range's first row is not a complete header row (a title sits above it), the next
 * rows — up to index 10 — are searched. Unknown columns are ignored.
 */
import { cellText, foldKey, isBlank } from './cells';
import type { RawCell } from './types';

/** One contract column with its names. The first alias is the Swedish name. */
export interface ColumnDef {
  key: string;
  /** Name in Swedish and English, for messages. */
  sv: string;
  en: string;
  /** Every header text accepted (display form; matched with `foldKey`). */
  aliases: readonly string[];
}

export function column(key: string, sv: string, en: string, ...more: string[]): ColumnDef {
  return { key, sv, en, aliases: [sv, en, ...more] };
}

/** The header texts a column accepts, for a message: `Konto, Account`. */
export function acceptedHeaders(...defs: ColumnDef[]): string {
  return defs.flatMap((d) => d.aliases).join(', ');
}

/** Column index (within the range) of each contract column; -1 when absent. */
export type ColumnMap = Record<string, number>;

export interface HeaderMatch {
  /** True when a row satisfying `complete` was found. */
  complete: boolean;
  /** Index within the range's values of the header row (the best candidate when not complete). */
  headerIndex: number;
  cols: ColumnMap;
  /** Later columns whose header repeats an earlier one (the first is used). */
  duplicates: { key: string; col: number; firstCol: number }[];
}

/** How many rows (from the top) may hold the header row: the first row and the 10 below it. */
export const HEADER_SEARCH_ROWS = 11;

/** Lookup table folded alias → column key. */
export function aliasTable(defs: readonly ColumnDef[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const d of defs) {
    for (const a of d.aliases) {
      const f = foldKey(a);
      const had = table.get(f);
      if (had !== undefined && had !== d.key) throw new Error(`aliasTable: "${a}" names both ${had} and ${d.key}`);
      table.set(f, d.key);
    }
  }
  return table;
}

function matchRow(row: RawCell[] | undefined, defs: readonly ColumnDef[], table: Map<string, string>) {
  const cols: ColumnMap = {};
  for (const d of defs) cols[d.key] = -1;
  const duplicates: HeaderMatch['duplicates'] = [];
  let matched = 0;
  if (row) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      const key = table.get(foldKey(v));
      if (key === undefined) continue;
      if (cols[key] >= 0) duplicates.push({ key, col: c, firstCol: cols[key] });
      else {
        cols[key] = c;
        matched++;
      }
    }
  }
  return { cols, duplicates, matched };
}

/**
 * Finds the header row among the first `HEADER_SEARCH_ROWS` rows: the first row for which
 * `complete(cols)` holds. When there is none, returns the row that matched the most columns
 * (the earliest on a tie; the first non-blank row when nothing matched) with `complete: false`.
 */
export function findHeader(values: RawCell[][], defs: readonly ColumnDef[], complete: (cols: ColumnMap) => boolean): HeaderMatch {
  const table = aliasTable(defs);
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  let best: HeaderMatch | undefined;
  let bestMatched = 0;
  let firstNonBlank = -1;
  for (let r = 0; r < last; r++) {
    const row = values[r];
    if (firstNonBlank < 0 && row && row.some((v) => !isBlank(v))) firstNonBlank = r;
    const m = matchRow(row, defs, table);
    if (complete(m.cols)) return { complete: true, headerIndex: r, cols: m.cols, duplicates: m.duplicates };
    if (m.matched > bestMatched) {
      bestMatched = m.matched;
      best = { complete: false, headerIndex: r, cols: m.cols, duplicates: m.duplicates };
    }
  }
  if (best) return best;
  const r = Math.max(0, firstNonBlank);
  const m = matchRow(values[r], defs, table);
  return { complete: false, headerIndex: r, cols: m.cols, duplicates: m.duplicates };
}

/** The non-blank cells of a header row, quoted, for a message: `"Datum", "Belopp"`. */
export function headerCellsText(row: RawCell[] | undefined): string {
  if (!row) return '';
  return row
    .filter((v) => !isBlank(v))
    .map((v) => `"${cellText(v).trim()}"`)
    .join(', ');
}

/** The header text of column `col` as written in the header row (for messages). */
export function headerText(row: RawCell[] | undefined, col: number): string {
  return row ? cellText(row[col]).trim() : '';
}
