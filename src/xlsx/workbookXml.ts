/**
 * What the workbook part says: its sheets (name → part), its defined names and its date
 * system. Read straight from `xl/workbook.xml`: ExcelJS keeps defined names as a matrix of
 * single cells (8 million objects for a 1 000 000-row ledger) and drops whole-column names.
 */
import { readPart, readRels, type XlsxPackage } from './package';
import { attrNS, attrOf, childNS, childrenNS, parseXml, REL_ATTR, REL_ATTR_STRICT, SML, SML_STRICT, textOf, type Document } from './dom';

/** The main namespace, transitional or Strict (both are read; only transitional is edited). */
export const MAIN = [SML, SML_STRICT] as const;
const RELS = [REL_ATTR, REL_ATTR_STRICT] as const;

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** Part name of the sheet, e.g. `xl/worksheets/sheet1.xml`; undefined if the rel is missing. */
  part?: string;
  /** `worksheet`, `chartsheet`, `dialogsheet` … (the relationship's kind). */
  kind: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface DefinedNameEntry {
  name: string;
  /** Index into the sheet list when the name is scoped to one sheet. */
  localSheetId?: number;
  /** The reference text, unescaped (`'My sheet'!$A$3:$H$20`). */
  ref: string;
}

export interface WorkbookInfo {
  xml: string;
  /** The parsed workbook part. */
  doc: Document;
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
  /** True for the 1904 date system (old Mac workbooks). */
  date1904: boolean;
}

export async function readWorkbookInfo(pkg: XlsxPackage): Promise<WorkbookInfo> {
  const xml = (await readPart(pkg, pkg.workbookPath)) ?? '';
  const doc = parseXml(xml, pkg.workbookPath);
  const root = doc.documentElement!;
  const rels = await readRels(pkg, pkg.workbookPath);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheetsEl = childNS(root, MAIN, 'sheets');
  const sheets: SheetEntry[] = (sheetsEl ? childrenNS(sheetsEl, MAIN, 'sheet') : []).map((el) => {
    const relId = attrNS(el, RELS, 'id') ?? '';
    const rel = relById.get(relId);
    const state = attrOf(el, 'state');
    return {
      name: attrOf(el, 'name') ?? '',
      sheetId: Number(attrOf(el, 'sheetId') ?? 0),
      relId,
      part: rel && !rel.external ? rel.target : undefined,
      kind: rel?.kind ?? '',
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    };
  });
  const namesEl = childNS(root, MAIN, 'definedNames');
  const definedNames: DefinedNameEntry[] = (namesEl ? childrenNS(namesEl, MAIN, 'definedName') : []).map((el) => {
    const local = attrOf(el, 'localSheetId');
    return {
      name: attrOf(el, 'name') ?? '',
      localSheetId: local === undefined ? undefined : Number(local),
      ref: textOf(el),
    };
  });
  const pr = childNS(root, MAIN, 'workbookPr');
  const d1904 = pr ? attrOf(pr, 'date1904') : undefined;
  return { xml, doc, sheets, definedNames, date1904: d1904 === '1' || d1904 === 'true' };
}
