/**
 * A report sheet's print setup (SheetModel.print) as SpreadsheetML: the worksheet's
 * pageMargins, pageSetup, headerFooter and rowBreaks (in CT_Worksheet's order, where sheetXml.ts
 * puts them: after conditional formats and hyperlinks, before a drawing), and the sheet-scoped
 * defined names `_xlnm.Print_Titles` and `_xlnm.Print_Area` the workbook part carries.
 */
import { columnLetters, footerParts, pageBreaks, quoteSheetName, PRINT_MARGINS, type Lang, type SheetModel } from '../core';
import { escapeXml } from './xml';

/** A4 in SpreadsheetML's paper sizes. */
const PAPER_A4 = 9;
/** The last column (XFD), the `max` of a row break. */
const LAST_COLUMN = 16383;

/** pageMargins … rowBreaks for the worksheet part. */
export function printXml(sheet: SheetModel, lang: Lang): string {
  const m = PRINT_MARGINS;
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  const orientation = sheet.print?.orientation ?? 'landscape';
  const setup = `<pageSetup paperSize="${PAPER_A4}" orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>`;
  // Always written: without it LibreOffice prints its own default footer (a cover has none).
  let footer = '<headerFooter/>';
  if (sheet.print?.footer !== undefined) {
    const f = footerParts(sheet.print, lang);
    footer = `<headerFooter><oddFooter>${escapeXml(`&L${f.left}&R${f.right}`)}</oddFooter></headerFooter>`;
  }
  const breaks = pageBreaks(sheet);
  const rowBreaks =
    breaks.length > 0
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="${LAST_COLUMN}" man="1"/>`).join('')}</rowBreaks>`
      : '';
  return margins + setup + footer + rowBreaks;
}

export interface PrintName {
  name: '_xlnm.Print_Titles' | '_xlnm.Print_Area';
  /** The reference, e.g. `'Resultaträkning'!$5:$5`. */
  ref: string;
}

/** The sheet-scoped print names of a report sheet named `sheetName` (its final name). */
export function printNames(sheet: SheetModel, sheetName: string): PrintName[] {
  const out: PrintName[] = [];
  const q = quoteSheetName(sheetName);
  const titles = sheet.print?.titleRows;
  if (titles) out.push({ name: '_xlnm.Print_Titles', ref: `${q}!$${titles.first}:$${titles.last}` });
  const columns = sheet.print?.columns;
  if (columns !== undefined && columns > 0) {
    const rows = Math.max(1, sheet.rows.length);
    out.push({ name: '_xlnm.Print_Area', ref: `${q}!$A$1:$${columnLetters(columns - 1)}$${rows}` });
  }
  return out;
}
