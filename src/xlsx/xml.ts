/**
 * The little XML the package code needs: escaping, attributes of a start tag, and the text of
 * string items. SpreadsheetML parts are regular enough that targeted string scanning is both
 * correct and an order of magnitude faster than a general parser on a 300 MB sheet.
 */
import { SML, SML_STRICT } from './dom';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character and entity references (`&amp;`, `&#246;`, `&#xF6;`). */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITY[ref] ?? m;
  });
}

/** Escapes text for element content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&${c === '&' ? 'amp' : c === '<' ? 'lt' : c === '>' ? 'gt' : c === '"' ? 'quot' : 'apos'};`);
}

/** OOXML's own escape for characters XML cannot hold: `_x000D_` → CR, `_x005F_x000D_` → `_x000D_`. */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The value of attribute `name` in the text of a start tag (without `<` and `>`), unescaped;
 * undefined when absent. `name` may carry a prefix (`r:id`).
 */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = at === 0 ? ' ' : tag[at - 1];
    if (before !== ' ' && before !== '\t' && before !== '\n' && before !== '\r') continue;
    let k = from;
    while (tag[k] === ' ') k++;
    if (tag[k] !== '=') continue;
    k++;
    while (tag[k] === ' ') k++;
    const quote = tag[k];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, k + 1);
    if (end < 0) return undefined;
    return unescapeXml(tag.slice(k + 1, end));
  }
}

/** Every element `<name …>…</name>` or `<name …/>` in `xml` (not nested in itself). */
export function elements(xml: string, name: string): { tag: string; inner: string; start: number; end: number }[] {
  const out: { tag: string; inner: string; start: number; end: number }[] = [];
  const open = `<${name}`;
  const close = `</${name}>`;
  let i = 0;
  for (;;) {
    const s = xml.indexOf(open, i);
    if (s < 0) break;
    const next = xml[s + open.length];
    if (next !== ' ' && next !== '>' && next !== '/' && next !== '\t' && next !== '\n' && next !== '\r') {
      i = s + open.length;
      continue;
    }
    const gt = xml.indexOf('>', s);
    if (gt < 0) break;
    const selfClosing = xml[gt - 1] === '/';
    const tag = xml.slice(s + open.length, selfClosing ? gt - 1 : gt);
    if (selfClosing) {
      out.push({ tag, inner: '', start: s, end: gt + 1 });
      i = gt + 1;
      continue;
    }
    const c = xml.indexOf(close, gt);
    if (c < 0) break;
    out.push({ tag, inner: xml.slice(gt + 1, c), start: s, end: c + close.length });
    i = c + close.length;
  }
  return out;
}

const MAIN_NAMESPACES = [SML, SML_STRICT];

/**
 * The prefix (with its colon, `x:`; `` for the default namespace) that the root element of a
 * SpreadsheetML part binds to the main namespace, from the part's first characters; undefined
 * while the root's start tag is not complete in `head`. The streaming scanners find elements
 * by this prefix, so `<x:row>` (the .NET Open XML SDK's style) reads like `<row>`.
 */
export function mainPrefixOf(head: string): string | undefined {
  let i = 0;
  for (;;) {
    const lt = head.indexOf('<', i);
    if (lt < 0) return undefined;
    const next = head[lt + 1];
    if (next === '?' || next === '!') {
      const end = head.indexOf(next === '?' ? '?>' : '>', lt);
      if (end < 0) return undefined;
      i = end + 1;
      continue;
    }
    const gt = head.indexOf('>', lt);
    if (gt < 0) return undefined;
    const tag = head.slice(lt, gt);
    const re = /\sxmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g;
    for (let m = re.exec(tag); m !== null; m = re.exec(tag)) {
      if (MAIN_NAMESPACES.includes(m[3] ?? m[4])) return m[1] === undefined ? '' : `${m[1]}:`;
    }
    return '';
  }
}

/**
 * Plain text of a string item (`<si>` of the shared strings or `<is>` of an inline string):
 * the `<t>` runs joined, rich-text formatting and phonetic runs (`<rPh>`) dropped.
 */
export function stringItemText(inner: string, prefix = ''): string {
  const rPh = `<${prefix}rPh`;
  if (inner.indexOf(rPh) >= 0) inner = inner.replace(new RegExp(`${rPh}\\b[\\s\\S]*?</${prefix}rPh>`, 'g'), '');
  const open = `<${prefix}t`;
  const close = `</${prefix}t>`;
  let text = '';
  let i = 0;
  for (;;) {
    const s = inner.indexOf(open, i);
    if (s < 0) break;
    const c = inner[s + open.length];
    if (c !== '>' && c !== ' ' && c !== '/' && c !== '\t' && c !== '\n' && c !== '\r') {
      i = s + open.length;
      continue;
    }
    const gt = inner.indexOf('>', s);
    if (inner[gt - 1] === '/') {
      i = gt + 1;
      continue;
    }
    const e = inner.indexOf(close, gt);
    if (e < 0) break;
    text += inner.slice(gt + 1, e);
    i = e + close.length;
  }
  return decodeOoxmlEscapes(unescapeXml(text));
}
