/**
 * The drill-down links of the report model as Excel hyperlinks (ExcelApi 1.7, the manifest's
 * minimum): `range.hyperlink = { documentReference: "'Verifikationer'!A120", … }` on each
 * linked row's first cell. Excel does not rewrite a hyperlink's reference when a sheet is
 * renamed, so they are queued after the sheets have their final names.
 */
import { quoteSheetName, type SheetModel } from '../../core';

/** Queues one hyperlink per linked row of `sheet`; `nameOf` gives a model sheet key's final name. */
export function queueHyperlinks(ws: Excel.Worksheet, sheet: SheetModel, nameOf: (key: string) => string | undefined): void {
  sheet.rows.forEach((row, r) => {
    const link = row.link;
    const target = link ? nameOf(link.sheet) : undefined;
    if (!link || target === undefined) return;
    const first = row.cells[0];
    ws.getRange(`A${r + 1}`).hyperlink = {
      documentReference: `${quoteSheetName(target)}!${link.cell}`,
      ...(first?.kind === 'text' ? { textToDisplay: first.text } : {}),
      ...(link.tip ? { screenTip: link.tip } : {}),
    };
  });
}
