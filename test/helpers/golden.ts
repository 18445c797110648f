/**
 * Golden files of whole report sheets: a sheet of the report model as a readable text, one
 * line per non-empty cell, kept under test/golden/ and reviewed in diffs (as hledger's `.test`
 * files are). `UPDATE_GOLDEN=1 npx jest test/golden` rewrites the files from the current output.
 *
 *   # sheet income "Resultaträkning"
 *   # columns 44 16 16 16 16 12
 *   A1    title       "Samordningsförbundet Exempel"
 *   C10   line        -300  kr
 *   C11   total       =SUM(C10)  → -300  kr
 *
 * Text is JSON-quoted (a leading `=` or a line break cannot pass for something else), numbers
 * are the model's exact decimal strings; the display (tkr, decimals) is the renderer's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnLetters } from '../../src/core/input/cellAddress';
import type { CellValue, ModelRow, SheetModel } from '../../src/core';

/** Whether this run rewrites the golden files instead of comparing with them. */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

function cellText(cell: CellValue): string | undefined {
  switch (cell.kind) {
    case 'empty':
      return undefined;
    case 'text':
      return cell.text === '' ? undefined : `${JSON.stringify(cell.text)}${cell.fromData ? '  (data)' : ''}`;
    case 'number':
      return `${cell.value}  ${cell.style}`;
    case 'formula':
      return `=${cell.formula}  → ${cell.text !== undefined ? JSON.stringify(cell.text) : cell.value === '' ? '""' : cell.value}  ${cell.style}`;
  }
}

function rowMarks(row: ModelRow): string {
  return [
    row.indent ? `indent ${row.indent}` : '',
    row.highlight ? 'highlight' : '',
    row.wrap ? 'wrap' : '',
    row.link ? `link ${row.link.sheet}!${row.link.cell}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The sheet as golden text: its settings, then each non-empty cell by address with its row's role. */
export function sheetText(sheet: SheetModel): string {
  const lines = [`# sheet ${sheet.key} ${JSON.stringify(sheet.name)}`, `# columns ${sheet.columns.map((c) => c.width).join(' ')}`];
  if (sheet.freeze) lines.push(`# freeze rows ${sheet.freeze.rows} cols ${sheet.freeze.cols}`);
  if (sheet.print) {
    const p = sheet.print;
    const titles = p.titleRows ? ` titles ${p.titleRows.first}-${p.titleRows.last}` : '';
    const columns = p.columns !== undefined ? ` columns ${p.columns}` : '';
    const keep = p.keepWithNext ? ` keep ${p.keepWithNext.join(',')}` : '';
    lines.push(`# print ${p.orientation}${titles}${columns}${keep}`);
    if (p.footer !== undefined) lines.push(`# footer ${JSON.stringify(p.footer)}`);
  }
  for (const c of sheet.conditional ?? []) lines.push(`# conditional ${c.range} ${c.formula}`);
  for (const c of sheet.charts ?? []) {
    const series = c.series.map((s) => `${JSON.stringify(s.name)}=${s.values}`).join(' ');
    lines.push(`# chart ${c.kind} ${JSON.stringify(c.title)} at ${c.anchor}:${c.end}: ${c.categories} ${series}`);
  }
  sheet.rows.forEach((row, r) => {
    const marks = rowMarks(row);
    row.cells.forEach((cell, c) => {
      const text = cellText(cell);
      if (text === undefined) return;
      const address = `${columnLetters(c)}${r + 1}`;
      lines.push(`${address.padEnd(6)}${`${row.role} `.padEnd(12)}${text}${c === 0 && marks ? `  [${marks}]` : ''}`);
    });
  });
  return lines.join('\n') + '\n';
}

/** A file name for a sheet key (`cc:3001` → `cc-3001.txt`; `cc:`, the costs without a centre, → `cc-none.txt`). */
export function goldenFileName(key: string): string {
  return `${key.replace(/:$/, ':none').replace(/[^A-Za-z0-9_-]/g, '-')}.txt`;
}

/**
 * A unified-style diff of two texts by lines (`-` expected, `+` actual), with `context` lines
 * around each change and `@@ -a,n +b,m @@` hunk headers; empty when they are equal.
 */
export function unifiedDiff(expected: string, actual: string, context = 3): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence, from the end: lcs[i][j] for a[i..], b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops: { op: ' ' | '-' | '+'; line: string; ai: number; bi: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ op: ' ', line: a[i], ai: i++, bi: j++ });
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ op: '-', line: a[i], ai: i++, bi: j });
    else ops.push({ op: '+', line: b[j], ai: i, bi: j++ });
  }
  const changed = ops.flatMap((o, k) => (o.op === ' ' ? [] : [k]));
  if (changed.length === 0) return '';
  // Hunks: runs of changes closer than twice the context merge into one.
  const hunks: [number, number][] = [];
  for (const k of changed) {
    const last = hunks[hunks.length - 1];
    if (last && k - last[1] <= 2 * context) last[1] = k;
    else hunks.push([k, k]);
  }
  const out: string[] = [];
  for (const [first, lastChange] of hunks) {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, lastChange + context);
    const part = ops.slice(from, to + 1);
    const aCount = part.filter((o) => o.op !== '+').length;
    const bCount = part.filter((o) => o.op !== '-').length;
    out.push(`@@ -${part[0].ai + 1},${aCount} +${part[0].bi + 1},${bCount} @@`);
    for (const o of part) out.push(`${o.op}${o.line}`);
  }
  return out.join('\n');
}

/**
 * Compares texts with the golden files of a directory (`name` → text), or rewrites the
 * directory when UPDATE_GOLDEN=1. Returns one message per difference: a file that differs
 * (with its diff), is missing, or is left over from a sheet the report no longer has.
 */
export function compareGolden(dir: string, texts: ReadonlyMap<string, string>): string[] {
  if (UPDATE_GOLDEN) {
    mkdirSync(dir, { recursive: true });
    for (const file of readdirSync(dir)) if (!texts.has(file)) rmSync(join(dir, file));
    for (const [file, text] of texts) writeFileSync(join(dir, file), text);
    return [];
  }
  const differences: string[] = [];
  const hint = 'UPDATE_GOLDEN=1 npx jest test/golden rewrites the files; review the change in git diff.';
  for (const [file, text] of texts) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      differences.push(`${path} is missing. ${hint}`);
      continue;
    }
    const diff = unifiedDiff(readFileSync(path, 'utf8'), text);
    if (diff !== '') differences.push(`${path} differs from the report (- golden, + now). ${hint}\n${diff}`);
  }
  const stale = existsSync(dir) ? readdirSync(dir).filter((f) => !texts.has(f)) : [];
  for (const file of stale) differences.push(`${join(dir, file)} has no sheet in the report. ${hint}`);
  return differences;
}
