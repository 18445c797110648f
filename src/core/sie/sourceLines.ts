/**
 * The text of line N of a SIE file, for problems found after parsing (reconciliation,
 * mapping). Lines end at CRLF, LF or CR — exactly as the parser splits them.
 */
import type { SieFile } from './types';

const indexCache = new WeakMap<SieFile, Int32Array>();

/** Offsets where each line starts (index 0 = line 1). */
function lineStarts(source: string): Int32Array {
  let count = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) count++;
  }
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) starts[k++] = i + 1;
  }
  return starts;
}

/** The text of 1-based line `line` without its line end; '' when there is no such line. */
export function lineText(file: SieFile, line: number): string {
  if (!Number.isInteger(line) || line < 1) return '';
  let starts = indexCache.get(file);
  if (!starts) {
    starts = lineStarts(file.source);
    indexCache.set(file, starts);
  }
  if (line > starts.length) return '';
  const from = starts[line - 1];
  let to = line < starts.length ? starts[line] : file.source.length;
  while (to > from && (file.source.charCodeAt(to - 1) === 0x0a || file.source.charCodeAt(to - 1) === 0x0d)) to--;
  return file.source.slice(from, to);
}
