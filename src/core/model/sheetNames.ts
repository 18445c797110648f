/**
 * Sheet names and cross-sheet formula references, shared by both renderers.
 */

const FORBIDDEN = /[[\]:*?/\\]/g;

/** The first `max` UTF-16 units of `text`, never ending in half a surrogate pair (an emoji). */
function cut(text: string, max: number): string {
  const head = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

const WORD_BREAK = /[\s-]/;
/** What a cut name never ends in: a space, a hyphen or a comma left dangling. */
const TRAILING = /[\s,;-]+$/;
/** Small words a cut name must not end in ("KST 1400 Ekonomiservice och"): conjunctions, prepositions, articles. */
const DANGLING = /[\s,;-]+(och|eller|samt|i|på|för|av|med|till|om|vid|en|ett|and|or|of|for|in|on|at|to|the|a)$/i;

/** `words` without the small words it ends in, while at least `min` characters remain. */
function withoutDangling(words: string, min: number): string {
  let out = words;
  for (let m = DANGLING.exec(out); m && m.index >= min; m = DANGLING.exec(out)) out = out.slice(0, m.index);
  return out;
}

/**
 * The longest head of `text` that fits `max` UTF-16 units and ends at a word boundary (a space
 * or hyphen, which is dropped with a comma before it): "KST 1300 Uppföljning-utvärdering" → "KST 1300 Uppföljning",
 * never "… Uppföljning-utvärderin", and never ending in a small word ("… Ekonomiservice och" →
 * "… Ekonomiservice"). When the last word boundary would leave less than half of
 * `max` (one long word, such as a long cost-centre code after "KST "), the cut falls at the
 * last whole character instead, so a name never shrinks to its prefix.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = cut(text, max);
  if (WORD_BREAK.test(text.charAt(head.length))) return withoutDangling(head.replace(TRAILING, ''), max / 2);
  for (let i = head.length - 1; i > 0; i--) {
    if (WORD_BREAK.test(head.charAt(i))) {
      const words = head.slice(0, i).replace(TRAILING, '');
      return words.length >= max / 2 ? withoutDangling(words, max / 2) : head;
    }
  }
  return head;
}

/**
 * A valid Excel sheet name: forbidden characters replaced, at most 31 characters (UTF-16
 * units, as Excel counts), a longer name cut at a word boundary (`cutAtWord`).
 */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return cutAtWord(cleaned || 'Blad', 31).trim();
}

/**
 * A name for a new report sheet that clashes with none of `taken` (case-insensitive, as
 * Excel compares sheet names): the wanted name, else "name (2)", "name (3)" … cut to fit.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase('sv')));
  const base = sanitizeSheetName(wanted);
  if (!used.has(base.toLocaleLowerCase('sv'))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = cutAtWord(base, 31 - suffix.length).trimEnd() + suffix;
    if (!used.has(candidate.toLocaleLowerCase('sv'))) return candidate;
  }
}

/** A sheet name quoted for use in a formula: `'Noter'!A1`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Replaces `{{sheetKey}}` tokens in a model formula with the final quoted sheet names.
 * Throws for an unknown key (a programmer mistake, not an input problem).
 */
export function resolveFormula(formula: string, sheetNameOf: (key: string) => string | undefined): string {
  return formula.replace(/\{\{([^}]+)\}\}/g, (_m, key: string) => {
    const name = sheetNameOf(key);
    if (name === undefined) throw new Error(`resolveFormula: unknown sheet key ${key}`);
    return quoteSheetName(name);
  });
}
