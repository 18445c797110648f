/**
 * Streaming read of a worksheet part: the values of the cells inside a few rectangles, row by
 * row as the zip inflates, without building a document. A 1 000 000-row ledger sheet is about
 * 300 MB of XML; this keeps only the cells asked for.
 */
import { serialToDate, type RawCell } from '../core';
import type { Area } from './refs';
import { decodeOoxmlEscapes, mainPrefixOf, stringItemText, unescapeXml } from './xml';

export interface CellContext {
  /** The shared strings, plain text. */
  sharedStrings: readonly string[];
  /** Style index → displays a date. */
  dateStyles: Uint8Array;
  date1904: boolean;
  /** The dates read so far, by serial (see `dateOf`); none: a `Date` per cell. */
  dates?: Map<number, Date>;
}

/**
 * The date of a serial, one `Date` per day however many cells of the workbook hold it: a
 * ledger of a million rows holds a few hundred days, and a `Date` per cell was a million
 * objects for the garbage collector to walk while the report is built. (Nothing changes a
 * cell's value once read.)
 */
function dateOf(serial: number, ctx: CellContext): Date {
  const dates = ctx.dates;
  let d = dates?.get(serial);
  if (d === undefined) {
    d = serialToDate(serial, ctx.date1904);
    if (dates && dates.size < MAX_DATES) dates.set(serial, d);
  }
  return d;
}
const MAX_DATES = 100_000;

/** A source of text chunks of the part (the inflated, decoded XML). */
export type TextChunks = AsyncIterable<string>;

/** The cells read for one area; rows and columns relative to the area's top-left. */
export interface AreaCells {
  area: Area;
  /** Row offset → cells; rows with no value are missing. */
  rows: (RawCell[] | undefined)[];
  /** Largest row and column offset holding a value (−1 when none). */
  lastRow: number;
  lastCol: number;
  /** Smallest row offset holding a value (Infinity when none). */
  firstRow: number;
}

/**
 * Reads the cells of `areas` from the chunks of one worksheet part. Open areas (whole
 * columns or rows, `Infinity` bounds) collect every cell inside them; `areaValues` cuts them to
 * the cells that hold values.
 */
export async function readAreaCells(chunks: TextChunks, areas: readonly Area[], ctx: CellContext): Promise<AreaCells[]> {
  const out: AreaCells[] = areas.map((area) => ({ area, rows: [], lastRow: -1, lastCol: -1, firstRow: Infinity }));
  if (areas.length === 0) return out;
  const minRow = Math.min(...areas.map((a) => a.top));
  const maxRow = Math.max(...areas.map((a) => a.bottom));
  const minCol = Math.min(...areas.map((a) => a.left));
  const maxCol = Math.max(...areas.map((a) => a.right));
  const state = { row: -1, done: false };
  // Element names as this part spells them: `row` or, with a prefixed main namespace, `x:row`.
  let n = names('');

  const put = (row: number, col: number, value: RawCell): void => {
    for (let k = 0; k < out.length; k++) {
      const a = out[k].area;
      if (row < a.top || row > a.bottom || col < a.left || col > a.right) continue;
      const r = row - a.top;
      const c = col - a.left;
      const ac = out[k];
      let cells = ac.rows[r];
      if (cells === undefined) {
        // Rows of a narrow area are laid out whole at once; a wide one grows with its cells.
        cells = a.right - a.left < WIDE ? new Array<RawCell>(a.right - a.left + 1).fill(null) : [];
        ac.rows[r] = cells;
      }
      cells[c] = value;
      if (r > ac.lastRow) ac.lastRow = r;
      if (r < ac.firstRow) ac.firstRow = r;
      if (c > ac.lastCol) ac.lastCol = c;
    }
  };

  /** Parses the complete rows in `text` up to `stop`. Char-code scanning: no substrings per cell. */
  const parseRows = (text: string, stop: number): void => {
    let i = 0;
    for (;;) {
      const rs = findTag(text, n.row, i);
      if (rs < 0 || rs >= stop) return;
      const gt = text.indexOf('>', rs);
      const selfClosing = text.charCodeAt(gt - 1) === 47;
      const rAt = attrStart(text, rs + n.row.length, gt, R_ATTR);
      const row = rAt >= 0 ? intAt(text, rAt) - 1 : state.row + 1;
      state.row = row;
      if (selfClosing) {
        i = gt + 1;
        continue;
      }
      const end = text.indexOf(n.rowEnd, gt);
      const rowEnd = end < 0 ? stop : end;
      i = rowEnd + n.rowEnd.length;
      if (row > maxRow) {
        state.done = true;
        return;
      }
      if (row < minRow) continue;
      let col = -1;
      let j = gt + 1;
      for (;;) {
        const cs = findTag(text, n.c, j);
        if (cs < 0 || cs >= rowEnd) break;
        const cgt = text.indexOf('>', cs);
        const cellSelfClosing = text.charCodeAt(cgt - 1) === 47;
        const refAt = attrStart(text, cs + n.c.length, cgt, R_ATTR);
        col = refAt >= 0 ? columnAt(text, refAt) : col + 1;
        if (cellSelfClosing) {
          j = cgt + 1;
          continue;
        }
        const ce = text.indexOf(n.cEnd, cgt);
        j = ce + n.cEnd.length;
        if (col < minCol || col > maxCol) continue;
        const value = cellValue(text, cs + n.c.length, cgt, ce, ctx, n);
        if (value !== null) put(row, col, value);
      }
    }
  };

  let pending = '';
  let prefixKnown = false;
  let inData = false;
  for await (const chunk of chunks) {
    pending += chunk;
    if (!prefixKnown) {
      const prefix = mainPrefixOf(pending);
      if (prefix === undefined) continue;
      n = names(prefix);
      prefixKnown = true;
    }
    if (!inData) {
      const sd = pending.indexOf(n.sheetData);
      if (sd < 0) {
        // Keep only a tail long enough to hold a split `<sheetData` tag.
        if (pending.length > 64) pending = pending.slice(-64);
        continue;
      }
      inData = true;
      pending = pending.slice(sd);
    }
    const last = pending.lastIndexOf(n.rowEnd);
    if (last < 0) continue;
    parseRows(pending, last + n.rowEnd.length);
    pending = pending.slice(last + n.rowEnd.length);
    if (state.done) break;
  }
  if (inData && !state.done) {
    const end = pending.indexOf(n.sheetDataEnd);
    parseRows(pending, end < 0 ? pending.length : end);
  }
  return out;
}

/** Start-tag openings (`<x:row`) and end tags (`</x:row>`) as this part spells them: built once, not per cell. */
interface Names {
  prefix: string;
  row: string;
  rowEnd: string;
  c: string;
  cEnd: string;
  v: string;
  vEnd: string;
  f: string;
  fEnd: string;
  is: string;
  isEnd: string;
  sheetData: string;
  sheetDataEnd: string;
}

function names(prefix: string): Names {
  return {
    prefix,
    row: `<${prefix}row`,
    rowEnd: `</${prefix}row>`,
    c: `<${prefix}c`,
    cEnd: `</${prefix}c>`,
    v: `<${prefix}v`,
    vEnd: `</${prefix}v>`,
    f: `<${prefix}f`,
    fEnd: `</${prefix}f>`,
    is: `<${prefix}is`,
    isEnd: `</${prefix}is>`,
    sheetData: `<${prefix}sheetData`,
    sheetDataEnd: `</${prefix}sheetData>`,
  };
}

/** Index of the next start tag `open` (`<row`, followed by a space, `>` or `/`) at or after `from`. */
function findTag(text: string, open: string, from: number): number {
  for (;;) {
    const s = text.indexOf(open, from);
    if (s < 0) return -1;
    const c = text.charCodeAt(s + open.length);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) return s;
    from = s + open.length;
  }
}

const R_ATTR = 'r=';
const S_ATTR = 's=';
const T_ATTR = 't=';

/**
 * Index of the first character of an attribute's value inside the tag spanning [from, to),
 * or −1; `pattern` is the name with its `=` (`R_ATTR` …). Only for the short, entity-free
 * attributes `r`, `s`, `t`.
 */
function attrStart(text: string, from: number, to: number, pattern: string): number {
  for (let at = text.indexOf(pattern, from); at >= 0 && at < to; at = text.indexOf(pattern, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) return at + pattern.length + 1;
  }
  return -1;
}

/** The decimal integer starting at `at`. */
function intAt(text: string, at: number): number {
  let n = 0;
  for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) n = n * 10 + (c - 48);
  return n;
}

/** Column of the cell reference starting at `at` (`AB12` → 27; `$` skipped). */
function columnAt(text: string, at: number): number {
  let n = 0;
  for (; ; at++) {
    const c = text.charCodeAt(at);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else if (c !== 36) break;
  }
  return n - 1;
}

/** The span `childSpan` found: [spanStart, spanEnd) (module state, so that no pair is allocated per cell). */
let spanStart = 0;
let spanEnd = 0;

/** Finds the content of child `open`…`close` inside [from, to) into spanStart/spanEnd; false when absent. */
function childSpan(text: string, from: number, to: number, open: string, close: string): boolean {
  const s = findTag(text, open, from);
  if (s < 0 || s >= to) return false;
  const gt = text.indexOf('>', s);
  if (text.charCodeAt(gt - 1) === 47) {
    spanStart = spanEnd = gt;
    return true;
  }
  const e = text.indexOf(close, gt);
  if (e < 0 || e > to) return false;
  spanStart = gt + 1;
  spanEnd = e;
  return true;
}

/**
 * The number written in [from, to). Plain decimals of up to 15 digits (what sheets hold) are
 * read digit by digit: an integer mantissa divided by a power of ten, both exact doubles, is
 * the correctly rounded value Number() gives, without a substring per cell. Anything else
 * (exponents, longer digit strings) goes through Number().
 */
export function numberAt(text: string, from: number, to: number): number {
  let i = from;
  let negative = false;
  if (text.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) scale = 0;
    else return Number(text.slice(from, to));
  }
  if (digits === 0 || digits > 15) return Number(text.slice(from, to));
  const value = scale > 0 ? mantissa / POW10[scale] : mantissa;
  return negative ? -value : value;
}

const POW10 = Array.from({ length: 16 }, (_v, k) => 10 ** k);

const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

/** The cell type from its `t` attribute. */
function cellType(text: string, tagFrom: number, tagTo: number): number {
  const at = attrStart(text, tagFrom, tagTo, T_ATTR);
  if (at < 0) return T_N;
  switch (text.charCodeAt(at)) {
    case 115: // s, str
      return text.charCodeAt(at + 1) === 116 ? T_STR : T_S;
    case 105: // inlineStr
      return T_INLINE;
    case 98:
      return T_B;
    case 101:
      return T_E;
    case 100:
      return T_D;
    default:
      return T_N;
  }
}

/**
 * The value of one cell whose start tag spans [tagFrom, tagTo) and content (tagTo, to):
 * its `<v>` by type `t`, or its inline string; a formula's cached result, or a marker when
 * the formula has none.
 */
function cellValue(text: string, tagFrom: number, tagTo: number, to: number, ctx: CellContext, n: Names): RawCell {
  const t = cellType(text, tagFrom, tagTo);
  if (t === T_INLINE) {
    return childSpan(text, tagTo, to, n.is, n.isEnd) ? stringItemText(text.slice(spanStart, spanEnd), n.prefix) : null;
  }
  if (!childSpan(text, tagTo, to, n.v, n.vEnd)) return formulaWithoutValue(text, tagTo, to, n);
  const v0 = spanStart;
  const v1 = spanEnd;
  if (v0 === v1) return null;
  switch (t) {
    case T_N: {
      const n = numberAt(text, v0, v1);
      if (!Number.isFinite(n)) return null;
      const sAt = attrStart(text, tagFrom, tagTo, S_ATTR);
      return sAt >= 0 && ctx.dateStyles[intAt(text, sAt)] === 1 ? dateOf(n, ctx) : n;
    }
    case T_S:
      return ctx.sharedStrings[intAt(text, v0)] ?? null;
    case T_STR:
      return decodeOoxmlEscapes(unescapeXml(text.slice(v0, v1)));
    case T_B:
      return text.charCodeAt(v0) === 49 || text.startsWith('true', v0);
    case T_E:
      return unescapeXml(text.slice(v0, v1));
    default: {
      const raw = unescapeXml(text.slice(v0, v1));
      const d = new Date(raw);
      return Number.isNaN(d.getTime()) ? raw : d;
    }
  }
}

/** Areas at least this many columns wide get row arrays that grow with their cells. */
const WIDE = 256;
/**
 * A declared rectangle of more cells than this (`$A$1:$XFD$1048576` has 17 billion) is cut to
 * the cells that hold values, at its bottom and right: memory follows the cells that exist.
 */
const HUGE_AREA = 2_000_000;

/**
 * A cell with a formula and no `<v>` (as scripts write them): a marker, so that the core can
 * say the value is missing because nothing calculated it. A cell with neither is empty.
 */
function formulaWithoutValue(text: string, from: number, to: number, n: Names): RawCell {
  return childSpan(text, from, to, n.f, n.fEnd) ? { kind: 'formulaWithoutValue', formula: unescapeXml(text.slice(spanStart, spanEnd)) } : null;
}

/**
 * The final 2D array of an area: finite areas keep their full size (empty cells `null`),
 * except huge ones, which are cut at the bottom and right to the cells that hold values;
 * open areas are cut to the rows and columns that hold values.
 */
export function areaValues(cells: AreaCells): { values: RawCell[][]; rowOffset: number } {
  const { area } = cells;
  const huge = (area.bottom - area.top + 1) * (area.right - area.left + 1) > HUGE_AREA;
  const openBottom = !Number.isFinite(area.bottom);
  const openRight = !Number.isFinite(area.right);
  const first = openBottom ? (Number.isFinite(cells.firstRow) ? cells.firstRow : 0) : 0;
  const last = openBottom ? cells.lastRow : huge ? Math.max(0, cells.lastRow) : area.bottom - area.top;
  const width = openRight ? cells.lastCol + 1 : huge ? Math.max(1, cells.lastCol + 1) : area.right - area.left + 1;
  const values: RawCell[][] = [];
  for (let r = first; r <= last; r++) {
    const row = cells.rows[r];
    if (row === undefined) {
      values.push(new Array<RawCell>(width).fill(null));
    } else {
      if (row.length !== width) {
        for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
        row.length = width;
      }
      values.push(row);
    }
  }
  return { values, rowOffset: first };
}
