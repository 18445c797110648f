/** Excel tables (ListObjects) of a workbook: a table named `Huvudbok` counts as the range. */
import { readPart, readRels, type XlsxPackage } from './package';
import { parseArea, type Area } from './refs';
import { attrOf, parseXml } from './dom';
import { MAIN, type SheetEntry } from './workbookXml';

export interface TableEntry {
  /** The name the user sees and types (`displayName`). */
  name: string;
  sheet: string;
  /** Header row included, totals row excluded. */
  area: Area;
}

export async function readTables(pkg: XlsxPackage, sheets: readonly SheetEntry[]): Promise<TableEntry[]> {
  const tables: TableEntry[] = [];
  for (const sheet of sheets) {
    if (sheet.part === undefined || sheet.kind !== 'worksheet') continue;
    for (const rel of await readRels(pkg, sheet.part)) {
      if (rel.kind !== 'table' || rel.external) continue;
      const xml = await readPart(pkg, rel.target);
      const table = xml === undefined ? undefined : parseXml(xml, rel.target).documentElement!;
      if (table === undefined || table.localName !== 'table' || !MAIN.includes(table.namespaceURI as (typeof MAIN)[number])) continue;
      const area = parseArea(attrOf(table, 'ref') ?? '');
      if (area === undefined) continue;
      const totals = Number(attrOf(table, 'totalsRowCount') ?? 0);
      if (totals > 0) area.bottom = Math.max(area.top, area.bottom - totals);
      tables.push({ name: attrOf(table, 'displayName') ?? attrOf(table, 'name') ?? '', sheet: sheet.name, area });
    }
  }
  return tables;
}
