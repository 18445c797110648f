/**
 * Edits of the package's bookkeeping parts: the workbook part (sheet list, defined names,
 * active tab), its relationships and the content types.
 */
import { isMarkerName } from '../markers';
import { attr, elements, escapeXml } from '../xml';
import { SpliceError } from './errors';

const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

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

/** Sets (or adds) an attribute in a start tag string that begins with `<name`. */
export function setAttr(tag: string, name: string, value: string | number): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  return re.test(tag) ? tag.replace(re, `$1"${value}"`) : tag.replace(/^(<[\w:]+)/, `$1 ${name}="${value}"`);
}

/** Splits an element's outer XML into its start tag and the rest. */
function startTag(outer: string): [string, string] {
  const gt = outer.indexOf('>');
  const selfClosing = outer[gt - 1] === '/';
  const end = selfClosing ? gt - 1 : gt;
  return [outer.slice(0, end), outer.slice(end)];
}

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
}

/**
 * The edited workbook part, and whether the active tab moved to the first new sheet (it does
 * when the user last looked at a report sheet that is now replaced).
 */
export function editWorkbookXml(xml: string, edit: WorkbookEdit): { xml: string; activatedNew: boolean } {
  const ns = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${RELS_NS.replace(/[./]/g, '\\$&')}["']`).exec(xml);
  const sheetsBlock = elements(xml, 'sheets')[0];
  if (!ns || sheetsBlock === undefined) throw new SpliceError('workbookPart');
  const r = ns[1];
  const oldSheets = elements(sheetsBlock.inner, 'sheet').map((e) => sheetsBlock.inner.slice(e.start, e.end));
  const newIndex: number[] = [];
  const kept: string[] = [];
  oldSheets.forEach((s, i) => {
    if (edit.remove.has(i)) {
      newIndex.push(-1);
    } else {
      newIndex.push(kept.length);
      kept.push(s);
    }
  });
  const firstNew = kept.length;
  for (const s of edit.add) kept.push(`<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${r}:id="${s.relId}"/>`);
  const sheetsTag = `<sheets${sheetsBlock.tag}>`;
  let out = xml.slice(0, sheetsBlock.start) + sheetsTag + kept.join('') + '</sheets>' + xml.slice(sheetsBlock.end);

  // Defined names: old markers out, names scoped to a removed sheet out, the others re-indexed.
  const namesBlock = elements(out, 'definedNames')[0];
  const names: string[] = [];
  if (namesBlock !== undefined) {
    for (const e of elements(namesBlock.inner, 'definedName')) {
      const outer = namesBlock.inner.slice(e.start, e.end);
      const local = attr(e.tag, 'localSheetId');
      if (local === undefined) {
        if (!isMarkerName(attr(e.tag, 'name') ?? '')) names.push(outer);
        continue;
      }
      const to = newIndex[Number(local)];
      if (to === undefined || to < 0) continue;
      const [tag, rest] = startTag(outer);
      names.push(setAttr(tag, 'localSheetId', to) + rest);
    }
  }
  for (const m of edit.markers) names.push(`<definedName name="${escapeXml(m.name)}">${escapeXml(m.ref)}</definedName>`);
  const namesXml = names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '';
  if (namesBlock !== undefined) {
    out = out.slice(0, namesBlock.start) + namesXml + out.slice(namesBlock.end);
  } else if (namesXml) {
    const at = AFTER_DEFINED_NAMES.map((n) => elements(out, n)[0]?.start).find((i) => i !== undefined) ?? out.lastIndexOf('</workbook>');
    out = out.slice(0, at) + namesXml + out.slice(at);
  }

  // Views: keep the user's active sheet; when it was a replaced report sheet, show the new one.
  let activatedNew = false;
  const views = elements(out, 'workbookView');
  for (let k = views.length - 1; k >= 0; k--) {
    const v = views[k];
    const outer = out.slice(v.start, v.end);
    const [start, rest] = startTag(outer);
    let tag = start;
    const active = Number(attr(v.tag, 'activeTab') ?? 0);
    const mapped = newIndex[active];
    if (mapped === undefined || mapped < 0) {
      const to = edit.add.length > 0 ? firstNew : 0;
      activatedNew = edit.add.length > 0;
      tag = setAttr(tag, 'activeTab', to);
    } else if (mapped !== active) {
      tag = setAttr(tag, 'activeTab', mapped);
    }
    const first = attr(v.tag, 'firstSheet');
    if (first !== undefined) {
      const f = newIndex[Number(first)];
      tag = setAttr(tag, 'firstSheet', f === undefined || f < 0 ? 0 : f);
    }
    out = out.slice(0, v.start) + tag + rest + out.slice(v.end);
  }
  return { xml: out, activatedNew };
}

export interface RelationshipAdd {
  id: string;
  type: string;
  target: string;
}

/** A relationships part with the given ids removed and relationships added. */
export function editRelsXml(xml: string, removeIds: ReadonlySet<string>, add: readonly RelationshipAdd[]): string {
  let out = xml;
  for (const e of elements(xml, 'Relationship').reverse()) {
    if (removeIds.has(attr(e.tag, 'Id') ?? '')) out = out.slice(0, e.start) + out.slice(e.end);
  }
  const added = add.map((a) => `<Relationship Id="${escapeXml(a.id)}" Type="${escapeXml(a.type)}" Target="${escapeXml(a.target)}"/>`).join('');
  const close = out.lastIndexOf('</Relationships>');
  return out.slice(0, close) + added + out.slice(close);
}

/** The content types with overrides for `removeParts` dropped and `add` overrides added. */
export function editContentTypes(xml: string, removeParts: readonly string[], add: readonly { part: string; type: string }[]): string {
  const gone = new Set(removeParts.map((p) => `/${p}`.toLowerCase()));
  let out = xml;
  for (const e of elements(xml, 'Override').reverse()) {
    if (gone.has((attr(e.tag, 'PartName') ?? '').toLowerCase())) out = out.slice(0, e.start) + out.slice(e.end);
  }
  const added = add.map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${escapeXml(a.type)}"/>`).join('');
  const close = out.lastIndexOf('</Types>');
  return out.slice(0, close) + added + out.slice(close);
}
