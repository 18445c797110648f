/**
 * Whether a part is well-formed XML, streamed (saxes): the check before publishing reads every
 * part the CLI wrote with it (verify.ts), on the main thread or in a worker (checkWorker.ts).
 * A module of its own so the worker loads only saxes.
 */
import { SaxesParser } from 'saxes';

/** The namespace of `r:id` attributes, transitional and Strict. */
export const REL_ATTR = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_ATTR_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** A part that is not well-formed XML (or declares a document type). */
export class PartXmlError extends Error {
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = 'PartXmlError';
  }
}

/**
 * Checks that a part is well-formed, namespace-correct XML (every prefix bound, no document
 * type declaration) without building a document: saxes streams ten times faster than a DOM,
 * which matters for the report's sheet parts (verify.ts). Throws `PartXmlError`. Returns the
 * relationship ids the part uses (`r:id` of a sheet's `<drawing>`, a drawing's `<c:chart>` …).
 */
export function checkWellFormed(xml: string, part: string): string[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: string | undefined;
  const relIds: string[] = [];
  parser.on('error', (e) => {
    failure ??= e.message;
  });
  parser.on('doctype', () => {
    failure ??= 'document type declarations are not allowed';
  });
  parser.on('opentag', (tag) => {
    // Only prefixed attributes can be relationship ids: a cell's r, s and t are passed quickly.
    for (const name in tag.attributes) {
      if (!name.includes(':')) continue;
      const a = tag.attributes[name];
      if (a.uri === REL_ATTR || a.uri === REL_ATTR_STRICT) relIds.push(a.value);
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    failure ??= (e as Error).message;
  }
  if (failure !== undefined) throw new PartXmlError(part, failure);
  return relIds;
}
