/**
 * What the workbook part says: its sheets (name → part), its defined names and its date
 * system. Read straight from `xl/workbook.xml`: ExcelJS keeps defined names as a matrix of
 * single cells (8 million objects for a 1 000 000-row ledger) and drops whole-column names.
 */
import { readPart, readRels, type XlsxPackage } from './package';
import { attr, elements, unescapeXml } from './xml';

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
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
  /** True for the 1904 date system (old Mac workbooks). */
  date1904: boolean;
}

export async function readWorkbookInfo(pkg: XlsxPackage): Promise<WorkbookInfo> {
  const xml = (await readPart(pkg, pkg.workbookPath)) ?? '';
  const rels = await readRels(pkg, pkg.workbookPath);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheetsXml = elements(xml, 'sheets')[0]?.inner ?? '';
  const sheets: SheetEntry[] = elements(sheetsXml, 'sheet').map(({ tag }) => {
    const relId = relIdOf(tag) ?? '';
    const rel = relById.get(relId);
    const state = attr(tag, 'state');
    return {
      name: attr(tag, 'name') ?? '',
      sheetId: Number(attr(tag, 'sheetId') ?? 0),
      relId,
      part: rel && !rel.external ? rel.target : undefined,
      kind: rel?.kind ?? '',
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    };
  });
  const namesXml = elements(xml, 'definedNames')[0]?.inner ?? '';
  const definedNames: DefinedNameEntry[] = elements(namesXml, 'definedName').map(({ tag, inner }) => {
    const local = attr(tag, 'localSheetId');
    return {
      name: attr(tag, 'name') ?? '',
      localSheetId: local === undefined ? undefined : Number(local),
      ref: unescapeXml(inner),
    };
  });
  const pr = elements(xml, 'workbookPr')[0]?.tag ?? '';
  const d1904 = attr(pr, 'date1904');
  return { xml, sheets, definedNames, date1904: d1904 === '1' || d1904 === 'true' };
}

/** The `r:id` of a `<sheet>` tag, whatever prefix the relationships namespace has. */
export function relIdOf(tag: string): string | undefined {
  const m = /(?:^|\s)([\w.-]+:)?id\s*=\s*("([^"]*)"|'([^']*)')/.exec(tag);
  return m ? (m[3] ?? m[4]) : undefined;
}
