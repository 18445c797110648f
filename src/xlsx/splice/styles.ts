/**
 * Merging the report's cell styles into the user's style sheet: the report's fonts, fills,
 * borders, number formats, cell formats and conditional-format styles are appended (or found
 * among the user's, so a re-run adds nothing new), and the maps from the report's indices to
 * the merged ones are returned for rewriting the report's sheets.
 */
import { attr, elements, escapeXml } from '../xml';
import { SpliceError } from './errors';
import { setAttr } from './parts';

/** The collections of a style sheet, in the order the schema requires. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export interface StyleMerge {
  xml: string;
  /** Report cell-format index → merged index. */
  xf: number[];
  /** Report differential-format index → merged index. */
  dxf: number[];
}

interface Collection {
  /** Child elements' outer XML. */
  items: string[];
}

function collection(xml: string, name: string, item: string): Collection {
  const block = elements(xml, name)[0];
  if (block === undefined) return { items: [] };
  return { items: elements(block.inner, item).map((e) => block.inner.slice(e.start, e.end)) };
}

/** Appends `item` unless an identical one exists; returns its index. */
function intern(col: Collection, item: string, index: Map<string, number>): number {
  const found = index.get(item);
  if (found !== undefined) return found;
  col.items.push(item);
  index.set(item, col.items.length - 1);
  return col.items.length - 1;
}

function indexOf(col: Collection): Map<string, number> {
  const m = new Map<string, number>();
  col.items.forEach((x, i) => {
    if (!m.has(x)) m.set(x, i);
  });
  return m;
}

/** The first child `<font>` of the user's fonts: the workbook's default font. */
export function defaultFont(stylesXml: string | undefined): { name: string; size: number } | undefined {
  if (!stylesXml) return undefined;
  const fonts = elements(stylesXml, 'fonts')[0];
  const first = fonts && elements(fonts.inner, 'font')[0];
  if (!first) return undefined;
  const name = attr(elements(first.inner, 'name')[0]?.tag ?? '', 'val');
  const size = Number(attr(elements(first.inner, 'sz')[0]?.tag ?? '', 'val'));
  return name && size > 0 ? { name, size } : undefined;
}

/** Merges `report` (ExcelJS's style sheet of the rendered report) into `user`. */
export function mergeStyles(user: string, report: string): StyleMerge {
  if (elements(user, 'styleSheet').length === 0) throw new SpliceError('styles');
  // Number formats: built-in ids (< 164) are shared; custom ones are matched by code.
  const userFmts = new Map<string, number>();
  let maxFmt = 163;
  const fmtItems = collection(user, 'numFmts', 'numFmt');
  for (const f of fmtItems.items) {
    const id = Number(attr(f, 'numFmtId'));
    userFmts.set(attr(f, 'formatCode') ?? '', id);
    maxFmt = Math.max(maxFmt, id);
  }
  const fmtMap = new Map<number, number>();
  for (const f of collection(report, 'numFmts', 'numFmt').items) {
    const id = Number(attr(f, 'numFmtId'));
    const code = attr(f, 'formatCode') ?? '';
    let to = userFmts.get(code);
    if (to === undefined) {
      to = ++maxFmt;
      fmtItems.items.push(`<numFmt numFmtId="${to}" formatCode="${escapeXml(code)}"/>`);
      userFmts.set(code, to);
    }
    fmtMap.set(id, to);
  }
  const mapFmt = (id: number) => (id < 164 ? id : (fmtMap.get(id) ?? 0));

  // Fonts, fills and borders. The first entries of each are the defaults every workbook has
  // (font 0; fills "none" and "gray125"; border 0): they map onto the user's own defaults.
  const merged: Record<string, { col: Collection; map: number[] }> = {};
  for (const [name, item, fixed] of [
    ['fonts', 'font', 1],
    ['fills', 'fill', 2],
    ['borders', 'border', 1],
  ] as const) {
    const col = collection(user, name, item);
    if (col.items.length < fixed) throw new SpliceError('styles');
    const idx = indexOf(col);
    const map = collection(report, name, item).items.map((x, i) => (i < fixed ? i : intern(col, x, idx)));
    merged[name] = { col, map };
  }

  const xfs = collection(user, 'cellXfs', 'xf');
  if (xfs.items.length === 0) throw new SpliceError('styles');
  const xfIdx = indexOf(xfs);
  const xf = collection(report, 'cellXfs', 'xf').items.map((x, i) => {
    if (i === 0) return 0;
    const tagEnd = x.indexOf('>');
    let tag = x.slice(0, tagEnd);
    tag = setAttr(tag, 'numFmtId', mapFmt(Number(attr(tag, 'numFmtId') ?? 0)));
    tag = setAttr(tag, 'fontId', merged.fonts.map[Number(attr(tag, 'fontId') ?? 0)] ?? 0);
    tag = setAttr(tag, 'fillId', merged.fills.map[Number(attr(tag, 'fillId') ?? 0)] ?? 0);
    tag = setAttr(tag, 'borderId', merged.borders.map[Number(attr(tag, 'borderId') ?? 0)] ?? 0);
    tag = setAttr(tag, 'xfId', 0);
    return intern(xfs, tag + x.slice(tagEnd), xfIdx);
  });

  const dxfs = collection(user, 'dxfs', 'dxf');
  const dxfIdx = indexOf(dxfs);
  const dxf = collection(report, 'dxfs', 'dxf').items.map((x) => intern(dxfs, x, dxfIdx));

  let xml = user;
  if (fmtItems.items.length > 0) xml = replaceCollection(xml, 'numFmts', fmtItems.items);
  for (const name of ['fonts', 'fills', 'borders'] as const) xml = replaceCollection(xml, name, merged[name].col.items);
  xml = replaceCollection(xml, 'cellXfs', xfs.items);
  if (dxfs.items.length > 0) xml = replaceCollection(xml, 'dxfs', dxfs.items);
  return { xml, xf, dxf };
}

/** Replaces (or inserts, in schema order) the collection `name` with `items` and its count. */
function replaceCollection(xml: string, name: string, items: string[]): string {
  const block = elements(xml, name)[0];
  const inner = items.join('');
  if (block !== undefined) {
    const tag = setAttr(`<${name}${block.tag}`, 'count', items.length);
    return xml.slice(0, block.start) + `${tag}>${inner}</${name}>` + xml.slice(block.end);
  }
  const fresh = `<${name} count="${items.length}">${inner}</${name}>`;
  for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
    const next = elements(xml, later)[0];
    if (next !== undefined) return xml.slice(0, next.start) + fresh + xml.slice(next.start);
  }
  const close = xml.lastIndexOf('</styleSheet>');
  return xml.slice(0, close) + fresh + xml.slice(close);
}
