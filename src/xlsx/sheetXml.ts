/**
 * The report model's sheets as SpreadsheetML worksheet parts, written directly: values, live
 * formulas with their exact results, number formats, the shared role looks (styleBook.ts),
 * column widths, frozen panes, conditional formats, print setup (printXml.ts) and the link to
 * the sheet's drawing (its charts). The Office.js writer
 * renders the same model with the same look table (src/core/model/style.ts).
 *
 * Elements are written in the order the schema (sml.xsd, CT_Worksheet) requires; text is always
 * an inline string, never a formula.
 */
import {
  type CellValue,
  type ModelRow,
  type ReportModel,
  type SheetModel,
  resolveFormula,
  uniqueSheetName,
  wrappedRowHeight,
  HIGHLIGHT_FILL,
  lookWidth,
  HIGHLIGHT_FONT,
  NUMBER_FORMATS,
  ROLE_LOOKS,
  type RoleLook,
  type Lang,
  type NumberStyle,
} from '../core';
import { SML, REL_ATTR } from './dom';
import { hyperlinksXml } from './hyperlinkXml';
import { a1, columnLetters } from './refs';
import { printXml } from './printXml';
import type { CellLook, StyleBook } from './styleBook';
import { escapeXml } from './xml';

export interface RenderedSheet {
  key: string;
  /** Final sheet name after clashes were resolved. */
  name: string;
}

export interface BaseFont {
  name: string;
  size: number;
}

/** Final names for the model's sheets: the wanted name unless taken, else "name (2)" … */
export function assignSheetNames(model: ReportModel, taken: Iterable<string>): RenderedSheet[] {
  const used = [...taken];
  return model.sheets.map((s) => {
    const name = uniqueSheetName(s.name, used);
    used.push(name);
    return { key: s.key, name };
  });
}

/** The exact decimal string as the double Excel stores (the one place a value becomes binary). */
export function toNumber(decimal: string): number {
  const n = Number(decimal);
  if (!Number.isFinite(n)) throw new Error(`sheetXml: not a decimal number: ${decimal}`);
  return n === 0 ? 0 : n;
}

const PLAIN_TEXT = /^[^&<>"'_\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]*$/;

/**
 * Text as XML character data that Excel reads back unchanged: markup characters escaped,
 * characters XML cannot hold written as OOXML's `_xHHHH_`, and a literal `_xHHHH_` protected.
 */
export function cellText(text: string): string {
  // Most texts hold none of the characters below: they are written as they are, unscanned again.
  if (PLAIN_TEXT.test(text)) return text;
  const safe = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return escapeXml(safe);
}

/**
 * Whether a text needs `xml:space="preserve"` to be read back with its white space: one that
 * starts or ends with it, or holds a tab, a line break or two spaces in a row (Excel writes the
 * attribute in the same cases). Most cells need none, and leaving it out keeps the large
 * Verifikationer sheets about a quarter smaller to write, check and compress.
 */
export function keepsSpace(text: string): boolean {
  return /^\s|\s$|[\t\n\r]| {2}/.test(text);
}

/** Roles whose look (fill, borders) spans the whole table width, not only the filled cells. */
function spansRow(look: RoleLook, row: ModelRow): boolean {
  return row.highlight === true || look.fill !== undefined || look.topBorder === true || look.bottomBorder !== undefined;
}

/** One cell's look from its row's role and its value's number style. */
function cellLook(look: RoleLook, row: ModelRow, value: CellValue, font: BaseFont, first: boolean): CellLook {
  const out: CellLook = {};
  // A formula never gets the text format (Excel would keep it as text once edited).
  if (value.kind === 'number' || (value.kind === 'formula' && value.style !== 'text')) out.numFmt = NUMBER_FORMATS[value.style];
  else if (value.kind === 'text' && value.fromData) out.numFmt = NUMBER_FORMATS.text;
  const color = row.highlight ? HIGHLIGHT_FONT : look.color;
  if (look.bold || look.italic || look.size !== undefined || color !== undefined) {
    out.font = {
      name: font.name,
      size: look.size ?? font.size,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(color !== undefined ? { color } : {}),
    };
  }
  const fill = row.highlight ? HIGHLIGHT_FILL : look.fill;
  if (fill !== undefined) out.fill = fill;
  if (look.topBorder || look.bottomBorder)
    out.border = { ...(look.topBorder ? { top: 'thin' as const } : {}), ...(look.bottomBorder ? { bottom: look.bottomBorder } : {}) };
  if (first && row.indent) out.indent = row.indent;
  if (row.wrap && value.kind === 'text') out.wrap = true;
  return out;
}

/** A cell's XML; `s` is its style attribute (` s="7"`, or empty for the default style). */
function cellXml(ref: string, value: CellValue, s: string, resolve: (f: string) => string): string {
  switch (value.kind) {
    case 'empty':
      return s !== '' ? `<c r="${ref}"${s}/>` : '';
    case 'text':
      return `<c r="${ref}"${s} t="inlineStr"><is><t${keepsSpace(value.text) ? ' xml:space="preserve"' : ''}>${cellText(value.text)}</t></is></c>`;
    case 'number':
      return `<c r="${ref}"${s}><v>${toNumber(value.value)}</v></c>`;
    case 'formula': {
      const f = `<f>${escapeXml(resolve(value.formula).replace(/^=/, ''))}</f>`;
      if (value.text !== undefined) return `<c r="${ref}"${s} t="str">${f}<v>${cellText(value.text)}</v></c>`;
      return `<c r="${ref}"${s}>${f}${value.value === '' ? '' : `<v>${toNumber(value.value)}</v>`}</c>`;
    }
  }
}

export interface SheetXmlOptions {
  resolve: (formula: string) => string;
  styles: StyleBook;
  font: BaseFont;
  /** The sheet is the one Excel shows when the workbook opens. */
  selected?: boolean;
  /** The report's language (the printed footer's "Sida N av M"). */
  lang: Lang;
  /** The relationship id of the sheet's drawing part (its charts: drawingXml.ts), if it has one. */
  drawing?: string;
}

const EMPTY: CellValue = { kind: 'empty' };
/** The style cache's key of a number or formula cell, one constant string per kind and style. */
const KIND_KEYS = {
  number: Object.fromEntries(Object.keys(NUMBER_FORMATS).map((style) => [style, `number:${style}`])),
  formula: Object.fromEntries(Object.keys(NUMBER_FORMATS).map((style) => [style, `formula:${style}`])),
} as Record<'number' | 'formula', Record<NumberStyle, string>>;

/** One report sheet as a worksheet part. */
export function sheetXml(sheet: SheetModel, o: SheetXmlOptions): string {
  const width = lookWidth(sheet);
  const rows: string[] = [];
  let lastCol = 0;
  // A cell's style depends only on these few things: its look is built and looked up once per
  // combination, not once per cell (a Verifikationer sheet has tens of thousands of rows).
  // Keyed first by the row's part (role, highlight, wrap), then by the cell's (indent, kind):
  // keys made once per row, and per cell only where a first cell is indented.
  const styleOf = new Map<string, Map<string, string>>();
  const letters: string[] = [];
  sheet.rows.forEach((row, r) => {
    const look = ROLE_LOOKS[row.role];
    const last = spansRow(look, row) ? width : row.cells.length;
    const rowKey = `${row.role}|${row.highlight ? 1 : 0}|${row.wrap ? 1 : 0}`;
    let rowStyles = styleOf.get(rowKey);
    if (!rowStyles) styleOf.set(rowKey, (rowStyles = new Map<string, string>()));
    const rowNumber = String(r + 1);
    let cells = '';
    for (let c = 0; c < last; c++) {
      const value: CellValue = row.cells[c] ?? EMPTY;
      const first = c === 0;
      const kind = value.kind === 'text' ? (value.fromData ? 'd' : 't') : value.kind === 'empty' ? 'e' : KIND_KEYS[value.kind][value.style];
      const key = first && row.indent ? `${row.indent}|${kind}` : kind;
      let style = rowStyles.get(key);
      if (style === undefined) {
        const cl = cellLook(look, row, value, o.font, first);
        const xf = Object.keys(cl).length > 0 ? o.styles.xf(cl) : 0;
        style = xf > 0 ? ` s="${xf}"` : '';
        rowStyles.set(key, style);
      }
      const xml = cellXml((letters[c] ??= columnLetters(c)) + rowNumber, value, style, o.resolve);
      if (xml !== '') {
        cells += xml;
        lastCol = Math.max(lastCol, c);
      }
    }
    const height = wrappedRowHeight(row, sheet.columns, (15 * o.font.size) / 11);
    const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    if (cells !== '') rows.push(`<row r="${r + 1}"${ht}>${cells}</row>`);
  });

  const freeze = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0) ? sheet.freeze : undefined;
  const selected = o.selected ? ' tabSelected="1"' : '';
  let view = `<sheetView workbookViewId="0"${selected}/>`;
  if (freeze) {
    const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
    const split = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}`;
    view = `<sheetView workbookViewId="0"${selected}><pane${split} topLeftCell="${a1(freeze.rows, freeze.cols)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
  }
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const conditional = (sheet.conditional ?? [])
    .map((rule, k) => {
      const dxf = o.styles.dxf({ color: HIGHLIGHT_FONT, fill: HIGHLIGHT_FILL });
      return `<conditionalFormatting sqref="${escapeXml(rule.range)}"><cfRule type="expression" dxfId="${dxf}" priority="${k + 1}"><formula>${escapeXml(o.resolve(rule.formula).replace(/^=/, ''))}</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
  const dimension = rows.length > 0 ? `A1:${columnLetters(Math.max(lastCol, 0))}${sheet.rows.length}` : 'A1';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${SML}" xmlns:r="${REL_ATTR}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    conditional +
    hyperlinksXml(sheet, o.resolve) +
    printXml(sheet, o.lang) +
    drawingElement(o.drawing) +
    '</worksheet>'
  );
}

/**
 * `<drawing r:id>`: in CT_Worksheet after headerFooter, rowBreaks, colBreaks, customProperties,
 * cellWatches, ignoredErrors and smartTags, before legacyDrawing and everything after it — so it
 * is the last element a report sheet has.
 */
function drawingElement(relId: string | undefined): string {
  return relId === undefined ? '' : `<drawing r:id="${escapeXml(relId)}"/>`;
}

/** Resolves `{{sheetKey}}` tokens of the model's formulas with the final sheet names. */
export function formulaResolver(sheets: readonly RenderedSheet[]): (formula: string) => string {
  const nameOf = new Map(sheets.map((s) => [s.key, s.name]));
  return (f) => resolveFormula(f, (key) => nameOf.get(key));
}
