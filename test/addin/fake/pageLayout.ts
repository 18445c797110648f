/**
 * A worksheet's print setup as Office.js exposes it (ExcelApi 1.9): `worksheet.pageLayout`
 * (orientation, paper size, margins, zoom, print titles, print area, headers and footers) and
 * `worksheet.horizontalPageBreaks`. As strict as Excel: an unknown enum value, a zoom that mixes
 * a scale with fit-to-pages, print title rows that are not whole rows, or a footer longer than
 * 255 characters fail with `InvalidArgument`; without ExcelApi 1.9 every member is `ApiNotFound`.
 */
import { MAX_COLS, parseLocal, splitSheet, type Rect } from './a1';
import { fail } from './errors';
import { guard, strict } from './client';
import type { FakeContext } from './context';
import type { RangeClient } from './ranges';
import type { SheetData } from './workbook';

/** What a sheet's print setup holds (SheetData.print). */
export interface PrintRecord {
  orientation?: 'Portrait' | 'Landscape';
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
  /** Whole rows, 0-based first and count. */
  titleRows?: { row: number; rows: number };
  area?: Rect;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
  /** 0-based rows a manual page break stands above. */
  breaks: number[];
}

export function emptyPrint(): PrintRecord {
  return { margins: {}, breaks: [] };
}

/** Excel.PaperType values the fake knows (the common ones). */
const PAPER = new Set(['A3', 'A4', 'A5', 'Letter', 'Legal', 'Executive', 'B4', 'B5']);
const ORIENTATIONS = new Set(['Portrait', 'Landscape']);
const FOOTER_MAX = 255;

function need19(ctx: FakeContext, what: string): void {
  if (!ctx.host.options.api19) fail('ApiNotFound', `${what} needs ExcelApi 1.9`);
}

/** A range argument (a Range of this sheet or a local address string) as a rectangle. */
function rectOf(sheet: SheetData, range: RangeClient | string, what: string): Rect {
  if (typeof range !== 'string') {
    const t = range.resolvedTarget();
    if (t.sheet !== sheet) fail('InvalidArgument', `${what}: the range is on another sheet.`);
    return t.rect;
  }
  const { sheet: other, local } = splitSheet(range);
  if (other !== undefined && other.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', `${what}: ${range} is on another sheet.`);
  return parseLocal(local) ?? fail('InvalidArgument', `${what}: '${range}' is not a valid address.`);
}

export function pageLayoutClient(ctx: FakeContext, sheetOf: () => SheetData): object {
  const change = (label: string, bytes: number, f: (p: PrintRecord, sheet: SheetData) => void): void => {
    need19(ctx, `PageLayout.${label}`);
    ctx.enqueue(`PageLayout.${label}`, bytes, () => {
      const sheet = sheetOf();
      guard(sheet);
      f(sheet.print, sheet);
    });
  };
  const margin =
    (key: keyof PrintRecord['margins']) =>
    (v: number): void =>
      change(`${key}Margin`, 8, (p) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1440) fail('InvalidArgument', `${key}Margin must be between 0 and 1440 points.`);
        p.margins[key] = v;
      });
  const footer = (key: 'leftFooter' | 'centerFooter' | 'rightFooter') => (v: string) =>
    change(`headersFooters.defaultForAllPages.${key}`, v.length, (p) => {
      if (typeof v !== 'string' || v.length > FOOTER_MAX) fail('InvalidArgument', `${key} must be a text of at most ${FOOTER_MAX} characters.`);
      p[key] = v;
    });
  const defaultForAllPages = strict(
    {
      set leftFooter(v: string) {
        footer('leftFooter')(v);
      },
      set centerFooter(v: string) {
        footer('centerFooter')(v);
      },
      set rightFooter(v: string) {
        footer('rightFooter')(v);
      },
    },
    'HeaderFooter',
  );
  return strict(
    {
      set orientation(v: string) {
        change('orientation', v.length, (p) => {
          if (!ORIENTATIONS.has(v)) fail('InvalidArgument', `'${v}' is not a PageOrientation.`);
          p.orientation = v as PrintRecord['orientation'];
        });
      },
      set paperSize(v: string) {
        change('paperSize', v.length, (p) => {
          if (!PAPER.has(v)) fail('InvalidArgument', `'${v}' is not a PaperType.`);
          p.paperSize = v;
        });
      },
      set zoom(v: PrintRecord['zoom']) {
        change('zoom', 24, (p) => {
          const z = v ?? {};
          const fit = [z.horizontalFitToPages, z.verticalFitToPages].filter((n) => n !== undefined && n !== null);
          if (z.scale !== undefined && z.scale !== null) {
            if (fit.length > 0) fail('InvalidArgument', 'zoom: a scale and fit-to-pages cannot both be given.');
            if (!Number.isInteger(z.scale) || z.scale < 10 || z.scale > 400) fail('InvalidArgument', 'zoom.scale must be 10–400.');
          } else if (fit.length === 0) fail('InvalidArgument', 'zoom: give a scale or fit-to-pages.');
          for (const n of fit)
            if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > 32767)
              fail('InvalidArgument', 'zoom: fit-to-pages must be a whole number 0–32767.');
          p.zoom = { ...z };
        });
      },
      set leftMargin(v: number) {
        margin('left')(v);
      },
      set rightMargin(v: number) {
        margin('right')(v);
      },
      set topMargin(v: number) {
        margin('top')(v);
      },
      set bottomMargin(v: number) {
        margin('bottom')(v);
      },
      set headerMargin(v: number) {
        margin('header')(v);
      },
      set footerMargin(v: number) {
        margin('footer')(v);
      },
      setPrintTitleRows(range: RangeClient | string) {
        change('setPrintTitleRows', typeof range === 'string' ? range.length : 8, (p, sheet) => {
          const r = rectOf(sheet, range, 'setPrintTitleRows');
          // Excel takes whole rows only ("$1:$5"), never a block of cells.
          if (r.col !== 0 || r.cols !== MAX_COLS) fail('InvalidArgument', 'setPrintTitleRows: the range must be whole rows, e.g. "$1:$5".');
          p.titleRows = { row: r.row, rows: r.rows };
        });
      },
      setPrintArea(range: RangeClient | string) {
        change('setPrintArea', typeof range === 'string' ? range.length : 8, (p, sheet) => {
          p.area = rectOf(sheet, range, 'setPrintArea');
        });
      },
      get headersFooters() {
        need19(ctx, 'PageLayout.headersFooters');
        return strict({ defaultForAllPages }, 'HeaderFooterGroup');
      },
    },
    'PageLayout',
  );
}

export function pageBreaksClient(ctx: FakeContext, sheetOf: () => SheetData): object {
  return strict(
    {
      add(range: RangeClient | string) {
        need19(ctx, 'PageBreakCollection.add');
        ctx.enqueue('PageBreakCollection.add', typeof range === 'string' ? range.length : 8, () => {
          const sheet = sheetOf();
          guard(sheet);
          const r = rectOf(sheet, range, 'horizontalPageBreaks.add');
          if (r.row === 0) fail('InvalidArgument', 'A page break cannot stand above the first row.');
          if (!sheet.print.breaks.includes(r.row)) sheet.print.breaks.push(r.row);
          sheet.print.breaks.sort((a, b) => a - b);
        });
      },
      removePageBreaks() {
        need19(ctx, 'PageBreakCollection.removePageBreaks');
        ctx.enqueue('PageBreakCollection.removePageBreaks', 0, () => {
          sheetOf().print.breaks = [];
        });
      },
    },
    'PageBreakCollection',
  );
}
