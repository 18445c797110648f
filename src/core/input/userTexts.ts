/**
 * `Texter` (Texts): the user's own words for the förvaltningsberättelse — one heading and its
 * text per row, in the user's order. A row without a heading continues the heading above it
 * (another paragraph). The texts are the user's data: never interpreted, never a formula.
 */
import { rowBlankAt } from './cells';
import { textOf } from './fields';
import { column, type ColumnDef } from './headers';
import type { RangeRef, TextSection } from './parsed';
import { required, setupRange } from './rangeSetup';
import type { Problem, RangeData, RawCell } from './types';

export const TEXT_COLUMNS = {
  heading: column('heading', 'Rubrik', 'Heading', 'Title', 'Avsnitt'),
  text: column('text', 'Text', 'Body', 'Brödtext', 'Innehåll'),
} satisfies Record<string, ColumnDef>;

/** The most characters an Excel cell holds. */
export const MAX_CELL_CHARS = 32_767;

const C = TEXT_COLUMNS;

/** `text` cut to at most `max` UTF-16 units, never inside a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** A text cell as written: line breaks kept, surrounding blanks dropped; numbers as written. */
function bodyOf(v: RawCell): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') {
    const s = v.replace(/\r\n?/g, '\n').trim();
    return s.length === 0 ? undefined : s;
  }
  return textOf(v);
}

/** Parses the texts; undefined when the range lacks its columns. */
export function parseUserTexts(range: RangeData, problems: Problem[]): { sections: TextSection[]; ref: RangeRef } | undefined {
  const s = setupRange(range, 'Texter', Object.values(C), [required(C.heading), required(C.text)], problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const { cols, rp } = s;
  const sections: TextSection[] = [];
  /** A cell's text, cut to what a cell holds (a warning at the cell). */
  const read = (row: RawCell[], i: number, col: number): string | undefined => {
    const v = bodyOf(row[col]);
    if (v === undefined || v.length <= MAX_CELL_CHARS) return v;
    rp.warning('textTooLong', i, col, v, { length: v.length, max: MAX_CELL_CHARS });
    return cutAt(v, MAX_CELL_CHARS);
  };
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    const heading = read(row, i, cols.heading);
    const text = read(row, i, cols.text);
    if (heading !== undefined) {
      sections.push({ heading, paragraphs: text === undefined ? [] : [text], sourceRow: i });
    } else if (text !== undefined) {
      const current = sections[sections.length - 1];
      if (current) current.paragraphs.push(text);
      else {
        rp.warning('textWithoutHeading', i, cols.heading, row[cols.heading]);
        sections.push({ paragraphs: [text], sourceRow: i });
      }
    }
  }
  rp.finish();
  return { sections, ref: s.ref };
}
