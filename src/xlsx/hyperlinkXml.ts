/**
 * The `<hyperlinks>` element of a worksheet: one internal link per model row with a `link`,
 * on the row's first cell (the drill-down from a report line to its ledger rows). An internal
 * link needs no relationship: `location` is the target `'Sheet'!A120`. In CT_Worksheet it
 * follows conditionalFormatting/dataValidations and precedes printOptions/pageMargins.
 */
import type { SheetModel } from '../core';
import { a1 } from './refs';
import { escapeXml } from './xml';

/** `<hyperlinks>…</hyperlinks>`, or '' when no row links. `resolve` gives `{{key}}!A1` its sheet's final name. */
export function hyperlinksXml(sheet: SheetModel, resolve: (formula: string) => string): string {
  let out = '';
  sheet.rows.forEach((row, r) => {
    const link = row.link;
    if (!link) return;
    const first = row.cells[0];
    // XML cannot hold control characters, even escaped: they are left out of the display text.
    const display = first?.kind === 'text' ? ` display="${escapeXml(first.text.replace(/[\u0000-\u001F\uFFFE\uFFFF]/g, ' '))}"` : '';
    const tip = link.tip ? ` tooltip="${escapeXml(link.tip)}"` : '';
    out += `<hyperlink ref="${a1(r, 0)}" location="${escapeXml(resolve(`{{${link.sheet}}}!${link.cell}`))}"${display}${tip}/>`;
  });
  return out === '' ? '' : `<hyperlinks>${out}</hyperlinks>`;
}
