/**
 * Merging the report's cell styles into the user's style sheet: the report's fonts, fills,
 * borders, number formats, cell formats and conditional-format styles are appended (or found
 * among the user's, so a re-run adds nothing new), and the maps from the report's indices to
 * the merged ones are returned for rewriting the report's sheets. Both style sheets are
 * namespace-aware documents: the report's entries are copied in with the prefix the user's
 * style sheet gives the main namespace.
 */
import { attrOf, childNS, childrenNS, importWithPrefix, outerXml, parseXml, serializeXml, SML, type Document, type Element } from '../dom';
import { SpliceError } from './errors';

/** The collections of a style sheet, in the order the schema requires. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export interface StyleMerge {
  xml: string;
  /** Report cell-format index → merged index. */
  xf: number[];
  /** Report differential-format index → merged index. */
  dxf: number[];
}

/** The items of collection `name` (`fonts` → its `font` children); none when it is absent. */
function items(root: Element, name: string, item: string): Element[] {
  const block = childNS(root, SML, name);
  return block ? childrenNS(block, SML, item) : [];
}

/** Items of one collection of the user's style sheet, with an index by content. */
class Collection {
  readonly items: Element[];
  private readonly index = new Map<string, number>();
  constructor(
    private readonly key: (el: Element) => string,
    existing: Element[],
  ) {
    this.items = [...existing];
    existing.forEach((el, i) => {
      const k = key(el);
      if (!this.index.has(k)) this.index.set(k, i);
    });
  }
  /** Appends `el` unless an identical item exists; returns its index. */
  intern(el: Element): number {
    const k = this.key(el);
    const found = this.index.get(k);
    if (found !== undefined) return found;
    this.items.push(el);
    this.index.set(k, this.items.length - 1);
    return this.items.length - 1;
  }
}

/** The first child `<font>` of the user's fonts: the workbook's default font. */
export function defaultFont(stylesXml: string | undefined): { name: string; size: number } | undefined {
  if (!stylesXml) return undefined;
  const first = items(parseXml(stylesXml, 'styles').documentElement!, 'fonts', 'font')[0];
  if (!first) return undefined;
  const nameEl = childNS(first, SML, 'name');
  const szEl = childNS(first, SML, 'sz');
  const name = nameEl ? attrOf(nameEl, 'val') : undefined;
  const size = Number(szEl ? attrOf(szEl, 'val') : undefined);
  return name && size > 0 ? { name, size } : undefined;
}

/** Merges `report` (ExcelJS's style sheet of the rendered report) into `user`. */
export function mergeStyles(user: string, report: string, part = 'xl/styles.xml'): StyleMerge {
  const doc = parseXml(user, part);
  const root = doc.documentElement!;
  if (root.namespaceURI !== SML || root.localName !== 'styleSheet') throw new SpliceError('styles');
  const rep = parseXml(report, 'report styles').documentElement!;
  const prefix = root.prefix ?? null;
  // Items are compared by their markup with the main namespace unprefixed, so the user's
  // `<x:font>` matches the report's identical `<font>`.
  const scratch = parseXml(`<styleSheet xmlns="${SML}"/>`, 'scratch');
  const key = (el: Element) => outerXml(importWithPrefix(scratch, el, SML, null));
  const adopt = (el: Element) => importWithPrefix(doc, el, SML, prefix);

  // Number formats: built-in ids (< 164) are shared; custom ones are matched by code.
  const userFmts = new Map<string, number>();
  let maxFmt = 163;
  const fmtItems = items(root, 'numFmts', 'numFmt');
  for (const f of fmtItems) {
    const id = Number(attrOf(f, 'numFmtId'));
    userFmts.set(attrOf(f, 'formatCode') ?? '', id);
    maxFmt = Math.max(maxFmt, id);
  }
  const fmtMap = new Map<number, number>();
  for (const f of items(rep, 'numFmts', 'numFmt')) {
    const id = Number(attrOf(f, 'numFmtId'));
    const code = attrOf(f, 'formatCode') ?? '';
    let to = userFmts.get(code);
    if (to === undefined) {
      to = ++maxFmt;
      const el = adopt(f);
      el.setAttribute('numFmtId', String(to));
      fmtItems.push(el);
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
    const col = new Collection(key, items(root, name, item));
    if (col.items.length < fixed) throw new SpliceError('styles');
    const map = items(rep, name, item).map((x, i) => (i < fixed ? i : col.intern(adopt(x))));
    merged[name] = { col, map };
  }

  const xfs = new Collection(key, items(root, 'cellXfs', 'xf'));
  if (xfs.items.length === 0) throw new SpliceError('styles');
  const mapped = (el: Element, a: string, map: (n: number) => number) => el.setAttribute(a, String(map(Number(attrOf(el, a) ?? 0))));
  const xf = items(rep, 'cellXfs', 'xf').map((x, i) => {
    if (i === 0) return 0;
    const el = adopt(x);
    mapped(el, 'numFmtId', mapFmt);
    mapped(el, 'fontId', (n) => merged.fonts.map[n] ?? 0);
    mapped(el, 'fillId', (n) => merged.fills.map[n] ?? 0);
    mapped(el, 'borderId', (n) => merged.borders.map[n] ?? 0);
    el.setAttribute('xfId', '0');
    return xfs.intern(el);
  });

  const dxfs = new Collection(key, items(root, 'dxfs', 'dxf'));
  const dxf = items(rep, 'dxfs', 'dxf').map((x) => dxfs.intern(adopt(x)));

  if (fmtItems.length > 0) replaceCollection(doc, 'numFmts', fmtItems);
  for (const name of ['fonts', 'fills', 'borders'] as const) replaceCollection(doc, name, merged[name].col.items);
  replaceCollection(doc, 'cellXfs', xfs.items);
  if (dxfs.items.length > 0) replaceCollection(doc, 'dxfs', dxfs.items);
  return { xml: serializeXml(doc), xf, dxf };
}

/** Sets the collection `name` (creating it in schema order) to `list`, with its count. */
function replaceCollection(doc: Document, name: string, list: Element[]): void {
  const root = doc.documentElement!;
  let block = childNS(root, SML, name);
  if (block === undefined) {
    block = doc.createElementNS(SML, root.prefix ? `${root.prefix}:${name}` : name);
    const next = ORDER.slice(ORDER.indexOf(name) + 1)
      .map((n) => childNS(root, SML, n))
      .find((e) => e !== undefined);
    root.insertBefore(block, next ?? null);
  }
  for (const el of list) if (el.parentNode !== block) block.appendChild(el);
  block.setAttribute('count', String(list.length));
}
