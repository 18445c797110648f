/**
 * Reading a user's .xlsx into the core's input: every workbook-scoped defined name (and a
 * sheet-scoped one that is the only name of its name) and every Excel table that refers to
 * one rectangle of a worksheet, as raw 2D cell arrays.
 *
 * One path for every size: the sheet XML is streamed out of the zip and scanned for the cells
 * inside the wanted rectangles (see sheetCells.ts). That reads a 1 000 000-row ledger in a few
 * seconds, where ExcelJS needs minutes and gigabytes (figures in src/xlsx/README.md).
 */
import { readFile } from 'node:fs/promises';
import { type RangeData, isMarkerName, fail, ok, type Result } from '../core';
import { dateStyleFlags } from './cellStyles';
import { detectFeatures, type WorkbookFeature } from './features';
import { inflateLimit, openPackage, readPart, readPartBytes, readRels, WorkbookFormatError, type WorkbookFormatProblem, type XlsxPackage } from './package';
import { PartXmlError } from './dom';
import { parseRef, type Area } from './refs';
import { areaValues, readAreaCells, type CellContext, type TextChunks } from './sheetCells';
import { readTables } from './tables';
import { readWorkbookInfo, type DefinedNameEntry, type SheetEntry } from './workbookXml';
import { elements, mainPrefixOf, stringItemText } from './xml';
import { entryStream, ZipFormatError, ZipLimitError } from './zipEntry';

/** A defined name that was not read, and why. */
export interface SkippedName {
  name: string;
  ref: string;
  reason: 'refError' | 'external' | 'multiArea' | 'notARange' | 'formula' | 'unknownSheet' | 'notAWorksheet' | 'sheetScoped';
  /** For a sheet-scoped name: the sheet it belongs to. */
  scope?: string;
}

/** A sheet-scoped name that was read because it is the only one of its name. */
export interface ScopedName {
  name: string;
  ref: string;
  /** The sheet the name belongs to. */
  scope: string;
}

export interface WorkbookRead {
  /** The ranges found, defined names first (workbook order), then tables. */
  ranges: RangeData[];
  /** Wanted names that could not be read (a `#REF!`, several areas, a formula …). */
  skipped: SkippedName[];
  /** Sheet-scoped names that were read (each the only name of its name); absent when none. */
  sheetScoped?: ScopedName[];
  /** Charts, pivot tables, macros … present in the file (all kept by the writer). */
  features: WorkbookFeature[];
  /** The workbook's sheet names, in order. */
  sheetNames: string[];
}

export interface ReadOptions {
  /**
   * Which names to read (default: every name). The CLI passes the contract's names so that
   * an unrelated `AllData` name over a million rows costs nothing.
   */
  wanted?: (name: string) => boolean;
}

/**
 * Why the user's file could not be read as a workbook: not an .xlsx, encrypted, Strict, a part
 * that will not inflate (`format`, with the part for `damaged` and `tooLarge`), or a part that
 * is not well-formed XML (`damagedPart`; `message` names the part and what is wrong).
 */
export type WorkbookReadFailure = { kind: 'format'; problem: WorkbookFormatProblem; part?: string } | { kind: 'damagedPart'; part: string; message: string };

/**
 * Reads the named ranges and tables of a workbook file or its bytes: the workbook, or why it
 * cannot be read (the core's one failure shape). The reading code below throws its two error
 * classes from deep inside (`WorkbookFormatError`, `PartXmlError`); they are caught here, at
 * the module's entry, and nothing else crosses it but bugs. A file that cannot be read from
 * disk at all is not the workbook's failure and is thrown.
 */
export async function readWorkbookRanges(source: string | Uint8Array, options: ReadOptions = {}): Promise<Result<WorkbookRead, WorkbookReadFailure>> {
  const bytes = typeof source === 'string' ? await readFile(source) : source;
  try {
    return ok(await readPackageRanges(await openPackage(bytes), options));
  } catch (e) {
    const failure = workbookFailureOf(e);
    if (failure === undefined) throw e;
    return fail(failure);
  }
}

/** The failure a thrown workbook error stands for; undefined for anything else (a bug). */
export function workbookFailureOf(e: unknown): WorkbookReadFailure | undefined {
  if (e instanceof WorkbookFormatError)
    return e.part !== undefined ? { kind: 'format', problem: e.problem, part: e.part } : { kind: 'format', problem: e.problem };
  if (e instanceof PartXmlError) return { kind: 'damagedPart', part: e.part, message: e.message };
  return undefined;
}

interface Wanted {
  name: string;
  sheet: SheetEntry;
  area: Area;
}

/** As `readWorkbookRanges`, for a package that is already open; throws the workbook errors (the module's inside). */
export async function readPackageRanges(pkg: XlsxPackage, options: ReadOptions = {}): Promise<WorkbookRead> {
  const wantedName = options.wanted ?? (() => true);
  const info = await readWorkbookInfo(pkg);
  const sheetByName = new Map(info.sheets.map((s) => [s.name.toLocaleLowerCase('sv'), s]));
  const skipped: SkippedName[] = [];
  const wanted: Wanted[] = [];
  const seen = new Set<string>();

  const take = (dn: DefinedNameEntry): boolean => {
    const parsed = parseRef(dn.ref);
    if (!parsed.ok) {
      skipped.push({ name: dn.name, ref: dn.ref, reason: parsed.reason });
      return false;
    }
    const sheet = sheetByName.get(parsed.sheet.toLocaleLowerCase('sv'));
    if (sheet === undefined) {
      skipped.push({ name: dn.name, ref: dn.ref, reason: 'unknownSheet' });
      return false;
    }
    if (sheet.kind !== 'worksheet' || sheet.part === undefined) {
      skipped.push({ name: dn.name, ref: dn.ref, reason: 'notAWorksheet' });
      return false;
    }
    wanted.push({ name: dn.name, sheet, area: parsed.area });
    seen.add(dn.name.toLocaleLowerCase('sv'));
    return true;
  };
  const sheetScoped = new Map<string, DefinedNameEntry[]>();
  for (const dn of info.definedNames) {
    if (dn.name.startsWith('_xlnm.') || isMarkerName(dn.name) || !wantedName(dn.name)) continue;
    if (dn.localSheetId === undefined) take(dn);
    else {
      const key = dn.name.toLocaleLowerCase('sv');
      sheetScoped.set(key, [...(sheetScoped.get(key) ?? []), dn]);
    }
  }
  // A sheet-scoped name counts when no workbook-scoped name has its name and it is the only
  // one of its name; otherwise it is skipped with a note that says it is sheet-scoped.
  const scopedUsed: ScopedName[] = [];
  for (const [key, list] of sheetScoped) {
    if (seen.has(key)) continue;
    const scope = (dn: DefinedNameEntry) => info.sheets[dn.localSheetId!]?.name ?? '';
    if (list.length === 1) {
      if (take(list[0])) scopedUsed.push({ name: list[0].name, ref: list[0].ref, scope: scope(list[0]) });
    } else for (const dn of list) skipped.push({ name: dn.name, ref: dn.ref, reason: 'sheetScoped', scope: scope(dn) });
  }
  for (const t of await readTables(pkg, info.sheets)) {
    if (!wantedName(t.name) || seen.has(t.name.toLocaleLowerCase('sv'))) continue;
    const sheet = sheetByName.get(t.sheet.toLocaleLowerCase('sv'));
    if (sheet?.part !== undefined) wanted.push({ name: t.name, sheet, area: t.area });
  }

  const ranges = new Map<Wanted, RangeData>();
  if (wanted.length > 0) {
    const ctx = await cellContext(pkg, info.date1904);
    const bySheet = new Map<string, Wanted[]>();
    for (const w of wanted) bySheet.set(w.sheet.part!, [...(bySheet.get(w.sheet.part!) ?? []), w]);
    for (const [part, list] of bySheet) {
      const cells = await readAreaCells(
        partChunks(pkg, part),
        list.map((w) => w.area),
        ctx,
      );
      list.forEach((w, k) => {
        const { values, rowOffset } = areaValues(cells[k]);
        ranges.set(w, { name: w.name, sheet: w.sheet.name, row: w.area.top + rowOffset, col: w.area.left, values });
      });
    }
  }
  return {
    ranges: wanted.map((w) => ranges.get(w)!),
    skipped,
    ...(scopedUsed.length > 0 ? { sheetScoped: scopedUsed } : {}),
    features: detectFeatures(pkg),
    sheetNames: info.sheets.map((s) => s.name),
  };
}

async function cellContext(pkg: XlsxPackage, date1904: boolean): Promise<CellContext> {
  const rels = await readRels(pkg, pkg.workbookPath);
  const sstPart = rels.find((r) => r.kind === 'sharedStrings' && !r.external)?.target;
  const stylesPart = rels.find((r) => r.kind === 'styles' && !r.external)?.target;
  const sstXml = sstPart === undefined ? undefined : await readPart(pkg, sstPart);
  const sharedStrings = sstXml === undefined ? [] : sharedStringTexts(sstXml);
  const stylesXml = stylesPart === undefined ? undefined : await readPart(pkg, stylesPart);
  return { sharedStrings, dateStyles: dateStyleFlags(stylesXml, stylesPart), date1904, dates: new Map<number, Date>() };
}

/**
 * The shared strings' plain texts. The table can hold hundreds of thousands of items, so it is
 * scanned like a sheet part (by the prefix its root binds to the main namespace), not parsed
 * into a document.
 */
export function sharedStringTexts(sstXml: string): string[] {
  const prefix = mainPrefixOf(sstXml) ?? '';
  return elements(sstXml, `${prefix}si`).map((si) => stringItemText(si.inner, prefix));
}

/** The decoded text of a part, chunk by chunk as the zip inflates it (at most `inflateLimit` bytes). */
async function* partChunks(pkg: XlsxPackage, part: string): TextChunks {
  const name = pkg.entries.get(part.toLowerCase());
  // A sheet the workbook lists but the zip lacks is damage, not an empty sheet: read as empty,
  // its ranges would be lost, and the report's writer would take the free part name for a
  // sheet of its own, under the user's sheet name (found by test/xlsx/fuzz.test.ts, seed 1020).
  if (name === undefined) throw new WorkbookFormatError('damaged', 'the part is missing from the zip', part);
  const decoder = new TextDecoder('utf-8');
  // Native inflate when the entry can be located directly; the whole part through JSZip otherwise.
  const stream = entryStream(pkg.bytes, name, (compressed) => inflateLimit(compressed, false));
  if (stream === undefined) {
    const bytes = await readPartBytes(pkg, part);
    if (bytes !== undefined) yield decoder.decode(bytes);
    return;
  }
  try {
    let batch: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      batch.push(chunk);
      size += chunk.length;
      // Decode in blocks of about 1 MB: fewer, larger strings scan faster.
      if (size >= 1 << 20) {
        yield decoder.decode(Buffer.concat(batch, size), { stream: true });
        batch = [];
        size = 0;
      }
    }
    yield decoder.decode(Buffer.concat(batch, size));
  } catch (e) {
    if (e instanceof ZipLimitError) throw new WorkbookFormatError('tooLarge', e.message, name);
    if (e instanceof ZipFormatError) throw new WorkbookFormatError('damaged', e.message, name);
    throw e;
  } finally {
    stream.destroy();
  }
}
