/**
 * Pieces of message text: sheet references quoted like Excel, lists. (Numbers are shown by
 * `formatAmount` in src/core/money.ts.)
 */

/**
 * A sheet name as Excel writes it in a reference: bare when it is a plain name
 * (`Data`, `Blad1`, `Försäljning`), quoted when it has spaces or punctuation, starts with a
 * digit, or could be read as a cell reference (`'Min data'`, `'2024'`, `'A1'`, `'R1C1'`).
 * A quote inside the name is doubled.
 */
export function sheetRef(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(sheet) || /^[Rr]\d*[Cc]?\d*$/.test(sheet) || /^[Cc]\d*$/.test(sheet);
  const logical = /^(true|false|sant|falskt)$/i.test(sheet);
  if (plain && !looksLikeCell && !logical) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Joins items with commas and a final `och` / `or`-style word: `a, b och c`. */
export function joinList(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
