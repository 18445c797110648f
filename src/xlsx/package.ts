/**
 * The .xlsx package (an OPC zip): opening it, finding parts by relationship, resolving
 * relationship targets. Part names are case-insensitive in OPC, zip entry names are not.
 */
import type JSZip from 'jszip';
import { inflateEntry, readCentralDirectory, ZipFormatError, ZipLimitError, type ZipEntry } from './zipEntry';
import { attrOf, childrenNS, parseXml, PKG_RELS } from './dom';

/** Why a file cannot be read as an .xlsx workbook. */
export type WorkbookFormatProblem =
  /** Not a zip at all (a CSV, a PDF …). */
  | 'notXlsx'
  /** An OLE compound file: an old .xls, or an .xlsx encrypted with a password. */
  | 'encryptedOrXls'
  /** A zip without a workbook part (a .docx, a damaged file). */
  | 'noWorkbook'
  /** ISO 29500 Strict, which neither ExcelJS nor this tool writes. */
  | 'strict'
  /** A part that cannot be inflated (a damaged entry) or is not well-formed XML; the detail names it. */
  | 'damaged'
  /** A part that inflates beyond the limits (a zip bomb, or a sheet far beyond Excel's own); the detail names it. */
  | 'tooLarge';

export class WorkbookFormatError extends Error {
  constructor(
    readonly problem: WorkbookFormatProblem,
    readonly detail?: string,
    /** The part concerned, for `damaged` and `tooLarge`. */
    readonly part?: string,
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'WorkbookFormatError';
  }
}

/**
 * How far a part may inflate. A worksheet of Excel's own is at most some hundreds of megabytes
 * of XML and compresses 5–30 times; a zip bomb inflates a thousand times and more. A part read
 * whole (workbook, styles, shared strings …) must also fit in one JavaScript string.
 */
export const INFLATE_LIMITS = {
  /** Inflated bytes per compressed byte, beyond the allowance below. */
  ratio: 200,
  /** Every part may inflate to this much whatever its ratio. */
  allowance: 16 * 1024 * 1024,
  /** Absolute ceiling of a part read whole. */
  wholePart: 400 * 1024 * 1024,
  /** Absolute ceiling of a streamed sheet part. */
  streamedPart: 4 * 1024 * 1024 * 1024,
};

/** The most a part of `compressedSize` bytes may inflate to. */
export function inflateLimit(compressedSize: number, whole: boolean): number {
  return Math.min(compressedSize * INFLATE_LIMITS.ratio + INFLATE_LIMITS.allowance, whole ? INFLATE_LIMITS.wholePart : INFLATE_LIMITS.streamedPart);
}

export interface Relationship {
  id: string;
  /** The relationship type's last segment: `worksheet`, `styles`, `table` … */
  kind: string;
  type: string;
  /** Resolved part name (no leading slash) for internal targets; the raw target otherwise. */
  target: string;
  external: boolean;
}

export interface XlsxPackage {
  /** JSZip's view, for the zips the native reader cannot read (see `jszipOf`). */
  zip?: JSZip;
  /** The central directory read natively, by entry name; undefined when only JSZip could read the zip. */
  directory?: Map<string, ZipEntry>;
  /** The package's bytes, for native streaming of big parts (zipEntry.ts). */
  bytes: Uint8Array;
  /** Part name of the workbook part, e.g. `xl/workbook.xml`. */
  workbookPath: string;
  strict: boolean;
  /** Actual zip entry name by lower-cased part name. */
  entries: Map<string, string>;
}

const STRICT_RELS = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** Opens a workbook package from its bytes. Throws `WorkbookFormatError` for a non-workbook. */
export async function openPackage(data: Uint8Array): Promise<XlsxPackage> {
  if (data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    throw new WorkbookFormatError('encryptedOrXls');
  }
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw new WorkbookFormatError('notXlsx');
  const entries = new Map<string, string>();
  const pkg: XlsxPackage = { bytes: data, workbookPath: '', strict: false, entries };
  try {
    pkg.directory = new Map(readCentralDirectory(data).map((e) => [e.name, e]));
    for (const name of pkg.directory.keys()) if (!name.endsWith('/')) entries.set(name.toLowerCase(), name);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    const zip = await jszipOf(pkg);
    for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) entries.set(name.toLowerCase(), name);
  }
  const root = await readRels(pkg, '');
  const main = root.find((r) => r.kind === 'officeDocument' && !r.external);
  if (!main || !hasPart(pkg, main.target)) throw new WorkbookFormatError('noWorkbook');
  pkg.workbookPath = main.target;
  pkg.strict = main.type.startsWith(STRICT_RELS);
  return pkg;
}

export function hasPart(pkg: XlsxPackage, part: string): boolean {
  return pkg.entries.has(part.toLowerCase());
}

/** JSZip's view of the package, loaded when first needed. Throws `WorkbookFormatError` for a zip it cannot read either. */
export async function jszipOf(pkg: XlsxPackage): Promise<JSZip> {
  if (pkg.zip === undefined) {
    try {
      // JSZip is loaded only for a zip the native reader cannot read.
      const { default: Zip } = await import('jszip');
      pkg.zip = await Zip.loadAsync(pkg.bytes);
    } catch (e) {
      throw new WorkbookFormatError('notXlsx', (e as Error).message);
    }
  }
  return pkg.zip;
}

/**
 * The bytes of a part, or undefined when the package has no such part. Throws
 * `WorkbookFormatError` (`damaged`, `tooLarge`) naming the part when it cannot be inflated.
 */
export async function readPartBytes(pkg: XlsxPackage, part: string): Promise<Buffer | undefined> {
  const name = pkg.entries.get(part.toLowerCase());
  if (name === undefined) return undefined;
  const entry = pkg.directory?.get(name);
  try {
    if (entry !== undefined) return inflateEntry(pkg.bytes, entry, inflateLimit(entry.compressedSize, true));
    const file = (await jszipOf(pkg)).file(name);
    return file ? await file.async('nodebuffer') : undefined;
  } catch (e) {
    if (e instanceof ZipLimitError) throw new WorkbookFormatError('tooLarge', e.message, name);
    if (e instanceof WorkbookFormatError) throw e;
    throw new WorkbookFormatError('damaged', (e as Error).message, name);
  }
}

/** The text of a part (UTF-8), or undefined when the package has no such part. */
export async function readPart(pkg: XlsxPackage, part: string): Promise<string | undefined> {
  const bytes = await readPartBytes(pkg, part);
  return bytes?.toString('utf8');
}

/** The relationships part of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `` → `_rels/.rels`). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return normalisePath(target.slice(1));
  const dir = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  return normalisePath(dir + target);
}

function normalisePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.map((s) => decodeURIComponentSafe(s)).join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parses a relationships part. */
export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const root = parseXml(xml, relsPathOf(sourcePart)).documentElement!;
  return childrenNS(root, PKG_RELS, 'Relationship').map((el) => {
    const type = attrOf(el, 'Type') ?? '';
    const external = attrOf(el, 'TargetMode') === 'External';
    const raw = attrOf(el, 'Target') ?? '';
    return {
      id: attrOf(el, 'Id') ?? '',
      type,
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: external ? raw : resolveTarget(sourcePart, raw),
      external,
    };
  });
}

/** The relationships of `part` (empty when it has none). */
export async function readRels(pkg: XlsxPackage, part: string): Promise<Relationship[]> {
  const xml = await readPart(pkg, relsPathOf(part));
  return xml === undefined ? [] : parseRels(xml, part);
}
