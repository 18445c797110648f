/**
 * A1 addresses for the fake Excel host: parsing (`A1`, `$A$1:$H$9`, `A:H`, `3:5`,
 * `'My sheet'!A1`) and formatting, as Excel writes them.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based rectangle. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function colToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function indexToCol(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Splits `Sheet!A1` / `'It''s'!A1` into sheet name (unquoted) and the local address. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const s = address.trim().replace(/^=/, '');
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'" && s[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (s[i] === "'") break;
      else name += s[i++];
    }
    if (s[i + 1] !== '!') throw new Error(`bad address ${address}`);
    return { sheet: name, local: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  return bang >= 0 ? { sheet: s.slice(0, bang), local: s.slice(bang + 1) } : { local: s };
}

/** Parses a local address (no sheet) into a rectangle; undefined when it is not one. */
export function parseLocal(local: string): Rect | undefined {
  const part = (p: string): { row?: number; col?: number } | undefined => {
    const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(p);
    if (!m || (!m[1] && !m[2])) return undefined;
    return { ...(m[1] ? { col: colToIndex(m[1]) } : {}), ...(m[2] ? { row: Number(m[2]) - 1 } : {}) };
  };
  const [a, b] = local.split(':');
  const p = part(a);
  const q = b === undefined ? p : part(b);
  if (!p || !q) return undefined;
  if (p.col === undefined && p.row === undefined) return undefined;
  // Whole columns (A:H) or whole rows (3:5).
  const c0 = p.col ?? 0;
  const c1 = q.col ?? (p.col === undefined ? MAX_COLS - 1 : c0);
  const r0 = p.row ?? 0;
  const r1 = q.row ?? (p.row === undefined ? MAX_ROWS - 1 : r0);
  if (b === undefined && (p.col === undefined || p.row === undefined)) return undefined;
  const row = Math.min(r0, r1);
  const col = Math.min(c0, c1);
  if (row < 0 || col < 0 || Math.max(r0, r1) >= MAX_ROWS || Math.max(c0, c1) >= MAX_COLS) return undefined;
  return { row, col, rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

/** True when a sheet name must be quoted in a reference. */
export function needsQuotes(name: string): boolean {
  return !/^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name);
}

export function quoteSheet(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** `A1:B2` (or `A:H` for whole columns), with `$` when `absolute`. */
export function formatLocal(rect: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (rect.row === 0 && rect.rows === MAX_ROWS) {
    return `${d}${indexToCol(rect.col)}:${d}${indexToCol(rect.col + rect.cols - 1)}`;
  }
  const a = `${d}${indexToCol(rect.col)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return a;
  return `${a}:${d}${indexToCol(rect.col + rect.cols - 1)}${d}${rect.row + rect.rows}`;
}

export function formatAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect, absolute)}`;
}

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.row && r < outer.row + outer.rows && c >= outer.col && c < outer.col + outer.cols;
}
