/**
 * The .xlsx package (an OPC zip): opening it, finding parts by relationship, resolving
 * relationship targets. Part names are case-insensitive in OPC, zip entry names are not.
 */
import JSZip from 'jszip';
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
  | 'strict';

export class WorkbookFormatError extends Error {
  constructor(readonly problem: WorkbookFormatProblem, detail?: string) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'WorkbookFormatError';
  }
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
  zip: JSZip;
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
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    throw new WorkbookFormatError('notXlsx', (e as Error).message);
  }
  const entries = new Map<string, string>();
  for (const name of Object.keys(zip.files)) entries.set(name.toLowerCase(), name);
  const pkg: XlsxPackage = { zip, bytes: data, workbookPath: '', strict: false, entries };
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

/** The text of a part, or undefined when the package has no such part. */
export async function readPart(pkg: XlsxPackage, part: string): Promise<string | undefined> {
  const name = pkg.entries.get(part.toLowerCase());
  const file = name === undefined ? null : pkg.zip.file(name);
  return file ? file.async('string') : undefined;
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
