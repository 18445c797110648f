/**
 * Which cell styles display a date: a number in such a cell is a date to the user, so the
 * reader hands the core a `Date` (as ExcelJS and Excel itself do).
 */
import { attrOf, childNS, childrenNS, parseXml } from './dom';
import { MAIN } from './workbookXml';

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, plus the CJK ones). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a number format code shows a date or a time. */
export function isDateFormat(code: string): boolean {
  const firstSection = code.split(';')[0];
  const stripped = firstSection
    .replace(/"[^"]*"/g, '') // quoted literals
    .replace(/\\./g, '') // escaped characters
    .replace(/_.|\*./g, '') // padding and fill
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, ''); // colours, conditions, locales
  if (/^general$/i.test(stripped.trim())) return false;
  return /[ymdhs]/i.test(stripped) && !/[#0?]/.test(stripped.replace(/[ymdhs:.\s/-]/gi, '').replace(/0+$/, ''));
}

/** For each cell style index (`s` of a cell), whether it displays a date. */
export function dateStyleFlags(stylesXml: string | undefined, part = 'xl/styles.xml'): Uint8Array {
  if (!stylesXml) return new Uint8Array(0);
  const root = parseXml(stylesXml, part).documentElement!;
  const custom = new Map<number, string>();
  const numFmts = childNS(root, MAIN, 'numFmts');
  for (const el of numFmts ? childrenNS(numFmts, MAIN, 'numFmt') : []) {
    custom.set(Number(attrOf(el, 'numFmtId')), attrOf(el, 'formatCode') ?? '');
  }
  const cellXfs = childNS(root, MAIN, 'cellXfs');
  const xfs = cellXfs ? childrenNS(cellXfs, MAIN, 'xf') : [];
  const flags = new Uint8Array(xfs.length);
  xfs.forEach((el, i) => {
    const id = Number(attrOf(el, 'numFmtId') ?? 0);
    const code = custom.get(id);
    flags[i] = (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id)) ? 1 : 0;
  });
  return flags;
}
