/**
 * Adding the report's sheets to the user's workbook without loading it: the package is edited
 * in place — the report's sheet parts are added, the sheets this tool made earlier are
 * removed, and the sheet list, names, relationships, content types and styles are updated.
 * Every other part (the user's sheets, charts, pivot tables, macros …) is copied byte for
 * byte, still compressed. This keeps what ExcelJS's load-and-save would drop, and writes the
 * report into a 1 000 000-row workbook in about a second.
 */
import { checkEarly, type EarlyCheck } from '../parallelCheck';
import { type ReportModel, markerName, markerRef, isMarkerName } from '../../core';
import { jszipOf, readPart, readRels, relsPathOf, type XlsxPackage } from '../package';
import { parseRef } from '../refs';
import { printNames } from '../printXml';
import { assignSheetNames, formulaResolver, sheetXml, type RenderedSheet } from '../sheetXml';
import { defaultFont, StyleBook } from '../styleBook';
import { readWorkbookInfo, type SheetEntry } from '../workbookXml';
import { readCentralDirectory, writeZip, ZipFormatError, ZipTooLargeError } from '../zipEntry';
import { chartXml, isDrawable } from '../chartXml';
import { CHART_REL, CHART_TYPE, DRAWING_REL, DRAWING_TYPE, drawingXml } from '../drawingXml';
import { SpliceError } from './errors';
import { editContentTypes, editRelsXml, editWorkbookXml, newRelsXml, type NewSheet, type RelationshipAdd } from './parts';

const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export interface SpliceResult {
  bytes: Buffer;
  sheets: RenderedSheet[];
  /** Names of the earlier report sheets that were replaced. */
  removedSheets: string[];
  /** The parts this run wrote or edited (checked before publishing, verify.ts). */
  writtenParts: string[];
  /** The large sheets already sent to the check's worker as they were written. */
  early: ReadonlyMap<string, EarlyCheck>;
}

/** The workbook's sheets that earlier runs made: the targets of `FinsamRapport_<n>` names. */
export function markedSheets(info: Awaited<ReturnType<typeof readWorkbookInfo>>): Set<number> {
  const marked = new Set<number>();
  for (const dn of info.definedNames) {
    if (dn.localSheetId !== undefined || !isMarkerName(dn.name)) continue;
    const ref = parseRef(dn.ref);
    if (!ref.ok || ref.area.top !== 0 || ref.area.left !== 0 || ref.area.bottom !== 0 || ref.area.right !== 0) continue;
    const wanted = ref.sheet.toLocaleLowerCase('sv');
    const i = info.sheets.findIndex((s) => s.name.toLocaleLowerCase('sv') === wanted);
    if (i >= 0) marked.add(i);
  }
  return marked;
}

export async function spliceReport(pkg: XlsxPackage, model: ReportModel): Promise<SpliceResult> {
  if (pkg.strict) throw new SpliceError('strict');
  const info = await readWorkbookInfo(pkg);
  const wbRelsPath = relsPathOf(pkg.workbookPath);
  const wbRelsXml = await readPart(pkg, wbRelsPath);
  const contentTypesXml = await readPart(pkg, '[Content_Types].xml');
  if (wbRelsXml === undefined || contentTypesXml === undefined) throw new SpliceError('workbookPart');
  const wbRels = await readRels(pkg, pkg.workbookPath);

  const remove = markedSheets(info);
  const removed = info.sheets.filter((_s, i) => remove.has(i));
  const remaining = info.sheets.filter((_s, i) => !remove.has(i)).map((s) => s.name);

  const stylesRel = wbRels.find((r) => r.kind === 'styles' && !r.external);
  const userStyles = stylesRel ? await readPart(pkg, stylesRel.target) : undefined;

  const styles = new StyleBook(userStyles, stylesRel?.target);
  const font = defaultFont(userStyles) ?? { name: 'Calibri', size: 11 };
  const names = assignSheetNames(model, remaining);
  const resolve = formulaResolver(names);

  // Names for the new parts, relationships and sheet ids.
  const partNames = new Set(pkg.entries.keys());
  const relIds = new Set(wbRels.map((r) => r.id));
  let sheetId = Math.max(0, ...info.sheets.filter((_s, i) => !remove.has(i)).map((s) => s.sheetId));
  const wbDir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
  const fresh = (taken: Set<string>, make: (n: number) => string, key = (s: string) => s) => {
    for (let n = 1; ; n++) {
      const candidate = make(n);
      if (!taken.has(key(candidate))) {
        taken.add(key(candidate));
        return candidate;
      }
    }
  };

  const removeRelIds = new Set<string>();
  const removeParts: string[] = [];
  for (const s of removed) {
    removeRelIds.add(s.relId);
    if (s.part !== undefined) removeParts.push(s.part, relsPathOf(s.part));
  }
  // Excel rebuilds the calculation chain; a stale one naming removed cells makes it "repair" the file.
  for (const r of wbRels) {
    if (r.kind === 'calcChain' && !r.external) {
      removeRelIds.add(r.id);
      removeParts.push(r.target);
    }
  }

  // The replaced sheets' charts go with them (drawing, chart parts and their relationships).
  removeParts.push(
    ...(await chartPartsOf(
      pkg,
      removed,
      info.sheets.filter((_s, i) => !remove.has(i)),
    )),
  );

  // Freed names are reused, so a re-run writes the same parts as the run before.
  for (const part of removeParts) partNames.delete(part.toLowerCase());
  for (const id of removeRelIds) relIds.delete(id);

  const newSheets: NewSheet[] = [];
  const addRels: RelationshipAdd[] = [];
  const addTypes: { part: string; type: string }[] = [];
  const sheetParts: { part: string; xml: string }[] = [];
  for (const sheet of names) {
    const part = fresh(
      partNames,
      (n) => `${wbDir}worksheets/sheet${n}.xml`,
      (s) => s.toLowerCase(),
    );
    const relId = fresh(relIds, (n) => `rId${n}`);
    newSheets.push({ name: sheet.name, sheetId: ++sheetId, relId });
    addRels.push({ id: relId, type: `${REL_BASE}worksheet`, target: part.slice(wbDir.length) });
    addTypes.push({ part, type: WORKSHEET_TYPE });
    sheetParts.push({ part, xml: '' });
  }

  // Charts: a drawing part for each report sheet that has any, a chart part for each chart,
  // named after the parts the package already has (xl/charts/chart3.xml when 1 and 2 are the user's).
  const drawingOf = new Map<number, string>();
  const chartFiles: { part: string; xml: string }[] = [];
  model.sheets.forEach((sheet, i) => {
    const charts = (sheet.charts ?? []).filter(isDrawable);
    if (charts.length === 0) return;
    const lower = (x: string) => x.toLowerCase();
    const drawing = fresh(partNames, (n) => `${wbDir}drawings/drawing${n}.xml`, lower);
    const chartNames = charts.map(() => fresh(partNames, (n) => `${wbDir}charts/chart${n}.xml`, lower));
    const sheetPart = sheetParts[i].part;
    drawingOf.set(i, 'rId1');
    chartFiles.push(
      {
        part: relsPathOf(sheetPart),
        xml: newRelsXml([{ id: 'rId1', type: DRAWING_REL, target: `../drawings/${drawing.slice(drawing.lastIndexOf('/') + 1)}` }]),
      },
      { part: drawing, xml: drawingXml(charts) },
      {
        part: relsPathOf(drawing),
        xml: newRelsXml(chartNames.map((c, k) => ({ id: `rId${k + 1}`, type: CHART_REL, target: `../charts/${c.slice(c.lastIndexOf('/') + 1)}` }))),
      },
      ...chartNames.map((part, k) => ({ part, xml: chartXml(charts[k], sheet, names[i].name, model.lang) })),
    );
    addTypes.push({ part: drawing, type: DRAWING_TYPE }, ...chartNames.map((part) => ({ part, type: CHART_TYPE })));
  });

  const edited = editWorkbookXml(info.xml, {
    remove,
    add: newSheets,
    markers: names.map((s, i) => ({ name: markerName(i + 1), ref: markerRef(s.name) })),
    sheetNames: model.sheets.map((sheet, i) => printNames(sheet, names[i].name)),
  });
  // When the user last looked at a replaced report sheet, the first new one is shown.
  // A large sheet goes to the check's worker as soon as it is written (parallelCheck.ts).
  const early = new Map<string, EarlyCheck>();
  model.sheets.forEach((sheet, i) => {
    const xml = sheetXml(sheet, { resolve, styles, font, lang: model.lang, selected: edited.activatedNew && i === 0, drawing: drawingOf.get(i) });
    sheetParts[i].xml = xml;
    const check = checkEarly(sheetParts[i].part, xml);
    if (check) early.set(sheetParts[i].part, check);
  });

  let stylesPart = stylesRel?.target;
  if (stylesPart === undefined) {
    stylesPart = fresh(
      partNames,
      (n) => `${wbDir}styles${n === 1 ? '' : n}.xml`,
      (s) => s.toLowerCase(),
    );
    addRels.push({ id: fresh(relIds, (n) => `rId${n}`), type: `${REL_BASE}styles`, target: stylesPart.slice(wbDir.length) });
    addTypes.push({ part: stylesPart, type: STYLES_TYPE });
  }

  // The new package: the user's entries copied still compressed, ours added or replaced.
  const changes = new Map<string, string | null>();
  for (const part of removeParts) {
    const entry = pkg.entries.get(part.toLowerCase());
    if (entry !== undefined) changes.set(entry, null);
  }
  const put = (part: string, xml: string) => changes.set(pkg.entries.get(part.toLowerCase()) ?? part, xml);
  for (const s of sheetParts) put(s.part, s.xml);
  for (const c of chartFiles) put(c.part, c.xml);
  put(stylesPart, styles.toXml());
  put(pkg.workbookPath, edited.xml);
  put(wbRelsPath, editRelsXml(wbRelsXml, removeRelIds, addRels));
  put('[Content_Types].xml', editContentTypes(contentTypesXml, removeParts, addTypes));
  const bytes = await packageBytes(pkg, changes);
  const writtenParts = [...sheetParts.map((s) => s.part), ...chartFiles.map((c) => c.part), stylesPart, pkg.workbookPath, wbRelsPath, '[Content_Types].xml'];
  return { bytes, sheets: names, removedSheets: removed.map((s) => s.name), writtenParts, early };
}

/** Relationship kinds of the parts a chart brings with it (Excel's chart style and colours, shapes over the chart). */
const CHART_SIDE_PARTS = new Set(['chartStyle', 'chartColorStyle', 'chartUserShapes']);

/**
 * The drawing parts of the `removed` sheets, their charts and what those bring, with their
 * relationships parts: what goes when the sheets are replaced. A drawing or chart a kept sheet
 * also uses stays; a relationships part that cannot be read leaves its targets in place (unused
 * parts, never a broken reference).
 */
async function chartPartsOf(pkg: XlsxPackage, removed: readonly SheetEntry[], kept: readonly SheetEntry[]): Promise<string[]> {
  const rels = async (part: string) => {
    try {
      return (await readRels(pkg, part)).filter((r) => !r.external);
    } catch {
      return [];
    }
  };
  const keptDrawings = new Set<string>();
  const keptCharts = new Set<string>();
  for (const s of kept) {
    if (s.part === undefined) continue;
    for (const r of await rels(s.part)) {
      if (r.kind !== 'drawing') continue;
      keptDrawings.add(r.target.toLowerCase());
      for (const c of await rels(r.target)) if (c.kind === 'chart') keptCharts.add(c.target.toLowerCase());
    }
  }
  const out: string[] = [];
  for (const s of removed) {
    if (s.part === undefined) continue;
    for (const d of await rels(s.part)) {
      if (d.kind !== 'drawing' || keptDrawings.has(d.target.toLowerCase())) continue;
      out.push(d.target, relsPathOf(d.target));
      for (const c of await rels(d.target)) {
        if (c.kind !== 'chart' || keptCharts.has(c.target.toLowerCase())) continue;
        out.push(c.target, relsPathOf(c.target));
        for (const x of await rels(c.target)) if (CHART_SIDE_PARTS.has(x.kind)) out.push(x.target, relsPathOf(x.target));
      }
    }
  }
  return out;
}

/** The package with `changes` applied: natively (zipEntry.ts), or through JSZip for a zip that needs ZIP64. */
async function packageBytes(pkg: XlsxPackage, changes: ReadonlyMap<string, string | null>): Promise<Buffer> {
  try {
    return writeZip(pkg.bytes, readCentralDirectory(pkg.bytes), changes);
  } catch (e) {
    if (!(e instanceof ZipTooLargeError) && !(e instanceof ZipFormatError)) throw e;
  }
  const zip = await jszipOf(pkg);
  for (const [name, content] of changes) {
    if (content === null) zip.remove(name);
    else zip.file(name, content);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
