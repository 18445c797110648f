/**
 * The package's small XML parts (workbook, relationships, content types, styles, tables) as
 * namespace-aware documents, through @xmldom/xmldom: elements are found by namespace URI and
 * local name, never by prefix text, so `<x:sheet>` (the .NET Open XML SDK's style) and
 * `<sheet>` are the same element, and an `r:id` declared on each `<sheet>` (openpyxl's style)
 * is found as readily as one declared on the root. Whatever this module adds declares every
 * prefix it uses.
 *
 * Well-formedness of whole parts is checked by streaming (saxes, `checkWellFormed`), much
 * faster than building a document.
 *
 * Safety: a part with a document type declaration is refused (OOXML parts never have one), so
 * no entity is ever declared, let alone expanded or fetched.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { PartXmlError } from './wellFormed';

export { checkWellFormed, PartXmlError, REL_ATTR, REL_ATTR_STRICT } from './wellFormed';

/** SpreadsheetML's main namespace, transitional and ISO/IEC 29500 Strict. */
export const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const SML_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
/** Relationships parts and the content-types part (the same in Strict). */
export const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** Parses a part; throws `PartXmlError` naming the part when it is not well-formed. */
export function parseXml(xml: string, part: string): Document {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096))) throw new PartXmlError(part, 'document type declarations are not allowed');
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new PartXmlError(part, message);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (e) {
    throw e instanceof PartXmlError ? e : new PartXmlError(part, (e as Error).message);
  }
  if (doc.documentElement === null) throw new PartXmlError(part, 'no root element');
  if (doc.doctype !== null) throw new PartXmlError(part, 'document type declarations are not allowed');
  return doc;
}

/** The document as text, with the XML declaration Excel expects. */
export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith('<?xml') ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

function isElement(n: Node | null): n is Element {
  return n !== null && n.nodeType === 1;
}

/** Child elements of `parent` in namespace(s) `ns` with local name `local`. */
export function childrenNS(parent: Element, ns: string | readonly string[], local: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (isElement(n) && n.localName === local && nsMatches(n.namespaceURI, ns)) out.push(n);
  }
  return out;
}

export function childNS(parent: Element, ns: string | readonly string[], local: string): Element | undefined {
  return childrenNS(parent, ns, local)[0];
}

/** All child elements, in order. */
export function childElements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

/** Descendant elements in `ns` named `local`, in document order. */
export function descendantsNS(root: Element | Document, ns: string | readonly string[], local: string): Element[] {
  const out: Element[] = [];
  const list = root.getElementsByTagNameNS('*', local);
  for (let i = 0; i < list.length; i++) {
    const e = list.item(i)!;
    if (nsMatches(e.namespaceURI, ns)) out.push(e);
  }
  return out;
}

function nsMatches(uri: string | null, ns: string | readonly string[]): boolean {
  return typeof ns === 'string' ? uri === ns : ns.includes(uri ?? '');
}

/** An unqualified attribute's value, or undefined. */
export function attrOf(el: Element, name: string): string | undefined {
  return el.hasAttribute(name) ? el.getAttribute(name)! : undefined;
}

/** A namespaced attribute's value (`r:id` whatever its prefix), or undefined. */
export function attrNS(el: Element, ns: string | readonly string[], local: string): string | undefined {
  for (const uri of typeof ns === 'string' ? [ns] : ns) {
    if (el.hasAttributeNS(uri, local)) return el.getAttributeNS(uri, local) ?? undefined;
  }
  return undefined;
}

/**
 * A new element in the same namespace as `like` (and with its prefix), so it reads like its
 * siblings: `<x:sheet>` among `<x:sheet>`s, `<sheet>` among `<sheet>`s.
 */
export function createLike(like: Element, local: string): Element {
  const doc = like.ownerDocument!;
  const prefix = like.prefix;
  return doc.createElementNS(like.namespaceURI, prefix ? `${prefix}:${local}` : local);
}

/**
 * The prefix bound to `ns` on the document's root element, declaring one there (`r`, or `r1`,
 * `r2` … when `r` is taken) when none is. Declaring on the root keeps every later use in scope.
 */
export function rootPrefixFor(doc: Document, ns: string, preferred: string): string {
  const root = doc.documentElement!;
  for (let i = 0; i < root.attributes.length; i++) {
    const a = root.attributes.item(i)!;
    if (a.namespaceURI === XMLNS && a.prefix === 'xmlns' && a.value === ns) return a.localName!;
  }
  let prefix = preferred;
  for (let n = 1; root.lookupNamespaceURI(prefix) !== null || root.hasAttribute(`xmlns:${prefix}`); n++) prefix = `${preferred}${n}`;
  root.setAttributeNS(XMLNS, `xmlns:${prefix}`, ns);
  return prefix;
}

/**
 * Copies `node` (from another document) into `doc`, with every element of namespace `ns` named
 * with `prefix` (null: unprefixed), so the copy reads like the target document's own elements.
 */
export function importWithPrefix(doc: Document, node: Element, ns: string, prefix: string | null): Element {
  const copy = (n: Element): Element => {
    const inNs = n.namespaceURI === ns;
    const el = inNs ? doc.createElementNS(ns, prefix ? `${prefix}:${n.localName}` : n.localName!) : doc.importNode<Element>(n, false);
    if (inNs) {
      for (let i = 0; i < n.attributes.length; i++) {
        const a = n.attributes.item(i)!;
        if (a.namespaceURI === XMLNS) continue;
        if (a.namespaceURI) el.setAttributeNS(a.namespaceURI, a.name, a.value);
        else el.setAttribute(a.name, a.value);
      }
    } else {
      while (el.firstChild) el.removeChild(el.firstChild);
    }
    for (let c = n.firstChild; c !== null; c = c.nextSibling) {
      el.appendChild(isElement(c) ? copy(c) : doc.importNode(c, true));
    }
    return el;
  };
  return copy(node);
}

/** An element's markup on its own (for comparing style entries). */
export function outerXml(el: Element): string {
  return new XMLSerializer().serializeToString(el);
}

/** The element's text content (`<v>`, `<t>`, `<definedName>`). */
export function textOf(el: Element): string {
  return el.textContent ?? '';
}

export type { Document, Element };
