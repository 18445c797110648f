/**
 * How a report sheet prints: A4, one page wide, its column headings repeated on every page, a
 * footer naming the organisation, the report and the period with "Sida N av M", and no page
 * break between a heading and what follows it. `printSetupOf` fills `SheetModel.print` when a
 * sheet is built (SheetBuilder.build), so every sheet the core lays out gets it; `pageBreaks`
 * turns `keepWithNext` into manual row breaks, and `footerParts` gives the footer in Excel's
 * header/footer codes — both renderers (src/xlsx, src/addin/excel) call these, so they print
 * alike.
 *
 * Page breaks are estimated from the model alone, for A4 with the margins below, Calibri 11
 * (rows 15 pt, a 14 pt title 19 pt) and Excel's column width unit (7 px a character). The
 * estimate is deliberately short (PAGE_FILL of the page): a sheet that needs more than one page
 * gets every break as a manual one, at a row this estimate chooses, so the application never
 * has to break a page itself — and a heading chain (`keepWithNext`) never straddles a break.
 */
import type { ModelRow, PrintSetup, SheetModel } from '../model/types';
import type { Lang } from '../input/types';
import { ROLE_LOOKS } from '../model/style';
import { t } from './texts';

/** Page margins in inches (Excel's "Normal" margins), written by both renderers. */
export const PRINT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

const A4 = { width: 595, height: 842 }; // points
const POINTS_PER_INCH = 72;
/** A printed character of column width: 7 px at 96 dpi. */
const POINTS_PER_WIDTH = 7 * 0.75;
/** Of a page's estimated height, the share the estimate fills (safety for fonts and renderers). */
const PAGE_FILL = 0.85;
/** Portrait unless portrait would shrink the sheet below this scale. */
const PORTRAIT_MIN_SCALE = 0.8;
/** Excel's footer (codes included) holds at most 255 characters. */
const FOOTER_MAX = 255;

function printableWidth(orientation: PrintSetup['orientation']): number {
  const paper = orientation === 'portrait' ? A4.width : A4.height;
  return paper - (PRINT_MARGINS.left + PRINT_MARGINS.right) * POINTS_PER_INCH;
}

function printableHeight(orientation: PrintSetup['orientation']): number {
  const paper = orientation === 'portrait' ? A4.height : A4.width;
  return paper - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * POINTS_PER_INCH;
}

/** The width in points of the columns that print. */
function tableWidth(sheet: Pick<SheetModel, 'columns'>, columns?: number): number {
  const cols = sheet.columns.slice(0, columns ?? sheet.columns.length);
  return cols.reduce((sum, c) => sum + c.width * POINTS_PER_WIDTH, 0);
}

/** A row's height in points as Excel and LibreOffice lay it out for its role's font size. */
function rowHeight(row: ModelRow): number {
  const size = ROLE_LOOKS[row.role].size ?? 11;
  return Math.max(15, Math.ceil(size * 1.34 * 4) / 4);
}

export interface PrintTitle {
  organisation: string;
  /** The sheet's title with its period, e.g. "Resultaträkning jan–aug 2024". */
  title: string;
}

/**
 * The print setup of a built sheet. The repeated heading rows are the column headings of the
 * frozen block (from its first header row to its last row); a sheet without a header row there
 * (notes, projects: each block has its own) repeats its title block. Below them, a table with
 * its own heading (a note: section, header, lines, sum) keeps all its rows together, other
 * section and header rows keep with the row after them, a chart's rows stay together, and a
 * sheet's last three rows stay together.
 */
export function printSetupOf(sheet: Pick<SheetModel, 'columns' | 'rows' | 'freeze' | 'charts'>, title: PrintTitle | undefined, columns?: number): PrintSetup {
  const portraitScale = printableWidth('portrait') / Math.max(1, tableWidth(sheet, columns));
  const orientation = portraitScale >= PORTRAIT_MIN_SCALE ? 'portrait' : 'landscape';
  // A sheet without frozen rows (one block per project) repeats its title block.
  let frozen = sheet.freeze?.rows ?? 0;
  if (frozen === 0) while (frozen < sheet.rows.length && ['organisation', 'title', 'subtitle'].includes(sheet.rows[frozen].role)) frozen++;
  let titleRows: PrintSetup['titleRows'];
  const firstHeader = sheet.rows.findIndex((r, i) => i < frozen && r.role === 'header');
  if (firstHeader >= 0) titleRows = { first: firstHeader + 1, last: frozen };
  else if (frozen > 0) titleRows = { first: 1, last: frozen };
  const keepWithNext: number[] = [];
  const rows = sheet.rows;
  // A table with its own heading (a note: section, header, lines, sum up to a blank row) stays
  // whole; elsewhere a section or header row stays with the row after it.
  let tableUntil = 0;
  // A chart's rows stay together: a chart cut by a page break prints half on each page, the
  // second half under the repeated heading rows.
  const chartRows = new Set<number>();
  for (const c of sheet.charts ?? []) {
    const top = Number(/\d+$/.exec(c.anchor)?.[0] ?? 0);
    const bottom = Number(/\d+$/.exec(c.end)?.[0] ?? 0);
    for (let n = top; n < bottom; n++) chartRows.add(n);
  }
  rows.forEach((row, i) => {
    const n = i + 1;
    if (n <= frozen || n >= rows.length) return;
    if (row.role === 'section' && rows[i + 1].role === 'header') {
      tableUntil = i + 1;
      while (tableUntil < rows.length && rows[tableUntil].role !== 'blank') tableUntil++;
    }
    const inTable = n < tableUntil;
    // The last three rows stay together: a page never holds a sheet's closing line alone.
    const closing = n >= rows.length - 2;
    if (inTable || closing || chartRows.has(n) || ((row.role === 'section' || row.role === 'header') && rows[i + 1].role !== 'blank')) keepWithNext.push(n);
  });
  return {
    orientation,
    ...(titleRows ? { titleRows } : {}),
    ...(columns !== undefined ? { columns } : {}),
    ...(keepWithNext.length > 0 ? { keepWithNext } : {}),
    ...(title ? { footer: `${title.organisation} · ${title.title}` } : {}),
  };
}

/**
 * Manual page breaks for a sheet: the 1-based rows after which a new page starts. Empty when the
 * sheet fits on one page or has nothing to keep together (the application then breaks pages
 * itself). Otherwise every page is filled to the estimate and a chain of `keepWithNext` rows
 * that would not fit with its next row moves to the next page whole.
 */
export function pageBreaks(sheet: SheetModel): number[] {
  const print = sheet.print;
  if (!print || !print.keepWithNext || print.keepWithNext.length === 0) return [];
  const scale = Math.min(1, printableWidth(print.orientation) / Math.max(1, tableWidth(sheet, print.columns)));
  const page = (printableHeight(print.orientation) * PAGE_FILL) / scale;
  const heights = sheet.rows.map(rowHeight);
  const titles = print.titleRows ? heights.slice(print.titleRows.first - 1, print.titleRows.last).reduce((a, b) => a + b, 0) : 0;
  const keep = new Set(print.keepWithNext);
  const breaks: number[] = [];
  let used = 0; // height on the current page, its repeated heading rows included
  let content = false; // the current page holds a row of its own
  for (let i = 0; i < heights.length; i++) {
    // This row and the rows it keeps with: up to and including the first row that does not keep.
    let need = heights[i];
    for (let j = i; keep.has(j + 1) && j + 1 < heights.length; j++) need += heights[j + 1];
    const chainMoves = used + need > page && titles + need <= page;
    if (content && (chainMoves || used + heights[i] > page)) {
      breaks.push(i);
      used = titles;
    }
    used += heights[i];
    content = true;
  }
  return breaks;
}

/** The footer in Excel's header/footer codes: left organisation · report · period, right "Sida &P av &N". */
export function footerParts(print: PrintSetup, lang: Lang): { left: string; right: string } {
  const right = t('printPageOf', lang);
  // Control characters (from the user's data) have no place in a footer; `&` starts a code.
  const left = (print.footer ?? '').replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/&/g, '&&');
  const room = FOOTER_MAX - right.length - 4;
  return { left: left.length > room ? left.slice(0, room).replace(/&$/, '') : left, right };
}
