/**
 * Builds one sheet of the report model row by row and remembers where each keyed row
 * landed, so formulas (sums, variances, cross-sheet checks) can point at real cells.
 */
import { columnLetters } from '../input/cellAddress';
import { decimalOf, type Dec } from '../money';
import type { CellValue, ModelRow, NumberStyle, PrintSetup, RowRole, SheetModel } from '../model/types';
import { printSetupOf, type PrintTitle } from './printSetup';
import { t } from './texts';
import type { Lang } from '../input/types';

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export const colLetter = columnLetters;

export const empty = (): CellValue => ({ kind: 'empty' });
export const text = (s: string, fromData = false): CellValue => ({ kind: 'text', text: s, ...(fromData ? { fromData } : {}) });
export const num = (v: Dec | null | undefined, style: NumberStyle): CellValue =>
  v === null || v === undefined ? empty() : { kind: 'number', value: decimalOf(v), style };
export const formula = (f: string, v: Dec | null | undefined, style: NumberStyle): CellValue => ({
  kind: 'formula',
  formula: f,
  value: v === null || v === undefined ? '' : decimalOf(v),
  style,
});

/** A live formula that gives text (e.g. a status), with the exact text it gives. */
export const textFormula = (f: string, result: string): CellValue => ({ kind: 'formula', formula: f, value: '', style: 'text', text: result });

/** A SUM over cells of one column: a range when the rows are consecutive, else a list. */
export function sumFormula(col: string, rows: number[]): string {
  if (rows.length === 0) return '0';
  const sorted = [...rows].sort((a, b) => a - b);
  const consecutive = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  if (consecutive) return rows.length === 1 ? `SUM(${col}${sorted[0]})` : `SUM(${col}${sorted[0]}:${col}${sorted[sorted.length - 1]})`;
  return `SUM(${sorted.map((r) => `${col}${r}`).join(',')})`;
}

const MAX_WIDTH = 60;

/** Characters a cell needs as displayed (numbers with thousands separators and decimals). */
function displayWidth(cell: CellValue): number {
  if (cell.kind === 'text') return cell.text.length;
  if (cell.kind === 'empty') return 0;
  const v = cell.value;
  if (v === '') return 0;
  const [int] = v.replace('-', '').split('.');
  const digits = cell.style === 'tkr' ? Math.max(1, int.length - 3) : int.length;
  const grouped = digits + Math.floor((digits - 1) / 3);
  const decimals = cell.style === 'kr' ? 3 : cell.style === 'percent' ? 4 : 0;
  return grouped + decimals + (v.startsWith('-') ? 1 : 0);
}

export interface TitleBlock {
  organisation: string;
  title: string;
  generatedAt: string;
  lang: Lang;
  /** e.g. "Belopp i tkr" */
  unitNote?: string;
  /** The title holds text from the user's data (a cost centre's name). */
  titleFromData?: boolean;
  /** A line of the user's (a forecast's comment) in the blank row under the title block. */
  note?: string;
}

export class SheetBuilder {
  readonly rows: ModelRow[] = [];
  private readonly keyed = new Map<string, number>();
  private printTitle: PrintTitle | undefined;

  constructor(
    readonly key: string,
    readonly name: string,
    readonly widths: number[],
  ) {}

  /** Appends a row; returns its 1-based sheet row number. */
  add(role: RowRole, cells: CellValue[], opts: { key?: string; indent?: number; highlight?: boolean; wrap?: boolean } = {}): number {
    const row: ModelRow = { role, cells };
    if (opts.indent) row.indent = opts.indent;
    if (opts.highlight) row.highlight = true;
    if (opts.wrap) row.wrap = true;
    this.rows.push(row);
    const n = this.rows.length;
    if (opts.key) this.keyed.set(opts.key, n);
    return n;
  }

  /** The sheet row number of a keyed row. */
  rowOf(key: string): number {
    const n = this.keyed.get(key);
    if (n === undefined) throw new Error(`SheetBuilder(${this.key}): no row ${key}`);
    return n;
  }

  has(key: string): boolean {
    return this.keyed.has(key);
  }

  /** Organisation, title with period, generated-at line and a blank row; the printed footer says the first two. */
  titleRows(b: TitleBlock): void {
    this.printTitle = { organisation: b.organisation, title: b.title };
    this.add('organisation', [text(b.organisation, true)]);
    this.add('title', [text(b.title, b.titleFromData === true)]);
    this.add('subtitle', [text(t('generatedAt', b.lang, { at: b.generatedAt }) + (b.unitNote ? ` · ${b.unitNote}` : ''))]);
    if (b.note === undefined) this.add('blank', []);
    else this.add('subtitle', [text(b.note, true)]);
  }

  /**
   * The sheet, with each column at least as wide as its widest cell (titles and lone headings
   * excepted), and its print setup (layout/printSetup.ts); `extra.print` overrides parts of it.
   */
  build(extra: Partial<Omit<SheetModel, 'print'>> & { print?: Partial<PrintSetup> } = {}): SheetModel {
    const widths = [...this.widths];
    for (const row of this.rows) {
      // Wrapped rows fit their column, not the other way round.
      if (row.role === 'organisation' || row.role === 'title' || row.role === 'subtitle' || row.wrap) continue;
      // A lone text (a heading) overflows into the empty cells beside it: it needs no width.
      if (row.cells.slice(1).every((c) => c.kind === 'empty')) continue;
      row.cells.forEach((cell, i) => {
        const need = Math.min(
          MAX_WIDTH,
          displayWidth(cell) + (row.role === 'header' || row.role === 'total' || row.role === 'grandTotal' ? 3 : 2) + (i === 0 ? 2 * (row.indent ?? 0) : 0),
        );
        widths[i] = Math.max(widths[i] ?? 8, need);
      });
    }
    const { print, ...rest } = extra;
    // A column no cell reached (the gap before a chart's data) has Excel's default width.
    const sheet: SheetModel = { key: this.key, name: this.name, columns: Array.from(widths, (width) => ({ width: width ?? 8 })), rows: this.rows, ...rest };
    return { ...sheet, print: { ...printSetupOf(sheet, this.printTitle, print?.columns), ...print } };
  }
}
