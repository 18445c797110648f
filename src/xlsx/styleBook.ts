/**
 * The report's cell formats, kept in the user's own style sheet: each look the report needs
 * (number format, font, fill, borders, indent) becomes one cell format (`xf`), found among
 * the user's when an identical one exists — so a re-run adds nothing — and appended
 * otherwise. The style sheet is a namespace-aware document: new entries take the prefix the
 * user's style sheet gives the main namespace.
 */
import { attrOf, childNS, childrenNS, createLike, importWithPrefix, outerXml, parseXml, serializeXml, SML, type Document, type Element } from './dom';
import { SpliceError } from './splice/errors';

/** The collections of a style sheet, in the order the schema requires. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Built-in number formats (ECMA-376 §18.8.30) the report uses by code. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '@': 49 };

/** A style sheet for a workbook that has none (the report-only workbook). */
export const BASE_STYLES =
  `<styleSheet xmlns="${SML}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** One cell's look. Colours are RGB hex without `#`. */
export interface CellLook {
  numFmt?: string;
  font?: { name: string; size: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  border?: { top?: 'thin'; bottom?: 'thin' | 'double' };
  indent?: number;
  /** Wrap the text within the column's width, top-aligned (a long text of the user). */
  wrap?: boolean;
}

/** A conditional format's look: text colour and fill. */
export interface DiffLook {
  color: string;
  fill: string;
}

/** The entries of one collection, found by their markup (with the main namespace unprefixed). */
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
  intern(el: Element): number {
    const k = this.key(el);
    const found = this.index.get(k);
    if (found !== undefined) return found;
    this.items.push(el);
    this.index.set(k, this.items.length - 1);
    return this.items.length - 1;
  }
}

/** The first `<font>` of a style sheet: the workbook's default font. */
export function defaultFont(stylesXml: string | undefined): { name: string; size: number } | undefined {
  if (!stylesXml) return undefined;
  const fonts = childNS(parseXml(stylesXml, 'styles').documentElement!, SML, 'fonts');
  const first = fonts ? childrenNS(fonts, SML, 'font')[0] : undefined;
  if (!first) return undefined;
  const nameEl = childNS(first, SML, 'name');
  const szEl = childNS(first, SML, 'sz');
  const name = nameEl ? attrOf(nameEl, 'val') : undefined;
  const size = Number(szEl ? attrOf(szEl, 'val') : undefined);
  return name && size > 0 ? { name, size } : undefined;
}

export class StyleBook {
  private readonly doc: Document;
  private readonly root: Element;
  private readonly collections = new Map<string, Collection>();
  private readonly numFmtIds = new Map<string, number>();
  private maxNumFmt = 163;
  private readonly xfByLook = new Map<string, number>();
  private readonly dxfByLook = new Map<string, number>();
  private readonly key: (el: Element) => string;

  /** Opens the user's style sheet (`BASE_STYLES` when the workbook has none). Throws `SpliceError('styles')` for one that lacks what every workbook has. */
  constructor(stylesXml: string = BASE_STYLES, part = 'xl/styles.xml') {
    this.doc = parseXml(stylesXml, part);
    this.root = this.doc.documentElement!;
    if (this.root.namespaceURI !== SML || this.root.localName !== 'styleSheet') throw new SpliceError('styles');
    const scratch = parseXml(`<styleSheet xmlns="${SML}"/>`, 'scratch');
    this.key = (el) => outerXml(importWithPrefix(scratch, el, SML, null));
    for (const [name, item, min] of [
      ['fonts', 'font', 1],
      ['fills', 'fill', 2],
      ['borders', 'border', 1],
      ['cellXfs', 'xf', 1],
      ['dxfs', 'dxf', 0],
    ] as const) {
      const block = childNS(this.root, SML, name);
      const items = block ? childrenNS(block, SML, item) : [];
      if (items.length < min) throw new SpliceError('styles');
      this.collections.set(name, new Collection(this.key, items));
    }
    const numFmts = childNS(this.root, SML, 'numFmts');
    for (const f of numFmts ? childrenNS(numFmts, SML, 'numFmt') : []) {
      const id = Number(attrOf(f, 'numFmtId'));
      const code = attrOf(f, 'formatCode') ?? '';
      if (!this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
      this.maxNumFmt = Math.max(this.maxNumFmt, id);
    }
  }

  /** A new element named like the style sheet's own (`x:font` in a prefixed one). */
  private el(local: string, attrs: Record<string, string | number> = {}, children: Element[] = []): Element {
    const e = createLike(this.root, local);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    for (const c of children) e.appendChild(c);
    return e;
  }

  private intern(collection: string, el: Element): number {
    return this.collections.get(collection)!.intern(el);
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = ++this.maxNumFmt;
      this.numFmtIds.set(code, id);
      let block = childNS(this.root, SML, 'numFmts');
      if (block === undefined) block = this.insertCollection('numFmts');
      block.appendChild(this.el('numFmt', { numFmtId: id, formatCode: code }));
      block.setAttribute('count', String(childrenNS(block, SML, 'numFmt').length));
    }
    return id;
  }

  private font(f: NonNullable<CellLook['font']>): Element {
    const children: Element[] = [];
    if (f.bold) children.push(this.el('b'));
    if (f.italic) children.push(this.el('i'));
    children.push(this.el('sz', { val: f.size }));
    if (f.color) children.push(this.el('color', { rgb: `FF${f.color.toUpperCase()}` }));
    children.push(this.el('name', { val: f.name }));
    return this.el('font', {}, children);
  }

  private solidFill(rgb: string, which: 'fgColor' | 'bgColor'): Element {
    return this.el('fill', {}, [this.el('patternFill', { patternType: 'solid' }, [this.el(which, { rgb: `FF${rgb.toUpperCase()}` })])]);
  }

  /** The cell-format index (`s` of a cell) for a look. */
  xf(look: CellLook): number {
    const lookKey = JSON.stringify(look);
    const known = this.xfByLook.get(lookKey);
    if (known !== undefined) return known;
    const attrs: Record<string, string | number> = { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 };
    if (look.numFmt !== undefined) {
      attrs.numFmtId = this.numFmtId(look.numFmt);
      attrs.applyNumberFormat = 1;
    }
    if (look.font) {
      attrs.fontId = this.intern('fonts', this.font(look.font));
      attrs.applyFont = 1;
    }
    if (look.fill) {
      attrs.fillId = this.intern('fills', this.solidFill(look.fill, 'fgColor'));
      attrs.applyFill = 1;
    }
    if (look.border) {
      const side = (name: string, style?: string) => this.el(name, style ? { style } : {});
      attrs.borderId = this.intern(
        'borders',
        this.el('border', {}, [side('left'), side('right'), side('top', look.border.top), side('bottom', look.border.bottom), side('diagonal')]),
      );
      attrs.applyBorder = 1;
    }
    const children: Element[] = [];
    if (look.indent || look.wrap) {
      attrs.applyAlignment = 1;
      children.push(this.el('alignment', { ...(look.wrap ? { vertical: 'top', wrapText: 1 } : {}), ...(look.indent ? { indent: look.indent } : {}) }));
    }
    const index = this.intern('cellXfs', this.el('xf', attrs, children));
    this.xfByLook.set(lookKey, index);
    return index;
  }

  /** The differential-format index (`dxfId` of a conditional format) for a look. */
  dxf(look: DiffLook): number {
    const lookKey = JSON.stringify(look);
    const known = this.dxfByLook.get(lookKey);
    if (known !== undefined) return known;
    const el = this.el('dxf', {}, [this.el('font', {}, [this.el('color', { rgb: `FF${look.color.toUpperCase()}` })]), this.solidFill(look.fill, 'bgColor')]);
    const index = this.intern('dxfs', el);
    this.dxfByLook.set(lookKey, index);
    return index;
  }

  /** Inserts an empty collection `name` in schema order. */
  private insertCollection(name: string): Element {
    const block = this.el(name, { count: 0 });
    const next = ORDER.slice(ORDER.indexOf(name) + 1)
      .map((n) => childNS(this.root, SML, n))
      .find((e) => e !== undefined);
    this.root.insertBefore(block, next ?? null);
    return block;
  }

  /** The style sheet with everything interned. */
  toXml(): string {
    for (const [name, col] of this.collections) {
      if (col.items.length === 0) continue;
      const block = childNS(this.root, SML, name) ?? this.insertCollection(name);
      for (const el of col.items) if (el.parentNode !== block) block.appendChild(el);
      block.setAttribute('count', String(col.items.length));
    }
    return serializeXml(this.doc);
  }
}
