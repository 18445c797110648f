/**
 * A1 references as defined names and tables hold them: `'My sheet'!$A$3:$H$2412`,
 * `Data!$A:$H` (whole columns), `Data!$1:$9` (whole rows), `A1:G100` (a table's ref).
 */

/** A rectangle on a sheet, 0-based and inclusive; whole columns/rows are open (Infinity). */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type RefParse = { ok: true; sheet: string; area: Area } | { ok: false; reason: 'refError' | 'external' | 'multiArea' | 'notARange' | 'formula' };

/** Excel's last column (XFD) and row, 0-based. */
export const MAX_COL = 16383;
export const MAX_ROW = 1048575;

/** `A` → 0, `AB` → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n - 1;
}

import { cellAddress as a1, callsFunction } from '../core';

/** 0 → `A`, 27 → `AB`; `A1` address of a 0-based cell — the core's, so there is one of each. */
export { columnLetters, cellAddress as a1 } from '../core';

/** `A1:H20` (or `A1` for one cell) of an area with finite bounds. */
export function areaA1(area: Area): string {
  const tl = a1(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? tl : `${tl}:${a1(area.bottom, area.right)}`;
}

/** The sheet-less part: `$A$3:$H$2412`, `A:H`, `$1:$9`, `B7`. */
export function parseArea(text: string): Area | undefined {
  const parts = text.split(':');
  if (parts.length > 2) return undefined;
  const ends = parts.map((p) => /^\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?$/.exec(p.trim()));
  if (ends.some((m) => m === null || (m[1] === undefined && m[2] === undefined))) return undefined;
  const [a, b = a] = ends as RegExpExecArray[];
  const hasCol = a[1] !== undefined;
  const hasRow = a[2] !== undefined;
  if (hasCol !== (b[1] !== undefined) || hasRow !== (b[2] !== undefined)) return undefined;
  const c1 = hasCol ? columnIndex(a[1].toUpperCase()) : 0;
  const c2 = hasCol ? columnIndex(b[1].toUpperCase()) : Infinity;
  const r1 = hasRow ? Number(a[2]) - 1 : 0;
  const r2 = hasRow ? Number(b[2]) - 1 : Infinity;
  const tooFar = (n: number, max: number) => Number.isFinite(n) && n > max;
  if (r1 < 0 || r2 < 0 || tooFar(r1, MAX_ROW) || tooFar(r2, MAX_ROW) || tooFar(c1, MAX_COL) || tooFar(c2, MAX_COL)) {
    return undefined;
  }
  // Whole columns (`A:H`) are open at the bottom, whole rows (`1:9`) at the right; the reader
  // closes them at the last cell that holds a value.
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** Parses a defined name's reference (the text of `<definedName>`, unescaped). */
export function parseRef(ref: string): RefParse {
  let text = ref.trim();
  if (text.startsWith('=')) text = text.slice(1);
  if (text.includes('#REF!')) return { ok: false, reason: 'refError' };
  if (callsFunction(text)) return { ok: false, reason: 'formula' };
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    for (;;) {
      const q = text.indexOf("'", i);
      if (q < 0) return { ok: false, reason: 'notARange' };
      name += text.slice(i, q);
      if (text[q + 1] === "'") {
        name += "'";
        i = q + 2;
        continue;
      }
      i = q + 1;
      break;
    }
    if (text[i] !== '!') return { ok: false, reason: 'notARange' };
    sheet = name;
    rest = text.slice(i + 1);
  } else {
    const bang = text.lastIndexOf('!');
    if (bang <= 0) return { ok: false, reason: 'notARange' };
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
    if (/[\s,()"]/.test(sheet)) return { ok: false, reason: text.includes(',') ? 'multiArea' : 'notARange' };
  }
  if (/^\[[^\]]*\]/.test(sheet)) return { ok: false, reason: 'external' };
  if (rest.includes(',')) return { ok: false, reason: 'multiArea' };
  const area = parseArea(rest);
  return area ? { ok: true, sheet, area } : { ok: false, reason: 'notARange' };
}
