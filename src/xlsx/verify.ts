/**
 * The check before publishing: the package just written is opened again, from its bytes, as a
 * reader would, and refused when anything in it would make Excel "repair" or LibreOffice refuse
 * the file — so a broken workbook is never published with exit 0.
 *
 * - the zip directory reads, every entry's name is unique, and each part written inflates to
 *   the size and CRC the directory gives;
 * - every XML part this tool wrote (or edited) is well formed, with every prefix bound;
 * - every relationship of those parts points at a part that exists, and every relationship id
 *   they use (a sheet's `<drawing r:id>`, a drawing's `<c:chart r:id>`) is one of their own;
 * - every part it wrote has a content type (an override or a default for its extension), and
 *   the workbook, its sheets, styles and shared strings have the content type Excel expects;
 * - the report's marker names point at sheets of the workbook.
 */
import { isMarkerName } from '../core';
import { attrOf, childrenNS, CONTENT_TYPES, parseXml, PartXmlError } from './dom';
import { checkParts, type EarlyCheck } from './parallelCheck';
import { openPackage, parseRels, relsPathOf } from './package';
import { parseRef } from './refs';
import { readWorkbookInfo } from './workbookXml';
import { dataSpan, inflateEntry, readCentralDirectory, type ZipEntry } from './zipEntry';

/** What the check found wrong: the part and what is wrong with it. */
export class PublishCheckError extends Error {
  constructor(
    readonly part: string,
    readonly detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = 'PublishCheckError';
  }
}

/**
 * Checks the written package; throws `PublishCheckError` for the first problem. `written` names
 * the parts this tool wrote or edited (their XML is parsed; the user's parts, copied byte for
 * byte, are not re-parsed: a 300 MB sheet of the user's costs seconds and proves nothing new).
 * `early`: large sheets the check's worker had while they were written (parallelCheck.ts); such
 * a check counts only for a part whose text, inflated from the package, is the text checked.
 */
export async function verifyPackage(bytes: Uint8Array, written: readonly string[], early?: ReadonlyMap<string, EarlyCheck>): Promise<void> {
  let directory: ZipEntry[];
  try {
    directory = readCentralDirectory(bytes);
  } catch (e) {
    throw new PublishCheckError('(zip)', (e as Error).message);
  }
  const byName = new Map(directory.map((e) => [e.name, e]));
  const names = directory.map((e) => e.name).filter((n) => !n.endsWith('/'));
  const lower = new Map<string, string>();
  for (const n of names) {
    if (lower.has(n.toLowerCase())) throw new PublishCheckError(n, 'duplicate part name');
    lower.set(n.toLowerCase(), n);
  }
  // Inflating checks each part's data against the directory's size and CRC.
  const text = (part: string): string => {
    const name = lower.get(part.toLowerCase());
    if (name === undefined) throw new PublishCheckError(part, 'part missing');
    try {
      return inflateEntry(bytes, byName.get(name)!).toString('utf8');
    } catch (e) {
      throw new PublishCheckError(name, (e as Error).message);
    }
  };
  // Every entry's local header and data lie where the directory says.
  for (const e of directory) {
    try {
      dataSpan(bytes, e);
    } catch (err) {
      throw new PublishCheckError(e.name, (err as Error).message);
    }
  }

  // Content types: every part has one.
  const types = parseChecked(text('[Content_Types].xml'), '[Content_Types].xml').documentElement!;
  const defaults = new Set(childrenNS(types, CONTENT_TYPES, 'Default').map((e) => (attrOf(e, 'Extension') ?? '').toLowerCase()));
  const overrides = new Set(childrenNS(types, CONTENT_TYPES, 'Override').map((e) => (attrOf(e, 'PartName') ?? '').toLowerCase()));
  // (The user's own parts are as the user's file had them: only what this tool wrote is held to it.)
  const writtenSet = new Set(written.map((w) => w.toLowerCase()));
  for (const n of names) {
    if (n === '[Content_Types].xml' || !writtenSet.has(n.toLowerCase())) continue;
    const ext = n.includes('.') ? n.slice(n.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!overrides.has(`/${n}`.toLowerCase()) && !defaults.has(ext)) throw new PublishCheckError(n, 'no content type');
  }
  const overrideType = new Map(
    childrenNS(types, CONTENT_TYPES, 'Override').map((e) => [(attrOf(e, 'PartName') ?? '').toLowerCase(), attrOf(e, 'ContentType') ?? '']),
  );
  const defaultType = new Map(
    childrenNS(types, CONTENT_TYPES, 'Default').map((e) => [(attrOf(e, 'Extension') ?? '').toLowerCase(), attrOf(e, 'ContentType') ?? '']),
  );
  const typeOf = (part: string) => overrideType.get(`/${part}`.toLowerCase()) ?? defaultType.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase());
  for (const o of overrides) {
    if (!lower.has(o.slice(1))) throw new PublishCheckError(o.slice(1), 'content type for a part that does not exist');
  }

  // Written parts parse; their relationships (and the package's root ones) lead to parts.
  const relsToCheck = new Set(['_rels/.rels']);
  const xmlParts: { part: string; xml: string }[] = [];
  for (const part of written) {
    const xml = text(part);
    if (part.toLowerCase().endsWith('.rels')) relsToCheck.add(part);
    else if (/\.xml$/i.test(part)) xmlParts.push({ part, xml });
    const rels = relsPathOf(part);
    if (lower.has(rels.toLowerCase())) relsToCheck.add(rels);
  }
  let idsUsed: Map<string, string[]>;
  try {
    idsUsed = await checkParts(xmlParts, early);
  } catch (e) {
    throw e instanceof PartXmlError ? new PublishCheckError(e.part, e.message) : e;
  }
  const relIdsOf = new Map<string, Set<string>>();
  for (const relsPart of relsToCheck) {
    const source = relsPart === '_rels/.rels' ? '' : relsPart.replace(/_rels\/([^/]*)\.rels$/, '$1');
    let rels;
    try {
      rels = parseRels(text(relsPart), source);
    } catch (e) {
      throw e instanceof PartXmlError ? new PublishCheckError(e.part, e.message) : e;
    }
    relIdsOf.set(source.toLowerCase(), new Set(rels.map((r) => r.id)));
    for (const r of rels) {
      if (r.external) continue;
      if (!lower.has(r.target.toLowerCase())) throw new PublishCheckError(relsPart, `${r.id} → ${r.target}: part missing`);
      // Excel finds a part's kind by its content type: a sheet typed as plain XML is no sheet.
      const expected = EXPECTED_TYPE[r.kind];
      const actual = typeOf(r.target);
      if (expected !== undefined && (actual === undefined || !expected.test(actual))) {
        throw new PublishCheckError(lower.get(r.target.toLowerCase())!, `content type ${actual ?? '(none)'} for a ${r.kind} part`);
      }
    }
  }

  // A relationship id a written part uses is one its relationships part defines.
  for (const [part, ids] of idsUsed) {
    const own = relIdsOf.get(part.toLowerCase()) ?? new Set<string>();
    const missing = ids.find((id) => !own.has(id));
    if (missing !== undefined) throw new PublishCheckError(part, `relationship ${missing} is not in ${relsPathOf(part)}`);
  }

  // The report's names resolve to sheets of the workbook.
  const pkg = await openPackage(bytes);
  const info = await readWorkbookInfo(pkg);
  const sheetNames = new Set(info.sheets.map((s) => s.name.toLocaleLowerCase('sv')));
  for (const dn of info.definedNames) {
    if (!isMarkerName(dn.name)) continue;
    const ref = parseRef(dn.ref);
    if (!ref.ok || !sheetNames.has(ref.sheet.toLocaleLowerCase('sv'))) throw new PublishCheckError(pkg.workbookPath, `${dn.name} → ${dn.ref}: no such sheet`);
  }
  for (const s of info.sheets) {
    if (s.part === undefined || !lower.has(s.part.toLowerCase())) throw new PublishCheckError(pkg.workbookPath, `sheet "${s.name}": part missing`);
  }
}

/** The content types Excel expects for the parts this tool writes or relies on, by relationship kind. */
const EXPECTED_TYPE: Record<string, RegExp> = {
  officeDocument: /^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml$/,
  worksheet: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.worksheet\+xml$/,
  styles: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.styles\+xml$/,
  sharedStrings: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sharedStrings\+xml$/,
  drawing: /^application\/vnd\.openxmlformats-officedocument\.drawing\+xml$/,
  chart: /^application\/vnd\.openxmlformats-officedocument\.drawingml\.chart\+xml$/,
};

function parseChecked(xml: string, part: string) {
  try {
    return parseXml(xml, part);
  } catch (e) {
    throw e instanceof PartXmlError ? new PublishCheckError(part, e.message) : e;
  }
}
