/**
 * Edits of the package's bookkeeping parts: the workbook part (sheet list, defined names,
 * active tab), its relationships and the content types. Each part is edited as a
 * namespace-aware document (dom.ts): new elements take the prefix their siblings have, and a
 * prefix the edit needs (`r:` for the sheets' relationship ids) is declared on the root.
 */
import { attrOf, childNS, childrenNS, CONTENT_TYPES, createLike, parseXml, PKG_RELS, REL_ATTR, rootPrefixFor, serializeXml, SML, type Element } from '../dom';
import { isMarkerName } from '../../core';
import { SpliceError } from './errors';

/** Children of the workbook element that come after `definedNames`, in schema order. */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export interface NewSheet {
  name: string;
  sheetId: number;
  relId: string;
}

export interface WorkbookEdit {
  /** Indices (in the sheet list) of the sheets to remove. */
  remove: ReadonlySet<number>;
  add: readonly NewSheet[];
  /** Marker names to add: name → reference. */
  markers: readonly { name: string; ref: string }[];
  /** Names scoped to each added sheet (its print titles and area), in the order of `add`. */
  sheetNames?: readonly (readonly { name: string; ref: string }[])[];
}

/** Inserts `el` into `parent` before its first child named one of `later` (else at the end). */
function insertBeforeFirst(parent: Element, el: Element, later: readonly string[]): void {
  const next = later.map((n) => childNS(parent, SML, n)).find((e) => e !== undefined);
  parent.insertBefore(el, next ?? null);
}

/**
 * The edited workbook part, and whether the active tab moved to the first new sheet (it does
 * when the user last looked at a report sheet that is now replaced).
 */
export function editWorkbookXml(xml: string, edit: WorkbookEdit, part = 'xl/workbook.xml'): { xml: string; activatedNew: boolean } {
  const doc = parseXml(xml, part);
  const root = doc.documentElement!;
  const sheetsEl = root.namespaceURI === SML ? childNS(root, SML, 'sheets') : undefined;
  if (sheetsEl === undefined) throw new SpliceError('workbookPart');
  const newIndex: number[] = [];
  let kept = 0;
  childrenNS(sheetsEl, SML, 'sheet').forEach((s, i) => {
    if (edit.remove.has(i)) {
      newIndex.push(-1);
      sheetsEl.removeChild(s);
    } else {
      newIndex.push(kept++);
    }
  });
  const firstNew = kept;
  if (edit.add.length > 0) {
    const r = rootPrefixFor(doc, REL_ATTR, 'r');
    for (const s of edit.add) {
      const el = createLike(sheetsEl, 'sheet');
      el.setAttribute('name', s.name);
      el.setAttribute('sheetId', String(s.sheetId));
      el.setAttributeNS(REL_ATTR, `${r}:id`, s.relId);
      sheetsEl.appendChild(el);
    }
  }

  // Defined names: old markers out, names scoped to a removed sheet out, the others re-indexed.
  let namesEl = childNS(root, SML, 'definedNames');
  for (const dn of namesEl ? childrenNS(namesEl, SML, 'definedName') : []) {
    const local = attrOf(dn, 'localSheetId');
    if (local === undefined) {
      if (isMarkerName(attrOf(dn, 'name') ?? '')) namesEl!.removeChild(dn);
      continue;
    }
    const to = newIndex[Number(local)];
    if (to === undefined || to < 0) namesEl!.removeChild(dn);
    else dn.setAttribute('localSheetId', String(to));
  }
  const scoped = (edit.sheetNames ?? []).flatMap((names, i) => names.map((n) => ({ ...n, localSheetId: firstNew + i })));
  if ((edit.markers.length > 0 || scoped.length > 0) && namesEl === undefined) {
    namesEl = createLike(root, 'definedNames');
    insertBeforeFirst(root, namesEl, AFTER_DEFINED_NAMES);
  }
  for (const m of edit.markers) {
    const dn = createLike(namesEl!, 'definedName');
    dn.setAttribute('name', m.name);
    dn.appendChild(doc.createTextNode(m.ref));
    namesEl!.appendChild(dn);
  }
  // A new sheet's own names: its index is new, so a name of the user's is never replaced; a
  // name already there (same name, same sheet) is not written twice.
  const existing = new Set(
    (namesEl ? childrenNS(namesEl, SML, 'definedName') : []).map((dn) => `${(attrOf(dn, 'name') ?? '').toLowerCase()}|${attrOf(dn, 'localSheetId') ?? ''}`),
  );
  for (const n of scoped) {
    const id = `${n.name.toLowerCase()}|${n.localSheetId}`;
    if (existing.has(id)) continue;
    existing.add(id);
    const dn = createLike(namesEl!, 'definedName');
    dn.setAttribute('name', n.name);
    dn.setAttribute('localSheetId', String(n.localSheetId));
    dn.appendChild(doc.createTextNode(n.ref));
    namesEl!.appendChild(dn);
  }
  if (namesEl !== undefined && childrenNS(namesEl, SML, 'definedName').length === 0) root.removeChild(namesEl);

  // Views: keep the user's active sheet; when it was a replaced report sheet, show the new one.
  let activatedNew = false;
  const views = childNS(root, SML, 'bookViews');
  for (const v of views ? childrenNS(views, SML, 'workbookView') : []) {
    const active = Number(attrOf(v, 'activeTab') ?? 0);
    const mapped = newIndex[active];
    if (mapped === undefined || mapped < 0) {
      activatedNew = edit.add.length > 0;
      v.setAttribute('activeTab', String(activatedNew ? firstNew : 0));
    } else if (mapped !== active) {
      v.setAttribute('activeTab', String(mapped));
    }
    const first = attrOf(v, 'firstSheet');
    if (first !== undefined) {
      const f = newIndex[Number(first)];
      v.setAttribute('firstSheet', String(f === undefined || f < 0 ? 0 : f));
    }
  }
  return { xml: serializeXml(doc), activatedNew };
}

export interface RelationshipAdd {
  id: string;
  type: string;
  target: string;
}

/** A relationships part with the given ids removed and relationships added. */
export function editRelsXml(xml: string, removeIds: ReadonlySet<string>, add: readonly RelationshipAdd[], part = 'xl/_rels/workbook.xml.rels'): string {
  const doc = parseXml(xml, part);
  const root = doc.documentElement!;
  if (root.namespaceURI !== PKG_RELS || root.localName !== 'Relationships') throw new SpliceError('workbookPart');
  for (const el of childrenNS(root, PKG_RELS, 'Relationship')) {
    if (removeIds.has(attrOf(el, 'Id') ?? '')) root.removeChild(el);
  }
  for (const a of add) {
    const el = createLike(root, 'Relationship');
    el.setAttribute('Id', a.id);
    el.setAttribute('Type', a.type);
    el.setAttribute('Target', a.target);
    root.appendChild(el);
  }
  return serializeXml(doc);
}

/** The content types with overrides for `removeParts` dropped and `add` overrides added. */
export function editContentTypes(xml: string, removeParts: readonly string[], add: readonly { part: string; type: string }[]): string {
  const doc = parseXml(xml, '[Content_Types].xml');
  const root = doc.documentElement!;
  if (root.namespaceURI !== CONTENT_TYPES || root.localName !== 'Types') throw new SpliceError('workbookPart');
  const gone = new Set(removeParts.map((p) => `/${p}`.toLowerCase()));
  for (const el of childrenNS(root, CONTENT_TYPES, 'Override')) {
    if (gone.has((attrOf(el, 'PartName') ?? '').toLowerCase())) root.removeChild(el);
  }
  for (const a of add) {
    const el = createLike(root, 'Override');
    el.setAttribute('PartName', `/${a.part}`);
    el.setAttribute('ContentType', a.type);
    root.appendChild(el);
  }
  return serializeXml(doc);
}

/** A new relationships part holding `rels`. */
export function newRelsXml(rels: readonly RelationshipAdd[]): string {
  return editRelsXml(`<Relationships xmlns="${PKG_RELS}"/>`, new Set(), rels, '(new relationships)');
}
